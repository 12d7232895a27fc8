"""gr.Textbox: a line or an area of text."""

from __future__ import annotations

from typing import Any, Literal

from ..blocks_base import event_listener
from ..protocol import ComponentProps
from .base import Component


class TextboxProps(ComponentProps):
    type: Literal["text", "password", "email"]
    lines: int
    max_lines: int | None
    placeholder: str | None
    autofocus: bool
    autoscroll: bool
    text_align: Literal["left", "right"] | None
    rtl: bool
    show_copy_button: bool
    max_length: int | None


class Textbox(Component):
    block_type = "textbox"
    Props = TextboxProps
    payload_types = (str,)
    payload_description = "a string"
    python_type_name = "str"

    def __init__(
        self,
        value: str | None = None,
        *,
        type: Literal["text", "password", "email"] = "text",
        lines: int = 1,
        max_lines: int | None = None,
        placeholder: str | None = None,
        autofocus: bool = False,
        autoscroll: bool = True,
        text_align: Literal["left", "right"] | None = None,
        rtl: bool = False,
        show_copy_button: bool = False,
        max_length: int | None = None,
        **kwargs: Any,
    ) -> None:
        if type not in ("text", "password", "email"):
            raise ValueError('`type` must be one of "text", "password", or "email".')
        self.type = type
        self.lines = lines
        self.max_lines = max_lines if max_lines is not None else max(lines, 20)
        self.placeholder = placeholder
        self.autofocus = autofocus
        self.autoscroll = autoscroll
        self.text_align = text_align
        self.rtl = rtl
        self.show_copy_button = show_copy_button
        self.max_length = max_length
        super().__init__(value, **kwargs)

    def preprocess(self, payload: str | None) -> str | None:
        return None if payload is None else str(payload)

    def postprocess(self, value: Any) -> str | None:
        return None if value is None else str(value)

    def api_info(self) -> dict[str, Any]:
        return {"type": "string"}

    def example_payload(self) -> str:
        return "Hello!!"

    def example_value(self) -> str:
        return "Hello!!"

    change = event_listener("change")
    input = event_listener("input")
    submit = event_listener("submit")


class TextArea(Textbox):
    """Gradio's template: a Textbox of 7 lines."""

    def __init__(self, value: str | None = None, *, lines: int = 7, **kwargs: Any) -> None:
        super().__init__(value, lines=lines, **kwargs)


Text = Textbox  # Gradio's alias
