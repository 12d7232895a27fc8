"""gr.LinePlot, gr.ScatterPlot and gr.BarPlot from a pandas DataFrame, drawn in the page."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from .conftest import open_app, serve_app
from .server import StaticServer

PLOTS = """
import gradio as gr
import pandas as pd

temps = pd.DataFrame({"day": [1, 2, 3, 4, 1, 2, 3, 4], "temp": [10, 12, 9, 14, 20, 21, 19, 23],
                      "city": ["Oslo"] * 4 + ["Rome"] * 4})

with gr.Blocks() as demo:
    gr.LinePlot(temps, x="day", y="temp", color="city", title="Temperatures", label="line")
    gr.ScatterPlot(temps, x="day", y="temp", label="points")
    gr.BarPlot(temps, x="city", y="temp", y_aggregate="mean", label="bars")

demo.launch()
"""


def test_three_plots_draw_their_marks(page: Page, server: StaticServer) -> None:
    open_app(page, serve_app(page, server, "plots", PLOTS))
    line = page.get_by_role("figure", name="line")
    expect(line.locator("svg")).to_be_visible(timeout=20_000)
    expect(line).to_contain_text("Temperatures")
    expect(line).to_contain_text("city")  # the colour legend
    # One line per city, eight points, two bars (means per city).
    expect(line.locator("path[aria-roledescription='line mark']")).to_have_count(2)
    expect(page.get_by_role("figure", name="points").locator("path[aria-roledescription='point']")).to_have_count(8)
    expect(page.get_by_role("figure", name="bars").locator("path[aria-roledescription='bar']")).to_have_count(2)
