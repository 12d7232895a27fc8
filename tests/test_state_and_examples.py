"""Session state, global state, examples and the four kinds of Interface, via the router."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import lite_core as gr
from lite_core.routing import App

from .asgi_client import Client


def store_message(message: str, history: list[str]) -> tuple[dict[str, str | list[str]], list[str]]:
    output: dict[str, str | list[str]] = {"Current messages": message, "Previous messages": history[::-1]}
    history.append(message)
    return output, history


def test_each_session_gets_its_own_copy_of_the_state() -> None:
    demo = gr.Interface(fn=store_message, inputs=["textbox", gr.State(value=[])], outputs=["json", gr.State()])
    client = Client(App(demo))
    assert client.predict(["a", None], session_hash="one")[2]["output"]["data"][0] == {
        "Current messages": "a",
        "Previous messages": [],
    }
    second = client.predict(["b", None], session_hash="one")[2]["output"]["data"]
    assert second == [{"Current messages": "b", "Previous messages": ["a"]}, None]
    other = client.predict(["c", None], session_hash="two")[2]["output"]["data"][0]
    assert other == {"Current messages": "c", "Previous messages": []}


def test_more_than_one_state_raises_gradios_error() -> None:
    with pytest.raises(ValueError, match="exactly one state input and one state output"):
        gr.Interface(lambda a, b: (a, b), [gr.State(), gr.State()], ["text", gr.State()])


def test_state_is_not_shown_and_not_in_the_api() -> None:
    demo = gr.Interface(fn=store_message, inputs=["textbox", gr.State(value=[])], outputs=["json", gr.State()])
    state = next(c for c in demo.config()["components"] if c["type"] == "state")
    assert state["props"]["value"] is None and state["skip_api"] is True


def test_global_state_is_shared_between_sessions() -> None:
    scores: list[float] = []

    def track_score(score: float) -> list[float]:
        scores.append(score)
        return sorted(scores, reverse=True)[:3]

    client = Client(App(gr.Interface(track_score, gr.Number(label="Score"), gr.JSON(label="Top Scores"))))
    client.predict([5], session_hash="a")
    client.predict([9], session_hash="b")
    assert client.predict([1], session_hash="c")[2]["output"]["data"] == [[9, 5, 1]]


def test_json_output_makes_tuples_and_sets_into_lists() -> None:
    assert gr.JSON().postprocess({"a": (1, 2), "b": {3}}) == {"a": [1, 2], "b": [3]}
    assert gr.JSON().postprocess('{"x": 1}') == {"x": 1}


def calculator(num1: float, operation: str, num2: float) -> float:
    if operation == "add":
        return num1 + num2
    if operation == "divide":
        if num2 == 0:
            raise gr.Error("Cannot divide by zero!")
        return num1 / num2
    return num1 * num2


def calculator_demo(**kwargs: Any) -> gr.Interface:
    return gr.Interface(
        calculator,
        ["number", gr.Radio(["add", "subtract", "multiply", "divide"]), "number"],
        "number",
        examples=[[45, "add", 3], [3.14, "divide", 2], [144, "multiply", 2.5], [0, "subtract", 1.2]],
        **kwargs,
    )


def test_examples_table_and_click_fill_the_inputs() -> None:
    demo = calculator_demo()
    config = demo.config()
    dataset = next(c for c in config["components"] if c["type"] == "dataset")
    assert dataset["props"]["headers"] == ["num1", "operation", "num2"]
    assert dataset["props"]["samples"][1] == [3.14, "divide", 2]
    load = next(d for d in config["dependencies"] if list(d["targets"][0]) == [dataset["id"], "click"])
    client = Client(App(demo))
    done = client.predict([1], fn_index=load["id"])[2]
    assert done["output"]["data"] == [3.14, "divide", 2]


def test_example_index_out_of_range_is_a_422() -> None:
    demo = calculator_demo()
    dataset_fn = demo.fns[-1]
    response = Client(App(demo)).post(
        "/gradio_api/queue/join", {"data": [9], "fn_index": dataset_fn.id, "session_hash": "s"}
    )
    assert response.status == 422 and "has no sample 9" in response.detail()


def test_flat_examples_for_a_single_input() -> None:
    demo = gr.Interface(lambda x: x, "text", "text", examples=["hello", "world"])
    dataset = next(c for c in demo.config()["components"] if c["type"] == "dataset")
    assert dataset["props"]["samples"] == [["hello"], ["world"]]


def test_title_description_article_become_markdown_around_the_app() -> None:
    demo = calculator_demo(title="Toy Calculator", description="Here's a sample toy calculator.", article="Bye")
    markdown = [c["props"]["value"] for c in demo.config()["components"] if c["type"] == "markdown"]
    assert markdown[0] == "<h1 style='text-align: center; margin-bottom: 1rem'>Toy Calculator</h1>"
    assert markdown[1:] == ["Here's a sample toy calculator.", "Bye"]
    assert demo.config()["title"] == "Toy Calculator"


def test_output_only_interface_has_a_generate_button() -> None:
    demo = gr.Interface(lambda: "made", None, "text")
    buttons = [c["props"]["value"] for c in demo.config()["components"] if c["type"] == "button"]
    assert buttons == ["Clear", "Generate", "Flag"]
    assert Client(App(demo)).predict([])[2]["output"]["data"] == ["made"]


def test_input_only_interface_runs_with_no_outputs() -> None:
    seen: list[str] = []
    demo = gr.Interface(seen.append, "text", None)
    assert Client(App(demo)).predict(["kept"])[2]["output"]["data"] == []
    assert seen == ["kept"]


def test_unified_interface_renders_the_component_once() -> None:
    box = gr.Textbox()
    demo = gr.Interface(lambda t: t + "!", box, box)
    assert [c["type"] for c in demo.config()["components"]].count("textbox") == 1
    predict = demo.config()["dependencies"][0]
    assert predict["inputs"] == predict["outputs"] == [box.id]


def test_examples_from_a_directory_of_files(tmp_path: Path) -> None:
    for name in ("b.txt", "a.txt", ".hidden"):
        (tmp_path / name).write_text(name)
    demo = gr.Interface(lambda p: p, gr.File(), "text", examples=str(tmp_path))
    samples = demo.examples_handler.dataset.raw_samples
    assert samples == [[str(tmp_path / "a.txt")], [str(tmp_path / "b.txt")]]


def test_examples_from_a_log_csv(tmp_path: Path) -> None:
    (tmp_path / "cat.png").write_bytes(b"png")
    (tmp_path / "log.csv").write_text("image,caption\ncat.png,a cat\nmissing.png,none\n")
    demo = gr.Interface(
        lambda i, c: c, [gr.Textbox(label="image"), gr.Textbox(label="caption")], "text", examples=str(tmp_path)
    )
    assert demo.examples_handler.dataset.raw_samples == [[str(tmp_path / "cat.png"), "a cat"], ["missing.png", "none"]]


def test_a_directory_without_log_csv_needs_one_input(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="exactly one input"):
        gr.Interface(lambda a, b: a, ["text", "text"], "text", examples=str(tmp_path))
