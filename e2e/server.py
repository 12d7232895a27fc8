"""A plain static file server over dist/, on 127.0.0.1, for tests and benchmarks.

It can serve dist/ under a sub-path (as a project site under /<repo>/), send CORS
headers (as a CDN does, for a lite.js loaded from another origin) and the Cache-Control
headers the README advises a static host to send, and any other headers (a
Content-Security-Policy); it counts the bytes it sends.
"""

from __future__ import annotations

import functools
import re
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


IMMUTABLE = "public, max-age=31536000, immutable"
# Vite's chunks (`entry-<hash>.js`) and the package files under pyodide/ (a version in each
# name, a sha256 in the lock) never change under their name; lite_core's wheel and
# Pyodide's core files keep theirs from build to build.
_HASHED = re.compile(r"(^|/)[\w.-]+-[\w-]{8}\.(js|css)$|^pyodide/(?!lite_core-)[^/]+\.(whl|zip)$")


def cache_control(path: str) -> str:
    """What the README advises for a file of dist/ (its path relative to dist/)."""
    return IMMUTABLE if _HASHED.search(path) and path != "pyodide/python_stdlib.zip" else "no-cache"


class _Handler(SimpleHTTPRequestHandler):
    extensions_map = {**SimpleHTTPRequestHandler.extensions_map, **TYPES}  # noqa: RUF012 - the base class's table
    prefix = "/"
    cors = False
    caching = False
    extra: tuple[tuple[str, str], ...] = ()
    sent: list[tuple[str, int]]

    def translate_path(self, path: str) -> str:
        if not path.startswith(self.prefix):
            return str(Path(self.directory) / ".not-served")  # a 404
        return super().translate_path("/" + path[len(self.prefix) :])

    def end_headers(self) -> None:
        if self.cors:
            self.send_header("Access-Control-Allow-Origin", "*")
        if self.caching:
            self.send_header("Cache-Control", cache_control(self.path.split("?")[0][len(self.prefix) :]))
        for keyword, value in self.extra:
            self.send_header(keyword, value)
        super().end_headers()

    def send_header(self, keyword: str, value: str) -> None:
        if keyword == "Content-Length":
            self.sent.append((self.path.split("?")[0][len(self.prefix) :], int(value)))
        super().send_header(keyword, value)

    def log_message(self, format: str, *args: object) -> None:
        pass


class StaticServer:
    def __init__(
        self,
        root: Path,
        port: int = 0,
        prefix: str = "/",
        cors: bool = False,
        caching: bool = False,
        headers: dict[str, str] | None = None,
    ) -> None:
        # Each body sent (path under the prefix, bytes), in order; 304s send none.
        self.sent: list[tuple[str, int]] = []
        extra = tuple((headers or {}).items())
        attributes = {"prefix": prefix, "cors": cors, "caching": caching, "extra": extra, "sent": self.sent}
        handler_class = type("Handler", (_Handler,), attributes)
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
