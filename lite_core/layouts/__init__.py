"""Layout blocks, found by their files: they arrange others and carry no value."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..blocks_base import BlockContext
from ..registry import discover

LAYOUTS = discover(__path__, __name__, BlockContext)
globals().update(LAYOUTS)

if TYPE_CHECKING:
    # Found at import time, so a type checker cannot list them: `gr.Row` is Any to it.
    def __getattr__(name: str) -> Any: ...


__all__ = sorted(LAYOUTS)
