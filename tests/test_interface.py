from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import lite_core as gr


def test_labels_come_from_parameter_names() -> None:
    def f(alpha: str, beta: float) -> tuple[str, str]:
        return alpha, alpha

    demo = gr.Interface(f, ["text", gr.Number(label="Custom")], ["text", "text"])
    assert [c.label for c in demo.input_components] == ["alpha", "Custom"]
    assert [c.label for c in demo.output_components] == ["output 0", "output 1"]


def test_single_output_is_labelled_output_and_not_interactive(quickstart: gr.Interface) -> None:
    (out,) = quickstart.output_components
    assert out.label == "output" and out.interactive is False


def test_clear_resets_inputs_and_outputs_in_the_page(quickstart: gr.Interface) -> None:
    clear = quickstart.config()["dependencies"][1]
    assert clear["backend_fn"] is False
    assert clear["js"] == "() => [null, 0, null]"
    assert clear["show_api"] is False


def test_live_interface_has_no_submit_button() -> None:
    demo = gr.Interface(lambda x: x, "text", "text", live=True)
    values = [c["props"]["value"] for c in demo.config()["components"] if c["type"] == "button"]
    assert values == ["Clear", "Flag"]
    assert demo.config()["dependencies"][0]["targets"][0][1] == "change"


def test_additional_inputs_sit_in_a_closed_accordion_and_follow_the_inputs() -> None:
    def generate(prompt: str, seed: float, initial_image: object = None) -> tuple[str, str]:
        return f"Used seed: {seed}", "https://dummyimage.com/300/09f.png"

    demo = gr.Interface(generate, ["textbox"], ["textbox", "image"], additional_inputs=[gr.Slider(0, 1000), "image"])
    config = demo.config()
    accordion = next(c for c in config["components"] if c["type"] == "accordion")
    assert accordion["props"]["label"] == "Additional Inputs" and accordion["props"]["open"] is False
    by_id = {c["id"]: c for c in config["components"]}
    assert [by_id[i]["props"]["label"] for i in config["dependencies"][0]["inputs"]] == [
        "prompt",
        "seed",
        "initial_image",
    ]

    def children(node: Mapping[str, Any]) -> list[int]:
        return [child["id"] for child in node.get("children", [])]

    def find(node: Mapping[str, Any], block_id: int) -> Mapping[str, Any] | None:
        if node["id"] == block_id:
            return node
        for child in node.get("children", []):
            found = find(child, block_id)
            if found:
                return found
        return None

    inside = children(find(config["layout"], accordion["id"]) or {})
    assert [by_id[i]["type"] for i in inside] == ["slider", "image"]


def test_additional_inputs_accordion_as_a_string_or_an_accordion() -> None:
    named = gr.Interface(lambda a, b: a, "text", "text", additional_inputs=["text"], additional_inputs_accordion="More")
    assert next(c for c in named.config()["components"] if c["type"] == "accordion")["props"]["label"] == "More"
    opened = gr.Interface(
        lambda a, b: a,
        "text",
        "text",
        additional_inputs=["text"],
        additional_inputs_accordion=gr.Accordion("Open", open=True),
    )
    props = next(c for c in opened.config()["components"] if c["type"] == "accordion")["props"]
    assert props == {**props, "label": "Open", "open": True}


def test_live_streaming_webcam_fires_stream_events_and_latest_wins() -> None:
    demo = gr.Interface(lambda im: im, gr.Image(sources=["webcam"], streaming=True), "image", live=True)
    predict = demo.config()["dependencies"][0]
    assert predict["targets"][0][1] == "stream"
    assert predict["trigger_mode"] == "always_last"
    assert predict["stream_every"] == 0.5 and predict["show_progress"] == "hidden"
