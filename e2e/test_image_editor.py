"""gr.ImageEditor and its templates in the page: drawn with the mouse, read back as pixels."""

from __future__ import annotations

import re

import numpy as np
from playwright.sync_api import Locator, Page, expect

from .conftest import open_app, serve_app
from .images import color_card, png_bytes, shown_pixels
from .server import StaticServer
from .test_guide_samples import open_example


def stroke(page: Page, canvas: Locator, points: list[tuple[float, float]]) -> None:
    """A mouse stroke through `points`, given as fractions of the canvas's width and height."""
    box = canvas.bounding_box()
    assert box is not None
    at = [(box["x"] + box["width"] * x, box["y"] + box["height"] * y) for x, y in points]
    page.mouse.move(*at[0])
    page.mouse.down()
    for x, y in at[1:]:
        page.mouse.move(x, y, steps=8)
    page.mouse.up()


def test_sketchpad_draws_a_black_line_the_app_reads(page: Page, server: StaticServer) -> None:
    open_example(page, server, "image_editor")
    canvas = page.get_by_role("img", name="Sketch canvas")
    stroke(page, canvas, [(0.1, 0.5), (0.9, 0.5)])
    summary = page.get_by_label("Summary")
    expect(summary).to_have_value(re.compile(r"mean colour \(\d+, \d+, \d+\), [1-9][\d.]*% drawn"))
    drawn = shown_pixels(page.locator("lite-image")).astype(int)
    assert drawn.shape == (256, 256, 3)
    # The line: black across the middle, from 10% to 90% of the width; white elsewhere.
    assert drawn[128, 40:216].max() < 60, drawn[128, 40:216].max()
    assert drawn[20, 20].min() > 240 and drawn[235, 128].min() > 240
    page.screenshot(path="/tmp/lite-image-editor.png")

    # The eraser takes the middle of the line away; the app sees white there again.
    page.get_by_role("button", name="Eraser").click()
    stroke(page, canvas, [(0.5, 0.3), (0.5, 0.7)])
    # The app answers each stroke: wait until the output shows the erased middle.
    for _ in range(50):
        pixels = shown_pixels(page.locator("lite-image")).astype(int)
        if pixels[128, 128].min() > 240:
            break
        page.wait_for_timeout(100)
    assert pixels[128, 128].min() > 240, pixels[128, 128]
    assert pixels[128, 60].max() < 60


EDITOR = """
import gradio as gr

def look(value):
    return f"{len(value['layers'])} layers, {value['composite'].shape}", value["composite"]

with gr.Blocks() as demo:
    editor = gr.ImageEditor(label="Editor", type="numpy", image_mode="RGB")
    info = gr.Textbox(label="info")
    out = gr.Image(label="out", format="png")
    gr.Button("Look").click(look, editor, [info, out])

demo.launch()
"""


def test_editor_draws_over_an_uploaded_background_on_a_new_layer(page: Page, server: StaticServer) -> None:
    open_app(page, serve_app(page, server, "editor", EDITOR))
    card = color_card(96, 128)
    page.get_by_label("Upload Editor").set_input_files(
        files={"name": "card.png", "mimeType": "image/png", "buffer": png_bytes(card)}
    )
    canvas = page.get_by_role("img", name="Editor canvas")
    expect(canvas).to_have_attribute("width", "128")
    page.get_by_role("button", name="Add layer").click()
    expect(page.get_by_role("button", name="Layer 2")).to_have_attribute("aria-pressed", "true")
    page.get_by_role("button", name="Colour rgb(50, 112, 204)").click()
    stroke(page, canvas, [(0.05, 0.25), (0.95, 0.25)])
    page.get_by_role("button", name="Look").click()
    expect(page.get_by_label("info")).to_have_value("2 layers, (96, 128, 3)")
    shown = shown_pixels(page.locator("lite-image")).astype(int)
    assert shown.shape == (96, 128, 3)
    # The stroke is blue over the red and green blocks; the lower half is the upload's.
    assert np.abs(shown[24, 30] - (50, 112, 204)).max() <= 2, shown[24, 30]
    assert np.abs(shown[24, 100] - (50, 112, 204)).max() <= 2, shown[24, 100]
    assert np.abs(shown[72, 30] - card[72, 30]).max() <= 2
    assert np.abs(shown[72, 100] - card[72, 100]).max() <= 2


