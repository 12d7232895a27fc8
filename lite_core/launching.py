"""`demo.launch()`: hand the app to whatever serves it.

In the browser runtime the bridge serves, for each app of the page, the app its code
launched (kept in the app's context). On CPython, launch() serves it over HTTP with
uvicorn when that is installed.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

from .appcontext import active
from .routing import App

if TYPE_CHECKING:  # Blocks.launch() calls down into this module
    from .blocks import Blocks


def launch(blocks: Blocks, *, server_name: str = "127.0.0.1", server_port: int = 7860, **_: Any) -> App:
    app = active().launched = App(blocks)
    if sys.platform == "emscripten":
        return app
    try:
        import uvicorn  # type: ignore[import-not-found]
    except ImportError:
        print("lite: install uvicorn to serve this app over HTTP (pip install uvicorn)", file=sys.stderr)
        return app
    uvicorn.run(app, host=server_name, port=server_port)
    return app
