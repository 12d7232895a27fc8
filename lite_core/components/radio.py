"""gr.Radio: one choice out of a few, passed as its value or its index."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Literal

from ..blocks_base import event_listener
from ..exceptions import Error
from ..protocol import ComponentProps
from .base import Component

Choice = str | int | float


def check_choice(value: Any, choices: list[tuple[str, Choice]], *, in_list: bool = False) -> None:
    """Gradio's error for a value that is not one of the choices."""
    values = [v for _, v in choices]
    if value not in values:
        shown = f"{value!r} (type: {type(value)})" if in_list else repr(value)
        raise Error(f"Value: {shown} is not in the list of choices: {values}")


def normalize_choices(choices: Sequence[Any] | None) -> list[tuple[str, Choice]]:
    """Each choice as (display name, value); a bare value is its own name."""
    pairs: list[tuple[str, Choice]] = []
    for choice in choices or []:
        if isinstance(choice, (tuple, list)):
            pairs.append((str(choice[0]), choice[1]))
        else:
            pairs.append((str(choice), choice))
    return pairs


class RadioProps(ComponentProps):
    choices: list[tuple[str, Choice]]
    type: Literal["value", "index"]
    rtl: bool


class Radio(Component):
    block_type = "radio"
    Props = RadioProps
    payload_types = (str, int, float)
    payload_description = "a string or a number"
    python_type_name = "str"

    def __init__(
        self,
        choices: Sequence[Any] | None = None,
        *,
        value: Choice | None = None,
        type: Literal["value", "index"] = "value",
        rtl: bool = False,
        **kwargs: Any,
    ) -> None:
        if type not in ("value", "index"):
            raise ValueError(
                f"Invalid value for parameter `type`: {type}. Please choose from one of: ['value', 'index']"
            )
        self.choices = normalize_choices(choices)
        self.type = type
        self.rtl = rtl
        super().__init__(value, **kwargs)

    def preprocess(self, payload: Choice | None) -> Choice | None:
        if payload is None:
            return None
        check_choice(payload, self.choices, in_list=True)
        values = [value for _, value in self.choices]
        return values.index(payload) if self.type == "index" else payload

    def postprocess(self, value: Choice | None) -> Choice | None:
        return value

    def api_info(self) -> dict[str, Any]:
        return {"enum": [value for _, value in self.choices], "title": "Radio", "type": "string"}

    def example_payload(self) -> Choice | None:
        return self.choices[0][1] if self.choices else None

    example_value = example_payload

    change = event_listener("change")
    input = event_listener("input")
    select = event_listener("select")
