"""examples/blocks_extras.py in Chromium: a BrowserState counter that survives a reload,
a Walkthrough moved on by Next, a Sidebar that opens and closes, a DownloadButton that
delivers its file; and the other new blocks as users see them."""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import Page, expect

from .conftest import open_app, serve_app
from .server import StaticServer


def open_extras(page: Page, server: StaticServer) -> Page:
    return open_app(page, f"{server.url}/examples/blocks_extras.html")


def test_browser_state_counter_survives_a_reload(page: Page, server: StaticServer) -> None:
    open_extras(page, server)
    counter = page.get_by_label("Visits counted in this browser")
    expect(counter).to_have_value("0")
    page.get_by_role("button", name="Count a visit").click()
    expect(counter).to_have_value("1")
    page.get_by_role("button", name="Count a visit").click()
    expect(counter).to_have_value("2")
    assert page.evaluate("localStorage.getItem('blocks-extras-visits')") == "2"
    page.reload()
    page.locator("gradio-lite .lite-app").wait_for()
    expect(page.get_by_label("Visits counted in this browser")).to_have_value("2")


def test_next_moves_the_walkthrough_to_the_next_step(page: Page, server: StaticServer) -> None:
    open_extras(page, server)
    steps = page.get_by_role("list", name="Steps")
    expect(steps.get_by_role("button", name="Write")).to_have_attribute("aria-current", "step")
    expect(page.get_by_label("Draft")).to_be_visible()
    expect(page.get_by_label("Review")).to_be_hidden()
    page.get_by_role("button", name="Next").click()
    expect(page.get_by_label("Review")).to_be_visible()
    expect(page.get_by_label("Draft")).to_be_hidden()
    expect(steps.get_by_role("button", name="Review")).to_have_attribute("aria-current", "step")
    # Back to a step already passed, by its button.
    steps.get_by_role("button", name="Write").click()
    expect(page.get_by_label("Draft")).to_be_visible()
    expect(page.get_by_label("Went back to")).to_have_value("Write (step 1)")


def test_the_sidebar_closes_and_opens(page: Page, server: StaticServer) -> None:
    open_extras(page, server)
    name = page.get_by_label("Your name")
    expect(name).to_be_visible()
    page.get_by_role("button", name="Close Settings").click()
    expect(name).to_be_hidden()
    expect(page.get_by_role("button", name="Open Settings")).to_have_attribute("aria-expanded", "false")
    page.get_by_role("button", name="Open Settings").click()
    expect(name).to_be_visible()
    name.fill("Grace")
    expect(name).to_have_value("Grace")


def test_the_download_button_delivers_the_generated_file(page: Page, server: StaticServer, tmp_path: Path) -> None:
    open_extras(page, server)
    download = page.get_by_role("button", name="Download report")
    expect(download).to_be_hidden()
    page.get_by_label("Your name").fill("Grace")
    page.get_by_role("button", name="Make report").click()
    expect(download).to_be_visible()
    with page.expect_download() as started:
        download.click()
    assert started.value.suggested_filename == "report.txt"
    saved = tmp_path / "report.txt"
    started.value.save_as(saved)
    assert saved.read_bytes() == b"Report for Grace\n"
    page.screenshot(path="/tmp/blocks_extras.png", full_page=True)


def test_param_viewer_rows_open_onto_their_descriptions(page: Page, server: StaticServer) -> None:
    open_extras(page, server)
    description = page.get_by_text("Who the report is for")
    expect(description).to_be_hidden()
    page.locator("lite-paramviewer summary", has_text="name").click()
    expect(description).to_be_visible()
    page.get_by_role("button", name="Open all").click()
    expect(page.get_by_text("Plain or Cheerful")).to_be_visible()


DIALOGUE = """
import gradio as gr

with gr.Blocks() as demo:
    dd = gr.Dialogue(speakers=["Speaker 1", "Speaker 2"], value=[
        {"speaker": "Speaker 1", "text": "Hello, how are you?"},
        {"speaker": "Speaker 2", "text": "I'm fine, thank you!"},
    ], interactive=True)
    output = gr.Textbox(label="Output")
    dd.submit(lambda x: x, inputs=dd, outputs=output)
    with gr.Draggable(orientation="column"):
        gr.Textbox("first", label="one")
        gr.Textbox("second", label="two")
    gr.DeepLinkButton()

demo.launch()
"""


