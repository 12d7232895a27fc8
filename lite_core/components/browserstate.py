"""gr.BrowserState: a value kept in the browser's localStorage, across page loads.

The page stores the value under `storage_key` whenever an event sets it, and restores it
when the page opens (firing `change` when it differs from the default), as Gradio does.
Gradio encrypts the stored value with `secret`; Lite keeps it as JSON: the app and its
storage are both the visitor's own browser. `secret` is accepted and unused.
"""

from __future__ import annotations

import secrets
import string
from typing import Any

from ..blocks_base import event_listener
from ..protocol import ComponentProps
from .base import Component


def _random_key() -> str:
    return "".join(secrets.choice(string.ascii_letters + string.digits) for _ in range(16))


class BrowserStateProps(ComponentProps):
    default_value: Any
    storage_key: str


class BrowserState(Component):
    block_type = "browserstate"
    Props = BrowserStateProps
    python_type_name = "Any"

    def __init__(
        self,
        default_value: Any = None,
        *,
        storage_key: str | None = None,
        secret: str | None = None,
        render: bool = True,
    ) -> None:
        del secret
        self.default_value = default_value
        self.storage_key = storage_key or _random_key()
        super().__init__(render=render)

    def preprocess(self, payload: Any) -> Any:
        return self.default_value if payload is None else payload

    def api_info(self) -> dict[str, Any]:
        return {"type": {}, "description": "any json-serializable value"}

    def example_payload(self) -> Any:
        return "test"

    def example_value(self) -> Any:
        return "test"

    change = event_listener("change")
