"""gr.Slider: a number picked between a minimum and a maximum."""

from __future__ import annotations

import math
import random
from typing import Any

from ..blocks_base import event_listener
from ..protocol import ComponentProps
from .base import Component
from .number import raise_if_out_of_bounds, round_to_precision


def default_step(minimum: float, maximum: float) -> float:
    """A hundredth of the range, as a power of ten: 0-100 steps by 1, 0-1 by 0.01."""
    return float(10 ** math.floor(math.log10(maximum - minimum) - 2))


class SliderProps(ComponentProps):
    minimum: float
    maximum: float
    step: float
    precision: int | None
    show_reset_button: bool


class Slider(Component):
    block_type = "slider"
    Props = SliderProps
    payload_types = (int, float)
    payload_description = "a number"
    accepts_none = False
    python_type_name = "float"

    def __init__(
        self,
        minimum: float = 0,
        maximum: float = 100,
        value: float | None = None,
        *,
        step: float | None = None,
        precision: int | None = None,
        randomize: bool = False,
        show_reset_button: bool = True,
        **kwargs: Any,
    ) -> None:
        self.minimum = minimum
        self.maximum = maximum
        self.step = default_step(minimum, maximum) if step is None else step
        self.precision = precision
        self.show_reset_button = show_reset_button
        if randomize:
            value = self.random_value()
        super().__init__(value, **kwargs)

    def random_value(self) -> float:
        steps = random.randint(0, int((self.maximum - self.minimum) / self.step))
        value = self.minimum + steps * self.step
        decimals = max(str(self.step)[::-1].find("."), 0)
        return round(value, decimals) if decimals else value

    def preprocess(self, payload: float) -> float:
        raise_if_out_of_bounds(payload, self.minimum, self.maximum)
        return round_to_precision(payload, self.precision)

    def postprocess(self, value: float | None) -> float:
        return round_to_precision(self.minimum if value is None else value, self.precision)

    def api_info(self) -> dict[str, Any]:
        return {
            "type": "integer" if self.precision == 0 else "number",
            "description": f"numeric value between {self.minimum} and {self.maximum}",
        }

    def python_type(self) -> Any:
        return {"type": "float", "description": f"numeric value between {self.minimum} and {self.maximum}"}

    def example_payload(self) -> float:
        return self.minimum

    example_value = example_payload

    change = event_listener("change")
    input = event_listener("input")
    release = event_listener("release")
