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


class OAuthProfile(dict[str, Any]):
    """Who signed in with Hugging Face (gr.LoginButton). Signing in needs a server, so in
    Lite a parameter annotated `gr.OAuthProfile | None` always gets None: not signed in."""


class OAuthToken:
    """A signed-in user's token (see OAuthProfile): always None in Lite."""

    def __init__(self, token: str = "", scope: str = "", expires_at: int = 0) -> None:
        self.token, self.scope, self.expires_at = token, scope, expires_at


_FILLED = {"Request": Request, "OAuthProfile": OAuthProfile, "OAuthToken": OAuthToken}


def filled_kind(annotation: Any) -> str | None:
    """ "Request", "OAuthProfile" or "OAuthToken" when a parameter is annotated with one
    (a class, `X | None`, or the string under postponed annotations), else None."""
    if isinstance(annotation, type):
        return next((name for name, cls in _FILLED.items() if issubclass(annotation, cls)), None)
    if isinstance(annotation, str):
        for part in annotation.replace("Optional[", "").replace("]", "").split("|"):
            name = part.strip().rsplit(".", 1)[-1]
            if name in _FILLED:
                return name
        return None
    for arg in getattr(annotation, "__args__", ()):  # X | None, Optional[X]
        if (found := filled_kind(arg)) is not None:
            return found
    return None


def is_request_annotation(annotation: Any) -> bool:
    """A parameter Lite fills itself: gr.Request, or gr.OAuthProfile / gr.OAuthToken."""
    return filled_kind(annotation) is not None