def test_crop_keeps_the_dragged_rectangle(page: Page, server: StaticServer) -> None:
    open_app(page, serve_app(page, server, "editor_crop", EDITOR))
    card = color_card(96, 128)
    page.get_by_label("Upload Editor").set_input_files(
        files={"name": "card.png", "mimeType": "image/png", "buffer": png_bytes(card)}
    )
    canvas = page.get_by_role("img", name="Editor canvas")
    expect(canvas).to_have_attribute("width", "128")
    page.get_by_role("button", name="Crop").click()
    # From the middle to beyond the top-left corner: the red block, 64 x 48.
    box = canvas.bounding_box()
    assert box is not None
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.mouse.down()
    page.mouse.move(box["x"] - 5, box["y"] - 5, steps=6)
    page.mouse.up()
    page.get_by_role("button", name="Apply crop").click()
    expect(canvas).to_have_attribute("width", "64")
    page.get_by_role("button", name="Look").click()
    expect(page.get_by_label("info")).to_have_value("1 layers, (48, 64, 3)")
    shown = shown_pixels(page.locator("lite-image")).astype(int)
    assert np.abs(shown - (200, 40, 40)).max() <= 2


BRUSH_UPDATE = """
import gradio as gr

def green():
    return gr.Sketchpad(brush=gr.Brush(colors=["#00ff00"], default_color="#00ff00", color_mode="fixed"))

with gr.Blocks() as demo:
    pad = gr.Sketchpad(label="Pad", canvas_size=(100, 100))
    out = gr.Image(label="out", format="png")
    gr.Button("Green brush").click(green, None, pad)
    gr.Button("Show").click(lambda v: v["composite"], pad, out)

demo.launch()
"""


def test_brush_options_returned_by_the_app_take_effect(page: Page, server: StaticServer) -> None:
    open_app(page, serve_app(page, server, "brush_update", BRUSH_UPDATE))
    page.get_by_role("button", name="Green brush").click()
    expect(page.get_by_role("button", name="Colour #00ff00")).to_have_attribute("aria-pressed", "true")
    stroke(page, page.get_by_role("img", name="Pad canvas"), [(0.1, 0.5), (0.9, 0.5)])
    page.get_by_role("button", name="Show").click()
    expect(page.get_by_role("img", name="out")).to_be_visible()
    shown = shown_pixels(page.locator("lite-image")).astype(int)
    assert tuple(shown[50, 50]) == (0, 255, 0) and tuple(shown[10, 10]) == (255, 255, 255)


def test_a_webcam_photo_becomes_the_background(page: Page, server: StaticServer) -> None:
    open_app(page, serve_app(page, server, "editor_webcam", EDITOR))
    tools = page.get_by_role("toolbar", name="Editor tools")
    tools.get_by_role("button", name="Webcam").click()
    video = page.get_by_label("Camera preview")
    expect(video).to_be_visible()
    page.wait_for_function(
        "() => document.querySelector('lite-imageeditor').shadowRoot.querySelector('video')?.videoWidth > 0"
    )
    width, height = video.evaluate("(v) => [v.videoWidth, v.videoHeight]")
    tools.get_by_role("button", name="Take a photo").click()
    expect(page.get_by_role("img", name="Editor canvas")).to_have_attribute("width", str(width))
    page.get_by_role("button", name="Look").click()
    expect(page.get_by_label("info")).to_have_value(f"1 layers, ({height}, {width}, 3)")
