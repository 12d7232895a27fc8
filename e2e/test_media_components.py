"""gr.Model3D, gr.ImageSlider and gr.AnnotatedImage as a user sees them."""

from __future__ import annotations

import io

import numpy as np
import PIL.Image
from playwright.sync_api import Page, expect

from .conftest import open_app, serve_app
from .server import StaticServer

MODEL = """
import gradio as gr

# A cube as an OBJ file, written by the app itself.
CUBE = '''
v -1 -1 -1
v 1 -1 -1
v 1 1 -1
v -1 1 -1
v -1 -1 1
v 1 -1 1
v 1 1 1
v -1 1 1
f 4 3 2 1
f 6 7 8 5
f 2 6 5 1
f 3 7 6 2
f 4 8 7 3
f 8 4 1 5
'''
with open("cube.obj", "w") as f:
    f.write(CUBE)

with gr.Blocks() as demo:
    model = gr.Model3D(label="Cube", clear_color=(1.0, 1.0, 1.0, 1.0))
    gr.Button("Show").click(lambda: "cube.obj", None, model)

demo.launch()
"""


def test_model3d_renders_a_model_the_app_returns(page: Page, server: StaticServer) -> None:
    chunks: list[str] = []
    page.on("request", lambda request: chunks.append(request.url))
    open_app(page, serve_app(page, server, "model3d", MODEL))
    # three.js is a chunk of its own, fetched only once a model is to be shown.
    assert not any("model-viewer" in url for url in chunks)
    page.get_by_role("button", name="Show").click()
    expect(page.get_by_role("button", name="Reset view")).to_be_visible()
    view = page.get_by_role("img", name="Cube view")
    expect(page.get_by_role("status")).to_have_count(0)
    assert any("model-viewer" in url for url in chunks)
    pixels = np.array(PIL.Image.open(io.BytesIO(view.screenshot())).convert("RGB")).astype(int)
    page.screenshot(path="/tmp/lite-model3d.png")
    # A white background (clear_color) with a lit grey cube in the middle: not blank.
    assert pixels[2, 2].min() > 245
    shaded = (pixels.max(axis=2) < 230).mean()
    assert shaded > 0.02, shaded
    assert len(np.unique(pixels.reshape(-1, 3) // 16, axis=0)) >= 3


SLIDER = """
import gradio as gr
import numpy as np

red = np.zeros((40, 80, 3), dtype=np.uint8); red[:, :, 0] = 255
blue = np.zeros((40, 80, 3), dtype=np.uint8); blue[:, :, 2] = 255

with gr.Blocks() as demo:
    gr.ImageSlider(value=(red, blue), label="Compare", format="png", slider_position=25)

demo.launch()
"""


def test_image_slider_shows_both_images_split_at_the_divider(page: Page, server: StaticServer) -> None:
    open_app(page, serve_app(page, server, "slider", SLIDER))
    first = page.get_by_role("img", name="Compare (first)")
    second = page.get_by_role("img", name="Compare (second)")
    expect(first).to_be_visible()
    expect(second).to_be_visible()
    divider = page.get_by_role("slider", name="Compare divider")
    expect(divider).to_have_attribute("aria-valuenow", "25")
    page.wait_for_function(
        "() => [...document.querySelector('lite-imageslider').shadowRoot.querySelectorAll('img')]"
        ".every((img) => img.complete && img.naturalWidth > 0)"
    )
    shot = np.array(PIL.Image.open(io.BytesIO(first.screenshot())).convert("RGB")).astype(int)
    width = shot.shape[1]
    # Left of the divider the first image (red), right of it the second (blue).
    assert tuple(shot[shot.shape[0] // 2, int(width * 0.1)]) == (255, 0, 0)
    assert tuple(shot[shot.shape[0] // 2, int(width * 0.6)]) == (0, 0, 255)
    divider.focus()
    divider.press("ArrowRight")
    divider.press("ArrowRight")
    expect(divider).to_have_attribute("aria-valuenow", "35")


ANNOTATED = """
import gradio as gr
import numpy as np

base = np.full((60, 90, 3), 255, dtype=np.uint8)
mask = np.zeros((60, 90)); mask[30:, 45:] = 1.0

def pick(evt: gr.SelectData):
    return f"{evt.index} {evt.value}"

with gr.Blocks() as demo:
    shown = gr.AnnotatedImage(
        value=(base, [((5, 5, 40, 30), "box"), (mask, "corner")]), color_map={"corner": "#00ff00"}, label="Scene"
    )
    picked = gr.Textbox(label="picked")
    shown.select(pick, None, picked)

demo.launch()
"""


def test_annotated_image_legend_selects(page: Page, server: StaticServer) -> None:
    open_app(page, serve_app(page, server, "annotated", ANNOTATED))
    expect(page.get_by_role("img", name="corner")).to_be_visible()
    expect(page.get_by_role("img", name="box")).to_be_visible()
    page.get_by_role("group", name="Legend").get_by_role("button", name="corner").click()
    expect(page.get_by_label("picked")).to_have_value("1 corner")


SLIDER_UPLOAD = """
import gradio as gr
from PIL import ImageOps

def invert(pair):
    return (pair[0], ImageOps.invert(pair[0])) if pair and pair[0] else pair

with gr.Blocks() as demo:
    slider = gr.ImageSlider(label="Before after", type="pil", format="png")
    slider.upload(invert, slider, slider)

demo.launch()
"""


def test_image_slider_upload_runs_the_upload_event(page: Page, server: StaticServer) -> None:
    open_app(page, serve_app(page, server, "slider_upload", SLIDER_UPLOAD))
    card = np.zeros((30, 60, 3), dtype=np.uint8)
    card[:, :, 0] = 200
    buffer = io.BytesIO()
    PIL.Image.fromarray(card).save(buffer, "png")
    page.get_by_label("Upload Before after").set_input_files(
        files={"name": "card.png", "mimeType": "image/png", "buffer": buffer.getvalue()}
    )
    second = page.get_by_role("img", name="Before after (second)")
    expect(second).to_be_visible()
    page.wait_for_function(
        "() => [...document.querySelector('lite-imageslider').shadowRoot.querySelectorAll('img')]"
        ".every((img) => img.complete && img.naturalWidth === 60)"
    )
    shot = np.array(PIL.Image.open(io.BytesIO(second.screenshot())).convert("RGB")).astype(int)
    # Right of the divider (at 50%): the inverted card, (55, 255, 255).
    assert np.abs(shot[shot.shape[0] // 2, int(shot.shape[1] * 0.8)] - (55, 255, 255)).max() <= 2


MODEL_UPLOAD = """
import gradio as gr

with gr.Blocks() as demo:
    model = gr.Model3D(label="Input model")
    uploads = gr.Number(label="uploads", value=0)
    name = gr.Textbox(label="name")
    model.upload(lambda path, n: (path.rsplit("/", 1)[-1], n + 1), [model, uploads], [name, uploads])

demo.launch()
"""

TRIANGLE_STL = b"""solid t
facet normal 0 0 1
outer loop
vertex 0 0 0
vertex 1 0 0
vertex 0 1 0
endloop
endfacet
endsolid t
"""


def test_model3d_upload_fires_upload_and_shows_the_model(page: Page, server: StaticServer) -> None:
    open_app(page, serve_app(page, server, "model_upload", MODEL_UPLOAD))
    page.get_by_label("Upload Input model").set_input_files(
        files={"name": "triangle.stl", "mimeType": "model/stl", "buffer": TRIANGLE_STL}
    )
    expect(page.get_by_label("name")).to_have_value("triangle.stl")
    expect(page.get_by_label("uploads")).to_have_value("1")
    expect(page.get_by_role("button", name="Remove model")).to_be_visible()
    expect(page.get_by_role("alert")).to_have_count(0)
