"""ColorPicker, DateTime and Timer, as Gradio's demos use them."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from .conftest import open_app, serve_app
from .server import StaticServer

COLOR_AND_DATE = """
import gradio as gr

def describe(color, when):
    return f"{color} on {when:.0f}"

with gr.Blocks() as demo:
    color = gr.ColorPicker(label="colour", value="#ff0000")
    when = gr.DateTime(label="when", value="2024-05-01 12:30:00")
    out = gr.Textbox(label="out")
    gr.Button("Describe").click(describe, [color, when], out)

demo.launch()
"""


def test_a_colour_and_a_date_reach_the_function(page: Page, server: StaticServer) -> None:
    open_app(page, serve_app(page, server, "color_date", COLOR_AND_DATE))
    page.get_by_label("colour").fill("#00ff00")
    page.get_by_label("when", exact=True).fill("2024-05-02 00:00:00")
    page.get_by_label("when", exact=True).press("Tab")
    page.get_by_role("button", name="Describe").click()
    stamp = page.evaluate("new Date(2024, 4, 2).getTime() / 1000")  # local midnight, as Python reads it
    expect(page.get_by_label("out")).to_have_value(f"#00ff00 on {stamp:.0f}")


TIMER = """
import gradio as gr

ticks = {"n": 0}

def tick():
    ticks["n"] += 1
    return ticks["n"]

with gr.Blocks() as demo:
    count = gr.Number(label="ticks")
    timer = gr.Timer(0.2)
    timer.tick(tick, None, count)
    stop = gr.Button("Stop")
    stop.click(lambda: gr.Timer(active=False), None, timer)

demo.launch()
"""


def test_a_timer_ticks_until_it_is_stopped(page: Page, server: StaticServer) -> None:
    open_app(page, serve_app(page, server, "timer", TIMER))
    count = page.get_by_label("ticks")
    page.wait_for_function(
        "() => Number(document.querySelector('lite-number').shadowRoot.querySelector('input').value) >= 3"
    )
    page.get_by_role("button", name="Stop").click()
    page.wait_for_timeout(500)  # what is running may still land; then nothing more
    stopped_at = count.input_value()
    page.wait_for_timeout(800)  # the point: no tick during this interval
    assert count.input_value() == stopped_at


EVERY = """
import gradio as gr

seen = {"n": 0}

def count():
    seen["n"] += 1
    return seen["n"]

with gr.Blocks() as demo:
    n = gr.Number(label="count")
    demo.load(count, None, n, every=0.2)

demo.launch()
"""


def test_every_repeats_a_load_event(page: Page, server: StaticServer) -> None:
    open_app(page, serve_app(page, server, "every", EVERY))
    page.wait_for_function(
        "() => Number(document.querySelector('lite-number').shadowRoot.querySelector('input').value) >= 3"
    )


HIGHLIGHT = """
import gradio as gr

def diff(text):
    return [(word, "long" if len(word) > 4 else None) for word in text.split(" ")]

gr.Interface(
    diff,
    gr.Textbox(label="text"),
    gr.HighlightedText(label="marked", combine_adjacent=True, adjacent_separator=" ", color_map={"long": "#bbf7d0"}),
).launch()
"""


def test_highlighted_text_marks_the_labelled_spans(page: Page, server: StaticServer) -> None:
    open_app(page, serve_app(page, server, "highlight", HIGHLIGHT))
    page.get_by_label("text", exact=True).fill("a quick brown fox")
    page.get_by_role("button", name="Submit").click()
    marked = page.get_by_role("group", name="marked")
    expect(marked.locator("mark")).to_have_text(["quick brownlong"])  # two long words, one span
    expect(marked.locator("mark")).to_have_css("background-color", "rgb(187, 247, 208)")
    expect(marked).to_contain_text("a")
