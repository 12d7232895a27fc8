"""`demo.launch()`: hand the app to whatever serves it.

In the browser runtime the bridge serves the app that launched last. On CPython,
launch() serves it over HTTP with uvicorn when that is installed.
"""

from __future__ import annotations

import sys
from typing import Any

from .blocks import Blocks
from .routing import App

launched: App | None = None


def launch(blocks: Blocks, *, server_name: str = "127.0.0.1", server_port: int = 7860, **_: Any) -> None:
    global launched
    launched = App(blocks)
    if sys.platform == "emscripten":
        return
    try:
        import uvicorn  # type: ignore[import-not-found]
    except ImportError:
        print("lite: install uvicorn to serve this app over HTTP (pip install uvicorn)", file=sys.stderr)
        return
    uvicorn.run(launched, host=server_name, port=server_port)
