"""Each app imports its own modules, even when two apps of a page name them alike.

Python keeps one `sys.modules`: two apps that both have `utils.py` would share the
first one imported. Each app's folder is instead a hidden package (`_lite_app_<id>`,
its `__path__` the folder), and an `import` written in the app's code that names a
module of its folder gets the app's own copy: `import utils` in app A binds
`_lite_app_A.utils`. The app's folder is not on `sys.path`, so nothing else sees it.

Only `import` statements are redirected (they call `__import__` with the importing
module's globals, which say whose code it is); `importlib.import_module("utils")`
finds the module of the app whose code runs, as the script's folder on `sys.path`
would on a server, but only after the standard library and installed packages.

Only the files the page gave (the app's shipped files) are importable. The folder is
also where the app's lasting data goes, kept in the browser's storage, which any script
of the origin can write: a `csv.py` found there that the page did not ship must never run.
"""

from __future__ import annotations

import builtins
import importlib.machinery
import importlib.util
import os
import sys
import types
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from . import appcontext

PREFIX = "_lite_app_"
_original_import = builtins.__import__
# The folder of each app's package: entrypoints run as `__main__` and are told apart by file.
_folders: dict[str, str] = {}
# The files each app's page gave, relative to its folder (POSIX): the only importable ones.
_shipped: dict[str, set[str]] = {}


def register(app_id: str, folder: str, shipped: Iterable[str]) -> str:
    """Make the `shipped` modules of `folder` importable by its own code; the package's name."""
    name = PREFIX + app_id
    package = types.ModuleType(name)
    package.__path__ = []  # its modules are found by _ShippedFinder alone
    package.__package__ = name
    sys.modules[name] = package
    _folders[name] = folder
    _shipped[name] = set(shipped)
    builtins.__import__ = _import
    if _SHIPPED not in sys.meta_path:
        sys.meta_path.insert(0, _SHIPPED)
        sys.meta_path.append(_RUNNING)
    return name


def ship(package: str, written: Iterable[str], removed: Iterable[str] = ()) -> None:
    """The page gave the app more files, or took some away."""
    files = _shipped.setdefault(package, set())
    files.update(written)
    files.difference_update(removed)


def unregister(package: str) -> None:
    """Forget an app's modules (the app was removed from the page)."""
    _folders.pop(package, None)
    _shipped.pop(package, None)
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


class _SourceLoader(importlib.machinery.SourceFileLoader):
    """Compiles the shipped source each time: a `__pycache__` in the stored folder could
    hold planted bytecode (its header only names the source's mtime and size)."""

    def path_stats(self, path: str) -> Any:
        raise OSError("an app's modules keep no bytecode cache")


def _file_spec(name: str, path: str, package: bool) -> importlib.machinery.ModuleSpec | None:
    spec = importlib.util.spec_from_file_location(name, path, loader=_SourceLoader(name, path))
    if spec is not None and package:
        spec.submodule_search_locations = []
    return spec


def _spec(package: str, dotted: str, name: str) -> importlib.machinery.ModuleSpec | None:
    """A spec named `name` for the module `dotted` of the app's shipped files, or None."""
    files, base = _shipped.get(package, set()), dotted.replace(".", "/")
    folder = _folders[package]
    if base + "/__init__.py" in files:
        return _file_spec(name, os.path.join(folder, base, "__init__.py"), package=True)
    if base + ".py" in files:
        return _file_spec(name, os.path.join(folder, base + ".py"), package=False)
    if any(f.startswith(base + "/") for f in files):  # a folder of modules without __init__.py
        spec = importlib.machinery.ModuleSpec(name, None, is_package=True)
        spec.submodule_search_locations = []
        return spec
    return None


class _ShippedFinder:
    """Finds `_lite_app_<id>.<module>` among the app's shipped files; packages get an
    empty `__path__`, so no other finder looks in the folder for them."""

    def find_spec(self, name: str, path: object = None, target: object = None) -> importlib.machinery.ModuleSpec | None:
        package, _, dotted = name.partition(".")
        if not dotted or package not in _folders:
            return None
        return _spec(package, dotted, name)


class _RunningAppFinder:
    """Last in `sys.meta_path`: a top-level module of the app whose code runs, by name."""

    def find_spec(self, name: str, path: object = None, target: object = None) -> importlib.machinery.ModuleSpec | None:
        folder = appcontext.active().folder
        package = next((p for p, f in _folders.items() if f == folder), None)
        if path is not None or "." in name or package is None:
            return None
        return _spec(package, name, name)


_SHIPPED = _ShippedFinder()
_RUNNING = _RunningAppFinder()


def _in_folder(package: str, top: str) -> bool:
    return _spec(package, top, top) is not None


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
            if _in_folder(package, top):
                full = f"{package}.{name}"
                module = _original_import(full, globals, locals, fromlist, 0)
                # `import a.b` binds `a`: the app's own `a`, not the hidden package.
                return module if fromlist else sys.modules[f"{package}.{top}"]
    return _original_import(name, globals, locals, fromlist, level)
