"""gr.Row: its children side by side."""

from __future__ import annotations

from typing import Any, Literal

from ..blocks_base import BlockContext
from ..protocol import BlockProps

Variant = Literal["default", "panel", "compact"]


class RowProps(BlockProps):
    variant: Variant
    equal_height: bool


class Row(BlockContext):
    block_type = "row"
    Props = RowProps

    def __init__(self, *, variant: Variant = "default", equal_height: bool = False, **kwargs: Any) -> None:
        self.variant = variant
        self.equal_height = equal_height
        super().__init__(**kwargs)
