"""gr.Button and gr.ClearButton."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any, Literal

from ..blocks_base import event_listener
from ..protocol import ComponentProps
from .base import Component

Variant = Literal["primary", "secondary", "stop", "huggingface"]


class ButtonProps(ComponentProps):
    variant: Variant
    size: Literal["sm", "md", "lg"]
    icon: str | None
    link: str | None


class Button(Component):
    block_type = "button"
    Props = ButtonProps
    payload_types = (str,)
    payload_description = "a string"
    python_type_name = "str"

    def __init__(
        self,
        value: str = "Run",
        *,
        variant: Variant = "secondary",
        size: Literal["sm", "md", "lg"] = "lg",
        icon: str | None = None,
        link: str | None = None,
        **kwargs: Any,
    ) -> None:
        kwargs.setdefault("interactive", True)  # as Gradio's Button
        self.variant = variant
        self.size = size
        self.icon = icon
        self.link = link
        super().__init__(value, **kwargs)

    def postprocess(self, value: Any) -> str | None:
        return None if value is None else str(value)

    def api_info(self) -> dict[str, Any]:
        return {"type": "string"}

    click = event_listener("click")


class ClearButton(Button):
    """Resets the components it was given to their empty values, in the page, no Python."""

    block_type = "button"

    def __init__(self, components: Component | Sequence[Component] = (), value: str = "Clear", **kwargs: Any) -> None:
        super().__init__(value, **kwargs)
        if components:
            self.add(components)

    def add(self, components: Component | Sequence[Component]) -> ClearButton:
        """Also clears `components` (one, or several) when clicked."""
        listed = [components] if isinstance(components, Component) else list(components)
        empty = [component.postprocess(None) for component in listed]
        self.click(None, [], listed, js=f"() => {json.dumps(empty)}", api_name=False)
        return self


class DuplicateButton(Button):
    """Gradio's "Duplicate this Space" button: it shows only on Hugging Face Spaces, so in
    the browser it is there (apps wire it, read it) but hidden."""

    def __init__(self, value: str = "Duplicate Space", *, variant: Variant = "huggingface", **kwargs: Any) -> None:
        kwargs.setdefault("visible", False)
        super().__init__(value, variant=variant, **kwargs)
