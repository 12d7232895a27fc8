"""gr.HTML: HTML shown in the page (sanitized there)."""

from __future__ import annotations

from typing import Any

from ..blocks_base import event_listener
from .base import Component


class HTML(Component):
    block_type = "html"
    payload_types = (str,)
    payload_description = "a string"
    python_type_name = "str"

    def __init__(self, value: str | None = None, *, show_label: bool = False, **kwargs: Any) -> None:
        super().__init__(value, show_label=show_label, **kwargs)

    def postprocess(self, value: Any) -> str | None:
        return None if value is None else str(value)

    def api_info(self) -> dict[str, Any]:
        return {"type": "string"}

    def example_payload(self) -> str:
        return "<p>Hello</p>"

    example_value = example_payload

    change = event_listener("change")
    click = event_listener("click")
