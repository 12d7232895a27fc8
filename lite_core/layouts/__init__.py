"""Layout blocks, found by their files: they arrange others and carry no value.

Each is imported on first use (lite_core.registry, lite_core.block_index).
"""

from __future__ import annotations

from typing import Any

from .. import block_index
from ..registry import lazy, load_all

_layout = lazy(__name__, block_index.LAYOUTS)


def __getattr__(name: str) -> Any:
    """A layout by its name (`Row`); `LAYOUTS`: every one, by name."""
    if name == "LAYOUTS":
        return load_all(__name__, block_index.LAYOUTS)
    return _layout(name)


__all__ = sorted(block_index.LAYOUTS)
