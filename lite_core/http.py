"""The few HTTP pieces the router needs, on bare ASGI (standard library only)."""

from __future__ import annotations

import asyncio
import json
import math
import re
from collections.abc import AsyncIterator, Callable
from typing import Any
from urllib.parse import parse_qs, unquote, unquote_to_bytes, urlsplit

from .protocol import MAX_BODY_BYTES
from .types import Message, Receive, Scope, Send


def http_scope(method: str, target: str, headers: list[tuple[str, str]]) -> Scope:
    """The ASGI scope of a request for `target` (path and query, as sent), the one place
    a scope is made for the browser runtime and the in-process test client."""
    url = urlsplit(target)
    return {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "scheme": "http",
        "method": method.upper(),
        # ASGI paths are percent-decoded; the query string stays as sent.
        "path": unquote(url.path),
        "raw_path": url.path.encode("latin-1"),
        "root_path": "",
        "query_string": url.query.encode("latin-1"),
        "headers": [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in headers],
    }


_BAD_ESCAPE = re.compile(rb"%(?![0-9A-Fa-f]{2})")


def path_problem(scope: Scope) -> str | None:
    """Why a request's path cannot be read, or None: a `%` that starts no escape, an
    escape that decodes to no UTF-8 text, or a NUL (no file name holds one)."""
    raw = scope.get("raw_path") or scope["path"].encode("utf-8", "surrogateescape")
    if _BAD_ESCAPE.search(raw):
        return "The path has an invalid percent-escape (a `%` not followed by two hex digits)."
    try:
        unquote_to_bytes(raw).decode("utf-8")
    except UnicodeDecodeError:
        return "The path's percent-escapes do not decode to UTF-8 text."
    if "\x00" in scope["path"]:
        return "The path contains a NUL character (%00)."
    return None


class HTTPError(Exception):
    """Answered as `{"detail": detail}` with `status`: a sentence, or the list a join's
    422 carries (see protocol.ErrorResponse)."""

    def __init__(self, status: int, detail: str | list[Any]) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail


def root_url(scope: Scope) -> str:
    """The app's public URL without a trailing slash, as Gradio's get_root_url finds it
    (X-Forwarded-Host and X-Forwarded-Proto first, then Host, then the root path); ""
    for a request with no Host (the browser runtime's), whose URLs stay relative."""
    headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
    forwarded = headers.get("x-forwarded-host", "").split(",")[0].strip()
    host = forwarded or headers.get("host", "")
    if not host:
        return ""
    scheme = "https" if headers.get("x-forwarded-proto", "").split(",")[0].strip() == "https" else scope["scheme"]
    return f"{scheme}://{host}{scope.get('root_path', '')}".rstrip("/")


class Request:
    def __init__(self, scope: Scope, receive: Receive) -> None:
        self.scope = scope
        self.receive = receive
        self.method: str = scope["method"]
        # The route's path: ASGI servers (uvicorn --root-path) put the root path in front.
        root, path = scope.get("root_path", ""), scope["path"]
        self.path: str = path[len(root) :] if root and path.startswith(root + "/") else path

    @property
    def headers(self) -> dict[str, str]:
        return {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in self.scope.get("headers", [])}

    @property
    def query(self) -> dict[str, str]:
        raw = self.scope.get("query_string", b"").decode("latin-1")
        return {key: values[-1] for key, values in parse_qs(raw).items()}

    async def body(self) -> bytes | bytearray:
        """The request's body; a single chunk as it came (in the browser a writable
        bytearray, which a raw frame keeps without another copy)."""
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await self.receive()
            if message["type"] == "http.disconnect":
                raise HTTPError(400, "Client disconnected before sending the body.")
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > MAX_BODY_BYTES:
                raise HTTPError(413, f"Request body is larger than {MAX_BODY_BYTES // 2**20} MB.")
            chunks.append(chunk)
            if not message.get("more_body", False):
                return chunks[0] if len(chunks) == 1 else b"".join(chunks)

    async def json(self) -> Any:
        raw = await self.body()
        if too_deep(raw):
            raise HTTPError(400, f"Request body is JSON nested more than {MAX_JSON_DEPTH} levels deep.")
        try:
            return json.loads(raw)
        except (UnicodeDecodeError, json.JSONDecodeError) as e:
            raise HTTPError(400, f"Request body is not valid JSON: {e}") from None


