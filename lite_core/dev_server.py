"""`lite dev app.py`: the app in the browser runtime on localhost, re-run on every save.

A small threaded HTTP server (standard library only) serves the web build, the app's files
as JSON (/__lite__/app) and a stream of changes (/__lite__/changes, server-sent events).
The page runs the app with createGradioApp and, on each change, hands the new files to the
same runtime (controller.update): Pyodide is not restarted, so the new UI shows in a few
hundred milliseconds. A file that fails (a syntax error) shows its traceback in the page;
the next good save recovers.
"""

from __future__ import annotations

import base64
import json
import threading
import time
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from . import app_files, html_page, site_build, web_assets

# How often the folder is looked at: a save shows within this plus the re-run.
POLL_SECONDS = 0.05
HEARTBEAT_SECONDS = 15.0

BODY = """<div id="app"></div>
<script type="module">
import { createGradioApp } from "./lite.js";

// The app's files as the dev server read them: text, or bytes sent as base64.
async function source() {
  const app = await (await fetch("./__lite__/app", { cache: "no-store" })).json();
  const files = {};
  for (const [name, file] of Object.entries(app.files)) {
    files[name] = "text" in file ? file.text : Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
  }
  return { version: app.version, files, entrypoint: app.entrypoint, requirements: app.requirements };
}

let current = await source();
const app = await createGradioApp({
  target: document.getElementById("app"),
  files: current.files,
  entrypoint: current.entrypoint,
  requirements: current.requirements,
  storageKey: "lite-dev:" + current.entrypoint,
  controlPageTitle: true,
});
window.liteDev = app;
new EventSource("./__lite__/changes").onmessage = async (event) => {
  if (event.data === current.version) return;
  try {
    current = await source();
    console.log("lite dev: re-running " + current.entrypoint);
    await app.update(current);
  } catch (e) {
    // A failing file shows its traceback in the page (a file removed mid-read: the next
    // change reads again); the next save runs again.
    console.error("lite dev:", e);
  }
};
</script>
"""


class Watched:
    """The app's files and a version that changes whenever one of them does."""

    def __init__(self, entry: Path) -> None:
        self.entry = entry
        self.lock = threading.Condition()
        self.files = app_files.collect(entry)
        self.state = app_files.snapshot(self.files)
        self.version = 1

    def poll(self) -> None:
        files = app_files.collect(self.entry)
        state = app_files.snapshot(files)
        if state != self.state:
            with self.lock:
                self.files, self.state = files, state
                self.version += 1
                self.lock.notify_all()

    def wait_change(self, seen: int, timeout: float) -> int:
        with self.lock:
            self.lock.wait_for(lambda: self.version != seen, timeout)
            return self.version

    def payload(self) -> dict[str, Any]:
        with self.lock:
            files, version = dict(self.files), self.version
        encoded = {name: _encode(name, path.read_bytes()) for name, path in files.items()}
        return {
            "version": str(version),
            "entrypoint": self.entry.name,
            "requirements": site_build.app_requirements(self.entry, []),
            "files": encoded,
        }


def _encode(name: str, data: bytes) -> dict[str, str]:
    """Text as text (readable in the page's console), anything else as base64."""
    if name.endswith(".py") or (b"\0" not in data[:4096] and len(data) < 2**20):
        try:
            return {"text": data.decode()}
        except UnicodeDecodeError:
            pass
    return {"base64": base64.b64encode(data).decode()}


def handler(watched: Watched, assets: Path) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: Any) -> None:
            pass  # quiet: the page's console says what re-ran

        def do_GET(self) -> None:
            path = self.path.split("?", 1)[0]
            if path == "/":
                page = html_page.document(f"{watched.entry.stem} (lite dev)", BODY, prefix="./", script=False)
                self.reply(page.encode(), "text/html; charset=utf-8")
            elif path == "/__lite__/app":
                try:
                    body = json.dumps(watched.payload()).encode()
                except OSError as e:  # a file removed between the listing and the read
                    self.reply(str(e).encode(), "text/plain", HTTPStatus.SERVICE_UNAVAILABLE)
                    return
                self.reply(body, "application/json")
            elif path == "/__lite__/changes":
                self.changes()
            else:
                file = web_assets.resolve(assets, path)
                if file is None:
                    self.reply(b"Not Found", "text/plain", HTTPStatus.NOT_FOUND)
                else:
                    self.reply(file.read_bytes(), web_assets.content_type(file))

        def end_headers(self) -> None:
            # Cross-origin isolation: Stop can then interrupt Python in place (Pyodide's
            # interrupt buffer is a SharedArrayBuffer) instead of restarting the runtime.
            # `credentialless` still lets an app show images from other sites.
            self.send_header("Cross-Origin-Opener-Policy", "same-origin")
            self.send_header("Cross-Origin-Embedder-Policy", "credentialless")
            super().end_headers()

        def reply(self, body: bytes, content_type: str, status: HTTPStatus = HTTPStatus.OK) -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Cache-Control", "no-store")
            self.end_headers()
            self.wfile.write(body)

        def changes(self) -> None:
            self.send_response(HTTPStatus.OK)
            self.send_header("Content-Type", "text/event-stream")
            self.send_header("Cache-Control", "no-store")
            self.end_headers()
            self.close_connection = True
            version = 0
            try:
                while True:
                    seen = watched.wait_change(version, HEARTBEAT_SECONDS)
                    self.wfile.write(f"data: {seen}\n\n".encode() if seen != version else b": heartbeat\n\n")
                    self.wfile.flush()
                    version = seen
            except OSError:
                pass  # the page went away

    return Handler


def serve(entry: Path, host: str, port: int) -> None:
    entry = entry.resolve()
    assets = web_assets.find()
    watched = Watched(entry)
    server = ThreadingHTTPServer((host, port), handler(watched, assets))
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    print(f"lite dev: http://{host}:{server.server_address[1]}/ runs {entry.name}; saving a file re-runs it")
    try:
        while True:
            time.sleep(POLL_SECONDS)
            try:
                watched.poll()
            except (OSError, app_files.TooManyFiles) as e:
                print(f"lite dev: {e}")
    except KeyboardInterrupt:
        pass
    finally:
        server.shutdown()
