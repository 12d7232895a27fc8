"""gr.Image's other sources: the clipboard (Paste, or Ctrl+V) and switching to the webcam."""

from __future__ import annotations

import base64
import re

from playwright.sync_api import Page, expect

from .conftest import open_app, serve_app
from .images import color_card, png_bytes
from .server import StaticServer

SHAPE = """
import gradio as gr

def describe(im):
    return f"{im.shape[1]}x{im.shape[0]} top-left {im[0, 0].tolist()}"

gr.Interface(describe, "image", "text").launch()
"""

PUT_ON_CLIPBOARD = """async (b64) => {
  const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
  await navigator.clipboard.write([new ClipboardItem({ "image/png": new Blob([bytes], { type: "image/png" }) })]);
}"""

PASTE_EVENT = """(host, b64) => {
  const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
  const data = new DataTransfer();
  data.items.add(new File([bytes], "pasted.png", { type: "image/png" }));
  host.shadowRoot.querySelector(".frame").dispatchEvent(
    new ClipboardEvent("paste", { clipboardData: data, bubbles: true, composed: true }),
  );
}"""


def test_the_clipboard_source_reads_an_image_from_the_clipboard(page: Page, server: StaticServer) -> None:
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    open_app(page, serve_app(page, server, "clipboard", SHAPE))
    page.evaluate(PUT_ON_CLIPBOARD, base64.b64encode(png_bytes(color_card())).decode())
    page.get_by_role("button", name="Clipboard").click()
    expect(page.get_by_role("img", name="im")).to_be_visible()
    page.get_by_role("button", name="Submit").click()
    expect(page.get_by_label("output")).to_have_value("64x48 top-left [200, 40, 40]")


def test_pasting_an_image_onto_the_component_uploads_it(page: Page, server: StaticServer) -> None:
    open_app(page, serve_app(page, server, "paste", SHAPE))
    card = color_card()[::-1].copy()  # blue block at the top-left
    page.locator("lite-image").first.evaluate(PASTE_EVENT, base64.b64encode(png_bytes(card)).decode())
    expect(page.get_by_role("img", name="im")).to_be_visible()
    page.get_by_role("button", name="Submit").click()
    expect(page.get_by_label("output")).to_have_value("64x48 top-left [40, 40, 200]")


def test_switching_to_the_webcam_takes_a_photo(page: Page, server: StaticServer) -> None:
    open_app(page, serve_app(page, server, "photo", SHAPE))
    page.get_by_role("button", name="Webcam").click()
    page.get_by_role("button", name="Open camera").click()
    page.get_by_role("button", name="Take a photo").click()
    expect(page.get_by_role("img", name="im")).to_be_visible()
    page.get_by_role("button", name="Submit").click()
    expect(page.get_by_label("output")).to_have_value(re.compile(r"^640x480 top-left "))


IMAGE_EXAMPLES = """
import os
import numpy as np
import PIL.Image
import gradio as gr

os.makedirs("pics", exist_ok=True)
PIL.Image.fromarray(np.full((20, 30, 3), (200, 40, 40), dtype=np.uint8)).save("pics/red.png")

def size(im):
    return f"{im.shape[1]}x{im.shape[0]}"

gr.Interface(size, "image", "text", examples="pics").launch()
"""


def test_image_examples_from_a_folder_show_as_thumbnails(page: Page, server: StaticServer) -> None:
    open_app(page, serve_app(page, server, "image_examples", IMAGE_EXAMPLES))
    thumbnail = page.get_by_role("img", name="red.png")
    expect(thumbnail).to_have_js_property("naturalWidth", 30)
    page.get_by_role("button", name="Example 1: red.png").click()
    page.get_by_role("button", name="Submit").click()
    expect(page.get_by_label("output")).to_have_value("30x20")
