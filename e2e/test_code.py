"""gr.Code (CodeMirror 6, loaded only when a Code shows) and gr.FileExplorer, in a page."""

from __future__ import annotations

import tempfile
from pathlib import Path

from playwright.sync_api import Page, expect

from .conftest import open_app, serve_app
from .server import StaticServer

SHOTS = Path(tempfile.gettempdir()) / "lite-e2e-shots"  # to look at, not to compare


def test_typing_in_the_code_editor_reaches_python(page: Page, server: StaticServer) -> None:
    loaded: list[str] = []
    page.on("request", lambda request: loaded.append(request.url))
    open_app(page, f"{server.url}/examples/code_editor.html")
    editor = page.get_by_role("group", name="Your code").locator(".cm-content")
    expect(editor).to_contain_text('return "Hello " + name')
    assert any("/editor-" in url for url in loaded)  # the editor's own chunk
    # Line numbers, Python highlighting: CodeMirror, not a plain text area.
    expect(page.get_by_role("group", name="Your code").locator(".cm-lineNumbers")).to_be_visible()
    editor.click()
    page.keyboard.press("Control+End")
    page.keyboard.press("Enter")
    page.keyboard.type("print(greet('you'))")
    expect(page.get_by_label("Summary")).to_have_value("3 line(s) of python; first: def greet(name):")
    page.get_by_role("button", name="Upper-case it").click()
    result = page.get_by_role("group", name="Result").locator(".cm-content")
    expect(result).to_contain_text("PRINT(GREET('YOU'))")
    expect(result).to_have_attribute("contenteditable", "false")  # an output: read only
    SHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SHOTS / "code_editor.png"), full_page=True)


def test_picking_a_file_in_the_explorer(page: Page, server: StaticServer) -> None:
    open_app(page, f"{server.url}/examples/code_editor.html")
    tree = page.get_by_label("Snippets", exact=True)
    expect(tree.get_by_role("treeitem")).to_have_count(2)  # the folder, then the file
    page.get_by_role("button", name="Open maths").click()
    page.get_by_role("checkbox", name="Select maths/square.py").check()
    expect(page.get_by_label("Opened file")).to_have_value("square.py")
    editor = page.get_by_role("group", name="Your code").locator(".cm-content")
    expect(editor).to_contain_text("return x * x")
    # file_count="single": picking another drops the first.
    page.get_by_role("checkbox", name="Select greet.py").check()
    expect(page.get_by_label("Opened file")).to_have_value("greet.py")
    expect(page.get_by_role("checkbox", name="Select maths/square.py")).not_to_be_checked()
    SHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SHOTS / "file_explorer.png"), full_page=True)


NO_CODE = """
import gradio as gr
gr.Interface(lambda x: x, "text", "text").launch()
"""


def test_codemirror_is_not_loaded_without_a_code(page: Page, server: StaticServer) -> None:
    loaded: list[str] = []
    page.on("request", lambda request: loaded.append(request.url))
    open_app(page, serve_app(page, server, "no_code", NO_CODE))
    expect(page.get_by_role("textbox").first).to_be_visible()
    assert not any("/editor-" in url for url in loaded)
