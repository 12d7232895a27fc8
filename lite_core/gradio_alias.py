"""`import gradio` gives lite_core: `gradio` and every `gradio.<module>` (gradio.themes.base,
gradio.components) resolve to the lite_core module of the same name, one module each,
so classes stay the same objects whichever name imported them.

The browser runtime installs this for every app. On CPython it is opt-in (a real Gradio
may be installed beside Lite and must not be shadowed).
"""

from __future__ import annotations

import importlib
import importlib.machinery
import importlib.util
import sys
from types import ModuleType
from typing import Any


class _Alias:
    """A finder and loader on sys.meta_path (duck-typed: importlib.abc costs start-up time)."""

    def find_spec(
        self, fullname: str, path: Any, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        if not fullname.startswith("gradio."):
            return None
        try:
            importlib.util.find_spec("lite_core." + fullname[len("gradio.") :])
        except ModuleNotFoundError:
            return None
        return importlib.machinery.ModuleSpec(fullname, self)  # type: ignore[arg-type]  # a Loader by duck typing

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> ModuleType:
        return importlib.import_module("lite_core." + spec.name[len("gradio.") :])

    def exec_module(self, module: ModuleType) -> None:
        pass  # the lite_core module ran already


def install() -> None:
    import lite_core

    sys.modules.setdefault("gradio", lite_core)
    if not any(isinstance(finder, _Alias) for finder in sys.meta_path):
        sys.meta_path.insert(0, _Alias())
