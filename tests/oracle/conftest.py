"""The oracle: real Gradio 5.45 (and its official Python client) in an interpreter of its own."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
ORACLE = Path(os.environ.get("LITE_ORACLE_PYTHON", REPO / ".cache" / "oracle" / "bin" / "python"))


@pytest.fixture(scope="session")
def oracle() -> Path:
    if sys.platform == "emscripten":
        pytest.skip("the oracle runs real Gradio in a subprocess: CPython only")
    if not ORACLE.exists():
        if os.environ.get("CI"):
            pytest.fail(f"no oracle interpreter at {ORACLE}: scripts/test.sh installs it")
        pytest.skip(f"no oracle interpreter at {ORACLE} (scripts/test.sh installs it)")
    return ORACLE
