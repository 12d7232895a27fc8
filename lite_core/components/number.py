"""gr.Number: a numeric field, with optional precision and bounds."""

from __future__ import annotations

from typing import Any

from ..blocks_base import event_listener
from ..exceptions import Error
from ..protocol import ComponentProps
from .base import Component


def round_to_precision(num: float, precision: int | None) -> float:
    """No rounding for None; 0 gives an int (Gradio's rule)."""
    if precision is None:
        return num
    if precision == 0:
        return int(round(num, precision))
    return round(num, precision)


def raise_if_out_of_bounds(num: float, minimum: float | None, maximum: float | None) -> None:
    if minimum is not None and num < minimum:
        raise Error(f"Value {num} is less than minimum value {minimum}.")
    if maximum is not None and num > maximum:
        raise Error(f"Value {num} is greater than maximum value {maximum}.")


class NumberProps(ComponentProps):
    placeholder: str | None
    precision: int | None
    minimum: float | None
    maximum: float | None
    step: float


class Number(Component):
    block_type = "number"
    Props = NumberProps
    payload_types = (int, float)
    payload_description = "a number"
    python_type_name = "float"

    def __init__(
        self,
        value: float | None = None,
        *,
        placeholder: str | None = None,
        precision: int | None = None,
        minimum: float | None = None,
        maximum: float | None = None,
        step: float = 1,
        **kwargs: Any,
    ) -> None:
        self.placeholder = placeholder
        self.precision = precision
        self.minimum = minimum
        self.maximum = maximum
        self.step = step
        super().__init__(value, **kwargs)

    def preprocess(self, payload: float | None) -> float | None:
        if payload is None:
            return None
        raise_if_out_of_bounds(payload, self.minimum, self.maximum)
        return round_to_precision(payload, self.precision)

    def postprocess(self, value: float | None) -> float | None:
        if value is None:
            return None
        return round_to_precision(value, self.precision)

    def api_info(self) -> dict[str, Any]:
        return {"type": "integer"} if self.precision == 0 else {"type": "number"}

    def example_payload(self) -> float:
        return round_to_precision(3 if self.minimum is None else self.minimum, self.precision)

    example_value = example_payload

    change = event_listener("change")
    input = event_listener("input")
    submit = event_listener("submit")
