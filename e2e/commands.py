"""The `lite` command run as a user runs it: a subprocess on 127.0.0.1, waited for, stopped."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def lite(*args: str, cwd: Path, env: dict[str, str] | None = None, ready: str = "/") -> Iterator[str]:
    """`python -m lite_core <args>` until the block ends; its base URL once `ready` answers.

    The port comes from GRADIO_SERVER_PORT, as a user of Gradio would set it."""
    port = free_port()
    environment = {**os.environ, "PYTHONPATH": str(REPO), "GRADIO_SERVER_PORT": str(port), **(env or {})}
    process = subprocess.Popen(
        [sys.executable, "-m", "lite_core", *args], cwd=cwd, env=environment, stderr=subprocess.PIPE, text=True
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(url + ready, timeout=2).close()
                break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    process.kill()
                    raise RuntimeError(f"lite {' '.join(args)} did not start: {process.communicate()[1]}") from None
                time.sleep(0.1)
        yield url
    finally:
        process.terminate()
        try:
            process.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.communicate()
