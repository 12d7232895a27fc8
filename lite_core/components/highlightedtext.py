"""gr.HighlightedText: text whose spans carry a label or a confidence, shown coloured.

As in Gradio, the value is a list of (text, label-or-score) pairs, or a dict with the
whole `text` and `entities` ({entity or entity_group, start, end}) as NER pipelines give.
"""

from __future__ import annotations

from typing import Any

from ..blocks_base import event_listener
from ..protocol import ComponentProps
from .base import Component


class HighlightedTextProps(ComponentProps):
    color_map: dict[str, str] | None
    show_legend: bool
    show_inline_category: bool


def _from_entities(value: dict[str, Any]) -> list[tuple[str, Any]]:
    text: str = value["text"]
    spans: list[tuple[str, Any]] = []
    at = 0
    for entity in sorted(value.get("entities", []), key=lambda e: e["start"]):
        start, end = entity["start"], entity["end"]
        if start > at:
            spans.append((text[at:start], None))
        spans.append((text[start:end], entity.get("entity_group", entity.get("entity"))))
        at = end
    if at < len(text):
        spans.append((text[at:], None))
    return spans


class HighlightedText(Component):
    block_type = "highlightedtext"
    Props = HighlightedTextProps
    payload_types = (list,)
    payload_description = "a list of {token, class_or_confidence}"
    python_type_name = "list[tuple[str, str | float | None]]"

    def __init__(
        self,
        value: Any = None,
        *,
        color_map: dict[str, str] | None = None,
        show_legend: bool = False,
        show_inline_category: bool = True,
        combine_adjacent: bool = False,
        adjacent_separator: str = "",
        **kwargs: Any,
    ) -> None:
        self.color_map = color_map
        self.show_legend = show_legend
        self.show_inline_category = show_inline_category
        self.combine_adjacent = combine_adjacent
        self.adjacent_separator = adjacent_separator
        super().__init__(value, **kwargs)

    def postprocess(self, value: Any) -> list[dict[str, Any]] | None:
        if value is None:
            return None
        spans = _from_entities(value) if isinstance(value, dict) else [(str(t), c) for t, c in value]
        if self.combine_adjacent:
            merged: list[tuple[str, Any]] = []
            for token, category in spans:
                if merged and merged[-1][1] == category:
                    merged[-1] = (merged[-1][0] + self.adjacent_separator + token, category)
                else:
                    merged.append((token, category))
            spans = merged
        return [{"token": token, "class_or_confidence": category} for token, category in spans]

    def preprocess(self, payload: list[dict[str, Any]] | None) -> list[tuple[str, Any]] | None:
        if payload is None:
            return None
        return [(item["token"], item.get("class_or_confidence")) for item in payload]

    def api_info(self) -> dict[str, Any]:
        return {"type": "array", "items": {"type": "object"}}

    def example_payload(self) -> list[dict[str, Any]]:
        return [{"token": "Hello", "class_or_confidence": "greeting"}]

    def example_value(self) -> list[tuple[str, Any]]:
        return [("Hello", "greeting")]

    change = event_listener("change")
    select = event_listener("select")
