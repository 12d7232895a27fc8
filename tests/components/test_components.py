"""preprocess/postprocess tables, against Gradio 5's behaviour for each component."""

from __future__ import annotations

from typing import Any

import pytest

import lite_core as gr
from lite_core.components import get_component_instance
from lite_core.exceptions import InvalidPayload


@pytest.mark.parametrize(
    ("component", "payload", "expected"),
    [
        (gr.Textbox(), "hi", "hi"),
        (gr.Textbox(), None, None),
        (gr.Number(), 3.5, 3.5),
        (gr.Number(precision=0), 2.6, 3),
        (gr.Number(precision=1), 2.66, 2.7),
        (gr.Number(), None, None),
        (gr.Slider(), 42, 42),
        (gr.Slider(precision=0), 4.4, 4),
        (gr.Checkbox(), True, True),
        (gr.Radio(["a", "b"]), "b", "b"),
        (gr.Radio(["a", "b"], type="index"), "b", 1),
        (gr.Radio([("Apple", "a"), ("Banana", "b")]), "a", "a"),
    ],
)
def test_preprocess(component: gr.Component, payload: Any, expected: Any) -> None:
    result = component.preprocess(payload)
    assert result == expected and type(result) is type(expected)


@pytest.mark.parametrize(
    ("component", "value", "expected"),
    [
        (gr.Textbox(), 12, "12"),
        (gr.Textbox(), None, None),
        (gr.Number(precision=0), 1.7, 2),
        (gr.Slider(minimum=5, maximum=10), None, 5),
        (gr.Checkbox(), None, False),
        (gr.Checkbox(), 1, True),
        (gr.Radio(["a"]), "a", "a"),
    ],
)
def test_postprocess(component: gr.Component, value: Any, expected: Any) -> None:
    assert component.postprocess(value) == expected


@pytest.mark.parametrize(
    ("component", "payload", "message"),
    [
        (gr.Slider(), 101, "Value 101 is greater than maximum value 100."),
        (gr.Slider(minimum=1, maximum=3), 0, "Value 0 is less than minimum value 1."),
        (gr.Number(minimum=0), -1, "Value -1 is less than minimum value 0."),
        (gr.Radio(["a", "b"]), "c", "Value: 'c' (type: <class 'str'>) is not in the list of choices: ['a', 'b']"),
    ],
)
def test_out_of_range_raises_gradio_error(component: gr.Component, payload: Any, message: str) -> None:
    with pytest.raises(gr.Error) as raised:
        component.preprocess(payload)
    assert raised.value.message == message


@pytest.mark.parametrize(
    ("minimum", "maximum", "step"),
    [(0, 100, 1), (0, 1, 0.01), (0, 10, 0.1), (0, 1000, 10), (-50, 50, 1)],
)
def test_slider_default_step_is_a_hundredth_of_the_range(minimum: float, maximum: float, step: float) -> None:
    assert gr.Slider(minimum, maximum).step == pytest.approx(step)


def test_slider_default_value_is_its_minimum() -> None:
    assert gr.Slider(10, 20).props()["value"] == 10


@pytest.mark.parametrize(
    ("component", "payload"),
    [
        (gr.Textbox(), 1),
        (gr.Number(), "1"),
        (gr.Number(), False),
        (gr.Slider(), None),
        (gr.Checkbox(), "yes"),
        (gr.Radio(["a"]), [1]),
    ],
)
def test_wrong_json_type_is_rejected_before_running(component: gr.Component, payload: Any) -> None:
    with pytest.raises(InvalidPayload):
        component.validate_payload(payload)


@pytest.mark.parametrize(
    ("shortcut", "cls"),
    [
        ("text", gr.Textbox),
        ("textbox", gr.Textbox),
        ("number", gr.Number),
        ("slider", gr.Slider),
        ("checkbox", gr.Checkbox),
        ("radio", gr.Radio),
    ],
)
def test_string_shortcuts(shortcut: str, cls: type) -> None:
    assert type(get_component_instance(shortcut)) is cls


def test_unknown_shortcut_names_the_known_ones() -> None:
    with pytest.raises(ValueError, match="No such component: 'sliderr'"):
        get_component_instance("sliderr")


def test_textbox_config_golden() -> None:
    with gr.Blocks():
        box = gr.Textbox(label="Name", lines=2, placeholder="Type")
    assert box.config() == {
        "id": 1,
        "type": "textbox",
        "props": {
            "visible": True,
            "elem_id": None,
            "elem_classes": [],
            "name": "textbox",
            "value": None,
            "label": "Name",
            "info": None,
            "show_label": True,
            "container": True,
            "scale": None,
            "min_width": 160,
            "interactive": None,
            "type": "text",
            "lines": 2,
            "max_lines": 20,
            "placeholder": "Type",
            "autofocus": False,
            "autoscroll": True,
            "text_align": None,
            "rtl": False,
            "show_copy_button": False,
            "max_length": None,
        },
        "skip_api": False,
        "component_class_id": "Textbox",
        "key": None,
        "api_info": {"type": "string"},
        "example_inputs": "Hello!!",
    }
