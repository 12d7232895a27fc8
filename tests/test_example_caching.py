"""cache_examples: outputs computed once (at start, or on first click) and shown on click."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any, Literal

import pytest

import lite_core as gr
from lite_core import appcontext
from lite_core.routing import App

from .asgi_client import Client


def counting_demo(calls: list[str], cache: bool | Literal["lazy"]) -> gr.Interface:
    def shout(text: str) -> str:
        calls.append(text)
        return text.upper()

    return gr.Interface(shout, "text", "text", examples=["hi", "yo"], cache_examples=cache)


def click_example(demo: gr.Interface, client: Client, index: int) -> list[Any]:
    load = demo.examples_handler.dataset
    fn = next(f for f in demo.fns if f.targets == [(load.id, "click")])
    return client.predict([index], fn_index=fn.id)[-2]["output"]["data"]


@pytest.fixture(autouse=True)
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("GRADIO_EXAMPLES_CACHE", str(tmp_path))
    return tmp_path


def test_cached_at_start_and_shown_without_running_again(cache_dir: Path) -> None:
    calls: list[str] = []
    demo = counting_demo(calls, True)
    asyncio.run(demo.startup())
    assert calls == ["hi", "yo"]
    client = Client(App(demo))
    assert click_example(demo, client, 1) == ["yo", "YO"]
    assert calls == ["hi", "yo"]
    assert json.loads((cache_dir / "predict" / "cache.json").read_text())["outputs"] == {"0": ["HI"], "1": ["YO"]}


def test_a_restart_of_the_same_app_reuses_the_saved_outputs() -> None:
    calls: list[str] = []
    asyncio.run(counting_demo(calls, True).startup())
    again = counting_demo(calls, True)
    asyncio.run(again.startup())
    assert calls == ["hi", "yo"]  # not run a second time
    assert click_example(again, Client(App(again)), 0) == ["hi", "HI"]


def test_changed_code_or_examples_run_again(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    asyncio.run(counting_demo(calls, True).startup())
    monkeypatch.setattr(appcontext.DEFAULT, "fingerprint", "another version of the app")
    asyncio.run(counting_demo(calls, True).startup())
    assert calls == ["hi", "yo", "hi", "yo"]

    def shout(text: str) -> str:
        calls.append(text)
        return text.upper()

    asyncio.run(gr.Interface(shout, "text", "text", examples=["hi", "new"], cache_examples=True).startup())
    assert calls[-2:] == ["hi", "new"]


def test_files_of_cached_outputs_are_kept_beside_the_cache(cache_dir: Path) -> None:
    np = pytest.importorskip("numpy")
    demo = gr.Interface(
        lambda n: np.zeros((2, 2, 3)) + n / 10, "number", gr.Image(format="png"), examples=[[1]], cache_examples=True
    )
    asyncio.run(demo.startup())
    path = Path(click_example(demo, Client(App(demo)), 0)[1]["path"])
    assert path.is_relative_to(cache_dir) and path.suffix == ".png"
    restarted = gr.Interface(lambda n: 1 / 0, "number", gr.Image(format="png"), examples=[[1]], cache_examples=True)
    # The same app, as after a reload.
    restarted.examples_handler.fingerprint = demo.examples_handler.fingerprint  # type: ignore[method-assign]
    asyncio.run(restarted.startup())
    client = Client(App(restarted))
    data = click_example(restarted, client, 0)
    assert Path(data[1]["path"]) == path and client.get(data[1]["url"]).status == 200


def test_lazy_runs_an_example_on_its_first_click_only() -> None:
    calls: list[str] = []
    demo = counting_demo(calls, "lazy")
    asyncio.run(demo.startup())
    assert calls == []
    client = Client(App(demo))
    assert click_example(demo, client, 0) == ["hi", "HI"]
    assert click_example(demo, client, 0) == ["hi", "HI"]
    assert calls == ["hi"]


def test_uncached_examples_only_fill_the_inputs() -> None:
    calls: list[str] = []
    demo = counting_demo(calls, False)
    assert click_example(demo, Client(App(demo)), 1) == ["yo"]
    assert calls == []


def test_cache_examples_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GRADIO_CACHE_EXAMPLES", "lazy")
    demo = gr.Interface(lambda t: t, "text", "text", examples=["a"])
    assert demo.examples_handler.cache_mode == "lazy"


def test_cached_image_outputs_are_sent_as_they_were_saved() -> None:
    np = pytest.importorskip("numpy")
    demo = gr.Interface(
        lambda n: np.zeros((2, 2, 3)) + n / 10, "number", gr.Image(format="png"), examples=[[1]], cache_examples=True
    )
    asyncio.run(demo.startup())
    data = click_example(demo, Client(App(demo)), 0)
    assert data[0] == 1 and data[1]["path"].endswith(".png")
