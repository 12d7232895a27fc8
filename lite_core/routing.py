"""The app's ASGI 3 application: the HTTP API of Gradio 5 that Lite serves."""

from __future__ import annotations

import traceback
from collections.abc import Awaitable, Callable

from .blocks import Blocks
from .http import HTTPError, Request, send_json, send_sse
from .protocol import API_PREFIX
from .queue import EventQueue
from .types import Receive, Scope, Send

Handler = Callable[[Request, Send], Awaitable[None]]


class App:
    """`App(blocks)` is an ASGI app: call it in-process, in the browser, or under uvicorn."""

    def __init__(self, blocks: Blocks) -> None:
        self.blocks = blocks
        self.queue = EventQueue(blocks)
        self.routes: dict[tuple[str, str], Handler] = {
            ("GET", "/config"): self.config,
            ("GET", f"{API_PREFIX}/info"): self.info,
            ("POST", f"{API_PREFIX}/queue/join"): self.join,
            ("GET", f"{API_PREFIX}/queue/data"): self.data,
        }

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await self._lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        request = Request(scope, receive)
        handler = self.routes.get((request.method, request.path))
        try:
            if handler is None:
                raise self._no_route(request)
            await handler(request, send)
        except HTTPError as e:
            await send_json(send, {"detail": e.detail}, e.status)
        except Exception as e:
            traceback.print_exc()
            await send_json(send, {"detail": f"Internal error: {type(e).__name__}: {e}"}, 500)

    def _no_route(self, request: Request) -> HTTPError:
        if any(path == request.path for _, path in self.routes):
            return HTTPError(405, f"Method {request.method} is not allowed on {request.path}.")
        return HTTPError(404, f"Not Found: {request.path}")

    async def _lifespan(self, receive: Receive, send: Send) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await send({"type": "lifespan.shutdown.complete"})
                return

    async def config(self, request: Request, send: Send) -> None:
        await send_json(send, self.blocks.config())

    async def info(self, request: Request, send: Send) -> None:
        await send_json(send, self.blocks.api_info())

    async def join(self, request: Request, send: Send) -> None:
        event_id = self.queue.join(await request.json())
        await send_json(send, {"event_id": event_id})

    async def data(self, request: Request, send: Send) -> None:
        session_hash = request.query.get("session_hash", "")
        session = self.queue.open_stream(session_hash)
        await send_sse(send, request.receive, self.queue.stream(session_hash, session))
