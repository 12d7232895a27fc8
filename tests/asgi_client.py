"""A tiny in-process client: drives the ASGI app the way the browser transport does."""

from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass, field
from typing import Any

from lite_core.http import http_scope
from lite_core.types import ASGIApp, Message


@dataclass
class Response:
    status: int
    headers: dict[str, str]
    body: bytes
    chunks: list[bytes] = field(default_factory=list)

    def json(self) -> Any:
        return json.loads(self.body)

    def detail(self) -> str:
        """An error's detail as one text: a sentence, or a join's list of verdicts."""
        detail = self.json()["detail"]
        if isinstance(detail, str):
            return detail
        return " ".join(item.get("msg") or item.get("message") or "" for item in detail)

    def events(self) -> list[dict[str, Any]]:
        """The `data:` messages of an SSE body."""
        text = self.body.decode()
        return [json.loads(block[len("data: ") :]) for block in text.split("\n\n") if block]


class Client:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.loop = asyncio.new_event_loop()

    def close(self) -> None:
        self.loop.close()

    def request(
        self, method: str, path: str, body: bytes | Any = b"", query: str = "", headers: dict[str, str] | None = None
    ) -> Response:
        raw = body if isinstance(body, bytes) else json.dumps(body).encode()
        sent = headers or {"content-type": "application/json"}
        return self.loop.run_until_complete(self._request(method, path, raw, query, sent))

    def get(self, path: str, query: str = "") -> Response:
        return self.request("GET", path, query=query)

    def post(self, path: str, body: bytes | Any) -> Response:
        return self.request("POST", path, body)

    async def _request(self, method: str, path: str, body: bytes, query: str, headers: dict[str, str]) -> Response:
        scope = http_scope(method, f"{path}?{query}" if query else path, list(headers.items()))
        sent = await exchange(self.app, scope, body)
        start = next(m for m in sent if m["type"] == "http.response.start")
        chunks = [m.get("body", b"") for m in sent if m["type"] == "http.response.body"]
        return Response(
            start["status"], {k.decode(): v.decode() for k, v in start["headers"]}, b"".join(chunks), chunks
        )

    def predict(self, data: list[Any], fn_index: int = 0, session_hash: str = "s1") -> list[dict[str, Any]]:
        """Join then read the session's stream: every SSE message, in order."""
        joined = self.post("/gradio_api/queue/join", {"data": data, "fn_index": fn_index, "session_hash": session_hash})
        assert joined.status == 200, joined.body
        return self.get("/gradio_api/queue/data", f"session_hash={session_hash}").events()


async def exchange(app: ASGIApp, scope: Any, body: bytes, timeout: float = 10) -> list[Message]:
    """One request to the end, as the browser transport makes it: the body in one message,
    then a disconnect once the response is complete; every message the app sent."""
    sent: list[Message] = []
    finished = asyncio.Event()
    asked = False

    async def receive() -> Message:
        nonlocal asked
        if not asked:
            asked = True
            return {"type": "http.request", "body": body, "more_body": False}
        await finished.wait()
        return {"type": "http.disconnect"}

    async def send(message: Message) -> None:
        sent.append(message)
        if message["type"] == "http.response.body" and not message.get("more_body", False):
            finished.set()

    await asyncio.wait_for(app(scope, receive, send), timeout=timeout)
    finished.set()
    return sent
