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


PYPLOT_AS_VALUE = """
import gradio as gr
import matplotlib.pyplot as plt

plt.plot([0, 1, 2], [0, 1, 4], color="red")
with gr.Blocks() as demo:
    gr.Plot(value=plt, label="pyplot", format="png")
demo.launch()
"""


def test_the_pyplot_module_as_a_value_shows_its_current_figure(page: Page, server: StaticServer) -> None:
    # Gradio's plot_component demo passes `plt` itself.
    open_app(page, serve_app(page, server, "pyplot", PYPLOT_AS_VALUE))
    expect(page.get_by_role("img", name="pyplot")).to_be_visible(timeout=60_000)
