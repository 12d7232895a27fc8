"""gr.Label: a class name, or classes with confidences (sorted, top N)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ..blocks_base import event_listener
from ..protocol import ComponentProps
from .base import Component


class LabelProps(ComponentProps):
    num_top_classes: int | None
    color: str | None


class Label(Component):
    block_type = "label"
    Props = LabelProps
    python_type_name = "Dict[str, float]"

    def __init__(
        self, value: Any = None, *, num_top_classes: int | None = None, color: str | None = None, **kwargs: Any
    ) -> None:
        self.num_top_classes = num_top_classes
        self.color = color
        super().__init__(value, **kwargs)

    def preprocess(self, payload: Any) -> Any:
        """Gradio's: the label itself, or {label: confidence} when there are confidences."""
        if not isinstance(payload, dict):
            return payload
        confidences = payload.get("confidences")
        if confidences is None:
            return payload.get("label")
        return {c["label"]: c["confidence"] for c in confidences}

    def postprocess(self, value: Any) -> dict[str, Any]:
        if value is None or value == {}:
            return {}
        if isinstance(value, str) and value.endswith(".json") and Path(value).exists():
            loaded: dict[str, Any] = json.loads(Path(value).read_text())
            return loaded
        if isinstance(value, (str, float, int)):
            return {"label": str(value)}
        if isinstance(value, dict):
            if isinstance(value.get("confidences"), list):
                value = {c["label"]: c["confidence"] for c in value["confidences"]}
            ranked = sorted(value.items(), key=lambda item: item[1], reverse=True)
            if self.num_top_classes is not None:
                ranked = ranked[: self.num_top_classes]
            return {
                "label": ranked[0][0],
                "confidences": [{"label": label, "confidence": float(conf)} for label, conf in ranked],
            }
        raise ValueError(
            "The `Label` output interface expects one of: a string label, or an int label, a "
            "float label, or a dictionary whose keys are labels and values are confidences. "
            f"Instead, got a {type(value)}"
        )

    def api_info(self) -> dict[str, Any]:
        return {"type": "object", "description": "{label, confidences: [{label, confidence}]}"}

    def example_payload(self) -> Any:
        return {
            "label": "Cat",
            "confidences": [{"label": "cat", "confidence": 0.9}, {"label": "dog", "confidence": 0.1}],
        }

    example_value = example_payload

    change = event_listener("change")
    select = event_listener("select")
