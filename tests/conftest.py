from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

import lite_core as gr
from lite_core import appcontext, files, frames
from lite_core.routing import App

from .asgi_client import Client


def _reset_stores() -> None:
    files.cache_dir.cache_clear()
    appcontext.DEFAULT.served.clear()
    appcontext.DEFAULT.launched = None
    appcontext.DEFAULT.path_policy = None
    appcontext._entered = appcontext.DEFAULT
    frames._frames.clear()


@pytest.fixture(autouse=True)
def isolated(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Each test writes only in a folder of its own and starts with empty process-wide stores.

    Uploads and saved outputs (GRADIO_TEMP_DIR, else /tmp/gradio), cached examples and
    relative paths such as the default `flagging_dir=".gradio/flagged"` (the working
    directory) all land in this folder, never in the real /tmp/gradio or the repository.
    It is not the test's own `tmp_path`, so what a test lists there stays its own.
    The default app context's served files and launched app, and the raw frames kept
    in memory, are emptied before and after each test.
    """
    root = tmp_path_factory.mktemp("isolated")
    monkeypatch.setenv("GRADIO_TEMP_DIR", str(root / "gradio"))
    monkeypatch.setenv("GRADIO_EXAMPLES_CACHE", str(root / "cached_examples"))
    # The host's settings must not change what a test sees.
    monkeypatch.delenv("GRADIO_CACHE_EXAMPLES", raising=False)
    monkeypatch.delenv("GRADIO_FLAGGING_MODE", raising=False)
    monkeypatch.chdir(root)
    _reset_stores()
    yield root
    _reset_stores()


def greet(name: str, intensity: float) -> str:
    return "Hello, " + name + "!" * int(intensity)


@pytest.fixture
def quickstart() -> gr.Interface:
    return gr.Interface(fn=greet, inputs=["text", "slider"], outputs=["text"])


@pytest.fixture
def client(quickstart: gr.Interface) -> Iterator[Client]:
    c = Client(App(quickstart))
    yield c
    c.close()
