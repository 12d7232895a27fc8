"""Gradio's "Use via API" footer: the app's endpoints and a snippet that calls each one."""

from __future__ import annotations

from playwright.sync_api import Locator, Page, expect

from .conftest import open_app, serve_app
from .server import StaticServer


def open_panel(page: Page) -> Locator:
    page.get_by_role("button", name="Use via API").click()
    panel = page.get_by_role("region", name="API documentation")
    expect(panel).to_be_visible()
    return panel


def test_panel_lists_the_quickstart_endpoint_with_a_snippet(page: Page, server: StaticServer) -> None:
    open_app(page, server.url + "/")
    panel = open_panel(page)
    endpoint = panel.get_by_role("article", name="Endpoint /predict")
    expect(endpoint.get_by_role("heading", name="API name: /predict")).to_be_visible()
    expect(panel).to_contain_text("1 API endpoint")
    expect(endpoint.get_by_role("listitem").filter(has_text="name str")).to_contain_text("Required")
    expect(endpoint.get_by_role("listitem").filter(has_text="intensity float")).to_contain_text("Default: 0")
    # The app runs in this tab: the page's own client calls it, and the panel says why not Python.
    code = endpoint.get_by_label("JavaScript code for /predict")
    expect(code).to_contain_text('const client = await document.querySelector("gradio-lite").client();')
    expect(code).to_contain_text('client.predict("/predict", {')
    expect(code).to_contain_text('name: "Hello!!",')
    expect(panel).to_contain_text("lite serve app.py")
    expect(panel.get_by_role("tab")).to_have_count(0)


def test_copy_puts_the_snippet_on_the_clipboard(page: Page, server: StaticServer) -> None:
    page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=server.url)
    open_app(page, server.url + "/")
    panel = open_panel(page)
    panel.get_by_role("button", name="Copy").click()
    expect(panel.get_by_role("button", name="Copied!")).to_be_visible()
    copied = page.evaluate("navigator.clipboard.readText()")
    assert "client.predict(" in copied
    assert copied == panel.get_by_label("JavaScript code for /predict").inner_text()


def test_close_button_and_escape_hide_the_panel(page: Page, server: StaticServer) -> None:
    open_app(page, server.url + "/")
    link = page.get_by_role("button", name="Use via API")
    panel = open_panel(page)
    panel.get_by_role("button", name="Close").click()
    expect(panel).to_be_hidden()
    expect(link).to_be_focused()
    expect(link).to_have_attribute("aria-expanded", "false")

    # By keyboard: Tab from the app's last button reaches the link, Enter opens, Tab reaches
    # Close, Escape closes and gives the focus back to the link.
    page.get_by_role("button", name="Flag").focus()
    page.keyboard.press("Tab")
    expect(link).to_be_focused()
    page.keyboard.press("Enter")
    expect(panel).to_be_visible()
    page.keyboard.press("Tab")
    expect(panel.get_by_role("button", name="Close")).to_be_focused()
    page.keyboard.press("Escape")
    expect(panel).to_be_hidden()
    expect(link).to_be_focused()


def test_endpoints_hidden_from_the_api_are_left_out(page: Page, server: StaticServer) -> None:
    code = (
        "import gradio as gr\n\n"
        "with gr.Blocks() as demo:\n"
        "    text = gr.Textbox(label='text')\n"
        "    out = gr.Textbox(label='out')\n"
        "    gr.Button('Shout').click(lambda t: t.upper(), text, out, api_name='shout')\n"
        "    gr.Button('Hush').click(lambda t: t.lower(), text, out, show_api=False)\n\n"
        "demo.launch()\n"
    )
    open_app(page, serve_app(page, server, "hidden", code))
    panel = open_panel(page)
    expect(panel).to_contain_text("1 API endpoint")
    expect(panel.get_by_role("article")).to_have_count(1)
    code_block = panel.get_by_label("JavaScript code for /shout")
    expect(code_block).to_contain_text('client.predict("/shout", {')
    expect(code_block).to_contain_text('t: "Hello!!",')


def test_show_api_false_has_no_link(page: Page, server: StaticServer) -> None:
    code = "import gradio as gr\n\ngr.Interface(lambda x: x, 'text', 'text').launch(show_api=False)\n"
    open_app(page, serve_app(page, server, "noapi", code))
    expect(page.get_by_role("button", name="Submit")).to_be_visible()
    expect(page.get_by_role("button", name="Use via API")).to_have_count(0)
