"""LinePlot, ScatterPlot and BarPlot send Gradio's PlotData for a DataFrame."""

from __future__ import annotations

import pandas as pd

import lite_core as gr


def test_a_dataframe_becomes_plot_data_with_each_columns_kind() -> None:
    frame = pd.DataFrame(
        {
            "day": [1, 2],
            "temp": [10.5, float("nan")],
            "city": ["Oslo", "Rome"],
            "at": pd.to_datetime(["2024-01-01", "2024-01-02"]),
        }
    )
    data = gr.LinePlot(x="day", y="temp").postprocess(frame)
    assert data is not None
    assert data["columns"] == ["day", "temp", "city", "at"] and data["mark"] == "line"
    assert data["datatypes"] == {"day": "quantitative", "temp": "quantitative", "city": "nominal", "at": "temporal"}
    assert data["data"] == [[1, 10.5, "Oslo", "2024-01-01T00:00:00"], [2, None, "Rome", "2024-01-02T00:00:00"]]
    assert gr.BarPlot().postprocess({"a": ["x"], "b": [1]})["mark"] == "bar"
    back = gr.ScatterPlot().preprocess(data)
    assert list(back.columns) == ["day", "temp", "city", "at"] and len(back) == 2
