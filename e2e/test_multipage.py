"""A multipage app (demo.route): a bar names the pages, one page shows at a time."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from .conftest import open_app
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
