"""Generators stream: each yield is a message, later ones as edits; Stop ends a run."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncIterator, Iterator
from typing import Any

import lite_core as gr
from lite_core.diff import apply
from lite_core.routing import App

from .asgi_client import Client


def count(n: float) -> Iterator[str]:
    text = ""
    for i in range(int(n)):
        text += str(i)
        yield text


def test_each_yield_is_a_message_and_later_ones_are_edits() -> None:
    client = Client(App(gr.Interface(count, "number", "text")))
    events = client.predict([4])
    kinds = [e["msg"] for e in events]
    assert kinds == ["estimation", "process_starts"] + ["process_generating"] * 4 + [
        "process_completed",
        "close_stream",
    ]
    generating = [e["output"] for e in events if e["msg"] == "process_generating"]
    assert generating[0] == {"data": ["0"], "is_generating": True}
    assert generating[1]["data"] == [[["append", [], "1"]]]
    value = generating[0]["data"][0]
    for later in generating[1:]:
        value = apply(value, later["data"][0])
    assert value == "0123"
    assert events[-2]["output"]["data"] == ["0123"]


def test_async_generators_stream_too() -> None:
    async def ticks(n: float) -> AsyncIterator[int]:
        for i in range(int(n)):
            await asyncio.sleep(0)
            yield i

    events = Client(App(gr.Interface(ticks, "number", "number"))).predict([3])
    assert [e["output"]["data"] for e in events if e["msg"] == "process_generating"] == [
        [0],
        [[["replace", [], 1]]],
        [[["replace", [], 2]]],
    ]


def test_generator_interface_has_a_hidden_stop_button_that_cancels_predict() -> None:
    config = gr.Interface(count, "number", "text").config()
    stop = next(c for c in config["components"] if c["type"] == "button" and c["props"]["value"] == "Stop")
    assert stop["props"]["visible"] is False and stop["props"]["variant"] == "stop"
    cancel = next(d for d in config["dependencies"] if d["targets"] == [(stop["id"], "click")])
    assert cancel["cancels"] == [0] and cancel["types"]["cancel"] is True and cancel["backend_fn"] is False
    assert config["dependencies"][0]["types"]["generator"] is True


def test_plain_functions_have_no_stop_button() -> None:
    config = gr.Interface(lambda x: x, "text", "text").config()
    assert "Stop" not in [c["props"].get("value") for c in config["components"]]


def test_cancel_stops_a_run_and_the_app_keeps_working() -> None:
    def slow(n: float) -> Iterator[int]:
        for i in range(1000):
            time.sleep(0.01)
            yield i

    client = Client(App(gr.Interface(slow, "number", "number")))

    def run_then_stop(session: str) -> list[dict[str, Any]]:
        json_headers = {"content-type": "application/json"}

        async def scenario() -> list[dict[str, Any]]:
            join = json.dumps({"data": [1], "fn_index": 0, "session_hash": session}).encode()
            event_id = (await client._request("POST", "/gradio_api/queue/join", join, "", json_headers)).json()[
                "event_id"
            ]
            stream = asyncio.ensure_future(
                client._request("GET", "/gradio_api/queue/data", b"", f"session_hash={session}", {})
            )
            await asyncio.sleep(0.2)
            cancel = json.dumps({"event_id": event_id, "session_hash": session, "fn_index": 0}).encode()
            assert (await client._request("POST", "/gradio_api/cancel", cancel, "", json_headers)).json() == {
                "success": True
            }
            return (await stream).events()

        return client.loop.run_until_complete(scenario())

    events = run_then_stop("s")
    done = events[-2]
    assert done["msg"] == "process_completed" and done["success"] is True and done["output"]["data"] == []
    assert 0 < len([e for e in events if e["msg"] == "process_generating"]) < 1000
    assert run_then_stop("t")[2]["msg"] == "process_generating"


def test_a_keyboard_interrupt_ends_only_its_event_as_a_stop_and_the_app_keeps_working() -> None:
    # What Stop raises in the browser when a run never yields (Pyodide's interrupt buffer).
    def interrupted(text: str) -> str:
        if text == "stop me":
            raise KeyboardInterrupt
        return text.upper()

    client = Client(App(gr.Interface(interrupted, "text", "text")))
    done = client.predict(["stop me"])[-2]
    assert done["msg"] == "process_completed" and done["success"] is True and done["output"]["data"] == []
    assert client.predict(["fine"])[-2]["output"]["data"] == ["FINE"]
