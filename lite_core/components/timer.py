"""gr.Timer: ticks every `value` seconds while active; `timer.tick(fn, ...)` runs on each."""

from __future__ import annotations

from typing import Any

from ..blocks_base import event_listener
from ..protocol import ComponentProps
from .base import Component


class TimerProps(ComponentProps):
    active: bool


class Timer(Component):
    block_type = "timer"
    Props = TimerProps
    payload_types = (int, float)
    payload_description = "the interval in seconds"
    python_type_name = "float"

    def __init__(self, value: float = 1, *, active: bool = True, render: bool = True, **kwargs: Any) -> None:
        self.active = active
        super().__init__(value, render=render, **kwargs)

    def preprocess(self, payload: float | None) -> float | None:
        return payload

    def postprocess(self, value: float | None) -> float | None:
        return value

    def api_info(self) -> dict[str, Any]:
        return {"type": "number"}

    def example_payload(self) -> float:
        return 1

    example_value = example_payload

    tick = event_listener("tick")
