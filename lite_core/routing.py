"""The app's ASGI 3 application: the HTTP API of Gradio 5 that Lite serves."""

from __future__ import annotations

import json
import traceback
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TYPE_CHECKING

from . import files, frames, multipart
from .exceptions import InvalidPayload
from .files import with_root
from .http import HTTPError, Request, ResponseSend, finite, path_problem, root_url, send_bytes, send_json, send_sse
from .protocol import API_PREFIX, RAW_FRAME_MIME, ServerMessage
from .queue import EventQueue, new_event_id
from .types import Receive, Scope, Send

if TYPE_CHECKING:  # for annotations only: Blocks sits above the router that serves it
    from .blocks import Blocks

Handler = Callable[[Request, Send], Awaitable[None]]
FILE_PREFIX = f"{API_PREFIX}/file="
CALL_PREFIX = f"{API_PREFIX}/call/"


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
            ("POST", f"{API_PREFIX}/upload"): self.upload,
            ("POST", f"{API_PREFIX}/frame"): self.frame,
            ("POST", f"{API_PREFIX}/cancel"): self.cancel,
            ("POST", f"{API_PREFIX}/reset"): self.reset,
            ("POST", f"{API_PREFIX}/component_server"): self.component_server,
            ("POST", f"{API_PREFIX}/component_server/"): self.component_server,
        }

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await self._lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        request = Request(scope, receive)
        handler = self.routes.get((request.method, request.path))
        if handler is None and request.method == "GET" and request.path.startswith(FILE_PREFIX):
            handler = self.file
        if handler is None and request.path.startswith(CALL_PREFIX):
            handler = {"POST": self.call, "GET": self.call_data}.get(request.method)
        response = ResponseSend(send)
        try:
            problem = path_problem(scope)
            if problem is not None:
                raise HTTPError(400, problem)
            if handler is None:
                raise self._no_route(request)
            await handler(request, response)
        except HTTPError as e:
            await response.fail(e.status, e.detail)
        except Exception as e:  # noqa: BLE001 - any failure of a handler answers 500; the app keeps serving
            traceback.print_exc()
            await response.fail(500, f"Internal error: {type(e).__name__}: {e}")

    def _no_route(self, request: Request) -> HTTPError:
        if any(path == request.path for _, path in self.routes):
            return HTTPError(405, f"Method {request.method} is not allowed on {request.path}.")
        return HTTPError(404, f"Not Found: {request.path}")

    async def _lifespan(self, receive: Receive, send: Send) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                await self.blocks.startup()
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await send({"type": "lifespan.shutdown.complete"})
                return

    async def config(self, request: Request, send: Send) -> None:
        config = self.blocks.config()
        root = root_url(request.scope)
        # Over HTTP, as Gradio: the app's URL, and its files' URLs under it.
        await send_json(send, {**with_root(config, root), "root": root} if root else config)

    async def info(self, request: Request, send: Send) -> None:
        await send_json(send, self.blocks.api_info())

    async def join(self, request: Request, send: Send) -> None:
        event_id = self.queue.join(await request.json(), request.headers, root_url(request.scope))
        await send_json(send, {"event_id": event_id})

    async def call(self, request: Request, send: Send) -> None:
        """POST /call/<api_name> {data}: Gradio's REST form of a join. The event is its own
        session unless the body names one; GET /call/<api_name>/<event_id> streams it."""
        api_name = request.path[len(CALL_PREFIX) :].strip("/")
        dependency = next((fn for fn in self.blocks.fns if fn.api_name == api_name and fn.fn is not None), None)
        if dependency is None or "/" in api_name:
            raise HTTPError(404, f"No API endpoint named /{api_name}.")
        body = await request.json()
        if not isinstance(body, dict):
            raise HTTPError(
                422, [{"type": "dict_type", "loc": ["body"], "msg": 'Expected {"data": [...]}.', "input": body}]
            )
        event_id = new_event_id()
        joined = {**body, "fn_index": dependency.id, "session_hash": body.get("session_hash") or event_id}
        joined["simple_format"] = True
        self.queue.join(joined, request.headers, root_url(request.scope), event_id)
        await send_json(send, {"event_id": event_id})

    async def call_data(self, request: Request, send: Send) -> None:
        event_id = request.path.rstrip("/").rsplit("/", 1)[-1]
        session = self.queue.open_stream(event_id)
        await send_sse(send, request.receive, self.queue.stream(session), call_event)

    async def cancel(self, request: Request, send: Send) -> None:
        self.queue.cancel(await request.json())
        await send_json(send, {"success": True})

    async def reset(self, request: Request, send: Send) -> None:
        """@gradio/client posts here after /cancel; as in Gradio, /cancel did the work."""
        await send_json(send, {"success": True})

    async def component_server(self, request: Request, send: Send) -> None:
        """A component's server function (FileExplorer's `ls`), called by the page by name:
        body {component_id, fn_name, data, session_hash}; its result as JSON. The function
        gets `data` and the session's state (what events changed for this session)."""
        body = await request.json()
        if not isinstance(body, dict):
            raise HTTPError(422, "Expected a JSON object {component_id, fn_name, data, session_hash}.")
        component_id = body.get("component_id")
        # Only an integer names a block (a list or dict here cannot even be looked up).
        block = self.blocks.blocks.get(component_id) if type(component_id) is int else None
        fn_name = body.get("fn_name")
        if block is None or not isinstance(fn_name, str) or fn_name not in getattr(block, "server_fns", ()):
            raise HTTPError(404, f"Component {body.get('component_id')} has no server function {fn_name!r}.")
        try:
            session = self.queue.sessions.get(str(body.get("session_hash") or ""))
            result = getattr(block, fn_name)(body.get("data"), session.state if session else {})
        except InvalidPayload as e:
            raise HTTPError(422, str(e)) from None
        await send_json(send, result)

    async def data(self, request: Request, send: Send) -> None:
        session_hash = request.query.get("session_hash", "")
        session = self.queue.open_stream(session_hash)
        await send_sse(send, request.receive, self.queue.stream(session))

    async def upload(self, request: Request, send: Send) -> None:
        parts = multipart.parse(await request.body(), request.headers.get("content-type", ""))
        paths = [files.save_bytes(part.data, part.filename) for part in parts if part.filename is not None]
        if not paths:
            raise HTTPError(400, "No files in the upload (expected multipart field `files`).")
        await send_json(send, paths)

    async def frame(self, request: Request, send: Send) -> None:
        """A raw frame (a streaming webcam's): kept as it came, its FileData back."""
        query = request.query
        try:
            width, height = int(query.get("width", "")), int(query.get("height", ""))
            channels = int(query.get("channels", "4"))
        except ValueError:
            raise HTTPError(422, "A frame needs integer `width`, `height` (and `channels`) query parameters.") from None
        body = await request.body()
        try:
            data = frames.put(body, width, height, channels)
        except ValueError as e:
            raise HTTPError(422, str(e)) from None
        await send_json(send, data)

    async def file(self, request: Request, send: Send) -> None:
        path = request.path[len(FILE_PREFIX) :]
        if frames.is_frame(path):
            frame = frames.get(path)
            if frame is None:
                raise HTTPError(404, f"Frame {path} is gone: only the latest frames are kept.")
            await send_bytes(send, frame.data, RAW_FRAME_MIME)
            return
        if not files.is_allowed(path):
            raise HTTPError(403, f"File not allowed: {path}.")
        data = Path(path).read_bytes()
        media_type = files.mime_type(path) or "application/octet-stream"
        await send_bytes(send, data, media_type, files.serving_headers(media_type))


def call_event(message: ServerMessage) -> bytes | None:
    """A queue message as GET /call/<api_name>/<event_id> sends it: `event:` and its
    `data:` (the outputs), or None for what that stream leaves out."""
    data: object = None
    if message["msg"] == "process_completed":
        output = message["output"]
        # Gradio 5.45 sends `null` here; later Gradio sends the error's payload, which
        # carries gr.Error's message: a caller needs it to say what went wrong.
        name, data = ("complete", output.get("data")) if message["success"] else ("error", output)
    elif message["msg"] == "process_generating":
        name, data = "generating", message["output"]["data"]
    elif message["msg"] == "heartbeat":
        name = "heartbeat"
    elif message["msg"] == "unexpected_error":
        name, data = "error", message["message"]
    else:
        return None
    # Spaced as Gradio's json.dumps writes it, for scripts that compare lines.
    try:
        text = json.dumps(data, default=str, allow_nan=False)
    except ValueError:  # NaN or an infinity: null, as in the page's stream
        text = json.dumps(finite(data), default=str)
    return f"event: {name}\ndata: {text}\n\n".encode()
