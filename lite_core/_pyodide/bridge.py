"""Between the worker's JavaScript and the apps: run each app's code, serve its requests.

All `<gradio-lite>` elements of a page share this runtime. The worker calls `start_app`
once per element, `handle_request` for each HTTP request an app's page makes, and
`stop_app` when the element leaves the page. Each app runs in its own context
(lite_core.appcontext: its folder as working directory, its files, its launched app)
and imports its own modules (lite_core.appimports). Response bodies stream back through
`on_body` chunk by chunk, each a fresh Uint8Array whose buffer the worker transfers to
the page (one copy out of the Wasm heap, none after).
"""

from __future__ import annotations

import asyncio
import os
import sys
from dataclasses import dataclass, field
from typing import Any

import js
from js import Object
from pyodide.ffi import JsProxy, to_js

from lite_core import appcontext, appimports, cooperative, gradio_alias, storage
from lite_core.appcontext import AppContext
from lite_core.http import http_scope
from lite_core.types import Message

from ..tracebacks import user_traceback
from .entrypoint import run_entrypoint

js_object = Object.fromEntries


@dataclass(eq=False)
class RunningApp:
    context: AppContext
    package: str
    # Requests still answering (SSE streams): ended when the app stops.
    requests: set[int] = field(default_factory=set)


_apps: dict[str, RunningApp] = {}
_disconnects: dict[int, asyncio.Future[None]] = {}
# `with gr.Blocks():` keeps the Blocks being built in one global: one app builds at a time.
_building: asyncio.Lock | None = None


def _install_once() -> asyncio.Lock:
    global _building
    if _building is None:
        # `import gradio as gr` gives lite_core inside the runtime (never on CPython).
        gradio_alias.install()
        # Pyodide's matplotlib draws into the page's DOM by default, which a worker has not:
        # figures render off screen, as on a server (an app may still choose otherwise).
        os.environ.setdefault("MPLBACKEND", "Agg")
        # The visitor's language, for gr.I18n (the worker's navigator is the browser's).
        os.environ.setdefault("LANG", str(getattr(getattr(js, "navigator", None), "language", None) or "en"))
        # The working directory is an app's folder, which holds data kept in the browser's
        # storage as well as its code: only the files its page gave are importable
        # (lite_core.appimports), never a module planted among its data.
        sys.path[:] = [p for p in sys.path if p not in ("", ".")]
        cooperative.install_sleep()
        # Ignored: typeshed's factory for Python 3.10 also takes generator-based coroutines
        # (gone since 3.11; Pyodide runs 3.12); task_factory takes coroutines only.
        asyncio.get_running_loop().set_task_factory(appcontext.task_factory)  # type: ignore[arg-type]
        _building = asyncio.Lock()
    return _building


def write_files(files: dict[str, Any], folder: str) -> None:
    for name, content in files.items():
        path = os.path.join(folder, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        mode = "w" if isinstance(content, str) else "wb"
        with open(path, mode) as f:
            f.write(content)


async def start_app(app_id: str, files: JsProxy, entrypoint: str, folder: str, store: JsProxy) -> str | None:
    """Run an app's entrypoint as `__main__`; a readable error, or None once it launched.

    `folder` is the app's folder in the browser's storage; `store` (worker/storage.ts) saves it there.
    """
    building = _install_once()
    sources = files.to_py()
    os.makedirs(folder, exist_ok=True)
    write_files(sources, folder)
    context = AppContext(
        folder=folder,
        fingerprint=storage.fingerprint(sources),
        on_change=store.save,
        on_append=lambda path, data: store.append(path, to_js(data)),
        on_store=store.saved,
    )
    _apps[app_id] = RunningApp(context, appimports.register(app_id, folder, sources))
    async with building:
        error = await appcontext.run_in(context, run_entrypoint(os.path.join(folder, entrypoint)))
    if error is None:
        error = await appcontext.run_in(context, _start(context, os.path.join(folder, entrypoint)))
    if error is not None:
        stop_app(app_id)
    return error


async def _start(context: AppContext, path: str) -> str | None:
    blocks = context.launched.blocks
    await load_component_packages(blocks)
    try:
        await blocks.startup()
    except Exception as e:  # noqa: BLE001 - e.g. an example that fails while caching
        return user_traceback(e, path)
    return None


async def load_component_packages(blocks: Any) -> None:
    """numpy, Pillow... for the components this app has, and only those."""
    from pyodide_js import loadPackage

    needed = sorted({p for block in blocks.blocks.values() for p in getattr(block, "packages", ())})
    if needed:
        await loadPackage(to_js(needed), to_js({"messageCallback": lambda _: None}, dict_converter=js_object))


def update_files(app_id: str, write: JsProxy, remove: JsProxy) -> None:
    """A controller's write/rename/unlink: the running app's folder changes now; its code
    sees the files at once, its modules at the next run."""
    running = _apps.get(app_id)
    if running is None or running.context.folder is None:
        raise RuntimeError("This app is not running.")
    folder = running.context.folder
    removed = remove.to_py()
    for name in removed:
        path = _inside(folder, name)
        if os.path.isfile(path):
            os.remove(path)
    written = write.to_py()
    for name in written:
        _inside(folder, name)
    write_files(written, folder)
    appimports.ship(running.package, written, removed)


def _inside(folder: str, name: str) -> str:
    path = os.path.normpath(os.path.join(folder, name))
    if not path.startswith(folder.rstrip("/") + "/"):
        raise ValueError(f"{name!r} is outside the app's folder.")
    return path


def stop_app(app_id: str) -> None:
    """Free an app: its running events stop, its open streams end, its modules go."""
    running = _apps.pop(app_id, None)
    if running is None:
        return
    launched = running.context.launched
    if launched is not None:
        launched.queue.stop_all()
    for request_id in list(running.requests):
        disconnect(request_id)
    appimports.unregister(running.package)


async def handle_request(
    app_id: str,
    request_id: int,
    method: str,
    target: str,
    headers: JsProxy,
    body: JsProxy | None,
    on_start: JsProxy,
    on_body: JsProxy,
) -> None:
    """Serve one request through the app's launched ASGI app; `on_start`/`on_body` reach the page."""
    running = _apps.get(app_id)
    if running is None or running.context.launched is None:
        raise RuntimeError("This app is not running.")
    disconnected = asyncio.get_running_loop().create_future()
    _disconnects[request_id] = disconnected
    running.requests.add(request_id)
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
        await appcontext.run_in(
            running.context, running.context.launched(http_scope(method, target, headers.to_py()), receive, send)
        )
    finally:
        _disconnects.pop(request_id, None)
        running.requests.discard(request_id)


def disconnect(request_id: int) -> None:
    """The page stopped reading a response (an SSE stream it closed)."""
    future = _disconnects.get(request_id)
    if future is not None and not future.done():
        future.set_result(None)
