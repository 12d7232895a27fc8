"""Every guide sample runs unchanged on real Gradio 5.45 and gives the answers it gives on
Lite: that is how a user moves an app from the browser to a server or to Hugging Face Spaces.

Each sample's file is copied alone into a folder of its own and started twice as a user
starts it, `python app.py` with GRADIO_SERVER_PORT: once with real Gradio (the oracle
interpreter), once with `import gradio` giving lite_core (serve_lite.py, same interpreter,
served by uvicorn). gradio_client then calls the first named endpoint of both with the same
values (call_app.py: the first example if the app has examples, else the inputs' defaults)
and the two answers must be equal: files by content (an image by its pixels, as each side
may encode it its own way), never by path or name. Files the call leaves beside app.py are
compared the same way: input_only_save_image.py names its file at random, so only the
file's suffix and pixels are compared, not its name.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from tests.test_examples import COPY, samples

REPO = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
GUIDE_SAMPLES = set(samples(COPY.read_text()))
SAMPLES = sorted(
    str(p.relative_to(REPO / "examples")) for p in (REPO / "examples").rglob("*.py") if p.read_text() in GUIDE_SAMPLES
)
NOT_RUN = {
    "fragments/image_filepath.py": 'a fragment of the guide (`gr.Image(type="filepath")`), not an app: '
    "it imports nothing and launches nothing",
    "fragments/number_info.py": "a fragment of the guide (`gr.Number(label='Age', ...)`), not an app: "
    "it imports nothing and launches nothing",
    "unified_text_generation.py": "imports transformers and downloads GPT-2's weights when it starts: "
    "neither is available to a test (no network, no transformers in the oracle)",
}
# Samples whose answer Gradio fetches from the internet: compared where the host resolves.
NEEDS_HOST = {"additional_inputs.py": "dummyimage.com"}
# Answers that differ on purpose or by chance, with the reason (none yet).
DELIBERATE: dict[str, str] = {}
SERVER_START = 120  # seconds; two cores shared by several servers
WORKERS = 3


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def answers_config(url: str) -> bool:
    try:
        urllib.request.urlopen(url + "config", timeout=5).close()
    except OSError:
        return False
    return True


@contextmanager
def serving(argv: list[str], folder: Path) -> Iterator[str]:
    """`python app.py` in folder, on a free port, until /config answers; killed on exit."""
    port = free_port()
    env = {**os.environ, "GRADIO_SERVER_PORT": str(port), "GRADIO_ANALYTICS_ENABLED": "False", "PYTHONPATH": ""}
    # sharing.py launches with share=True: Gradio's tunnel then dials a closed local port
    # instead of Gradio's share server, so a test never opens a public link.
    env["GRADIO_SHARE_SERVER_ADDRESS"] = f"127.0.0.1:{free_port()}"
    log_path = folder.parent / f"{folder.name}.log"
    url = f"http://127.0.0.1:{port}/"
    with log_path.open("w") as log:
        server = subprocess.Popen(argv, cwd=folder, env=env, stdout=log, stderr=subprocess.STDOUT)
        try:
            deadline = time.monotonic() + SERVER_START
            while not answers_config(url):
                if server.poll() is not None or time.monotonic() > deadline:
                    raise AssertionError(f"{argv} in {folder} did not serve:\n{log_path.read_text()[-3000:]}")
                time.sleep(0.3)
            yield url
        finally:
            server.kill()
            server.wait(timeout=30)


def run_both(oracle: Path, sample: str, root: Path, image: Path) -> dict[str, Any]:
    folders = {}
    for side in ("gradio", "lite"):
        folders[side] = root / sample.replace("/", "_").removesuffix(".py") / side
        folders[side].mkdir(parents=True)
        shutil.copy(REPO / "examples" / sample, folders[side] / "app.py")
    gradio_argv = [str(oracle), "app.py"]
    lite_argv = [str(oracle), str(HERE / "serve_lite.py"), "app.py"]
    with serving(gradio_argv, folders["gradio"]) as gradio, serving(lite_argv, folders["lite"]) as lite:
        argv = [
            str(oracle),
            str(HERE / "call_app.py"),
            gradio,
            str(folders["gradio"]),
            lite,
            str(folders["lite"]),
            str(image),
        ]
        done = subprocess.run(argv, capture_output=True, text=True, timeout=180, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    answers: dict[str, Any] = json.loads(done.stdout)
    return answers


def resolves(host: str) -> bool:
    try:
        socket.getaddrinfo(host, 443)
        return True
    except OSError:
        return False


def write_image(path: Path) -> None:
    """A small image with distinct pixels (row and column gradients, a colour per channel)."""
    from PIL import Image

    image = Image.new("RGB", (6, 4))
    image.putdata([(40 * x, 60 * y, 10 + 20 * x + 30 * y) for y in range(4) for x in range(6)])
    image.save(path)


@pytest.fixture(scope="module")
def answers(oracle: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any] | BaseException]:
    """Every runnable sample, run on both sides, a few at a time."""
    root = tmp_path_factory.mktemp("runs")
    image = tmp_path_factory.mktemp("media") / "input.png"
    write_image(image)
    runnable = [s for s in SAMPLES if s not in NOT_RUN and (s not in NEEDS_HOST or resolves(NEEDS_HOST[s]))]
    results: dict[str, dict[str, Any] | BaseException] = {}

    def one(sample: str) -> None:
        try:
            results[sample] = run_both(oracle, sample, root, image)
        except BaseException as e:  # noqa: BLE001 - reported by the sample's own test
            results[sample] = e

    with ThreadPoolExecutor(WORKERS) as pool:
        list(pool.map(one, runnable))
    return results


def test_every_guide_sample_is_checked() -> None:
    assert len(SAMPLES) == 18
    assert set(NOT_RUN) | set(NEEDS_HOST) <= set(SAMPLES)


@pytest.mark.parametrize("sample", SAMPLES)
def test_a_guide_sample_answers_on_gradio_as_on_lite(sample: str, answers: dict[str, Any]) -> None:
    if sample in NOT_RUN:
        pytest.skip(NOT_RUN[sample])
    if sample not in answers:
        pytest.skip(f"Gradio fetches the answer's image from {NEEDS_HOST[sample]}, which does not resolve here")
    found = answers[sample]
    if isinstance(found, BaseException):
        raise found
    if sample in DELIBERATE:
        pytest.xfail(DELIBERATE[sample])
    call = f"{sample}: {found['endpoint']}{found['values']}"
    assert "error" not in found["gradio"], f"{call} fails on Gradio: {found['gradio']}"
    assert found["lite"] == found["gradio"], call
