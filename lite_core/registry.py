"""Blocks found by their files, imported when first asked for.

Adding a component (or a layout) is adding its module and regenerating
lite_core/block_index.py (`python -m build_scripts.gen_block_index`), which says which
module defines each class, aliases (`Text = Textbox`) included. A package answers a
block's name by importing its module then: start-up in the browser pays for every module
imported, and most apps use a handful of fifty.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable
from typing import Any


def lazy(package: str, index: dict[str, str]) -> Callable[[str], Any]:
    """A module `__getattr__` (PEP 562) for `package`: a name of `index` imports its module
    and is kept in the package, so that the next lookup is a plain attribute."""
    namespace = sys.modules[package].__dict__

    def __getattr__(name: str) -> Any:
        module = index.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f"{package}.{module}"), name)
        namespace[name] = value
        return value

    return __getattr__


def load_all(package: str, index: dict[str, str]) -> dict[str, Any]:
    """Every block of `index`, imported (for tests, listings and `from gradio import *`)."""
    module = sys.modules[package]
    return {name: getattr(module, name) for name in index}
