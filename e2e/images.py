"""Pixels in and out of the page, for image tests."""

from __future__ import annotations

import io

import numpy as np
import PIL.Image
from playwright.sync_api import Locator

READ_PIXELS = """async (host) => {
  // A raw frame of a stream is drawn on a canvas: read it as it is now.
  const drawn = host.shadowRoot.querySelector("canvas");
  if (drawn) {
    const { data, width, height } = drawn.getContext("2d").getImageData(0, 0, drawn.width, drawn.height);
    return { width, height, data: Array.from(data) };
  }
  // A streaming output may swap its picture at any moment: retry until one decodes.
  let img = null;
  for (let tries = 0; tries < 100; tries++) {
    img = host.shadowRoot.querySelector("img");
    try {
      if (img) { await img.decode(); break; }
    } catch (e) { /* replaced while decoding */ }
    img = null;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  if (!img) throw new Error("no image could be decoded");
  const canvas = new OffscreenCanvas(img.naturalWidth, img.naturalHeight);
  const ctx = canvas.getContext("2d");
  ctx.drawImage(img, 0, 0);
  const { data, width, height } = ctx.getImageData(0, 0, img.naturalWidth, img.naturalHeight);
  return { width, height, data: Array.from(data) };
}"""


def png_bytes(array: np.ndarray) -> bytes:
    buffer = io.BytesIO()
    PIL.Image.fromarray(array).save(buffer, "png")
    return buffer.getvalue()


def shown_pixels(component: Locator) -> np.ndarray:
    """The RGB pixels of the image a <lite-image> shows, as the browser decoded them."""
    component.locator("img, canvas").first.wait_for()
    result = component.evaluate(READ_PIXELS)
    rgba = np.array(result["data"], dtype=np.uint8).reshape(result["height"], result["width"], 4)
    return rgba[:, :, :3]


def color_card(height: int = 48, width: int = 64) -> np.ndarray:
    """Flat colour blocks: lossy codecs keep them close, so pixel checks stay meaningful."""
    card = np.zeros((height, width, 3), dtype=np.uint8)
    card[: height // 2, : width // 2] = (200, 40, 40)
    card[: height // 2, width // 2 :] = (40, 200, 40)
    card[height // 2 :, : width // 2] = (40, 40, 200)
    card[height // 2 :, width // 2 :] = (230, 230, 230)
    return card
