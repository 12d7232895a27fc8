"""The Quickstart of the guides, in a static page, driven as a user would."""

from __future__ import annotations

import re
from pathlib import Path

from playwright.sync_api import Page, expect

from .conftest import BOOT_TIMEOUT_MS, download, open_app, serve_app
from .server import StaticServer


def test_greets_clears_and_greets_again(page: Page, server: StaticServer) -> None:
    open_app(page, server.url + "/")
    name = page.get_by_label("name")
    slider = page.get_by_role("slider", name="intensity")
    output = page.get_by_label("output")

    name.fill("World")
    slider.fill("3")
    page.get_by_role("button", name="Submit").click()
    expect(output).to_have_value("Hello, World!!!")

    page.get_by_role("button", name="Clear").click()
    expect(name).to_have_value("")
    expect(slider).to_have_value("0")
    expect(output).to_have_value("")

    name.fill("Lite")
    page.get_by_role("spinbutton", name="number input for intensity").fill("2")
    expect(slider).to_have_value("2")
    page.get_by_role("button", name="Submit").click()
    expect(output).to_have_value("Hello, Lite!!")


def test_enter_in_the_textbox_submits(page: Page, server: StaticServer) -> None:
    open_app(page, server.url + "/")
    page.get_by_label("name").fill("Enter")
    page.get_by_label("name").press("Enter")
    expect(page.get_by_label("output")).to_have_value("Hello, Enter")


def test_a_slider_value_typed_out_of_range_comes_back_into_it(page: Page, server: StaticServer) -> None:
    # As Gradio's: leaving the number box clamps it, so Submit sends the maximum.
    open_app(page, server.url + "/")
    page.get_by_label("name").fill("X")
    page.get_by_role("spinbutton", name="number input for intensity").fill("150")
    page.get_by_role("button", name="Submit").click()
    expect(page.get_by_role("spinbutton", name="number input for intensity")).to_have_value("100")
    expect(page.get_by_label("output")).to_have_value("Hello, X" + "!" * 100)


LIMITED = """
import gradio as gr

gr.Interface(lambda n: f"got {n:g}", gr.Number(maximum=10, label="n"), gr.Textbox(label="output")).launch()
"""


def test_out_of_range_value_shows_gradio_error_and_app_keeps_working(page: Page, server: StaticServer) -> None:
    open_app(page, serve_app(page, server, "limited", LIMITED))
    page.get_by_label("n", exact=True).fill("50")
    page.get_by_role("button", name="Submit").click()
    expect(page.get_by_role("alert")).to_contain_text("Value 50 is greater than maximum value 10.")
    page.get_by_label("n", exact=True).fill("7")
    page.get_by_role("button", name="Submit").click()
    expect(page.get_by_label("output")).to_have_value("got 7")
    expect(page.get_by_text("Value 50 is greater")).to_have_count(0)


def test_boot_shows_its_stage_then_the_app(page: Page, server: StaticServer) -> None:
    page.goto(server.url + "/")
    expect(page.get_by_role("status")).to_contain_text("…")
    expect(page.get_by_role("button", name="Submit")).to_be_visible(timeout=BOOT_TIMEOUT_MS)


def test_python_error_at_start_is_shown_in_the_page(page: Page, server: StaticServer) -> None:
    code = "import gradio as gr\n\ndef f(x):\n    return x\n\nundefined_name + 1\n"
    page.goto(serve_app(page, server, "broken", code))
    alert = page.get_by_role("alert")
    expect(alert).to_contain_text("This app could not start", timeout=BOOT_TIMEOUT_MS)
    expect(alert).to_contain_text("NameError: name 'undefined_name' is not defined")
    # Each app of a page has its own folder.
    expect(alert).to_contain_text(re.compile(r'File "/home/pyodide/apps/[0-9a-f]{8}/app.py", line 6'))
    expect(alert).not_to_contain_text("_pyodide")


def test_code_with_html_characters_runs_unchanged(page: Page, server: StaticServer) -> None:
    code = (
        "import gradio as gr\n\n"
        "def tag(text):\n"
        "    return '<b>' + text + '</b> & ' + str(len(text) < 3)\n\n"
        'gr.Interface(tag, "text", "text").launch()\n'
    )
    open_app(page, serve_app(page, server, "html", code))
    page.get_by_label("text").fill("hi")
    page.get_by_role("button", name="Submit").click()
    expect(page.get_by_label("output")).to_have_value("<b>hi</b> & True")


def test_app_that_never_launches_says_so(page: Page, server: StaticServer) -> None:
    code = "import gradio as gr\n\ndemo = gr.Interface(lambda x: x, 'text', 'text')\n"
    page.goto(serve_app(page, server, "nolaunch", code))
    expect(page.get_by_role("alert")).to_contain_text("call `demo.launch()`", timeout=BOOT_TIMEOUT_MS)


def test_flag_then_download_the_flagged_csv(page: Page, server: StaticServer, tmp_path: Path) -> None:
    import csv
    import zipfile

    open_app(page, server.url + "/")
    page.get_by_label("name").fill("World")
    page.get_by_role("slider", name="intensity").fill("3")
    page.get_by_role("button", name="Submit").click()
    expect(page.get_by_label("output")).to_have_value("Hello, World!!!")
    page.get_by_role("button", name="Flag").click()
    saved = download(page, page.get_by_role("link", name="flagged.zip"), tmp_path / "flagged.zip")
    with zipfile.ZipFile(saved) as zf:
        rows = list(csv.reader(zf.read("flagged/dataset1.csv").decode().splitlines()))
    assert rows[0] == ["name", "intensity", "output", "timestamp"]
    assert rows[1][:3] == ["World", "3", "Hello, World!!!"]
