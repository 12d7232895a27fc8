"""The guide's image samples, unchanged, with real numpy and Pillow in the page."""

from __future__ import annotations

import re

import numpy as np
from playwright.sync_api import Page, expect

from .conftest import open_app, serve_app
from .images import color_card, png_bytes, shown_pixels
from .server import StaticServer
from .test_guide_samples import open_example

SEPIA = np.array([[0.393, 0.769, 0.189], [0.349, 0.686, 0.168], [0.272, 0.534, 0.131]])


def expected_sepia(card: np.ndarray) -> np.ndarray:
    out = card.astype(float).dot(SEPIA.T)
    out /= out.max()
    pixels: np.ndarray = np.rint(out * 255).astype(np.uint8)
    return pixels


def test_sepia_output_pixels_follow_the_sepia_matrix(page: Page, server: StaticServer) -> None:
    open_example(page, server, "sepia")
    card = color_card()
    page.get_by_label("Upload input_img").set_input_files(
        files={"name": "card.png", "mimeType": "image/png", "buffer": png_bytes(card)}
    )
    expect(page.get_by_role("img", name="input_img")).to_be_visible()
    page.get_by_role("button", name="Submit").click()
    output = page.locator("lite-image").nth(1)
    shown = shown_pixels(output).astype(int)
    assert shown.shape == card.shape
    expected = expected_sepia(card).astype(int)
    # Gradio's default output format is lossy WebP: allow its small error on flat blocks.
    assert np.abs(shown - expected).mean() < 2.0
    assert tuple(shown[5, 5]) == tuple(expected[5, 5]) or np.abs(shown[5, 5] - expected[5, 5]).max() <= 4


def test_standard_sepia_then_clear_then_again(page: Page, server: StaticServer) -> None:
    open_example(page, server, "standard_sepia")
    upload = page.get_by_label("Upload input_img")
    upload.set_input_files(files={"name": "a.png", "mimeType": "image/png", "buffer": png_bytes(color_card())})
    page.get_by_role("button", name="Submit").click()
    expect(page.get_by_role("img", name="output")).to_be_visible()
    page.get_by_role("button", name="Clear").click()
    expect(page.get_by_role("img", name="output")).to_have_count(0)
    expect(page.get_by_role("img", name="input_img")).to_have_count(0)
    page.get_by_label("Upload input_img").set_input_files(
        files={"name": "b.png", "mimeType": "image/png", "buffer": png_bytes(255 - color_card())}
    )
    page.get_by_role("button", name="Submit").click()
    expect(page.get_by_role("img", name="output")).to_be_visible()


def test_input_only_sample_saves_the_image_and_prints(page: Page, server: StaticServer) -> None:
    printed: list[str] = []
    page.on("console", lambda message: printed.append(message.text))
    open_example(page, server, "input_only_save_image")
    page.get_by_label("Upload image").set_input_files(
        files={"name": "c.png", "mimeType": "image/png", "buffer": png_bytes(color_card())}
    )
    with page.expect_console_message(lambda m: m.text.startswith("Saved image to ") and m.text.endswith(".png!")):
        page.get_by_role("button", name="Submit").click()
    assert any(line.startswith("Saved image to ") and line.endswith(".png!") for line in printed), printed


def answer_with_png(page: Page, pattern: str, array: np.ndarray) -> None:
    """The sample's web images, answered by the test itself (nothing leaves 127.0.0.1)."""
    page.route(pattern, lambda route: route.fulfill(content_type="image/png", body=png_bytes(array)))


def test_additional_inputs_in_a_closed_accordion(page: Page, server: StaticServer) -> None:
    answer_with_png(page, "https://dummyimage.com/**", color_card())
    open_example(page, server, "additional_inputs")
    seed = page.get_by_role("slider", name="seed")
    expect(seed).to_be_hidden()
    page.get_by_text("Additional Inputs", exact=True).click()
    expect(seed).to_be_visible()
    page.get_by_role("spinbutton", name="number input for seed").fill("42")
    page.get_by_label("prompt").fill("a cat")
    page.get_by_role("button", name="Submit").click()
    expect(page.get_by_label("output 0")).to_have_value("Used seed: 42")
    image = page.get_by_role("img", name="output 1")
    expect(image).to_have_attribute("src", "https://dummyimage.com/300/09f.png")
    expect(image).to_have_js_property("complete", True)
    assert image.evaluate("img => [img.naturalWidth, img.naturalHeight]") == [64, 48]


