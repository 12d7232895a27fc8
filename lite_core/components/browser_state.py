"""gr.BrowserState: a value kept in the browser's localStorage, restored when the page
loads again."""

from __future__ import annotations

from copy import deepcopy
from typing import Any

from ..appcontext import active
from ..blocks_base import event_listener
from ..protocol import ComponentProps
from .base import Component


class BrowserStateProps(ComponentProps):
    default_value: Any
    # The localStorage key the page keeps the value under.
    storage_key: str


class BrowserState(Component):
    """A value the page keeps in its localStorage (under `storage_key`) and sends as this
    input's value; when an event outputs to it, the page stores the new value and fires
    `change`. Never shown.

    Unlike Gradio, the value is stored as plain JSON: Gradio encrypts it with `secret`, a
    key its server keeps, but a Lite app runs entirely in the visitor's browser, so there
    is no secret the visitor could not read. `secret` is accepted and ignored.

    Without `storage_key` the key is made from the app's code and the block's place in it,
    so it is the same on every load of the same app (Gradio's random key lives as long as
    its server; Lite's Python starts afresh with each page load). Editing the app's code
    gives it a new key: name one to keep values across edits.
    """

    block_type = "browserstate"
    Props = BrowserStateProps
    payload_description = "any JSON value"

    def __init__(
        self,
        default_value: Any = None,
        *,
        storage_key: str | None = None,
        secret: str | None = None,
        render: bool = True,
    ) -> None:
        self.default_value = default_value
        self.secret = secret
        self._storage_key = storage_key
        # The app whose code made it: its fingerprint names the default key.
        self._fingerprint = active().fingerprint
        super().__init__(render=render)

    @property
    def storage_key(self) -> str:
        if self._storage_key is not None:
            return self._storage_key
        return f"lite-browserstate-{self._fingerprint[:16] or 'app'}-{self.id}"

    def preprocess(self, payload: Any) -> Any:
        return deepcopy(self.default_value) if payload is None else payload

    def postprocess(self, value: Any) -> Any:
        return value

    def api_info(self) -> dict[str, Any]:
        return {"type": {}, "description": "any json-serializable value"}

    def example_payload(self) -> Any:
        return "test"

    def example_value(self) -> Any:
        return "test"

    change = event_listener("change")
