"""gr.Dataframe with real pandas and numpy."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import lite_core as gr
from lite_core.exceptions import InvalidPayload

TABLE = {"headers": ["name", "age"], "data": [["ada", 36], ["alan", 41]], "metadata": None}


def test_pandas_in() -> None:
    frame = gr.Dataframe().preprocess(TABLE)
    assert list(frame.columns) == ["name", "age"] and frame["age"].sum() == 77


def test_numpy_and_array_in() -> None:
    assert gr.Dataframe(type="numpy").preprocess({"headers": ["a"], "data": [[1], [2]]}).shape == (2, 1)
    assert gr.Dataframe(type="array").preprocess(TABLE) == [["ada", 36], ["alan", 41]]


def test_pandas_out_keeps_columns_and_makes_nan_null() -> None:
    out = gr.Dataframe().postprocess(pd.DataFrame({"x": [1.5, math.nan], "y": ["a", "b"]}))
    assert out == {"headers": ["x", "y"], "data": [[1.5, "a"], [None, "b"]], "metadata": None}


def test_numpy_and_lists_out_get_numbered_headers() -> None:
    assert gr.Dataframe().postprocess(np.array([[1, 2], [3, 4]]))["headers"] == ["1", "2"]
    assert gr.Dataframe(headers=["a"]).postprocess([[1, 2]])["headers"] == ["a", "2"]
    assert gr.Dataframe().postprocess([1, 2])["data"] == [[1], [2]]


def test_csv_path_out(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_text("a,b\n1,2\n")
    assert gr.Dataframe().postprocess(str(path)) == {"headers": ["a", "b"], "data": [["1", "2"]], "metadata": None}


def test_only_the_needed_package_loads_in_the_browser() -> None:
    assert gr.Dataframe().packages == ("pandas",)
    assert gr.Dataframe(type="array").packages == ()


def test_bad_tables_are_refused() -> None:
    with pytest.raises(InvalidPayload):
        gr.Dataframe().validate_payload({"data": "nope"})
    with pytest.raises(InvalidPayload):
        gr.Dataframe().validate_payload({"data": [1, 2]})


def test_polars_tables_in_and_out() -> None:
    pl = pytest.importorskip("polars")  # in Pyodide's lock, loaded from its CDN: not offline
    table = gr.Dataframe(headers=["Item", "Quantity"], type="polars")
    frame = table.preprocess({"headers": ["Item", "Quantity"], "data": [["b", 2], ["a", 1]]})
    assert isinstance(frame, pl.DataFrame) and frame.columns == ["Item", "Quantity"]
    out = table.postprocess(frame.sort("Quantity"))
    assert out["headers"] == ["Item", "Quantity"] and out["data"] == [["a", 1], ["b", 2]]
    assert table.packages == ("polars",)


def test_a_pandas_styler_shows_its_table() -> None:
    pd = pytest.importorskip("pandas")
    pytest.importorskip("jinja2")  # pandas' Styler needs it
    styled = pd.DataFrame({"A": [1, 5], "B": [3, 2]}).style.highlight_max(color="lightgreen")
    out = gr.Dataframe().postprocess(styled)
    assert out["headers"] == ["A", "B"] and out["data"] == [[1, 3], [5, 2]]
