"""The product under the strict Content-Security-Policy the README gives a docs site: the
Quickstart and an image app boot and answer, and the browser reports no violation."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Page, expect

from .conftest import DIST, open_app
from .images import color_card, png_bytes
from .server import StaticServer

POLICY = (
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self' blob:; "
    "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self' data: blob:"
)

# Violations in the page, and those its workers report to the console.
WATCH = """document.addEventListener("securitypolicyviolation", (e) =>
  (window.__violations ??= []).push(e.violatedDirective + " " + e.blockedURI));"""


@pytest.fixture(scope="module")
def strict() -> Iterator[StaticServer]:
    with StaticServer(DIST, headers={"Content-Security-Policy": POLICY}) as s:
        yield s


def watched(page: Page) -> list[str]:
    refused: list[str] = []
    page.add_init_script(WATCH)
    page.on("console", lambda m: refused.append(m.text) if "Content Security Policy" in m.text else None)
    return refused


def test_quickstart_under_a_strict_policy(page: Page, strict: StaticServer) -> None:
    refused = watched(page)
    open_app(page, strict.url + "/")
    page.get_by_label("name").fill("CSP")
    page.get_by_role("button", name="Submit").click()
    expect(page.get_by_label("output")).to_have_value("Hello, CSP")
    assert page.evaluate("window.__violations ?? []") == []
    assert refused == []


def test_an_image_app_under_a_strict_policy(page: Page, strict: StaticServer) -> None:
    refused = watched(page)
    open_app(page, strict.url + "/examples/sepia.html")
    page.get_by_label("Upload input_img").set_input_files(
        files={"name": "card.png", "mimeType": "image/png", "buffer": png_bytes(color_card())}
    )
    expect(page.get_by_role("img", name="input_img")).to_be_visible()
    page.get_by_role("button", name="Submit").click()
    expect(page.locator("lite-image").nth(1).get_by_role("img")).to_be_visible(timeout=30_000)
    assert page.evaluate("window.__violations ?? []") == []
    assert refused == []
