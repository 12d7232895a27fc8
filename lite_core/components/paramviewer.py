"""gr.ParamViewer: a table of parameters (type, description, default), rows expandable."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypedDict

from ..protocol import ComponentProps
from .base import Component


class Parameter(TypedDict):
    type: str
    description: str
    default: str | None


class ParamViewerProps(ComponentProps):
    language: Literal["python", "typescript"]
    linkify: list[str] | None
    header: str | None
    anchor_links: bool | str


class ParamViewer(Component):
    """Each parameter's name and type in a row that opens onto its description (Markdown
    links work) and default. Lite shows types and defaults as code without Gradio's syntax
    colouring."""

    block_type = "paramviewer"
    Props = ParamViewerProps
    payload_types = (dict,)
    payload_description = "a dict of parameters"

    def __init__(
        self,
        value: Mapping[str, Parameter] | None = None,
        language: Literal["python", "typescript"] = "python",
        linkify: list[str] | None = None,
        *,
        header: str | None = "Parameters",
        anchor_links: bool | str = False,
        **kwargs: Any,
    ) -> None:
        self.language = language
        self.linkify = linkify
        self.header = header
        self.anchor_links = anchor_links
        super().__init__(value if callable(value) else dict(value or {}), **kwargs)

    def api_info(self) -> dict[str, Any]:
        return {"type": {}, "description": "any valid json"}

    def example_payload(self) -> Any:
        return {"array": {"type": "numpy", "description": "any valid json", "default": "None"}}

    def example_value(self) -> Any:
        return self.example_payload()
