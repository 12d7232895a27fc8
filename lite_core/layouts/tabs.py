"""gr.Tabs and gr.Tab: one tab's children shown at a time.

A Tab written outside a Tabs gets one, as in Gradio: consecutive Tabs of a context share it.
"""

from __future__ import annotations

from typing import Any

from ..blocks_base import Block, BlockContext, current_context, event_listener, prop_names
from ..protocol import BlockProps


class TabsProps(BlockProps):
    # The id (or label) of the tab shown first; None: the first.
    selected: int | str | None


class TabProps(BlockProps):
    label: str | None
    # What `Tabs(selected=...)` names it by (Gradio's `id`).
    id: int | str | None
    interactive: bool


class Tabs(BlockContext):
    block_type = "tabs"
    Props = TabsProps

    def __init__(self, *, selected: int | str | None = None, **kwargs: Any) -> None:
        self.selected = selected
        # Made for Tabs written without one; the next such Tab joins it.
        self.implicit = False
        super().__init__(**kwargs)

    change = event_listener("change")
    select = event_listener("select")


class Tab(BlockContext):
    block_type = "tab"
    Props = TabProps

    def __init__(
        self, label: str | None = None, *, id: int | str | None = None, interactive: bool = True, **kwargs: Any
    ) -> None:
        self.label = label
        self.tab_id = id
        self.interactive = interactive
        super().__init__(**kwargs)

    def render(self) -> Block:
        context = current_context()
        if context is not None and not isinstance(context, Tabs):
            last = context.children[-1] if context.children else None
            tabs = last if isinstance(last, Tabs) and last.implicit else Tabs()
            tabs.implicit = True
            tabs.add_child(self)
            return self
        return super().render()

    def props(self) -> dict[str, Any]:
        # The wire's `id` is the author's name for the tab; the block's own id is `Block.id`.
        return {key: self.tab_id if key == "id" else getattr(self, key) for key in prop_names(type(self).Props)}

    select = event_listener("select")


TabItem = Tab  # Gradio's alias
