"""gr.Plot with a matplotlib figure, as Gradio's plot demos return it."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from .conftest import open_app, serve_app
from .server import StaticServer

MATPLOTLIB_PLOT = """
import gradio as gr
import matplotlib.pyplot as plt

def plot(n):
    fig = plt.figure(figsize=(4, 3))
    plt.plot(range(int(n)), [i * i for i in range(int(n))], color="red")
    plt.title("squares")
    return fig

gr.Interface(plot, gr.Slider(2, 20, value=10, label="n"), gr.Plot(label="squares", format="png")).launch()
"""


def test_a_matplotlib_figure_is_drawn(page: Page, server: StaticServer) -> None:
    open_app(page, serve_app(page, server, "plot", MATPLOTLIB_PLOT))
    page.get_by_role("button", name="Submit").click()
    image = page.get_by_role("img", name="squares")
    expect(image).to_be_visible(timeout=30_000)
    # The red line is in the picture: some pixels are strongly red.
    red = image.evaluate(
        """async (img) => {
          await img.decode();
          const canvas = new OffscreenCanvas(img.naturalWidth, img.naturalHeight);
          const context = canvas.getContext("2d");
          context.drawImage(img, 0, 0);
          const data = context.getImageData(0, 0, img.naturalWidth, img.naturalHeight).data;
          let count = 0;
          for (let i = 0; i < data.length; i += 4) if (data[i] > 200 && data[i + 1] < 80 && data[i + 2] < 80) count++;
          return count;
        }"""
    )
    assert red > 50
