"""gr.Plot's figures: an Altair chart travels as its Vega-Lite spec for the page to draw."""

from __future__ import annotations

import json

import pytest

import lite_core as gr


def test_an_altair_chart_is_sent_as_its_vega_lite_spec() -> None:
    alt = pytest.importorskip("altair")  # in Pyodide's lock, loaded from its CDN: not offline
    pd = pytest.importorskip("pandas")
    chart = alt.Chart(pd.DataFrame({"x": [1, 2], "y": [3, 4]})).mark_bar().encode(x="x", y="y")
    data = gr.Plot().postprocess(chart)
    assert data is not None and data["type"] == "altair"
    spec = json.loads(data["plot"])
    assert spec["mark"]["type"] == "bar" and spec["encoding"]["x"]["field"] == "x"
    assert next(iter(spec["datasets"].values())) == [{"x": 1, "y": 3}, {"x": 2, "y": 4}]


def test_a_figure_of_a_kind_the_page_cannot_draw_is_named() -> None:
    class Figure:  # as a Plotly figure would be: not matplotlib, not Altair
        pass

    Figure.__module__ = "plotly.graph_objs._figure"
    with pytest.raises(ValueError, match="a plotly figure is not supported yet"):
        gr.Plot().postprocess(Figure())
