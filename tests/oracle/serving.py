"""Serve tests/oracle/client_app.py over HTTP for the official clients: with `lite serve`
(Lite on uvicorn), or with real Gradio, each in the oracle interpreter."""

from __future__ import annotations

import os
import socket
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

APP = Path(__file__).resolve().parent / "client_app.py"
REPO = APP.parents[2]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def serving(oracle: Path, server: str, cwd: Path) -> Iterator[str]:
    """The URL of client_app.py served by `server` ("lite" or "gradio") until the block ends."""
    port = free_port()
    command = ["-m", "lite_core", "serve", str(APP)] if server == "lite" else [str(APP)]
    env = {**os.environ, "GRADIO_SERVER_PORT": str(port), "GRADIO_ANALYTICS_ENABLED": "False", "PYTHONPATH": str(REPO)}
    process = subprocess.Popen(
        [str(oracle), *command],
        cwd=cwd,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    url = f"http://127.0.0.1:{port}/"
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                urllib.request.urlopen(f"{url}config", timeout=2).close()
                break
            except OSError:
                assert process.poll() is None, process.communicate()[1][-3000:]
                assert time.monotonic() < deadline, f"{server} did not start serving in 90 s"
                time.sleep(0.2)
        yield url
    finally:
        process.kill()
        process.communicate()
