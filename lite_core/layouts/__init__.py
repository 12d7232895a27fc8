"""Layout blocks: they arrange others and carry no value."""

from __future__ import annotations

from typing import Any, Literal

from ..blocks_base import BlockContext
from ..protocol import BlockProps

Variant = Literal["default", "panel", "compact"]


class RowProps(BlockProps):
    variant: Variant
    equal_height: bool


class ColumnProps(BlockProps):
    scale: int
    min_width: int
    variant: Variant


class AccordionProps(BlockProps):
    label: str | None
    open: bool


class Row(BlockContext):
    block_type = "row"
    Props = RowProps

    def __init__(
        self,
        *,
        variant: Variant = "default",
        equal_height: bool = False,
        **kwargs: Any,
    ) -> None:
        self.variant = variant
        self.equal_height = equal_height
        super().__init__(**kwargs)


class Column(BlockContext):
    block_type = "column"
    Props = ColumnProps

    def __init__(
        self,
        *,
        scale: int = 1,
        min_width: int = 320,
        variant: Variant = "default",
        **kwargs: Any,
    ) -> None:
        self.scale = scale
        self.min_width = min_width
        self.variant = variant
        super().__init__(**kwargs)


class Accordion(BlockContext):
    """A labelled section that opens and closes; closed unless `open=True`."""

    block_type = "accordion"
    Props = AccordionProps

    def __init__(self, label: str | None = None, *, open: bool = True, **kwargs: Any) -> None:
        self.label = label
        self.open = open
        super().__init__(**kwargs)


__all__ = ["Accordion", "Column", "Row"]
