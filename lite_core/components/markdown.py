"""gr.Markdown: text rendered as Markdown (sanitized HTML in the page)."""

from __future__ import annotations

import inspect
from typing import Any

from ..blocks_base import event_listener
from ..protocol import ComponentProps
from .base import Component


class MarkdownProps(ComponentProps):
    rtl: bool
    sanitize_html: bool
    line_breaks: bool


class Markdown(Component):
    block_type = "markdown"
    Props = MarkdownProps
    payload_types = (str,)
    payload_description = "a string"
    python_type_name = "str"

    def __init__(
        self,
        value: str | None = None,
        *,
        rtl: bool = False,
        sanitize_html: bool = True,
        line_breaks: bool = False,
        header_links: bool = False,
        **kwargs: Any,
    ) -> None:
        self.rtl = rtl
        self.sanitize_html = sanitize_html
        self.line_breaks = line_breaks
        self.header_links = header_links
        kwargs.setdefault("container", False)  # Gradio's Markdown sits on the page, no block card
        kwargs.setdefault("show_label", False)
        super().__init__(value, **kwargs)

    def postprocess(self, value: Any) -> str | None:
        return None if value is None else inspect.cleandoc(str(value))

    def api_info(self) -> dict[str, Any]:
        return {"type": "string"}

    def example_payload(self) -> str:
        return "# Hello!"

    example_value = example_payload

    change = event_listener("change")
