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


TABS = """
import gradio as gr

with gr.Blocks() as demo:
    seen = gr.Textbox(label="seen")
    with gr.Tab("Flip text"):
        text = gr.Textbox(label="text")
        flipped = gr.Textbox(label="flipped")
        gr.Button("Flip").click(lambda s: s[::-1], text, flipped)
    with gr.Tab("Numbers", id="numbers") as numbers:
        with gr.Group():
            a = gr.Number(label="a")
            b = gr.Number(label="b")
    numbers.select(lambda: "numbers tab", None, seen)

demo.launch()
"""


def test_tabs_show_one_tab_at_a_time_and_tell_the_app(page: Page, server: StaticServer) -> None:
    open_app(page, serve_app(page, server, "tabs", TABS))
    expect(page.get_by_role("tab", name="Flip text")).to_have_attribute("aria-selected", "true")
    expect(page.get_by_label("text", exact=True)).to_be_visible()
    expect(page.get_by_label("a", exact=True)).to_be_hidden()
    page.get_by_label("text", exact=True).fill("abc")
    page.get_by_role("button", name="Flip").click()
    expect(page.get_by_label("flipped")).to_have_value("cba")
    page.get_by_role("tab", name="Numbers").click()
    expect(page.get_by_label("a", exact=True)).to_be_visible()
    expect(page.get_by_label("text", exact=True)).to_be_hidden()
    expect(page.get_by_label("seen")).to_have_value("numbers tab")
    page.get_by_role("tab", name="Numbers").press("ArrowLeft")
    expect(page.get_by_label("flipped")).to_have_value("cba")  # the first tab kept its values


FAILURE = """
import gradio as gr

def divide(a, b):
    if b == 0:
        raise gr.Error("Cannot divide by zero")
    return a / b

with gr.Blocks() as demo:
    a = gr.Number(label="a", value=1)
    b = gr.Number(label="b", value=0)
    result = gr.Number(label="result")
    status = gr.Textbox(label="status")
    go = gr.Button("Divide")
    run = go.click(divide, [a, b], result)
    run.success(lambda: "ok", None, status)
    run.failure(lambda: "failed, try another b", None, status)

demo.launch()
"""


def test_failure_runs_only_after_an_error_and_success_only_after_none(page: Page, server: StaticServer) -> None:
    open_app(page, serve_app(page, server, "failure", FAILURE))
    page.get_by_role("button", name="Divide").click()
    expect(page.get_by_label("status")).to_have_value("failed, try another b")
    expect(page.get_by_role("alert")).to_contain_text("Cannot divide by zero")
    page.get_by_label("b", exact=True).fill("4")
    page.get_by_role("button", name="Divide").click()
    expect(page.get_by_label("status")).to_have_value("ok")
    expect(page.get_by_label("result")).to_have_value("0.25")


SELECT = """
import gradio as gr

def on_select(evt: gr.SelectData):
    return f"You selected {evt.value} (index {evt.index})"

with gr.Blocks() as demo:
    fruit = gr.Radio(["apple", "banana", "cherry"], label="fruit")
    said = gr.Textbox(label="said")
    fruit.select(on_select, None, said)
    with gr.Tabs() as tabs:
        with gr.Tab("First"):
            gr.Markdown("one")
        with gr.Tab("Second"):
            gr.Markdown("two")
    tabs.select(on_select, None, said)

demo.launch()
"""


def test_select_data_reaches_the_function(page: Page, server: StaticServer) -> None:
    open_app(page, serve_app(page, server, "select", SELECT))
    page.get_by_label("banana").check()
    expect(page.get_by_label("said")).to_have_value("You selected banana (index 1)")
    page.get_by_role("tab", name="Second").click()
    expect(page.get_by_label("said")).to_have_value("You selected Second (index 1)")


DICT_RETURN = """
import gradio as gr

with gr.Blocks() as demo:
    food = gr.Number(label="food", value=10)
    status = gr.Textbox(label="status", value="full")
    eat = gr.Button("Eat")

    def eat_food(amount):
        if amount > 0:
            return {food: amount - 4}
        return {status: "hungry"}

    eat.click(eat_food, food, [food, status])

demo.launch()
"""


def test_a_dict_return_sets_only_the_outputs_it_names(page: Page, server: StaticServer) -> None:
    open_app(page, serve_app(page, server, "dict_return", DICT_RETURN))
    eat = page.get_by_role("button", name="Eat")
    eat.click()
    expect(page.get_by_label("food")).to_have_value("6")
    expect(page.get_by_label("status")).to_have_value("full")
    page.get_by_label("food").fill("0")
    eat.click()
    expect(page.get_by_label("status")).to_have_value("hungry")
    expect(page.get_by_label("food")).to_have_value("0")
