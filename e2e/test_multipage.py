"""A multipage app (demo.route): a bar names the pages, one page shows at a time."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from .conftest import open_app, serve_app
from .server import StaticServer


def test_pages_switch_and_each_keeps_working(page: Page, server: StaticServer) -> None:
    open_app(page, f"{server.url}/examples/multipage.html")
    pages = page.get_by_role("navigation", name="Pages")
    expect(pages.get_by_role("button")).to_have_text(["Home", "Counter"])
    name = page.get_by_label("Name", exact=True)
    expect(name).to_be_visible()
    expect(page.get_by_label("Count")).to_be_hidden()

    pages.get_by_role("button", name="Counter").click()
    expect(name).to_be_hidden()
    count = page.get_by_label("Count")
    expect(count).to_have_value("10")  # the page's load event ran
    page.get_by_role("button", name="Increase").click()
    expect(count).to_have_value("11")

    pages.get_by_role("button", name="Home").click()
    name.fill("Ada")
    page.get_by_role("button", name="Greet").click()
    expect(page.get_by_label("Greeting")).to_have_value("Hello Ada!")


NAVBAR_PAGES = """
import gradio as gr

with gr.Blocks() as demo:
    gr.Navbar(main_page_name="Dashboard", value=[("Docs", "https://example.com/docs")])
    gr.Markdown("Welcome home")
with demo.route("Settings"):
    gr.Markdown("Settings here")
demo.launch()
"""


def test_a_navbar_shows_the_pages_under_its_names(page: Page, server: StaticServer) -> None:
    open_app(page, serve_app(page, server, "navbar_pages", NAVBAR_PAGES))
    nav = page.get_by_role("navigation", name="Pages")
    expect(nav).to_have_count(1)
    expect(nav.get_by_role("button")).to_have_text(["Dashboard", "Settings"])
    expect(nav.get_by_role("link", name="Docs")).to_be_visible()
    expect(page.get_by_text("Settings here")).to_be_hidden()
    nav.get_by_role("button", name="Settings").click()
    expect(page.get_by_text("Settings here")).to_be_visible()
    expect(page.get_by_text("Welcome home")).to_be_hidden()
    expect(nav).to_be_visible()  # the bar stays on every page
