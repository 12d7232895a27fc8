"""gr.State: a value kept for each page session, on the Python side, never shown."""

from __future__ import annotations

from copy import deepcopy
from typing import Any

from ..blocks_base import Key, event_listener
from .base import Component


class State(Component):
    block_type = "state"

    def __init__(self, value: Any = None, render: bool = True, key: Key | None = None, **_: Any) -> None:
        try:
            value = deepcopy(value)
        except TypeError as e:
            raise TypeError(
                f"The initial value of `gr.State` must be able to be deepcopied. "
                f"The initial value of type {type(value)} cannot be deepcopied."
            ) from e
        super().__init__(value, render=render, key=key)

    def fresh_value(self) -> Any:
        """What a new session starts with: its own copy, never shared."""
        return deepcopy(self.initial_value)

    def read_session(self, payload: Any, state: dict[int, Any]) -> Any:
        # The session's own value: the wire carries nothing for a State.
        if self.id not in state:
            state[self.id] = self.fresh_value()
        return state[self.id]

    def keep_in_session(self, value: Any, state: dict[int, Any]) -> bool:
        state[self.id] = value
        return True

    def props(self) -> dict[str, Any]:
        # The value stays in Python: the page never needs it.
        return {**super().props(), "value": None}

    def config(self) -> Any:
        return {**super().config(), "skip_api": True}

    # Fires when an event changed the session's value (the page runs its listeners).
    change = event_listener("change")
