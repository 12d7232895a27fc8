"""Files cannot script the page's origin, and any name reaches Python and comes back."""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import Error, Page, expect

from .conftest import download, open_app, serve_app
from .server import StaticServer

ECHO = """
import os
import gradio as gr

def echo(upload):
    return upload, os.path.basename(upload)

gr.Interface(echo, gr.File(), [gr.File(label="copy"), gr.Textbox(label="name")]).launch()
"""

SCRIPT = b"<script>localStorage.setItem('scripted', '1'); document.title = 'scripted'</script>"


def test_an_html_file_is_offered_as_a_download_and_never_runs(page: Page, server: StaticServer) -> None:
    open_app(page, serve_app(page, server, "html_echo", ECHO))
    page.get_by_label("Upload upload").set_input_files(
        files={"name": "evil.html", "mimeType": "text/html", "buffer": SCRIPT}
    )
    page.get_by_role("button", name="Submit").click()
    expect(page.get_by_label("name")).to_have_value("evil.html")
    link = page.get_by_role("group", name="copy").get_by_role("link", name="evil.html")
    expect(link).to_have_attribute("download", "evil.html")
    href = link.get_attribute("href") or ""
    assert href.startswith("blob:")
    # Opened in a tab (a middle click, "open link in new tab"): a download, not a page.
    tab = page.context.new_page()
    try:
        tab.goto(href)
    except Error as e:  # the browser downloads it: the navigation is aborted
        assert "Download is starting" in str(e) or "ERR_ABORTED" in str(e), e
    else:
        assert tab.title() != "scripted"
    tab.close()
    assert page.evaluate("localStorage.getItem('scripted')") is None
    blob_type = page.evaluate("async url => (await (await fetch(url)).blob()).type", href)
    assert blob_type == "application/octet-stream"


def test_a_name_with_url_characters_reaches_python_and_downloads(
    page: Page, server: StaticServer, tmp_path: Path
) -> None:
    name = 'a#b?c%d"e f.txt'
    open_app(page, serve_app(page, server, "name_echo", ECHO))
    page.get_by_label("Upload upload").set_input_files(
        files={"name": name, "mimeType": "text/plain", "buffer": b"the bytes"}
    )
    page.get_by_role("button", name="Submit").click()
    expect(page.get_by_label("name")).to_have_value(name)
    link = page.get_by_role("group", name="copy").get_by_role("link", name=name)
    assert download(page, link, tmp_path / "out.txt").read_bytes() == b"the bytes"


RETURNS_PATH = """
import gradio as gr

def give(path):
    if path == "notes.txt":
        with open(path, "w") as f:
            f.write("mine")
    return path

gr.Interface(give, gr.Textbox(label="path"), gr.File(label="file")).launch(show_error=True)
"""


def test_a_file_outside_the_app_is_refused_and_the_app_keeps_working(page: Page, server: StaticServer) -> None:
    open_app(page, serve_app(page, server, "returns_path", RETURNS_PATH))
    page.get_by_label("path").fill("/lib/python312.zip")
    page.get_by_role("button", name="Submit").click()
    expect(page.locator(".lite-alert-error")).to_contain_text(
        "Cannot move /lib/python312.zip to the gradio cache dir because it was not created by the application"
    )
    expect(page.get_by_role("group", name="file").get_by_role("link")).to_have_count(0)
    page.get_by_label("path").fill("notes.txt")
    page.get_by_role("button", name="Submit").click()
    expect(page.get_by_role("group", name="file").get_by_role("link", name="notes.txt")).to_be_visible()


SVG_OUT = """
import gradio as gr

SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="30"><rect width="40" height="30" fill="red"/>'
    "<script>localStorage.setItem('scripted', '1')</script></svg>"
)

def draw():
    with open("drawing.svg", "w") as f:
        f.write(SVG)
    return "drawing.svg"

gr.Interface(draw, None, gr.Image(type="filepath", label="drawing")).launch()
"""


def test_an_svg_output_shows_as_an_image_that_cannot_run(page: Page, server: StaticServer) -> None:
    open_app(page, serve_app(page, server, "svg_out", SVG_OUT))
    page.get_by_role("button", name="Generate").click()
    image = page.get_by_role("img", name="drawing")
    expect(image).to_have_js_property("naturalWidth", 40)
    src = image.get_attribute("src") or ""
    # Not a same-origin blob: "open image in new tab" on a data: URL is refused by the browser.
    assert src.startswith("data:image/svg+xml;base64,")
    assert page.evaluate("localStorage.getItem('scripted')") is None
