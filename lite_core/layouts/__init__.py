"""Layout blocks: they arrange others and carry no value."""

from __future__ import annotations

from typing import Any, Literal

from ..blocks_base import BlockContext


class Row(BlockContext):
    block_type = "row"

    def __init__(
        self,
        *,
        variant: Literal["default", "panel", "compact"] = "default",
        equal_height: bool = False,
        **kwargs: Any,
    ) -> None:
        self.variant = variant
        self.equal_height = equal_height
        super().__init__(**kwargs)

    def props(self) -> dict[str, Any]:
        return {**super().props(), "variant": self.variant, "equal_height": self.equal_height}


class Column(BlockContext):
    block_type = "column"

    def __init__(
        self,
        *,
        scale: int = 1,
        min_width: int = 320,
        variant: Literal["default", "panel", "compact"] = "default",
        **kwargs: Any,
    ) -> None:
        self.scale = scale
        self.min_width = min_width
        self.variant = variant
        super().__init__(**kwargs)

    def props(self) -> dict[str, Any]:
        return {
            **super().props(),
            "scale": self.scale,
            "min_width": self.min_width,
            "variant": self.variant,
        }


class Accordion(BlockContext):
    """A labelled section that opens and closes; closed unless `open=True`."""

    block_type = "accordion"

    def __init__(self, label: str | None = None, *, open: bool = True, **kwargs: Any) -> None:
        self.label = label
        self.open = open
        super().__init__(**kwargs)

    def props(self) -> dict[str, Any]:
        return {**super().props(), "label": self.label, "open": self.open}


__all__ = ["Accordion", "Column", "Row"]
