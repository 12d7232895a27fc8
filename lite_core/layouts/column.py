"""gr.Column: its children one below the other."""

from __future__ import annotations

from typing import Any

from ..blocks_base import BlockContext
from ..protocol import BlockProps
from .row import Variant


class ColumnProps(BlockProps):
    scale: int
    min_width: int
    variant: Variant


class Column(BlockContext):
    block_type = "column"
    Props = ColumnProps

    def __init__(self, *, scale: int = 1, min_width: int = 320, variant: Variant = "default", **kwargs: Any) -> None:
        self.scale = scale
        self.min_width = min_width
        self.variant = variant
        super().__init__(**kwargs)
