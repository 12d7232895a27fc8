"""Dropdown, CheckboxGroup, Label and HTML against Gradio 5's behaviour."""

from __future__ import annotations

import pytest

import lite_core as gr
from lite_core.exceptions import InvalidPayload


def test_dropdown_defaults_to_the_first_choice_or_nothing_for_multiselect() -> None:
    assert gr.Dropdown(["a", "b"]).props()["value"] == "a"
    assert gr.Dropdown(["a", "b"], multiselect=True).props()["value"] == []
    assert gr.Dropdown(["a", "b"], value="b", multiselect=True).props()["value"] == ["b"]


def test_dropdown_preprocess_values_indices_and_custom_values() -> None:
    assert gr.Dropdown(["a", "b"]).preprocess("b") == "b"
    assert gr.Dropdown(["a", "b"], type="index").preprocess("b") == 1
    assert gr.Dropdown(["a", "b"], type="index", multiselect=True).preprocess(["b", "a"]) == [1, 0]
    assert gr.Dropdown(["a"], allow_custom_value=True).preprocess("zzz") == "zzz"
    with pytest.raises(gr.Error, match=r"Value: 'c' is not in the list of choices: \['a', 'b'\]"):
        gr.Dropdown(["a", "b"]).preprocess("c")


def test_dropdown_rejects_wrong_json_types() -> None:
    with pytest.raises(InvalidPayload):
        gr.Dropdown(["a"]).validate_payload({"x": 1})
    with pytest.raises(InvalidPayload):
        gr.Dropdown(["a"], multiselect=True).validate_payload([True])


def test_checkboxgroup() -> None:
    group = gr.CheckboxGroup(["USA", "Japan", "Pakistan"])
    assert group.preprocess(["Japan"]) == ["Japan"]
    assert gr.CheckboxGroup(["x", "y"], type="index").preprocess(["y"]) == [1]
    assert group.postprocess(None) == [] and group.postprocess("USA") == ["USA"]
    with pytest.raises(gr.Error, match="Value: 'Mars' \\(type: <class 'str'>\\) is not in the list of choices"):
        group.preprocess(["Mars"])
    with pytest.raises(InvalidPayload):
        group.validate_payload("USA")


def test_label_sorts_confidences_and_keeps_the_top_classes() -> None:
    label = gr.Label(num_top_classes=2)
    assert label.postprocess({"cat": 0.2, "dog": 0.7, "bird": 0.1}) == {
        "label": "dog",
        "confidences": [{"label": "dog", "confidence": 0.7}, {"label": "cat", "confidence": 0.2}],
    }
    assert label.postprocess("cat") == {"label": "cat"}
    assert label.postprocess(3) == {"label": "3"}
    assert label.postprocess(None) == {}
    with pytest.raises(ValueError, match="The `Label` output interface expects one of"):
        label.postprocess([1, 2])


def test_html_passes_text_through_and_hides_its_label() -> None:
    html = gr.HTML("<b>x</b>")
    assert html.postprocess("<i>y</i>") == "<i>y</i>"
    assert html.props()["show_label"] is False