def test_dialogue_edits_submit_draggable_and_deep_link(page: Page, server: StaticServer) -> None:
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    url = serve_app(page, server, "dialogue", DIALOGUE)
    open_app(page, url)
    page.get_by_label("Text of line 2").fill("Very well.")
    page.get_by_label("Speaker of line 2").select_option("Speaker 1")
    page.get_by_role("button", name="Submit").click()
    expect(page.get_by_label("Output")).to_have_value("[Speaker 1] Hello, how are you?\n[Speaker 1] Very well.")
    # Draggable: the second child moves before the first (keyboard on its handle).
    order = "[...document.querySelector('lite-draggable').children].map((c) => c.props.label)"
    assert page.evaluate(order) == ["one", "two"]
    page.get_by_role("button", name="Move item 2 of 2 (arrow keys)").press("ArrowUp")
    page.wait_for_function(f"JSON.stringify({order}) === JSON.stringify(['two', 'one'])")
    expect(page.get_by_role("button", name="Move item 1 of 2 (arrow keys)")).to_be_focused()
    # ...and back by dragging its handle onto the other child (past its middle: after it).
    page.get_by_role("button", name="Move item 1 of 2 (arrow keys)").drag_to(
        page.locator("lite-draggable").get_by_label("one")
    )
    page.wait_for_function(f"JSON.stringify({order}) === JSON.stringify(['one', 'two'])")
    # DeepLinkButton: copies the page's address and says so, then its label comes back.
    page.get_by_role("button", name="Share via Link").click()
    expect(page.get_by_role("button", name="Link Copied!")).to_be_visible()
    assert page.evaluate("navigator.clipboard.readText()") == url
    expect(page.get_by_role("button", name="Share via Link")).to_be_visible()


UPLOAD_AND_DOWNLOAD = """
from pathlib import Path
import gradio as gr

def upload_file(filepath):
    name = Path(filepath).name
    return [gr.UploadButton(visible=False), gr.DownloadButton(label=f"Download {name}", value=filepath, visible=True)]

def download_file():
    return [gr.UploadButton(visible=True), gr.DownloadButton(visible=False)]

with gr.Blocks() as demo:
    navbar = gr.Navbar(value=[("About", "https://example.com/about")], main_page_name="Dashboard")
    with gr.Row():
        u = gr.UploadButton("Upload a file", file_count="single")
        d = gr.DownloadButton("Download the file", visible=False)
    u.upload(upload_file, u, [u, d])
    d.click(download_file, None, [u, d])
    gr.Button("Hide Navbar").click(lambda: gr.Navbar(visible=False), outputs=navbar)

with demo.route("Settings", "/settings"):
    gr.Markdown("# Settings Page")

demo.launch()
"""


def test_gradios_upload_and_download_demo_and_a_navbar(page: Page, server: StaticServer, tmp_path: Path) -> None:
    open_app(page, serve_app(page, server, "upload_and_download", UPLOAD_AND_DOWNLOAD))
    nav = page.get_by_role("navigation", name="Pages")
    expect(nav.get_by_role("link", name="About")).to_have_attribute("href", "https://example.com/about")
    expect(nav).to_contain_text("Dashboard")
    expect(page.get_by_text("Settings Page")).to_be_hidden()  # a route's page is not shown
    source = tmp_path / "notes.txt"
    source.write_bytes(b"round trip \x00\xff")
    with page.expect_file_chooser() as chooser:
        page.get_by_role("button", name="Upload a file").click()
    chooser.value.set_files(str(source))
    download = page.get_by_role("button", name="Download notes.txt")
    expect(download).to_be_visible()
    expect(page.get_by_role("button", name="Upload a file")).to_be_hidden()
    with page.expect_download() as started:
        download.click()
    saved = tmp_path / "saved.txt"
    started.value.save_as(saved)
    assert saved.read_bytes() == b"round trip \x00\xff" and started.value.suggested_filename == "notes.txt"
    expect(page.get_by_role("button", name="Upload a file")).to_be_visible()
    expect(download).to_be_hidden()
    page.get_by_role("button", name="Hide Navbar").click()
    expect(nav).to_be_hidden()
