"""`demo.launch()`: hand the app to whatever serves it.

In the browser runtime the bridge serves, for each app of the page, the app its code
launched (kept in the app's context). On CPython, launch() serves it over HTTP with
uvicorn when that is installed.
"""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING, Any

from .appcontext import active
from .routing import App

if TYPE_CHECKING:  # Blocks.launch() calls down into this module
    from .blocks import Blocks


def launch(
    blocks: Blocks, *, server_name: str | None = None, server_port: int | None = None, auth: Any = None, **_: Any
) -> App:
    if auth is not None and sys.platform == "emscripten":
        # A password needs a server to check it; in the browser the page says so on load.
        blocks.set_event_trigger([(blocks, "load")], _no_auth, None, None, api_name=False, show_progress="hidden")
    app = active().launched = App(blocks)
    if sys.platform == "emscripten":
        return app
    # As Gradio: arguments first, then GRADIO_SERVER_NAME / GRADIO_SERVER_PORT, then defaults.
    host = server_name or os.environ.get("GRADIO_SERVER_NAME") or "127.0.0.1"
    port = server_port or int(os.environ.get("GRADIO_SERVER_PORT") or 7860)
    try:
        import uvicorn  # type: ignore[import-not-found]
    except ImportError:
        print("lite: install uvicorn to serve this app over HTTP (pip install uvicorn)", file=sys.stderr)
        return app
    uvicorn.run(app, host=host, port=port)
    return app


def _no_auth() -> None:
    from .notices import Warning

    Warning(
        "launch(auth=...) needs a server to check passwords: this app runs in your browser, "
        "so it is not password-protected."
    )
