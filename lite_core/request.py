"""gr.Request: the request behind an event, for a function that asks for it
(`def predict(text, request: gr.Request)`), as in Gradio.

In the browser there is no network request: the page's own request to the in-page router
is what the function sees (its headers, the session), and `client.host` names the page.
"""

from __future__ import annotations

from typing import Any


class Client:
    def __init__(self, host: str, port: int | None = None) -> None:
        self.host = host
        self.port = port


class Request:
    def __init__(
        self,
        headers: dict[str, str] | None = None,
        session_hash: str | None = None,
        client_host: str = "127.0.0.1",
        query_params: dict[str, str] | None = None,
    ) -> None:
        self.headers = {k.lower(): v for k, v in (headers or {}).items()}
        self.session_hash = session_hash
        self.client = Client(client_host)
        self.query_params = dict(query_params or {})
        self.path_params: dict[str, str] = {}
        self.cookies: dict[str, str] = {}
        self.username: str | None = None  # no login without a server

    def __getattr__(self, name: str) -> Any:
        raise AttributeError(f"gr.Request has no attribute {name!r} in Lite")

    def __repr__(self) -> str:
        return f"gr.Request(session_hash={self.session_hash!r}, client={self.client.host!r})"


def is_request_annotation(annotation: Any) -> bool:
    """A parameter annotated `gr.Request` (a class, or the string under postponed annotations)."""
    if isinstance(annotation, type):
        return issubclass(annotation, Request)
    return isinstance(annotation, str) and annotation.rsplit(".", 1)[-1] == "Request"
