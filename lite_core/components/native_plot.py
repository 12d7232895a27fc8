"""gr.LinePlot, gr.ScatterPlot and gr.BarPlot: a table drawn as a chart in the page.

As in Gradio, the value is a pandas DataFrame (or a dict of columns); it goes to the page
as Gradio's PlotData (columns, rows, each column's kind, the mark), and the page draws it
with Vega-Lite, loaded only by apps that have a plot.
"""

from __future__ import annotations

from typing import Any, ClassVar, Literal

from ..blocks_base import event_listener
from ..protocol import ComponentProps
from .base import Component

Kind = Literal["quantitative", "nominal", "temporal"]


class NativePlotProps(ComponentProps):
    x: str | None
    y: str | None
    color: str | None
    title: str | None
    x_title: str | None
    y_title: str | None
    color_title: str | None
    # Gradio's: "axis" (the x and y values), "all" (every column), "none", or columns.
    tooltip: list[str] | Literal["axis", "none", "all"] | bool | None
    y_aggregate: Literal["sum", "mean", "median", "min", "max", "count"] | None
    x_lim: list[float] | None
    y_lim: list[float] | None
    height: int | None
    caption: str | None
    sort: Literal["x", "y", "-x", "-y"] | list[str] | None


def _kind(values: Any) -> Kind:
    kind = getattr(getattr(values, "dtype", None), "kind", "O")
    return "quantitative" if kind in "iuf" else "temporal" if kind == "M" else "nominal"


def _cell(value: Any) -> Any:
    """JSON for a table cell: times as ISO strings, numpy scalars as numbers, NaN as null."""
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if hasattr(value, "item"):
        value = value.item()
    return None if isinstance(value, float) and value != value else value


class NativePlot(Component):
    """What the three plots share; each names its mark. One block type for the three, as
    in Gradio's config: the mark travels with the data."""

    block_type = "nativeplot"
    Props = NativePlotProps
    mark: ClassVar[str] = "point"
    # The runtime loads pandas for apps that have a plot (values are DataFrames).
    packages: tuple[str, ...] = ("pandas",)
    payload_description = "a table (PlotData)"
    python_type_name = "pd.DataFrame"

    def __init__(
        self,
        value: Any = None,
        x: str | None = None,
        y: str | None = None,
        *,
        color: str | None = None,
        title: str | None = None,
        x_title: str | None = None,
        y_title: str | None = None,
        color_title: str | None = None,
        tooltip: list[str] | Literal["axis", "none", "all"] | bool | None = "axis",
        y_aggregate: Literal["sum", "mean", "median", "min", "max", "count"] | None = None,
        x_lim: list[float] | None = None,
        y_lim: list[float] | None = None,
        height: int | None = None,
        caption: str | None = None,
        sort: Literal["x", "y", "-x", "-y"] | list[str] | None = None,
        **kwargs: Any,
    ) -> None:
        self.x, self.y, self.color = x, y, color
        self.title, self.x_title, self.y_title, self.color_title = title, x_title, y_title, color_title
        self.tooltip, self.y_aggregate = tooltip, y_aggregate
        self.x_lim, self.y_lim, self.height, self.caption, self.sort = x_lim, y_lim, height, caption, sort
        super().__init__(value, **kwargs)

    def postprocess(self, value: Any) -> dict[str, Any] | None:
        if value is None:
            return None
        if isinstance(value, dict) and {"columns", "data", "datatypes"} <= value.keys():
            return value  # already PlotData
        import pandas as pd

        frame = value if isinstance(value, pd.DataFrame) else pd.DataFrame(value)
        columns = [str(c) for c in frame.columns]
        return {
            "columns": columns,
            "data": [[_cell(cell) for cell in row] for row in frame.itertuples(index=False)],
            "datatypes": {name: _kind(frame[column]) for name, column in zip(columns, frame.columns, strict=True)},
            "mark": self.mark,
        }

    def preprocess(self, payload: Any) -> Any:
        import pandas as pd

        if not payload:
            return None
        return pd.DataFrame(payload["data"], columns=payload["columns"])

    def api_info(self) -> dict[str, Any]:
        return {"type": "object", "description": "a table: {columns, data, datatypes, mark}"}

    change = event_listener("change")
    select = event_listener("select")
    double_click = event_listener("double_click")


class LinePlot(NativePlot):
    mark = "line"


class ScatterPlot(NativePlot):
    mark = "point"


class BarPlot(NativePlot):
    mark = "bar"
