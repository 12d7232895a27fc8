"""`<gradio-lite offline>`: a page opened once reloads, and its app answers, without a network."""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import Page, expect

from .conftest import lite_page, open_app, site_with
from .server import StaticServer

GREET = """
import gradio as gr

def greet(name):
    return "Hello, " + name

gr.Interface(greet, gr.Textbox(label="name"), gr.Textbox(label="output")).launch()
"""

KEPT = """async () => {
  const { files } = await (await fetch("lite-offline.json")).json();
  const kept = (await (await caches.open("lite-offline")).keys()).map((r) => new URL(r.url).pathname);
  return files.every((f) => kept.includes("/" + f)) && kept.includes(location.pathname);
}"""


def offline_page() -> str:
    page = lite_page(GREET)
    assert page.count("<gradio-lite") == 1
    return page.replace("<gradio-lite", "<gradio-lite offline")


def wait_until_kept(page: Page) -> None:
    for _ in range(150):  # an async predicate's promise counts as "true" to wait_for_function
        if page.evaluate(KEPT):
            return
        page.wait_for_timeout(200)
    raise AssertionError("the service worker did not keep the start's files within 30 s")


def greet(page: Page, name: str) -> None:
    page.get_by_label("name").fill(name)
    page.get_by_role("button", name="Submit").click()
    expect(page.get_by_label("output")).to_have_value(f"Hello, {name}")


def test_an_offline_page_reloads_and_answers_without_a_network(visitor: Page, tmp_path: Path) -> None:
    with StaticServer(site_with(tmp_path / "site", {"app.html": offline_page()})) as server:
        url = f"{server.url}/app.html"
        open_app(visitor, url)
        greet(visitor, "online")
        wait_until_kept(visitor)

        visitor.context.set_offline(True)
        open_app(visitor, url)
        greet(visitor, "offline")


def test_without_the_attribute_no_service_worker_is_registered(visitor: Page, tmp_path: Path) -> None:
    with StaticServer(site_with(tmp_path / "site", {"app.html": lite_page(GREET)})) as server:
        open_app(visitor, f"{server.url}/app.html")
        greet(visitor, "online")
        assert visitor.evaluate("navigator.serviceWorker.getRegistrations().then((r) => r.length)") == 0
