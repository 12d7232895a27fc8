"""Fixtures: dist/ served on 127.0.0.1, Debian's Chromium, and a guard on every request."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, Locator, Page, Playwright, Route, sync_playwright

from .browser import launch, launch_profile
from .server import StaticServer
from .snapshots import read_snapshot, seed_snapshot, wait_for_snapshot

DIST = Path(__file__).resolve().parent.parent / "dist"
BOOT_TIMEOUT_MS = 60_000


@pytest.fixture(scope="session")
def server() -> Iterator[StaticServer]:
    if not (DIST / "index.html").exists():
        pytest.fail("dist/ is not built: run `python -m build_scripts.build` first")
    with StaticServer(DIST) as s:
        yield s


@pytest.fixture(scope="session")
def playwright() -> Iterator[Playwright]:
    with sync_playwright() as p:
        yield p


@pytest.fixture(scope="session")
def browser(playwright: Playwright) -> Iterator[Browser]:
    b = launch(playwright)
    yield b
    b.close()


class RequestGuard:
    """Aborts and records every request to a host other than 127.0.0.1."""

    def __init__(self) -> None:
        self.foreign: list[str] = []

    def __call__(self, route: Route) -> None:
        if urlsplit(route.request.url).hostname == "127.0.0.1":
            route.continue_()
        else:
            self.foreign.append(route.request.url)
            route.abort()


@pytest.fixture
def guard() -> RequestGuard:
    return RequestGuard()


@pytest.fixture(scope="session")
def stored_snapshot(playwright: Playwright, server: StaticServer, tmp_path_factory: pytest.TempPathFactory) -> Any:
    """With LITE_E2E_BOOT=snapshot, the runtime snapshot a first visit of the server's
    origin leaves (the bytes and headers of its Cache Storage entry); None otherwise."""
    if os.environ.get("LITE_E2E_BOOT", "normal") != "snapshot":
        return None
    context = launch_profile(playwright, tmp_path_factory.mktemp("first-visit"))
    page = open_app(context.new_page(), server.url + "/")
    wait_for_snapshot(page)
    entry = read_snapshot(page)
    context.close()
    return entry


@pytest.fixture
def page(browser: Browser, server: StaticServer, guard: RequestGuard, stored_snapshot: Any) -> Iterator[Page]:
    """A fresh page; the test fails if anything asks for a host other than 127.0.0.1.

    Requests a test answers itself (its own page.route, registered later) never reach
    the guard. With LITE_E2E_BOOT=snapshot the visitor has been to the server's origin
    before: apps there boot from the runtime snapshot that visit left.
    """
    context = browser.new_context()
    errors: list[str] = []
    context.route("**/*", guard)
    page = context.new_page()
    page.on("pageerror", lambda e: errors.append(str(e)))
    if stored_snapshot is not None:
        seed_snapshot(page, server.origin, stored_snapshot)
    yield page
    context.close()
    assert not guard.foreign, f"requests left 127.0.0.1: {guard.foreign}"
    assert not errors, f"uncaught errors in the page: {errors}"


@pytest.fixture
def visitor(playwright: Playwright, tmp_path: Path) -> Iterator[Page]:
    """A page of a browser with its own profile on disk, as a returning visitor's: its HTTP
    cache keeps the runtime, which a fresh context's in-memory cache does not (and request
    interception, as `page`'s guard, turns the cache off). The test fails if the page asks
    for a host other than 127.0.0.1 (seen, not intercepted)."""
    context = launch_profile(playwright, tmp_path / "profile")
    foreign: list[str] = []
    errors: list[str] = []
    context.on("request", lambda r: foreign.append(r.url) if urlsplit(r.url).hostname != "127.0.0.1" else None)
    page = context.new_page()
    page.on("pageerror", lambda e: errors.append(str(e)))
    yield page
    context.close()
    assert not foreign, f"requests left 127.0.0.1: {foreign}"
    assert not errors, f"uncaught errors in the page: {errors}"


def open_app(page: Page, url: str) -> Page:
    page.goto(url)
    page.locator("gradio-lite .lite-app").wait_for(timeout=BOOT_TIMEOUT_MS)
    return page


def download(page: Page, link: Locator, to: Path) -> Path:
    """Click a download link as a user would; the file it gave, saved at `to`."""
    with page.expect_download() as started:
        link.click()
    started.value.save_as(to)
    return to


def lite_page(code: str) -> str:
    """An HTML page that embeds `code`, as an author would write it."""
    from build_scripts.pages import page as render

    return render(code, "test")


def serve_app(page: Page, server: StaticServer, name: str, code: str) -> str:
    """Answer `/<name>.html` on the server's origin with a page running `code`; its URL."""
    url = f"{server.url}/{name}.html"
    page.route(url, lambda route: route.fulfill(content_type="text/html", body=lite_page(code)))
    return url


def site_with(folder: Path, pages: dict[str, str]) -> Path:
    """dist/ (linked) and more pages in `folder`, for a real server to serve: a page a test
    answers itself (page.route) would turn the browser's HTTP cache off."""
    folder.mkdir()
    for entry in DIST.iterdir():
        (folder / entry.name).symlink_to(entry)
    for name, html in pages.items():
        (folder / name).write_text(html)
    return folder
