"""gr.Accordion: a labelled section that opens and closes."""

from __future__ import annotations

from typing import Any

from ..blocks_base import BlockContext, event_listener
from ..protocol import BlockProps


class AccordionProps(BlockProps):
    label: str | None
    open: bool


class Accordion(BlockContext):
    """Open unless `open=False`."""

    block_type = "accordion"
    Props = AccordionProps

    def __init__(self, label: str | None = None, *, open: bool = True, **kwargs: Any) -> None:
        self.label = label
        self.open = open
        super().__init__(**kwargs)

    expand = event_listener("expand")
    collapse = event_listener("collapse")
