"""A plain static file server over dist/, on 127.0.0.1, for tests and benchmarks.

It can serve dist/ under a sub-path (as a project site under /<repo>/) and send CORS
headers (as a CDN does, for a lite.js loaded from another origin).
"""

from __future__ import annotations

import functools
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

TYPES = {
    ".js": "text/javascript",
    ".mjs": "text/javascript",
    ".wasm": "application/wasm",
    ".whl": "application/octet-stream",
    ".json": "application/json",
    ".zip": "application/zip",
}


class _Handler(SimpleHTTPRequestHandler):
    extensions_map = {**SimpleHTTPRequestHandler.extensions_map, **TYPES}  # noqa: RUF012 - the base class's table
    prefix = "/"
    cors = False

    def translate_path(self, path: str) -> str:
        if not path.startswith(self.prefix):
            return str(Path(self.directory) / ".not-served")  # a 404
        return super().translate_path("/" + path[len(self.prefix) :])

    def end_headers(self) -> None:
        if self.cors:
            self.send_header("Access-Control-Allow-Origin", "*")
        super().end_headers()

    def log_message(self, format: str, *args: object) -> None:
        pass


class StaticServer:
    def __init__(self, root: Path, port: int = 0, prefix: str = "/", cors: bool = False) -> None:
        handler_class = type("Handler", (_Handler,), {"prefix": prefix, "cors": cors})
        handler = functools.partial(handler_class, directory=str(root))
        self.prefix = prefix
        self.httpd = ThreadingHTTPServer(("127.0.0.1", port), handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def origin(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    @property
    def url(self) -> str:
        """The origin and the prefix, without its final slash."""
        return self.origin + self.prefix.rstrip("/")

    def __enter__(self) -> StaticServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
