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
