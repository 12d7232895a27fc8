from __future__ import annotations

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
    assert values == ["Clear"]
    assert demo.config()["dependencies"][0]["targets"][0][1] == "change"
