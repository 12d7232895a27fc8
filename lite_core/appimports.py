"""Each app imports its own modules, even when two apps of a page name them alike.

Python keeps one `sys.modules`: two apps that both have `utils.py` would share the
first one imported. Each app's folder is instead a hidden package (`_lite_app_<id>`,
its `__path__` the folder), and an `import` written in the app's code that names a
module of its folder gets the app's own copy: `import utils` in app A binds
`_lite_app_A.utils`. The app's folder is not on `sys.path`, so nothing else sees it.

Only `import` statements are redirected (they call `__import__` with the importing
module's globals, which say whose code it is); `importlib.import_module("utils")`
does not find an app's modules.
"""

from __future__ import annotations

import builtins
import os
import sys
import types
from collections.abc import Mapping, Sequence
from typing import Any

PREFIX = "_lite_app_"
_original_import = builtins.__import__
# The folder of each app's package: entrypoints run as `__main__` and are told apart by file.
_folders: dict[str, str] = {}


def register(app_id: str, folder: str) -> str:
    """Make `folder`'s modules importable by its own code; the package's name."""
    name = PREFIX + app_id
    package = types.ModuleType(name)
    package.__path__ = [folder]
    package.__package__ = name
    sys.modules[name] = package
    _folders[name] = folder
    builtins.__import__ = _import
    return name


def unregister(package: str) -> None:
    """Forget an app's modules (the app was removed from the page)."""
    _folders.pop(package, None)
    for name in [n for n in sys.modules if n == package or n.startswith(package + ".")]:
        del sys.modules[name]


def _package_of(globals: Mapping[str, Any]) -> str | None:
    name = globals.get("__name__")
    if not isinstance(name, str):
        return None
    if name.startswith(PREFIX):
        return name.partition(".")[0]
    if name == "__main__":
        path = globals.get("__file__")
        if isinstance(path, str):
            folder = os.path.dirname(path)
            for package, known in _folders.items():
                if known == folder:
                    return package
    return None


def _in_folder(folder: str, top: str) -> bool:
    base = os.path.join(folder, top)
    return os.path.isfile(base + ".py") or os.path.isfile(os.path.join(base, "__init__.py"))


def _import(
    name: str,
    globals: Mapping[str, Any] | None = None,
    locals: Mapping[str, Any] | None = None,
    fromlist: Sequence[str] | None = (),
    level: int = 0,
) -> types.ModuleType:
    if level == 0 and globals is not None:
        package = _package_of(globals)
        if package is not None and package in _folders:
            top = name.partition(".")[0]
            if _in_folder(_folders[package], top):
                full = f"{package}.{name}"
                module = _original_import(full, globals, locals, fromlist, 0)
                # `import a.b` binds `a`: the app's own `a`, not the hidden package.
                return module if fromlist else sys.modules[f"{package}.{top}"]
    return _original_import(name, globals, locals, fromlist, level)
