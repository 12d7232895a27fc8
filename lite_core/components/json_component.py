"""gr.JSON: any JSON-able value, shown as JSON (numpy values become lists)."""

from __future__ import annotations

import json
import math
from typing import Any

from ..blocks_base import event_listener
from ..protocol import ComponentProps
from .base import Component


def to_jsonable(value: Any) -> Any:
    """JSON types from Python ones, numpy's included, without importing numpy."""
    if isinstance(value, float) and not math.isfinite(value):
        return None  # NaN and infinities have no JSON form: null, as Gradio sends them
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, dict):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [to_jsonable(v) for v in value]
    if hasattr(value, "tolist"):  # numpy arrays and scalars
        return to_jsonable(value.tolist())
    text = str(value)
    try:
        return json.loads(text)
    except ValueError:
        return text


class JSONProps(ComponentProps):
    open: bool
    height: int | str | None


class JSON(Component):
    block_type = "json"
    Props = JSONProps
    python_type_name = "Dict[str, Any] | List[Any]"

    def __init__(
        self, value: Any = None, *, open: bool = False, height: int | str | None = None, **kwargs: Any
    ) -> None:
        self.open = open
        self.height = height
        super().__init__(value, **kwargs)

    def postprocess(self, value: Any) -> Any:
        if value is None:
            return None
        if isinstance(value, str):
            return json.loads(value)
        return to_jsonable(value)

    def api_info(self) -> dict[str, Any]:
        return {"type": {}, "description": "any valid json"}

    def example_payload(self) -> Any:
        return {"foo": "bar"}

    example_value = example_payload

    change = event_listener("change")


Json = JSON  # Gradio's alias
