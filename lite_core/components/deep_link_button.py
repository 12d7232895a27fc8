"""gr.DeepLinkButton: copies a link to the app to the clipboard."""

from __future__ import annotations

import json
import time
from typing import Any, Literal

from ..blocks_base import current_context
from .button import Button, ButtonProps

# The page's end of a click (Gradio's `js=`): copies the address of the page the app is
# in and shows `copied_value` at once; the Python click puts the label back a second later.
_COPY = """() => {
  const url = new URL(window.location.href);
  url.searchParams.delete("deep_link");
  navigator.clipboard?.writeText(url.toString()).catch((e) => console.error("Could not copy the link:", e));
  return %s;
}"""


class DeepLinkButtonProps(ButtonProps):
    copied_value: str


class DeepLinkButton(Button):
    """A button that copies a link to the app and shows `copied_value` for a second.

    Gradio's link also names the session (`?deep_link=...`): its server keeps the
    components' values so that whoever opens the link sees them. A Lite app has no server
    that outlives the page, so the link is the page's own address (without a stale
    `deep_link` parameter): it opens the app in its initial state."""

    block_type = "button"
    Props = DeepLinkButtonProps  # type: ignore[assignment]  # a TypedDict extending ButtonProps

    def __init__(
        self,
        value: str = "Share via Link",
        copied_value: str = "Link Copied!",
        *,
        variant: Literal["primary", "secondary"] = "secondary",
        **kwargs: Any,
    ) -> None:
        self.copied_value = copied_value
        super().__init__(value, variant=variant, **kwargs)
        if current_context() is not None and self.parent is not None:
            self.activate()

    def activate(self) -> None:
        """Wires the click: the copy in the page, then the label back."""
        label = self.initial_value

        def restore() -> Any:
            time.sleep(1)
            return label

        self.click(None, [], [self], js=_COPY % json.dumps(self.copied_value), api_name=False)
        self.click(restore, [], [self], queue=False, show_api=False, api_name=False)
