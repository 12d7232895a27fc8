"""gr.Checkbox: a single boolean."""

from __future__ import annotations

from typing import Any

from ..blocks_base import event_listener
from .base import Component


class Checkbox(Component):
    block_type = "checkbox"
    payload_types = (bool,)
    payload_description = "a boolean"
    python_type_name = "bool"

    def __init__(self, value: bool = False, **kwargs: Any) -> None:
        super().__init__(value, **kwargs)

    def preprocess(self, payload: bool | None) -> bool | None:
        return payload

    def postprocess(self, value: Any) -> bool:
        return bool(value)

    def api_info(self) -> dict[str, Any]:
        return {"type": "boolean"}

    def example_payload(self) -> bool:
        return True

    example_value = example_payload

    change = event_listener("change")
    input = event_listener("input")
    select = event_listener("select")
