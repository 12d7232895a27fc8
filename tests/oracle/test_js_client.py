"""Gradio's official JavaScript client (@gradio/client 1.18.0, pinned in js_client/) in Node
against a Lite app served on CPython by uvicorn, and against the same app on real Gradio:
the checks of js_client/check.mjs give the same answers on both."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from .serving import serving

HERE = Path(__file__).resolve().parent / "js_client"

# What a user of @gradio/client gets from client_app.py, on Lite as on Gradio.
EXPECTED: dict[str, Any] = {
    "endpoints": ["/count", "/forever", "/predict", "/refuse", "/remember", "/shout", "/work"],
    "parameters": [["name", False], ["intensity", True]],
    "positional": ["Hello, Ada!!!"],
    # An object names the function's parameters; one left out takes its default.
    "keyword": ["Hello, Kay!"],
    "default": ["Hello, Bo!!"],
    # submit() of a generator: status events and each yield as a data event (the last
    # again with the completion), as this client reports them.
    "generated": ["step 0", "step 1", "step 2", "step 3", "step 3"],
    "stages": ["pending", "generating", "complete"],
    "cancel_stopped": True,
    "cancel_ticks_at_least_2": True,
    "work": "worked 3",
    # handle_file(Buffer) uploads it; the output's URL is absolute and serves its bytes.
    "file_url_absolute": True,
    "file_name": "shouted-blob",
    "file_bytes": "QUIET WORDS\n",
    "state": ["a", "a b"],
    "error": ["status", "error", "No thanks: tea"],
    "after_invalid": ["Hello, Al!"],
}
PROGRESS = [[i, 3, "steps", "working"] for i in range(4)]
# A value a component cannot take: Gradio fails the event with no message; Lite refuses
# the join, and the client reports its verdicts as a validation error.
INVALID: dict[str, Any] = {
    "gradio": ["status", "error", None],
    "lite": [
        "status",
        "error",
        [
            {"is_valid": True, "message": ""},
            {
                "__type__": "validate",
                "is_valid": False,
                "message": "Input 2 of /predict (intensity, Slider) expects a number, got 'three' (str)",
                "parameter_name": "intensity",
            },
        ],
    ],
}


@pytest.fixture(scope="module")
def node() -> str:
    found = shutil.which("node")
    if found is None or not (HERE / "node_modules" / "@gradio" / "client").is_dir():
        message = "needs node and tests/oracle/js_client/node_modules (scripts/test.sh runs npm ci there)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return found


@pytest.mark.parametrize("server", ["lite", "gradio"])
def test_the_official_js_client_gets_from_lite_what_it_gets_from_gradio(
    oracle: Path, node: str, tmp_path: Path, server: str
) -> None:
    with serving(oracle, server, tmp_path) as url:
        done = subprocess.run(
            [node, str(HERE / "check.mjs"), url], cwd=HERE, capture_output=True, text=True, timeout=180, check=False
        )
    assert done.returncode == 0, f"stopped after: {done.stderr[-3000:]}"
    answers = json.loads(done.stdout.strip().splitlines()[-1])
    progress = answers.pop("progress")
    assert len(progress) >= 2 and all(update in PROGRESS for update in progress), progress
    assert answers.pop("invalid") == INVALID[server]
    assert answers == EXPECTED
