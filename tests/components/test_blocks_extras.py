"""BrowserState, DownloadButton, DeepLinkButton, Sidebar, Navbar, Draggable,
Walkthrough/Step, ParamViewer and Dialogue against Gradio 5.45's behaviour."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import lite_core as gr
from lite_core import files
from lite_core.exceptions import InvalidPayload
from lite_core.routing import App
from tests.asgi_client import Client


def by_type(demo: gr.Blocks, kind: str) -> list[Any]:
    return [c for c in demo.config()["components"] if c["type"] == kind]


def completed(messages: list[dict[str, Any]]) -> dict[str, Any]:
    done = [m for m in messages if m["msg"] == "process_completed"]
    assert done and done[-1]["success"], messages
    output: dict[str, Any] = done[-1]["output"]
    return output


# --- BrowserState -----------------------------------------------------------------


def test_browser_state_gives_its_default_when_the_page_has_nothing() -> None:
    state = gr.BrowserState(["", ""])
    assert state.preprocess(None) == ["", ""]
    assert state.preprocess(None) is not state.preprocess(None)  # a copy each time
    assert state.preprocess({"a": 1}) == {"a": 1}
    assert state.postprocess([1, 2]) == [1, 2]
    assert state.api_info() == {"type": {}, "description": "any json-serializable value"}
    assert state.example_payload() == "test"


def test_browser_state_config_names_a_key_stable_across_runs_of_the_same_code() -> None:
    def build() -> Any:
        with gr.Blocks() as demo:
            gr.BrowserState(7)
            gr.BrowserState(storage_key="mine", secret="s")
        return demo.config()

    first, second = build(), build()
    keys = [c["props"]["storage_key"] for c in first["components"]]
    assert keys == [c["props"]["storage_key"] for c in second["components"]]
    assert keys[1] == "mine" and keys[0] != keys[1]
    props = first["components"][0]["props"]
    assert props["default_value"] == 7 and props["value"] is None and "secret" not in props
    assert first["components"][0]["type"] == "browserstate"


def test_browser_state_round_trips_through_an_event() -> None:
    with gr.Blocks() as demo:
        count = gr.BrowserState(0)
        button = gr.Button()
        button.click(lambda n: n + 1, count, count)
    client = Client(App(demo))
    try:
        assert completed(client.predict([None]))["data"] == [1]
        assert completed(client.predict([5]))["data"] == [6]
    finally:
        client.close()


# --- DownloadButton ---------------------------------------------------------------


def test_download_button_serves_its_file(tmp_path: Path) -> None:
    path = tmp_path / "report.csv"
    path.write_text("a,b\n")
    button = gr.DownloadButton("Get it", value=str(path))
    wire = button.props()
    assert wire["label"] == "Get it" and wire["variant"] == "secondary" and wire["size"] == "lg"
    assert wire["value"]["orig_name"] == "report.csv" and wire["value"]["size"] == 4
    assert files.is_allowed(wire["value"]["path"])
    assert button.postprocess(None) is None
    assert button.preprocess(wire["value"]) == wire["value"]["path"]
    url = button.postprocess("https://example.com/x/data.pdf?dl=1")
    assert url["url"] == "https://example.com/x/data.pdf?dl=1" and url["orig_name"] == "data.pdf"


def test_download_button_file_is_fetched_through_the_file_route(tmp_path: Path) -> None:
    path = tmp_path / "hello.txt"
    path.write_bytes(b"hello bytes")
    with gr.Blocks() as demo:
        gr.DownloadButton(value=str(path))
    client = Client(App(demo))
    try:
        (button,) = by_type(demo, "downloadbutton")
        response = client.get(button["props"]["value"]["url"])
        assert response.status == 200 and response.body == b"hello bytes"
    finally:
        client.close()


def test_download_button_click_updates_it_like_gradio(tmp_path: Path) -> None:
    path = tmp_path / "f.txt"
    path.write_text("x")
    with gr.Blocks() as demo:
        download = gr.DownloadButton("Download", visible=False)
        go = gr.Button()
        go.click(lambda: gr.DownloadButton(label="Download f.txt", value=str(path), visible=True), None, download)
    client = Client(App(demo))
    try:
        (update,) = completed(client.predict([]))["data"]
        assert update["__type__"] == "update" and update["visible"] is True and update["label"] == "Download f.txt"
        assert update["value"]["orig_name"] == "f.txt"
    finally:
        client.close()


# --- DeepLinkButton ---------------------------------------------------------------


def test_deep_link_button_copies_in_the_page_then_puts_its_label_back(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("time.sleep", lambda _: None)
    with gr.Blocks() as demo:
        gr.DeepLinkButton()
    (button,) = demo.config()["components"]
    assert button["type"] == "button"
    assert button["props"]["value"] == "Share via Link" and button["props"]["copied_value"] == "Link Copied!"
    copy, restore = demo.config()["dependencies"]
    assert copy["backend_fn"] is False and "clipboard" in (copy["js"] or "") and "Link Copied!" in (copy["js"] or "")
    assert restore["backend_fn"] is True and restore["show_api"] is False
    client = Client(App(demo))
    try:
        assert completed(client.predict([], fn_index=1))["data"] == ["Share via Link"]
    finally:
        client.close()


# --- Sidebar, Draggable, Walkthrough --------------------------------------------


def test_sidebar_draggable_walkthrough_config() -> None:
    with gr.Blocks() as demo:
        with gr.Sidebar(position="right", width=200, open=False) as sidebar:
            gr.Markdown("settings")
        with gr.Draggable(orientation="row"):
            gr.Markdown("a")
            gr.Markdown("b")
        with gr.Walkthrough(selected=1) as walk:
            with gr.Step("One", id=0):
                gr.Markdown("1")
            with gr.Step("Two", id=1):
                gr.Markdown("2")
    assert sidebar.expand and sidebar.collapse and walk.select and walk.change
    (side,) = by_type(demo, "sidebar")
    assert {k: side["props"][k] for k in ("open", "width", "position")} == {
        "open": False,
        "width": 200,
        "position": "right",
    }
    assert by_type(demo, "draggable")[0]["props"]["orientation"] == "row"
    assert by_type(demo, "walkthrough")[0]["props"]["selected"] == 1
    steps = by_type(demo, "walkthroughstep")
    assert [(s["props"]["label"], s["props"]["id"], s["props"]["interactive"]) for s in steps] == [
        ("One", 0, True),
        ("Two", 1, True),
    ]
    layout = demo.config()["layout"]["children"]
    assert [len(node.get("children", [])) for node in layout] == [1, 2, 2]


def test_walkthrough_selected_is_updated_by_returning_a_walkthrough() -> None:
    with gr.Blocks() as demo, gr.Walkthrough(selected=0) as walk:
        with gr.Step("A", id=0):
            go = gr.Button("next")
            go.click(lambda: gr.Walkthrough(selected=1), outputs=walk)
        with gr.Step("B", id=1):
            gr.Markdown("b")
    client = Client(App(demo))
    try:
        assert completed(client.predict([]))["data"] == [{"__type__": "update", "selected": 1}]
    finally:
        client.close()


def test_sidebar_toggles_fire_its_events() -> None:
    with gr.Blocks() as demo:
        with gr.Sidebar() as sidebar:
            gr.Markdown("x")
        out = gr.Textbox()
        sidebar.expand(lambda: "opened", None, out)
        sidebar.collapse(lambda: "closed", None, out)
    assert [d["targets"][0][1] for d in demo.config()["dependencies"]] == ["expand", "collapse"]


# --- Navbar and routes ------------------------------------------------------------


def test_navbar_value_and_routes_are_accepted() -> None:
    with gr.Blocks() as demo:
        navbar = gr.Navbar(value=[("About", "https://example.com")], main_page_name="Dash")
        hide = gr.Button()
        hide.click(lambda: gr.Navbar(visible=False), outputs=navbar)
    with demo.route("Settings", "/settings"):
        gr.Markdown("# Settings")
    (nav,) = by_type(demo, "navbar")
    assert nav["props"]["value"] == [["About", "https://example.com"]] and nav["props"]["main_page_name"] == "Dash"
    assert navbar.preprocess([["a", "b"]]) == [("a", "b")]
    config = demo.config()
    assert config["pages"] == [["", "Home"], ["settings", "Settings"]]
    assert len(config["page"]["settings"]["layout"]["children"]) == 1
    client = Client(App(demo))
    try:
        assert completed(client.predict([]))["data"] == [{"__type__": "update", "visible": False}]
    finally:
        client.close()


def test_an_interface_written_inside_blocks_is_rendered_there() -> None:
    with gr.Blocks() as demo:
        gr.ChatInterface(lambda message, history: message)
        gr.Interface(lambda x: x, gr.Textbox(label="in"), gr.Textbox(label="out"))
        gr.Markdown("after")
    kinds = [c["type"] for c in demo.config()["components"]]
    assert "chatbot" in kinds and kinds[-1] == "markdown"
    labels = [c["props"].get("label") for c in demo.config()["components"]]
    assert labels.count("in") == 1 and labels.count("out") == 1
    assert len(demo.config()["dependencies"]) >= 2


# --- ParamViewer ------------------------------------------------------------------


def test_param_viewer_passes_its_dict_through() -> None:
    params = {"number": {"type": "int | float", "description": "The number to round", "default": None}}
    viewer = gr.ParamViewer(params)
    props = viewer.props()
    assert props["value"] == params and props["header"] == "Parameters" and props["language"] == "python"
    assert props["anchor_links"] is False
    assert viewer.preprocess(params) == params and viewer.postprocess(params) == params
    assert gr.ParamViewer().props()["value"] == {}
    assert viewer.api_info() == {"type": {}, "description": "any valid json"}
    with pytest.raises(InvalidPayload):
        viewer.validate_payload([1])


# --- Dialogue ---------------------------------------------------------------------

LINES = [{"speaker": "A", "text": "hi"}, {"speaker": "B", "text": "yo"}]


def test_dialogue_preprocess_joins_lines_as_gradio() -> None:
    assert gr.Dialogue(speakers=["A", "B"]).preprocess(LINES) == "[A] hi\n[B] yo"
    assert gr.Dialogue(separator=" | ").preprocess(LINES) == "[A] hi | [B] yo"
    assert gr.Dialogue(formatter=lambda s, t: f"{s}: {t}").preprocess(LINES) == "A: hi\nB: yo"
    assert gr.Dialogue(type="list").preprocess(LINES) == LINES
    assert gr.Dialogue().preprocess("raw text") == "raw text"
    assert gr.Dialogue().preprocess([{"speaker": "A", "text": ""}]) == ""
    assert gr.Dialogue().preprocess(None) is None


def test_dialogue_postprocess_and_validation() -> None:
    dialogue = gr.Dialogue(speakers=["A", "B"], tags=["(laughs)"], interactive=True)
    assert dialogue.postprocess(LINES) == LINES and dialogue.postprocess("text") == "text"
    assert dialogue.postprocess(None) is None
    props = dialogue.props()
    assert props["speakers"] == ["A", "B"] and props["tags"] == ["(laughs)"] and props["separator"] == "\n"
    assert props["label"] == "Dialogue" and props["info"]
    assert gr.Dialogue().props()["info"] is None  # not interactive: no hint, as in Gradio
    with pytest.raises(InvalidPayload):
        dialogue.validate_payload([{"speaker": "A"}])
    with pytest.raises(ValueError, match="Separator"):
        gr.Dialogue(separator=" ")
    assert dialogue.unformat("[A] hi\n[B] yo\nplain") == [*LINES, {"speaker": "A", "text": "plain"}]


def test_dialogue_value_round_trips_through_an_event() -> None:
    with gr.Blocks() as demo:
        dialogue = gr.Dialogue(speakers=["A", "B"], type="list", value=LINES, interactive=True)
        out = gr.Dialogue(speakers=["A", "B"])
        dialogue.submit(lambda lines: [*lines, {"speaker": "A", "text": "bye"}], dialogue, out)
    client = Client(App(demo))
    try:
        assert completed(client.predict([LINES]))["data"] == [[*LINES, {"speaker": "A", "text": "bye"}]]
    finally:
        client.close()
