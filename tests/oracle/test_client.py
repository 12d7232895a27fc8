"""Gradio's official Python client (gradio_client, installed with the oracle) against a Lite
app served on CPython by uvicorn: it reads the API, calls it by name with positional values,
fills defaults, and submits jobs, as it does against Gradio."""

from __future__ import annotations

import json
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

APP = """
import sys
sys.path.insert(0, {repo!r})
import lite_core as gr

def greet(name: str, intensity: int = 2) -> str:
    return "Hello, " + name + "!" * int(intensity)

gr.Interface(greet, ["text", gr.Slider(1, 5, value=2, step=1)], "text").launch(server_port={port})
"""

CLIENT = """
import json
from gradio_client import Client

client = Client("http://127.0.0.1:{port}/", verbose=False)
api = client.view_api(return_format="dict", print_info=False)["named_endpoints"]["/predict"]
print(json.dumps({{
    "parameters": [(p["parameter_name"], p["parameter_has_default"]) for p in api["parameters"]],
    "positional": client.predict("Ada", 3, api_name="/predict"),
    "default": client.predict("Bo", api_name="/predict"),
    "submitted": client.submit("Cy", 1, api_name="/predict").result(),
}}))
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_the_official_python_client_calls_a_lite_app(oracle: Path, tmp_path: Path) -> None:
    port = free_port()
    (tmp_path / "app.py").write_text(APP.format(repo=str(REPO), port=port))
    server = subprocess.Popen([str(oracle), "app.py"], cwd=tmp_path, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/config", timeout=2).close()
                break
            except OSError:
                assert server.poll() is None, server.communicate()[1]
                time.sleep(0.2)
        done = subprocess.run(
            [str(oracle), "-c", CLIENT.format(port=port)], capture_output=True, text=True, timeout=120, check=False
        )
        assert done.returncode == 0, done.stderr[-2000:]
        answers = json.loads(done.stdout.strip().splitlines()[-1])
    finally:
        server.kill()
        server.communicate()
    assert answers == {
        "parameters": [["name", False], ["intensity", True]],
        "positional": "Hello, Ada!!!",
        "default": "Hello, Bo!!",
        "submitted": "Hello, Cy!",
    }
