"""gr.Slider as Gradio 5 draws it: its range's ends beside the track, a number box that
comes back into range when left, and a reset button that goes back to the starting value."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from .conftest import open_app, serve_app
from .server import StaticServer

APP = """
import gradio as gr

with gr.Blocks() as demo:
    level = gr.Slider(0, 20, value=5, step=1, label="level")
    plain = gr.Slider(1, 3, value=2, label="plain", show_reset_button=False)
    seen = gr.Textbox(label="seen")
    level.change(lambda v: f"level is {v}", level, seen)

demo.launch()
"""


def test_slider_ends_clamp_and_reset(page: Page, server: StaticServer) -> None:
    open_app(page, serve_app(page, server, "slider", APP))
    block = page.locator("lite-slider").first
    expect(block.locator(".track")).to_contain_text("0")
    expect(block.locator(".track")).to_contain_text("20")
    box = page.get_by_label("number input for level")
    box.fill("50")
    box.blur()
    expect(box).to_have_value("20")
    expect(page.get_by_role("slider", name="level")).to_have_value("20")
    expect(page.get_by_label("seen")).to_have_value("level is 20")
    page.get_by_role("button", name="Reset to default value").click()
    expect(page.get_by_role("slider", name="level")).to_have_value("5")
    expect(box).to_have_value("5")
    expect(page.get_by_label("seen")).to_have_value("level is 5")
    # show_reset_button=False: the one reset button on the page is level's.
    expect(page.get_by_role("button", name="Reset to default value")).to_have_count(1)
