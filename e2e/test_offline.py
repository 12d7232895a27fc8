"""Nothing leaves 127.0.0.1: the guard sees every request, the page's and the worker's."""

from __future__ import annotations

from playwright.sync_api import Page

from .conftest import BOOT_TIMEOUT_MS, RequestGuard, open_app, serve_app
from .server import StaticServer


def test_every_request_stays_on_the_page_origin(page: Page, server: StaticServer) -> None:
    seen: list[str] = []
    page.context.on("request", lambda request: seen.append(request.url))
    open_app(page, server.url + "/")
    assert any(url.endswith("/pyodide/pyodide.asm.wasm") for url in seen)
    assert any(url.endswith("/pyodide/lite_core-0.1.0-py3-none-any.whl") for url in seen)
    assert all(url.startswith(server.url + "/") for url in seen), seen


def test_an_app_without_numpy_does_not_load_it(page: Page, server: StaticServer) -> None:
    loaded: list[str] = []
    page.context.on("request", lambda request: loaded.append(request.url.rsplit("/", 1)[-1]))
    open_app(page, server.url + "/")
    assert not [name for name in loaded if name.startswith(("numpy", "pillow", "pandas"))]


def test_guard_catches_a_worker_request_to_another_host(page: Page, server: StaticServer, guard: RequestGuard) -> None:
    code = (
        "import gradio as gr\nimport js\n\n"
        "def f(x):\n    return x\n\n"
        "js.fetch('http://example.com/leak')\n"
        "gr.Interface(f, 'text', 'text').launch()\n"
    )
    leak = "http://example.com/leak"
    # The worker's fetch, aborted by the guard, may fail before or after the app shows.
    with page.context.expect_event("requestfailed", lambda request: request.url == leak, timeout=BOOT_TIMEOUT_MS):
        open_app(page, serve_app(page, server, "leak", code))
    assert guard.foreign == ["http://example.com/leak"]
    guard.foreign.clear()  # expected here; any other test fails on such a request
