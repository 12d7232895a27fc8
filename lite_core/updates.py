"""gr.update(): new props (and maybe a value) for an output, instead of a value alone."""

from __future__ import annotations

from typing import Any

UPDATE = "update"


def update(**props: Any) -> dict[str, Any]:
    """`return gr.update(visible=True, value=...)`, as in Gradio."""
    return {"__type__": UPDATE, **props}


def skip() -> dict[str, Any]:
    """`return gr.skip()`: this output keeps what it shows (Gradio's empty update)."""
    return update()


def is_update(value: Any) -> bool:
    return isinstance(value, dict) and value.get("__type__") == UPDATE


class Processed:
    """A value already in its wire form (a cached example's output): sent as it is."""

    def __init__(self, wire: Any) -> None:
        self.wire = wire
