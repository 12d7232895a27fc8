"""gr.Sidebar: a collapsible panel at the side of the page."""

from __future__ import annotations

from typing import Any, Literal

from ..blocks_base import BlockContext, event_listener
from ..protocol import BlockProps


class SidebarProps(BlockProps):
    label: str | None
    open: bool
    # Pixels if a number, else any CSS length.
    width: int | str
    position: Literal["left", "right"]


class Sidebar(BlockContext):
    """A panel fixed to the left (or right) edge of the app's page, opened and closed by a
    toggle button; `expand` and `collapse` fire when the user opens or closes it. The
    label names it for screen readers (Gradio does not display it either)."""

    block_type = "sidebar"
    Props = SidebarProps

    def __init__(
        self,
        label: str | None = None,
        *,
        open: bool = True,
        width: int | str = 320,
        position: Literal["left", "right"] = "left",
        **kwargs: Any,
    ) -> None:
        self.label = label
        self.open = open
        self.width = width
        self.position = position
        super().__init__(**kwargs)

    expand = event_listener("expand")
    collapse = event_listener("collapse")
