"""gr.ColorPicker: a colour as a hex string ("#ff0000")."""

from __future__ import annotations

from typing import Any

from ..blocks_base import event_listener
from .base import Component


class ColorPicker(Component):
    block_type = "colorpicker"
    payload_types = (str,)
    payload_description = "a colour as a hex string"
    python_type_name = "str"

    def preprocess(self, payload: str | None) -> str | None:
        return payload

    def postprocess(self, value: Any) -> str | None:
        return None if value is None else str(value)

    def api_info(self) -> dict[str, Any]:
        return {"type": "string"}

    def example_payload(self) -> str:
        return "#000000"

    example_value = example_payload

    change = event_listener("change")
    input = event_listener("input")
    submit = event_listener("submit")
    focus = event_listener("focus")
    blur = event_listener("blur")
