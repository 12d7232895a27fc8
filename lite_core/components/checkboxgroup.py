"""gr.CheckboxGroup: any number of the choices, passed as values or indices."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Literal

from ..blocks_base import event_listener
from ..exceptions import InvalidPayload
from ..protocol import ComponentProps
from .base import Component, describe
from .radio import Choice, check_choice, normalize_choices


class CheckboxGroupProps(ComponentProps):
    choices: list[tuple[str, Choice]]
    type: Literal["value", "index"]


class CheckboxGroup(Component):
    block_type = "checkboxgroup"
    Props = CheckboxGroupProps
    payload_description = "a list of choices"
    python_type_name = "List[str]"

    def __init__(
        self,
        choices: Sequence[Any] | None = None,
        *,
        value: Any = None,
        type: Literal["value", "index"] = "value",
        **kwargs: Any,
    ) -> None:
        if type not in ("value", "index"):
            raise ValueError(
                f"Invalid value for parameter `type`: {type}. Please choose from one of: ['value', 'index']"
            )
        self.choices = normalize_choices(choices)
        self.type = type
        super().__init__(value, **kwargs)

    def validate_payload(self, payload: Any) -> None:
        if not isinstance(payload, list):
            raise InvalidPayload(f"expects {self.payload_description}, got {describe(payload)}")

    def preprocess(self, payload: list[Any]) -> list[Any]:
        for item in payload:
            check_choice(item, self.choices, in_list=True)
        if self.type == "value":
            return payload
        values = [v for _, v in self.choices]
        return [values.index(item) for item in payload]

    def postprocess(self, value: Any) -> list[Any]:
        if value is None:
            return []
        return value if isinstance(value, list) else [value]

    def api_info(self) -> dict[str, Any]:
        return {"type": "array", "items": {"enum": [v for _, v in self.choices], "type": "string"}}

    def example_payload(self) -> list[Any]:
        return [self.choices[0][1]] if self.choices else []

    example_value = example_payload

    change = event_listener("change")
    input = event_listener("input")
    select = event_listener("select")
