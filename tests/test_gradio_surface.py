"""Gradio's constructor arguments and events on every block, callable values, and inputs or
outputs given as one block, a layout or a set."""

from __future__ import annotations

import pytest

import lite_core as gr
from lite_core.routing import App

from .asgi_client import Client


def answer(demo: gr.Blocks, data: list[object], fn_index: int = 0) -> list[object]:
    completed = [m for m in Client(App(demo)).predict(data, fn_index) if m["msg"] == "process_completed"]
    assert completed[0]["success"], completed[0]
    return completed[0]["output"]["data"]


def test_an_argument_gradio_takes_is_kept_and_an_unknown_one_is_refused() -> None:
    box = gr.Textbox(submit_btn=True, render=False)
    assert box.gradio_options == {"submit_btn": True}
    with pytest.raises(TypeError, match="Textbox\\(\\) got an unexpected keyword argument 'submit_btn_typo'"):
        gr.Textbox(submit_btn_typo=True, render=False)
    # Gradio's native plots take any keyword (older names); so do Lite's.
    gr.LinePlot(overlay_point=True, render=False)


def test_every_event_gradio_gives_a_block_can_be_wired() -> None:
    with gr.Blocks() as demo:
        state, image, box = gr.State(0), gr.Image(), gr.Textbox()
        state.change(lambda n: str(n), state, box)
        image.select(lambda: "picked", None, box)
        box.blur(lambda: "left", None, box)
    assert [fn.targets for fn in demo.fns] == [[(state.id, "change")], [(image.id, "select")], [(box.id, "blur")]]


def test_a_callable_value_is_computed_at_load_from_its_inputs() -> None:
    with gr.Blocks() as demo:
        name = gr.Textbox("Ada")
        greeting = gr.Textbox(lambda who: f"Hi {who}", inputs=[name])
        clock = gr.Number(lambda: 1, every=0.5)
    loads = [fn for fn in demo.fns if fn.targets == [(0, "load")]]
    assert [(fn.inputs, fn.outputs) for fn in loads] == [([name], [greeting]), ([], [clock])]
    assert greeting.value is None
    assert answer(demo, ["Ada"], demo.fns.index(loads[0])) == ["Hi Ada"]
    assert any(fn.targets[0][1] == "tick" for fn in demo.fns)  # every= repeats it


def test_inputs_as_a_set_give_the_function_one_dict() -> None:
    with gr.Blocks() as demo:
        a, b, total = gr.Number(), gr.Number(), gr.Number()
        gr.Button().click(lambda data: data[a] - data[b], {a, b}, total)
    order = demo.fns[0].inputs
    assert answer(demo, [7 if c is a else 2 for c in order]) == [5]


def test_a_layout_as_the_output_takes_its_props() -> None:
    with gr.Blocks() as demo:
        with gr.Row() as row:
            gr.Textbox()
        gr.Button().click(lambda: gr.Row(visible=False), None, row)
    assert answer(demo, []) == [{"__type__": "update", "visible": False}]


def test_a_clear_button_takes_one_component() -> None:
    with gr.Blocks() as demo:
        box = gr.Textbox("x")
        gr.ClearButton(box)
    assert demo.fns[0].outputs == [box]
