"""Blocks found by their files: a package's component or layout classes, collected at import.

Adding a component (or a layout) is adding its module; nothing lists it by hand. A
module's public classes are collected under their names, aliases (`Text = Textbox`)
included.
"""

from __future__ import annotations

import importlib
import pkgutil
from typing import TypeVar

from .blocks_base import Block

B = TypeVar("B", bound=Block)


def discover(path: list[str], package: str, base: type[B], bases: tuple[str, ...] = ()) -> dict[str, type[B]]:
    """The subclasses of `base` defined in the modules of `package` (found on `path`),
    by name; `bases` names classes that are bases for others, not blocks of a page."""
    found: dict[str, type[B]] = {}
    for module_info in sorted(pkgutil.iter_modules(path), key=lambda m: m.name):
        module = importlib.import_module(f"{package}.{module_info.name}")
        for name, value in vars(module).items():
            if (
                isinstance(value, type)
                and issubclass(value, base)
                and value.__module__ == module.__name__
                and not name.startswith("_")
                and name not in bases
            ):
                found[name] = value
    return found
