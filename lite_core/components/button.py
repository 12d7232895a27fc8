"""gr.Button and gr.ClearButton."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any, Literal

from ..blocks_base import current_context, event_listener
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


class LoginButton(Button):
    """Gradio's "Sign in with Hugging Face" button. Signing in needs a server (Gradio's OAuth
    routes on Spaces); a Lite app runs in the visitor's browser, so the button is shown and
    a click says so in the page. Functions asking for gr.OAuthProfile get None."""

    def __init__(
        self,
        value: str = "Sign in with Hugging Face",
        logout_value: str = "Logout ({})",
        *,
        variant: Variant = "huggingface",
        **kwargs: Any,
    ) -> None:
        self.logout_value = logout_value
        super().__init__(value, variant=variant, **kwargs)
        if self.attached_app() is not None or current_context() is not None:
            self.click(_no_sign_in, None, None, api_name=False, show_progress="hidden")


def _no_sign_in() -> None:
    from ..notices import Warning

    Warning("Signing in with Hugging Face needs a Gradio server: this app runs in your browser.")