def test_output_only_gallery_generates_three_images(page: Page, server: StaticServer) -> None:
    answer_with_png(page, "https://images.unsplash.com/**", color_card())
    open_example(page, server, "output_only_gallery")
    expect(page).to_have_title("FD-GAN")
    expect(page.get_by_text("This is a fake demo of a GAN.")).to_be_visible()
    page.get_by_role("button", name="Generate").click()
    images = page.get_by_role("img", name="Generated Images")
    expect(images).to_have_count(3)
    for i in range(3):
        expect(images.nth(i)).to_have_js_property("complete", True)
        assert images.nth(i).evaluate("img => img.naturalWidth") == 64


def bright_text_pixels(band: np.ndarray) -> int:
    """Pixels of the fake camera's light-green timestamp (left of its corner marks)."""
    band = band[:, 50:590]
    return int(((band[:, :, 0] > 40) & (band[:, :, 1] > 200)).sum())


def test_webcam_flip_streams_frames_from_the_fake_camera_upside_down(page: Page, server: StaticServer) -> None:
    open_example(page, server, "webcam_flip")
    expect(page.get_by_role("button", name="Submit")).to_have_count(0)
    page.evaluate("window.frames_shown = 0; document.addEventListener('lite-frame', () => window.frames_shown++)")
    page.get_by_role("button", name="Start streaming").click()
    output = page.locator("lite-image").last
    # Raw frames are drawn on a canvas: no image file was encoded for them.
    expect(output.get_by_role("img", name="output")).to_have_js_property("tagName", "CANVAS")
    first = shown_pixels(output)
    assert first.shape == (480, 640, 3)
    # Chromium's fake camera draws its clock at the top; flipped, it is at the bottom.
    assert bright_text_pixels(first[400:470]) > 200
    assert bright_text_pixels(first[10:80]) < 20
    # Frames keep coming, several a second: once the stream runs (a few frames drawn),
    # 8 more within 2 s (one per stream_every = 0.5 s would give 4).
    page.wait_for_function("window.frames_shown >= 5")
    start = page.evaluate("window.frames_shown")
    page.wait_for_function("start => window.frames_shown - start >= 8", arg=start, timeout=2000)
    page.get_by_role("button", name="Stop streaming").click()
    expect(page.get_by_role("button", name="Start streaming")).to_be_visible()


SLOW_STREAM = """
import time
import gradio as gr

calls = []

def slow(im):
    calls.append(time.time())
    time.sleep(0.3)
    return im, str(len(calls))

with gr.Blocks() as demo:
    cam = gr.Image(sources=["webcam"], streaming=True, label="cam")
    out = gr.Image(label="out")
    count = gr.Textbox(label="calls")
    cam.stream(slow, cam, [out, count])

demo.launch()
"""


def test_a_slow_stream_drops_frames_instead_of_queueing_them(page: Page, server: StaticServer) -> None:
    open_app(page, serve_app(page, server, "slow_stream", SLOW_STREAM))
    page.get_by_role("button", name="Start streaming").click()
    calls = page.get_by_label("calls")
    expect(calls).to_have_value(re.compile(r"^([5-9]|\d\d+)$"), timeout=10_000)
    page.get_by_role("button", name="Stop streaming").click()
    expect(page.get_by_role("button", name="Start streaming")).to_be_visible()
    after_stop = int(calls.input_value())
    # Proves that nothing happens: no call may start in these 1.5 s (5 frames' worth of
    # the function's time), so there is no event to wait for.
    page.wait_for_timeout(1500)
    # A camera at 20 fps against 0.3 s per frame: a queue would keep the function busy
    # long after Stop; with latest-wins at most the frame in flight finishes.
    assert int(calls.input_value()) - after_stop <= 1
