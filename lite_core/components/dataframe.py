"""gr.Dataframe: a table in (pandas, numpy or lists) and out (from any of those, or a CSV).

On the wire a table is {headers, data, metadata}. pandas and numpy are imported only
when a table is processed, and loaded in the browser only for the type that needs them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

from ..blocks_base import event_listener
from ..exceptions import InvalidPayload
from ..protocol import ComponentProps
from .base import Component, describe
from .json_component import to_jsonable

TableType = Literal["pandas", "numpy", "array", "polars"]


def _rows(value: Any) -> tuple[list[str] | None, list[list[Any]]]:
    """(headers or None, rows) from any table value Gradio accepts."""
    if type(value).__name__ == "Styler" and hasattr(value, "data"):
        value = value.data  # a pandas Styler: its table (the styling is not drawn yet)
    if type(value).__module__.startswith("polars"):  # a polars DataFrame
        return [str(c) for c in value.columns], to_jsonable([list(row) for row in value.rows()])
    if hasattr(value, "columns") and hasattr(value, "to_numpy"):  # a pandas DataFrame
        return [str(c) for c in value.columns], to_jsonable(value.to_numpy().tolist())
    if hasattr(value, "tolist"):  # a numpy array
        rows = to_jsonable(value.tolist())
        return None, [row if isinstance(row, list) else [row] for row in rows]
    if isinstance(value, dict):
        return value.get("headers"), to_jsonable(value.get("data", []))
    if isinstance(value, (str, Path)):
        import csv

        with open(value, newline="") as f:
            table = list(csv.reader(f))
        return (table[0], table[1:]) if table else (None, [])
    rows = to_jsonable(list(value))
    return None, [row if isinstance(row, list) else [row] for row in rows]


class DataframeProps(ComponentProps):
    headers: list[str]
    row_count: tuple[int, str]
    col_count: tuple[int, str]
    datatype: str | list[str]
    type: TableType
    wrap: bool
    max_height: int | str


class Dataframe(Component):
    block_type = "dataframe"
    Props = DataframeProps
    payload_description = "a table ({headers, data})"
    python_type_name = "Dict(headers: List[str], data: List[List[Any]])"

    def __init__(
        self,
        value: Any = None,
        *,
        headers: list[str] | None = None,
        row_count: int | tuple[int, str] = (1, "dynamic"),
        col_count: int | tuple[int, str] | None = None,
        datatype: str | list[str] = "str",
        type: TableType = "pandas",
        wrap: bool = False,
        max_height: int | str = 500,
        **kwargs: Any,
    ) -> None:
        if type not in ("pandas", "numpy", "array", "polars"):
            raise ValueError(f"Unknown type: {type}. Please choose from: 'pandas', 'numpy', 'array', 'polars'.")
        self.row_count = row_count if isinstance(row_count, tuple) else (row_count, "dynamic")
        columns = col_count if isinstance(col_count, tuple) else (col_count or len(headers or []) or 3, "dynamic")
        self.col_count = columns
        self.headers = headers if headers is not None else [str(i) for i in range(1, columns[0] + 1)]
        self.datatype = datatype
        self.type = type
        self.wrap = wrap
        self.max_height = max_height
        # The browser loads pandas or numpy only for the type that needs it.
        self.packages = {"pandas": ("pandas",), "numpy": ("numpy",), "array": (), "polars": ("polars",)}[type]
        super().__init__(value, **kwargs)

    def validate_payload(self, payload: Any) -> None:
        if payload is None:
            return
        if not isinstance(payload, dict) or not isinstance(payload.get("data"), list):
            raise InvalidPayload(f"expects {self.payload_description}, got {describe(payload)}")
        if not all(isinstance(row, list) for row in payload["data"]):
            raise InvalidPayload("expects each row of `data` to be a list")

    def preprocess(self, payload: dict[str, Any] | None) -> Any:
        if payload is None:
            return None
        data = payload["data"]
        headers = payload.get("headers")
        if self.type == "pandas":
            import pandas as pd

            return (
                pd.DataFrame([] if data == [[]] else data, columns=headers)
                if headers is not None
                else pd.DataFrame(data)
            )
        if self.type == "numpy":
            import numpy as np

            return np.array(data)
        if self.type == "polars":
            import polars as pl

            rows = [] if data == [[]] else data
            return pl.DataFrame(rows, schema=headers, orient="row")
        return data

    def postprocess(self, value: Any) -> dict[str, Any]:
        if value is None:
            return {"headers": self.headers, "data": [], "metadata": None}
        headers, data = _rows(value)
        headers = list(headers or self.headers)
        width = len(data[0]) if data else len(headers)
        headers = headers[:width] + [str(i) for i in range(len(headers) + 1, width + 1)]
        return {"headers": headers, "data": data, "metadata": None}

    def api_info(self) -> dict[str, Any]:
        return {"type": "object", "description": "{headers: List[str], data: List[List[Any]], metadata}"}

    def example_payload(self) -> Any:
        return {"headers": ["a", "b"], "data": [["foo", "bar"]]}

    example_value = example_payload

    change = event_listener("change")
    input = event_listener("input")
    select = event_listener("select")


DataFrame = Dataframe  # Gradio's alias


class Numpy(Dataframe):
    """Gradio's template: a Dataframe that gives and takes numpy arrays."""

    def __init__(self, value: Any = None, *, type: TableType = "numpy", **kwargs: Any) -> None:
        super().__init__(value, type=type, **kwargs)


class Matrix(Dataframe):
    """Gradio's template: a Dataframe of lists of rows, without headers."""

    def __init__(self, value: Any = None, *, type: TableType = "array", **kwargs: Any) -> None:
        super().__init__(value, type=type, **kwargs)


class List(Dataframe):
    """Gradio's template: a one-column Dataframe of lists."""

    def __init__(self, value: Any = None, *, type: TableType = "array", col_count: int = 1, **kwargs: Any) -> None:
        super().__init__(value, type=type, col_count=col_count, **kwargs)
