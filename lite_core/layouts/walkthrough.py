"""gr.Walkthrough and gr.Step: a stepper that shows one step's children at a time."""

from __future__ import annotations

from typing import Any

from ..blocks_base import BlockContext, event_listener
from ..protocol import BlockProps


class WalkthroughProps(BlockProps):
    # The id of the step shown; None: the first.
    selected: int | str | None


class StepProps(BlockProps):
    label: str | None
    # What `Walkthrough(selected=...)` names it by; None: its position.
    id: int | str | None
    interactive: bool
    scale: int | None


class Walkthrough(BlockContext):
    """Steps numbered in a row over the selected step's children. An event that outputs
    `gr.Walkthrough(selected=<id>)` moves to that step (and fires `change`); the user may
    go back to a step already passed (not forward), which fires `select` (gr.SelectData:
    the step's index and label) and `change`."""

    block_type = "walkthrough"
    Props = WalkthroughProps

    def __init__(self, *, selected: int | str | None = None, **kwargs: Any) -> None:
        self.selected = selected
        super().__init__(**kwargs)

    change = event_listener("change")
    select = event_listener("select")


class Step(BlockContext):
    """One step of a Walkthrough: its label, and children shown while it is selected."""

    block_type = "walkthroughstep"
    Props = StepProps

    def __init__(
        self,
        label: str | None = None,
        interactive: bool = True,
        *,
        id: int | str | None = None,
        scale: int | None = None,
        **kwargs: Any,
    ) -> None:
        self.label = label
        self.interactive = interactive
        self.step_id = id
        self.scale = scale
        super().__init__(**kwargs)

    def props(self) -> dict[str, Any]:
        # The wire's `id` is the author's name for the step; the block's own id is `Block.id`.
        return {**super().props(), "id": self.step_id}

    select = event_listener("select")
