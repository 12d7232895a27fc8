"""A Blocks app wired by hand runs through the same router."""

from __future__ import annotations

import lite_core as gr
from lite_core.routing import App

from .asgi_client import Client


def test_blocks_with_a_button_and_two_textboxes() -> None:
    with gr.Blocks(title="Shout") as demo:
        with gr.Row():
            name = gr.Textbox(label="Name")
            out = gr.Textbox(label="Shouted")
        go = gr.Button("Go")
        go.click(lambda s: s.upper() + "!", name, out)
    config = demo.config()
    assert config["mode"] == "blocks" and config["title"] == "Shout"
    assert [c["type"] for c in config["components"]] == ["row", "textbox", "textbox", "button"]
    assert config["dependencies"][0]["api_name"] == "lambda"
    assert config["dependencies"][0]["targets"] == [(go.id, "click")]
    assert Client(App(demo)).predict(["hey"])[2]["output"]["data"] == ["HEY!"]


def test_api_names_stay_unique() -> None:
    def f(x: str) -> str:
        return x

    with gr.Blocks() as demo:
        box = gr.Textbox()
        box.submit(f, box, box)
        box.change(f, box, box)
    assert [fn.api_name for fn in demo.fns] == ["f", "f_1"]


def test_tabs_written_without_a_tabs_share_one() -> None:
    with gr.Blocks() as demo:
        with gr.Tab("One", id="first"):
            gr.Textbox(label="a")
        with gr.Tab("Two"):
            gr.Textbox(label="b")
        gr.Markdown("after")
    tabs, markdown = demo.children
    assert isinstance(tabs, gr.Tabs) and isinstance(markdown, gr.Markdown)
    assert [tab.props()["label"] for tab in tabs.children] == ["One", "Two"]
    assert tabs.children[0].props()["id"] == "first"
    assert [c["type"] for c in demo.config()["components"]][:5] == ["tabs", "tab", "textbox", "tab", "textbox"]
