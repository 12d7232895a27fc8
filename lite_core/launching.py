"""`demo.launch()`: hand the app to whatever serves it.

In the browser runtime the bridge serves, for each app of the page, the app its code
launched (kept in the app's context). On CPython (`lite serve app.py`, or `python app.py`)
launch() serves it over HTTP with uvicorn: Gradio's API, and the web UI at `/`.
"""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING, Any

from .appcontext import active
from .path_policy import PathPolicy
from .routing import App

if TYPE_CHECKING:  # Blocks.launch() calls down into this module
    from .blocks import Blocks

SHARE_NOTE = (
    "lite: share=True makes no tunnel here. To share this app, publish it as static files "
    "(`lite build app.py -o site/`, then any static host), or send a permalink from the page's "
    "Share link (the code travels in the link; nothing is uploaded)."
)


def launch(
    blocks: Blocks,
    *,
    server_name: str | None = None,
    server_port: int | None = None,
    auth: Any = None,
    share: bool | None = None,
    show_api: bool = True,
    allowed_paths: list[str] | None = None,
    blocked_paths: list[str] | None = None,
    **_: Any,
) -> App:
    if auth is not None and sys.platform == "emscripten":
        # A password needs a server to check it; in the browser the page says so on load.
        blocks.set_event_trigger([(blocks, "load")], _no_auth, None, None, api_name=False, show_progress="hidden")
    # In the page, a Share link offers the app's code as a permalink (shared/share.ts).
    blocks.share = bool(share)
    # As Gradio: show_api=False hides the page's "Use via API" link (the API still answers).
    blocks.show_api = show_api
    context = active()
    context.path_policy = PathPolicy(allowed_paths or [], blocked_paths or [])
    app = context.launched = App(blocks)
    if sys.platform == "emscripten":
        return app
    if share:
        print(SHARE_NOTE, file=sys.stderr)
    serve(app, server_name, server_port)
    return app


def serve(app: App, server_name: str | None = None, server_port: int | None = None) -> None:
    """Gradio's API and the web UI under uvicorn, until interrupted."""
    from . import served, web_assets

    # As Gradio: arguments first, then GRADIO_SERVER_NAME / GRADIO_SERVER_PORT, then defaults.
    host = server_name or os.environ.get("GRADIO_SERVER_NAME") or "127.0.0.1"
    port = server_port or int(os.environ.get("GRADIO_SERVER_PORT") or 7860)
    try:
        import uvicorn
    except ImportError:
        print("lite: install uvicorn to serve this app over HTTP (pip install uvicorn)", file=sys.stderr)
        return
    try:
        asgi: Any = served.Served(app, web_assets.find())
    except web_assets.MissingWebBuild as e:
        print(f"{e}\nlite: serving the API only (no web UI at /).", file=sys.stderr)
        asgi = app
    print(f"* Running on local URL:  http://{host}:{port}", file=sys.stderr)
    uvicorn.run(asgi, host=host, port=port, log_level="warning")


def _no_auth() -> None:
    from .notices import Warning

    Warning(
        "launch(auth=...) needs a server to check passwords: this app runs in your browser, "
        "so it is not password-protected."
    )
