"""gr.Draggable: children the user can reorder by dragging."""

from __future__ import annotations

from typing import Any, Literal

from ..blocks_base import BlockContext
from ..protocol import BlockProps


class DraggableProps(BlockProps):
    orientation: Literal["row", "column"]


class Draggable(BlockContext):
    """Its children side by side (`orientation="row"`) or stacked ("column"), each with a
    drag handle: dropping a child before or after another moves it there (a layout child,
    a Row say, moves whole). Arrow keys on a focused handle move it too. The order is the
    page's own: Python is not told and a reload brings back the app's order, as in Gradio."""

    block_type = "draggable"
    Props = DraggableProps

    def __init__(self, *, orientation: Literal["row", "column"] = "column", **kwargs: Any) -> None:
        self.orientation = orientation
        super().__init__(**kwargs)
