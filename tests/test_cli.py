"""The `lite` command on CPython: arguments, `lite serve` under a real uvicorn on
127.0.0.1 (Gradio's API and the web UI's files), and the gradio alias staying opt-in."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from lite_core import cli, served, site_build, web_assets

REPO = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.skipif(sys.platform == "emscripten", reason="no subprocesses in the browser runtime")

APP = """import gradio as gr

def add(a, b):
    return a + b

demo = gr.Interface(add, [gr.Number(label="a"), gr.Number(label="b")], gr.Number(label="sum"))
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def get(url: str) -> tuple[int, bytes, str]:
    try:
        with urllib.request.urlopen(url, timeout=10) as r:
            return r.status, r.read(), r.headers.get("content-type", "")
    except urllib.error.HTTPError as e:
        return e.code, e.read(), e.headers.get("content-type", "")


def predict(base: str, data: list[object]) -> object:
    """One event through Gradio's queue, as a client sends it."""
    body = json.dumps({"data": data, "fn_index": 0, "session_hash": "cli"}).encode()
    join = urllib.request.Request(base + "/gradio_api/queue/join", body, {"content-type": "application/json"})
    urllib.request.urlopen(join, timeout=10).close()
    with urllib.request.urlopen(base + "/gradio_api/queue/data?session_hash=cli", timeout=30) as stream:
        for line in stream:
            if line.startswith(b"data:"):
                message = json.loads(line[5:])
                if message["msg"] == "process_completed":
                    return message["output"]["data"]
    raise AssertionError("no process_completed")


def start(tmp_path: Path, *args: str, env: dict[str, str]) -> subprocess.Popen[str]:
    environment = {**os.environ, "PYTHONPATH": str(REPO), **env}
    return subprocess.Popen(
        [sys.executable, "-m", "lite_core", *args], cwd=tmp_path, env=environment, stderr=subprocess.PIPE, text=True
    )


def wait(process: subprocess.Popen[str], url: str) -> None:
    deadline = time.monotonic() + 30
    while True:
        try:
            urllib.request.urlopen(url, timeout=2).close()
            return
        except urllib.error.HTTPError:
            return
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                raise AssertionError(process.communicate()[1]) from None
            time.sleep(0.1)


def test_lite_serve_serves_the_api_and_the_page_at_gradio_server_port(tmp_path: Path) -> None:
    (tmp_path / "app.py").write_text(APP)  # no launch(): `demo` is served, as `gradio app.py` does
    port = free_port()
    process = start(
        tmp_path, "serve", "app.py", env={"GRADIO_SERVER_PORT": str(port), "GRADIO_SERVER_NAME": "127.0.0.1"}
    )
    base = f"http://127.0.0.1:{port}"
    try:
        wait(process, base + "/config")
        status, page, kind = get(base + "/")
        assert status == 200 and kind.startswith("text/html")
        assert b'<gradio-lite server="./"' in page
        status, script, kind = get(base + "/lite.js")
        assert status == 200 and kind.startswith("text/javascript") and b"gradio-lite" in script
        labels = [c["props"].get("label") for c in json.loads(get(base + "/config")[1])["components"]]
        assert [label for label in labels if label in {"a", "b", "sum"}] == ["a", "b", "sum"]
        assert predict(base, [2, 3]) == [5]
        # Only the front end's files: not the runtime, not the examples, nothing outside.
        assert get(base + "/pyodide/pyodide.mjs")[0] == 404
        assert get(base + "/examples/quickstart.html")[0] == 404
        assert get(base + "/..%2fpyproject.toml")[0] == 404
    finally:
        process.terminate()
        process.communicate(timeout=10)


def test_the_gradio_alias_is_opt_in(tmp_path: Path) -> None:
    """Importing Lite never makes `import gradio` give Lite: only `lite serve` (and the
    browser runtime) install the alias."""
    script = "import lite_core, importlib.util; print(importlib.util.find_spec('gradio') is None or 'real')"
    done = subprocess.run(
        [sys.executable, "-c", script], env={**os.environ, "PYTHONPATH": str(REPO)}, capture_output=True, text=True
    )
    assert done.stdout.strip() in {"True", "real"}, done.stderr
    assert "lite_core" not in done.stdout


def test_arguments_and_their_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit, match="no such file"):
        cli.main(["serve", str(tmp_path / "missing.py")])
    with pytest.raises(SystemExit):
        cli.main(["deploy", "app.py"])
    assert "invalid choice" in capsys.readouterr().err
    args = cli.parse(["build", "app.py", "--requirements", "r.txt", "-o", "out"])
    assert (args.out, args.requirements) == (Path("out"), [Path("r.txt")])


def test_served_address_follows_gradio_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GRADIO_SERVER_NAME", "0.0.0.0")
    monkeypatch.setenv("GRADIO_SERVER_PORT", "9001")
    assert cli.address(cli.parse(["serve", "app.py"])) == ("0.0.0.0", 9001)
    assert cli.address(cli.parse(["serve", "app.py", "--port", "9002", "--host", "127.0.0.1"])) == ("127.0.0.1", 9002)


def test_build_refuses_a_folder_it_did_not_make(tmp_path: Path) -> None:
    (tmp_path / "app.py").write_text(APP)
    out = tmp_path / "mine"
    out.mkdir()
    (out / "notes.txt").write_text("keep me")
    with pytest.raises(SystemExit, match="not empty"):
        site_build.build(tmp_path / "app.py", out, [])
    assert (out / "notes.txt").read_text() == "keep me"


def test_requirements_leave_out_what_lite_provides(tmp_path: Path) -> None:
    (tmp_path / "app.py").write_text(APP)
    (tmp_path / "requirements.txt").write_text("gradio>=5\ngradio_client\nhumanize==4.17.0  # sizes\n\n-e .\n")
    assert site_build.app_requirements(tmp_path / "app.py", []) == ["humanize==4.17.0"]


def test_static_paths_cannot_leave_the_web_build(tmp_path: Path) -> None:
    (tmp_path / "lite.js").write_text("//")
    (tmp_path.parent / "secret.txt").write_text("no")
    assert web_assets.resolve(tmp_path, "/lite.js") == (tmp_path / "lite.js").resolve()
    for path in ["/../secret.txt", "/", "//etc/passwd", "/./lite.js", "/nope.js"]:
        assert web_assets.resolve(tmp_path, path) is None, path
    assert "pyodide" in served.UNSERVED


@pytest.mark.skipif(sys.platform == "emscripten", reason="the command runs on CPython")
@pytest.mark.skipif(not (REPO / "dist" / "lite-sw.js").is_file(), reason="needs the web build (dist/)")
def test_build_offline_page_registers_the_service_worker(tmp_path: Path) -> None:
    (tmp_path / "app.py").write_text("import gradio as gr\ngr.Interface(str, 'text', 'text').launch()\n")
    site = site_build.build(tmp_path / "app.py", tmp_path / "site", [], offline=True)
    assert "<gradio-lite control-page-title offline>" in (site / "index.html").read_text()
    listed = json.loads((site / "lite-offline.json").read_text())["files"]
    assert "pyodide/pyodide.asm.wasm" in listed and (site / "lite-sw.js").is_file()
    assert all((site / name).is_file() for name in listed)
    plain = site_build.build(tmp_path / "app.py", tmp_path / "plain", [])
    assert "offline" not in (plain / "index.html").read_text()
    assert cli.parse(["build", "app.py", "--offline"]).offline
