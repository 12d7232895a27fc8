"""gr.Plot: a figure the function made, drawn in the page.

matplotlib figures are rendered to an image in Python (matplotlib comes from Pyodide's
lock when the app imports it), as Gradio does. Altair charts travel as their Vega-Lite
spec and the page draws them with the Vega-Lite the native plots use (altair is in
Pyodide's lock). Plotly and Bokeh figures are not drawn yet: their JavaScript libraries
are not in the page.
"""

from __future__ import annotations

import base64
import io
from typing import Any, Literal

from ..blocks_base import event_listener
from ..protocol import ComponentProps
from .base import Component


class PlotProps(ComponentProps):
    format: Literal["webp", "png", "jpeg"]


def _kind(figure: Any) -> str:
    if getattr(figure, "__name__", None) == "matplotlib.pyplot":
        return "matplotlib"  # `gr.Plot(value=plt)`: the module's current figure
    module = type(figure).__module__
    if module.startswith("matplotlib"):
        return "matplotlib"
    for name in ("plotly", "altair", "bokeh"):
        if module.startswith(name):
            return name
    return module.split(".")[0]


class Plot(Component):
    block_type = "plot"
    Props = PlotProps
    payload_description = "a plot"
    python_type_name = "Any"

    def __init__(self, value: Any = None, *, format: Literal["webp", "png", "jpeg"] = "webp", **kwargs: Any) -> None:
        self.format = format
        super().__init__(value, **kwargs)

    def postprocess(self, value: Any) -> dict[str, Any] | None:
        if value is None:
            return None
        if isinstance(value, dict) and "type" in value and "plot" in value:
            return value  # already a PlotData
        kind = _kind(value)
        if kind == "altair":
            return {"type": "altair", "plot": value.to_json(), "chart": ""}
        if kind != "matplotlib":
            raise ValueError(
                f"gr.Plot draws matplotlib and Altair figures in the browser; a {kind} figure is not supported yet."
            )
        if getattr(value, "__name__", None) == "matplotlib.pyplot":
            value = value.gcf()
        figure = value.figure if hasattr(value, "figure") and not hasattr(value, "savefig") else value
        buffer = io.BytesIO()
        figure.savefig(buffer, format=self.format, bbox_inches="tight")
        encoded = base64.b64encode(buffer.getvalue()).decode()
        return {"type": "matplotlib", "plot": f"data:image/{self.format};base64,{encoded}"}

    def preprocess(self, payload: Any) -> Any:
        return payload

    def api_info(self) -> dict[str, Any]:
        return {"type": "object", "description": "a plot: {type, plot}"}

    change = event_listener("change")
