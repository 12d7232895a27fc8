"""gr.Progress reports to the running event as `progress` messages."""

from __future__ import annotations

import asyncio

import lite_core as gr
from lite_core.routing import App

from .asgi_client import Client


def test_fraction_and_tqdm_progress_reach_the_stream() -> None:
    def work(text: str, progress: gr.Progress = gr.Progress()) -> str:
        progress(0, desc="Starting")
        for _ in progress.tqdm(range(3), desc="Counting"):
            pass
        return text

    events = Client(App(gr.Interface(work, "text", "text"))).predict(["x"])
    units = [e["progress_data"][0] for e in events if e["msg"] == "progress"]
    assert units[0] == {"index": None, "length": None, "unit": "steps", "progress": 0, "desc": "Starting"}
    assert [(u["index"], u["length"], u["desc"]) for u in units[1:]] == [
        (0, 3, "Counting"),
        (1, 3, "Counting"),
        (2, 3, "Counting"),
        (3, 3, "Counting"),
    ]
    assert events[-2]["output"]["data"] == ["x"]


def test_async_functions_report_progress_too() -> None:
    async def work(n: float, progress: gr.Progress = gr.Progress()) -> float:
        for i in range(2):
            progress((i, 2))
            await asyncio.sleep(0)
        return n

    events = Client(App(gr.Interface(work, "number", "number"))).predict([5])
    assert [e["progress_data"][0]["index"] for e in events if e["msg"] == "progress"] == [0, 1]


def test_progress_parameter_is_not_an_input_label() -> None:
    def work(text: str, progress: gr.Progress = gr.Progress()) -> str:
        return text

    demo = gr.Interface(work, "text", "text")
    assert [c.label for c in demo.input_components] == ["text"]


def test_progress_outside_an_event_does_nothing() -> None:
    assert gr.Progress()(0.5) == 0.5
