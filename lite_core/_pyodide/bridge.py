"""Between the worker's JavaScript and the app: run the author's code, serve requests.

The worker calls `run_app` once, then `handle_request` for each HTTP request the page
makes. Response bodies stream back through `on_body` chunk by chunk, each a fresh
Uint8Array whose buffer the worker transfers to the page (one copy out of the Wasm
heap, none after).
"""

from __future__ import annotations

import asyncio
import os
import sys
import traceback
from typing import Any

from pyodide.code import eval_code_async
from js import Object
from pyodide.ffi import JsProxy, to_js

import lite_core
from lite_core import cooperative, launching, storage
from lite_core.types import Message

js_object = Object.fromEntries
_disconnects: dict[int, asyncio.Future[None]] = {}


def install_gradio_alias() -> None:
    """`import gradio as gr` gives lite_core inside the runtime (never on CPython)."""
    sys.modules.setdefault("gradio", lite_core)


def _user_traceback(error: BaseException, filename: str) -> str:
    """The traceback from the author's file on: frames of the runtime are noise to them."""
    frames = traceback.extract_tb(error.__traceback__)
    user = [i for i, frame in enumerate(frames) if frame.filename == filename]
    tb = error.__traceback__
    for _ in range(user[0] if user else 0):
        tb = tb.tb_next if tb is not None else None
    return "".join(traceback.format_exception(type(error), error, tb)).rstrip()


def _missing_module_hint(name: str) -> str:
    return (
        f"`{name}` is not available in the browser: Lite's runtime has Python's standard library, "
        "`gradio` itself, and numpy, Pillow and pandas (loaded when the app imports them)."
    )


def write_files(files: JsProxy, app_dir: str) -> None:
    for name, content in files.to_py().items():
        path = os.path.join(app_dir, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        mode = "w" if isinstance(content, str) else "wb"
        with open(path, mode) as f:
            f.write(content)


async def run_app(files: JsProxy, entrypoint: str, app_dir: str, persist: JsProxy) -> str | None:
    """Run the entrypoint as `__main__`; return a readable error, or None when it launched.

    `app_dir` is the app's folder in the browser's storage; `persist` saves it there.
    """
    install_gradio_alias()
    cooperative.install_sleep()
    os.makedirs(app_dir, exist_ok=True)
    write_files(files, app_dir)
    os.chdir(app_dir)
    if app_dir not in sys.path:
        sys.path.insert(0, app_dir)
    storage.on_change = persist
    # Cached examples are kept only for the code that made them.
    os.environ["LITE_APP_FINGERPRINT"] = storage.fingerprint(files.to_py())
    path = os.path.join(app_dir, entrypoint)
    with open(path) as f:
        source = f.read()
    launching.launched = None
    try:
        await eval_code_async(source, {"__name__": "__main__", "__file__": path}, filename=path)
    except ModuleNotFoundError as e:
        return _user_traceback(e, path) + "\n\n" + _missing_module_hint(e.name or "")
    except BaseException as e:  # noqa: BLE001 - any failure of the author's code is shown to them
        return _user_traceback(e, path)
    if launching.launched is None:
        return "The app did not start: call `demo.launch()` at the end of the code."
    await load_component_packages(launching.launched.blocks)
    try:
        await launching.launched.blocks.startup()
    except Exception as e:  # noqa: BLE001 - e.g. an example that fails while caching
        return _user_traceback(e, path)
    return None


async def load_component_packages(blocks: Any) -> None:
    """numpy, Pillow... for the components this app has, and only those."""
    from pyodide_js import loadPackage

    needed = sorted({p for block in blocks.blocks.values() for p in getattr(block, "packages", ())})
    if needed:
        await loadPackage(to_js(needed), to_js({"messageCallback": lambda _: None}, dict_converter=js_object))


def _scope(raw: JsProxy) -> dict[str, Any]:
    scope = raw.to_py()
    scope["type"] = "http"
    scope["asgi"] = {"version": "3.0"}
    scope["http_version"] = "1.1"
    scope["query_string"] = scope.get("query_string", "").encode("latin-1")
    scope["headers"] = [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in scope.get("headers", [])]
    return scope


async def handle_request(request_id: int, raw_scope: JsProxy, body: JsProxy | None, on_start: JsProxy, on_body: JsProxy) -> None:
    """Serve one request through the launched app; `on_start`/`on_body` reach the page."""
    app = launching.launched
    disconnected = asyncio.get_running_loop().create_future()
    _disconnects[request_id] = disconnected
    # One copy out of the page's buffer, into a writable one: a raw frame's numpy view
    # of it is then writable, as arrays from Gradio are.
    request_body = bytearray(body.byteLength) if body is not None else b""
    if body is not None:
        body.assign_to(request_body)
    body_sent = False

    async def receive() -> Message:
        nonlocal body_sent
        if not body_sent:
            body_sent = True
            return {"type": "http.request", "body": request_body, "more_body": False}
        await disconnected
        return {"type": "http.disconnect"}

    async def send(message: Message) -> None:
        if message["type"] == "http.response.start":
            headers = [[k.decode("latin-1"), v.decode("latin-1")] for k, v in message.get("headers", [])]
            on_start(message["status"], to_js(headers))
        elif message["type"] == "http.response.body":
            chunk = message.get("body", b"")
            on_body(to_js(chunk) if chunk else None, message.get("more_body", False))

    try:
        if app is None:
            raise RuntimeError("No app is running.")
        await app(_scope(raw_scope), receive, send)
    finally:
        _disconnects.pop(request_id, None)


def disconnect(request_id: int) -> None:
    """The page stopped reading a response (an SSE stream it closed)."""
    future = _disconnects.get(request_id)
    if future is not None and not future.done():
        future.set_result(None)