# Deeper JSON is refused before parsing: the parser recurses once per level, and in the
# browser a few thousand levels overflow WebAssembly's stack (a fatal error, not a 400).
MAX_JSON_DEPTH = 200
_JSON_STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"')
_JSON_BRACKET = re.compile(rb"[\[\]{}]")


def too_deep(raw: bytes | bytearray) -> bool:
    """Whether JSON text nests deeper than MAX_JSON_DEPTH (brackets in strings not counted)."""
    if raw.count(b"[") + raw.count(b"{") <= MAX_JSON_DEPTH:
        return False
    depth = 0
    for bracket in _JSON_BRACKET.findall(_JSON_STRING.sub(b"", raw)):
        depth += 1 if bracket in (b"[", b"{") else -1
        if depth > MAX_JSON_DEPTH:
            return True
    return False


def dumps(value: Any) -> bytes:
    """Compact JSON; NaN and infinities become `null`, as Gradio's encoder writes them (JSON
    has no such numbers, and a browser's JSON.parse refuses Python's `NaN`)."""
    try:
        return json.dumps(value, separators=(",", ":"), allow_nan=False, default=str).encode()
    except ValueError:
        return json.dumps(finite(value), separators=(",", ":"), allow_nan=False, default=str).encode()


def finite(value: Any) -> Any:
    """`value` with its NaN and infinite floats (in dicts, lists, tuples) as None."""
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {key: finite(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [finite(item) for item in value]
    return value


class ResponseSend:
    """An ASGI `send` that knows whether its response began and ended, so that an error
    after the start ends the body instead of starting a second response (which no client
    can read: the page's stream would hang, and every later event with it)."""

    def __init__(self, send: Send) -> None:
        self.send = send
        self.started = False
        self.ended = False

    async def __call__(self, message: Message) -> None:
        if message["type"] == "http.response.start":
            self.started = True
        elif message["type"] == "http.response.body" and not message.get("more_body", False):
            self.ended = True
        await self.send(message)

    async def fail(self, status: int, detail: Any) -> None:
        """Answer `status` with `{"detail": ...}`, or end a response that already began."""
        if not self.started:
            await send_json(self, {"detail": detail}, status)
        elif not self.ended:
            await self({"type": "http.response.body", "body": b"", "more_body": False})


async def send_json(send: Send, value: Any, status: int = 200) -> None:
    body = dumps(value)
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


async def send_bytes(
    send: Send, body: bytes | bytearray | memoryview, content_type: str, extra: tuple[tuple[bytes, bytes], ...] = ()
) -> None:
    headers = [(b"content-type", content_type.encode()), (b"content-length", str(len(body)).encode()), *extra]
    await send({"type": "http.response.start", "status": 200, "headers": headers})
    await send({"type": "http.response.body", "body": body})


def data_line(message: Any) -> bytes | None:
    return b"data: " + dumps(message) + b"\n\n"


async def send_sse(
    send: Send, receive: Receive, events: AsyncIterator[Any], encode: Callable[[Any], bytes | None] = data_line
) -> None:
    """Stream `events`, each as `encode` writes it (`data: {json}`; None skips it); stop
    early if the client goes away."""
    headers = [
        (b"content-type", b"text/event-stream"),
        (b"cache-control", b"no-cache"),
    ]
    await send({"type": "http.response.start", "status": 200, "headers": headers})

    async def pump() -> None:
        async for event in events:
            chunk = encode(event)
            if chunk is not None:
                await send({"type": "http.response.body", "body": chunk, "more_body": True})

    async def wait_disconnect() -> None:
        while (await receive())["type"] != "http.disconnect":
            pass

    pumping = asyncio.ensure_future(pump())
    watching = asyncio.ensure_future(wait_disconnect())
    try:
        await asyncio.wait({pumping, watching}, return_when=asyncio.FIRST_COMPLETED)
    except asyncio.CancelledError:
        pumping.cancel()
        raise
    finally:
        watching.cancel()
    if not pumping.done():  # the client left: stop producing for nobody
        pumping.cancel()
        return
    pumping.result()
    await send({"type": "http.response.body", "body": b""})
