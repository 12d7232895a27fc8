"""The app on a server (`lite serve`, `demo.launch()` on CPython): Gradio's HTTP API from
routing.App, and at `/` the same web UI the browser runtime shows, talking HTTP to it.

The page is `<gradio-lite server="./">`: lite.js renders the app from `./config` and sends
its events to this server instead of a worker. Only the front end's files are served
beside the API (the Pyodide runtime is not needed here).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from . import html_page, web_assets
from .http import Request, send_bytes, send_json
from .types import Receive, Scope, Send

if TYPE_CHECKING:
    from .routing import App

# The page: <gradio-lite server> renders the app from ./config and sends its events here.
BODY = '<gradio-lite server="./" control-page-title></gradio-lite>\n'
# Folders of the web build a served app's page never asks for.
UNSERVED = {"pyodide", *web_assets.NOT_SHIPPED}


class Served:
    """An ASGI app: the web UI's files and page, else routing.App's API."""

    def __init__(self, app: App, assets: Path) -> None:
        self.app = app
        self.assets = assets.resolve()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in {"GET", "HEAD"}:
            await self.app(scope, receive, send)
            return
        request = Request(scope, receive)
        if request.path in {"/", ""}:
            page = html_page.document(self.app.blocks.title or "Gradio", BODY, prefix="./")
            await send_bytes(send, page.encode(), "text/html; charset=utf-8")
            return
        if request.path.split("/")[1] in UNSERVED:
            await send_json(send, {"detail": f"Not Found: {request.path}"}, 404)
            return
        path = web_assets.resolve(self.assets, request.path)
        if path is None:
            await self.app(scope, receive, send)
            return
        await send_bytes(send, path.read_bytes(), web_assets.content_type(path))
