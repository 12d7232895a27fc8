"""gr.Dropdown: one choice, or several with multiselect; custom values when allowed."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Literal

from ..blocks_base import event_listener
from ..exceptions import InvalidPayload
from ..protocol import ComponentProps
from .base import Component, describe
from .radio import Choice, check_choice, normalize_choices

_FIRST_CHOICE = object()  # Gradio's default: the first choice (none for multiselect)


class DropdownProps(ComponentProps):
    choices: list[tuple[str, Choice]]
    type: Literal["value", "index"]
    multiselect: bool | None
    allow_custom_value: bool
    max_choices: int | None
    filterable: bool


class Dropdown(Component):
    block_type = "dropdown"
    Props = DropdownProps
    payload_description = "a choice (or a list of choices)"
    python_type_name = "str"

    def __init__(
        self,
        choices: Sequence[Any] | None = None,
        *,
        value: Any = _FIRST_CHOICE,
        type: Literal["value", "index"] = "value",
        multiselect: bool | None = None,
        allow_custom_value: bool = False,
        max_choices: int | None = None,
        filterable: bool = True,
        **kwargs: Any,
    ) -> None:
        if type not in ("value", "index"):
            raise ValueError(
                f"Invalid value for parameter `type`: {type}. Please choose from one of: ['value', 'index']"
            )
        self.choices = normalize_choices(choices)
        self.type = type
        self.multiselect = bool(multiselect)
        self.allow_custom_value = allow_custom_value
        self.max_choices = max_choices
        self.filterable = filterable
        if value is _FIRST_CHOICE:
            value = [] if self.multiselect else (self.choices[0][1] if self.choices else None)
        if self.multiselect and isinstance(value, str):
            value = [value]
        super().__init__(value, **kwargs)

    def validate_payload(self, payload: Any) -> None:
        items = payload if isinstance(payload, list) and self.multiselect else [payload]
        if payload is not None and not all(isinstance(v, (str, int, float)) and not isinstance(v, bool) for v in items):
            raise InvalidPayload(f"expects {self.payload_description}, got {describe(payload)}")

    def preprocess(self, payload: Any) -> Any:
        if payload is None:
            return None
        values = [v for _, v in self.choices]
        if not self.allow_custom_value:
            for item in payload if isinstance(payload, list) else [payload]:
                check_choice(item, self.choices, in_list=isinstance(payload, list))
        if self.type == "value":
            return payload
        if isinstance(payload, list):
            return [values.index(v) if v in values else None for v in payload]
        return values.index(payload) if payload in values else None

    def postprocess(self, value: Any) -> Any:
        if value is None:
            return None
        if self.multiselect and not isinstance(value, list):
            return [value]
        return value

    def api_info(self) -> dict[str, Any]:
        schema = {"type": "string", "enum": [v for _, v in self.choices]}
        return {"type": "array", "items": schema} if self.multiselect else schema

    def example_payload(self) -> Choice | list[Choice] | None:
        first = self.choices[0][1] if self.choices else None
        return ([first] if first is not None else []) if self.multiselect else first

    example_value = example_payload

    change = event_listener("change")
    input = event_listener("input")
    select = event_listener("select")
