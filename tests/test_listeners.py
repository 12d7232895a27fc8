"""Gradio's ways of wiring events: decorators, gr.on with several triggers, demo.load."""

from __future__ import annotations

import pytest

import lite_core as gr
from lite_core.components import get_component_instance
from lite_core.routing import App

from .asgi_client import Client


def outputs(demo: gr.Blocks, data: list[object]) -> list[object]:
    """What the app's first event answers for `data`."""
    completed = [m for m in Client(App(demo)).predict(data) if m["msg"] == "process_completed"]
    return completed[0]["output"]["data"]


def test_a_listener_used_as_a_decorator_wires_the_function() -> None:
    with gr.Blocks() as demo:
        name = gr.Textbox()
        out = gr.Textbox()
        go = gr.Button("Go")

        @go.click(inputs=name, outputs=out)  # type: ignore[untyped-decorator]  # gr.Button is Any to mypy
        def shout(text: str) -> str:
            return text.upper()

    assert shout("a") == "A"  # the function itself is left as it was
    assert demo.fns[0].targets == [(go.id, "click")]
    assert outputs(demo, ["hey"]) == ["HEY"]


def test_on_with_several_triggers_and_without_any() -> None:
    with gr.Blocks() as demo:
        a, b = gr.Textbox(), gr.Textbox()
        go = gr.Button()
        gr.on([go.click, a.submit], lambda x: x, a, b)

        @gr.on(inputs=[a, b], outputs=b)  # type: ignore[untyped-decorator]  # returns Any, as Gradio's
        def join(x: str, y: str) -> str:
            return x + y

    assert demo.fns[0].targets == [(go.id, "click"), (a.id, "submit")]
    assert demo.fns[1].targets == [(a.id, "change"), (b.id, "change")]


def test_load_runs_with_the_page() -> None:
    with gr.Blocks() as demo:
        out = gr.Textbox()
        demo.load(lambda: "ready", None, out)
    assert demo.config()["dependencies"][0]["targets"] == [(0, "load")]
    assert outputs(demo, []) == ["ready"]


@pytest.mark.parametrize(
    ("shortcut", "cls", "attribute", "value"),
    [
        ("textarea", gr.TextArea, "lines", 7),
        ("text", gr.Textbox, "lines", 1),
        ("playable_video", gr.PlayableVideo, "block_type", "video"),
        ("files", gr.Files, "file_count", "multiple"),
        ("numpy", gr.Numpy, "type", "numpy"),
    ],
)
def test_gradios_shortcuts_and_templates(shortcut: str, cls: type, attribute: str, value: object) -> None:
    component = get_component_instance(shortcut)
    assert type(component) is cls and getattr(component, attribute) == value


def test_gradios_aliases() -> None:
    assert gr.Text is gr.Textbox and gr.Json is gr.JSON and gr.DataFrame is gr.Dataframe


def test_then_success_and_failure_chain_with_gradios_flags() -> None:
    with gr.Blocks() as demo:
        box = gr.Textbox()
        first = box.submit(lambda x: x, box, box)
        first.then(lambda: None).success(lambda: None)
        first.failure(lambda: "failed", None, box)
    flags = [
        (d["trigger_after"], d["trigger_only_on_success"], d["trigger_only_on_failure"])
        for d in demo.config()["dependencies"]
    ]
    assert flags == [(None, False, False), (0, False, False), (1, True, False), (0, False, True)]


def test_a_parameter_annotated_select_data_gets_what_the_page_said() -> None:
    with gr.Blocks() as demo:
        choice = gr.Radio(["a", "b"])
        out = gr.Textbox()

        def picked(value: str, evt: gr.SelectData) -> str:
            return f"{value}: {evt.value} at {evt.index}, selected={evt.selected}, target={type(evt.target).__name__}"

        choice.select(picked, choice, out)
    assert demo.config()["dependencies"][0]["collects_event_data"] is True
    body = {"data": ["b"], "fn_index": 0, "session_hash": "s", "event_data": {"index": 1, "value": "b"}}
    client = Client(App(demo))
    client.post("/gradio_api/queue/join", {**body, "trigger_id": choice.id})
    completed = [
        m for m in client.get("/gradio_api/queue/data", "session_hash=s").events() if m["msg"] == "process_completed"
    ]
    assert completed[0]["output"]["data"] == ["b: b at 1, selected=True, target=Radio"]


def test_a_dict_of_components_sets_only_those_outputs() -> None:
    with gr.Blocks() as demo:
        name = gr.Textbox()
        greeting, count = gr.Textbox(), gr.Number()
        state = gr.State(7)
        name.submit(lambda n: {greeting: "hi " + n}, name, [greeting, count, state])
        name.change(lambda n: {name: n, greeting: gr.skip()}, name, [greeting])
    assert outputs(demo, ["ada"]) == ["hi ada", {"__type__": "update"}, {"__type__": "update"}]
    with gr.Blocks() as wrong:
        box = gr.Textbox()
        other = gr.Textbox()
        box.submit(lambda s: {other: s}, box, box)
    messages = Client(App(wrong)).predict(["x"])
    assert next(m for m in messages if m["msg"] == "process_completed")["success"] is False


def test_a_returned_component_updates_the_props_it_sets() -> None:
    with gr.Blocks() as demo:
        timer = gr.Timer(0.5)
        box = gr.Textbox()
        box.submit(lambda s: (gr.Timer(active=False), gr.Textbox(visible=False, value="bye")), box, [timer, box])
    assert outputs(demo, ["x"]) == [
        {"__type__": "update", "active": False},
        {"__type__": "update", "visible": False, "value": "bye"},
    ]


def test_every_repeats_an_event_with_a_timer_and_unload_is_accepted() -> None:
    with gr.Blocks() as demo:
        out = gr.Number()
        demo.load(lambda: 1, None, out, every=0.5)
        demo.unload(lambda: None)
    config = demo.config()
    timer = next(c for c in config["components"] if c["type"] == "timer")
    assert timer["props"]["value"] == 0.5
    assert [d["targets"] for d in config["dependencies"]] == [[(0, "load")], [(timer["id"], "tick")]]
