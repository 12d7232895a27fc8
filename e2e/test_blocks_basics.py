"""Gradio's simplest demos, as users bring them: an empty Textbox, demo.load, a hidden
Column, listeners as decorators."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from .conftest import open_app, serve_app
from .server import StaticServer

HELLO_WORLD = """
import gradio as gr

def greet(name):
    return "Hello " + name + "!"

demo = gr.Interface(fn=greet, inputs="textbox", outputs="textbox")
demo.launch()
"""


def test_an_empty_textbox_sends_an_empty_string(page: Page, server: StaticServer) -> None:
    open_app(page, serve_app(page, server, "hello_world", HELLO_WORLD))
    page.get_by_role("button", name="Submit").click()
    expect(page.get_by_label("output")).to_have_value("Hello !")
    expect(page.get_by_role("alert")).to_have_count(0)


BLOCKS = """
import gradio as gr

with gr.Blocks() as demo:
    greeting = gr.Textbox(label="greeting")
    with gr.Column(visible=False):
        gr.Textbox(label="secret")
    name = gr.Textbox(label="name")
    shout = gr.Button("Shout")

    @shout.click(inputs=name, outputs=greeting)
    def loud(text):
        return text.upper() + "!"

    demo.load(lambda: "loaded", None, greeting)

demo.launch()
"""


def test_load_runs_a_hidden_column_stays_hidden_and_a_decorated_listener_answers(
    page: Page, server: StaticServer
) -> None:
    open_app(page, serve_app(page, server, "blocks_basics", BLOCKS))
    expect(page.get_by_label("greeting")).to_have_value("loaded")
    expect(page.get_by_label("secret")).to_be_hidden()
    page.get_by_label("name").fill("ada")
    page.get_by_role("button", name="Shout").click()
    expect(page.get_by_label("greeting")).to_have_value("ADA!")
