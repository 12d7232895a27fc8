"""Gradio's official Python client (gradio_client, installed with the oracle) against a Lite
app served on CPython by uvicorn, and against the same app on real Gradio: each check gives
the same answer on both, so what Lite is held to is what Gradio does."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

import pytest

from .serving import serving

CHECK = Path(__file__).resolve().parent / "client_check.py"

# What a user of gradio_client gets from client_app.py, on Lite as on Gradio.
EXPECTED: dict[str, Any] = {
    "endpoints": ["/count", "/forever", "/predict", "/refuse", "/remember", "/shout", "/work"],
    # view_api: the function's parameter names; a slider that starts with a value may be left out.
    "parameters": [["name", False], ["intensity", True]],
    "positional": "Hello, Ada!!!",
    "keyword": "Hello, Kay!",
    "default": "Hello, Bo!!",
    # submit() of a generator: every yield in job.outputs(), the last as its result.
    "generator_result": "step 3",
    "generator_outputs": ["step 0", "step 1", "step 2", "step 3"],
    "status": "FINISHED",
    # job.cancel() of an endless generator ends the job; no more outputs arrive.
    "cancelled": True,
    "cancel_done": True,
    "cancel_status": "CANCELLED",
    "outputs_stopped": True,
    "work": "worked 3",
    # handle_file() uploads a real file; the file output is downloaded with the right bytes.
    "file_name": "shouted-in.txt",
    "file_bytes": "QUIET WORDS\n",
    "file_local": True,
    # gr.State lives in the client's session across predict() calls.
    "state": ["a", "a b"],
    "error": ["AppError", "No thanks: tea"],
    "after_invalid": "Hello, Al!",
}
# gr.Progress, seen in job.status().progress_data while the job runs. The last update (3 of 3)
# is sent when the loop ends, just before the result: whether a status poll sees it is timing,
# on Lite as on Gradio, so it is allowed, not required (as in test_js_client).
PROGRESS = [[i, 3, "steps", "working"] for i in range(4)]
# A value a component cannot take: Gradio fails the event with a hidden message; Lite
# refuses the join with a 422 that gradio_client reads as ValidationError naming the input.
INVALID = {
    "gradio": [
        "AppError",
        "The upstream Gradio app has raised an exception but has not enabled verbose error reporting. "
        "To enable, set show_error=True in launch().",
    ],
    "lite": [
        "ValidationError",
        "1 parameter(s) failed validation:\n"
        "- intensity: Input 2 of /predict (intensity, Slider) expects a number, got 'three' (str)",
    ],
}


@pytest.mark.parametrize("server", ["lite", "gradio"])
def test_the_official_python_client_gets_from_lite_what_it_gets_from_gradio(
    oracle: Path, tmp_path: Path, server: str
) -> None:
    downloads = tmp_path / "downloads"
    downloads.mkdir()
    with serving(oracle, server, tmp_path) as url:
        done = subprocess.run(
            [str(oracle), str(CHECK), url, str(downloads)], capture_output=True, text=True, timeout=180, check=False
        )
    assert done.returncode == 0, done.stderr[-3000:]
    answers = json.loads(done.stdout.strip().splitlines()[-1])
    progress = answers.pop("progress")
    assert len(progress) >= 2 and all(update in PROGRESS for update in progress), progress
    assert answers.pop("invalid") == INVALID[server]
    assert answers == EXPECTED
