"""The app's lasting files: what survives a page reload in the browser.

In the browser the app's folder (its working directory) is kept in IndexedDB; the
runtime sets the app's `on_change` hook to save it, and the code that writes lasting
files (flagging, cached examples) calls `changed()` after writing. On CPython files
are simply on disk.
"""

from __future__ import annotations

from collections.abc import Mapping

from .appcontext import active


def changed(later: bool = False) -> None:
    """The app's folder changed: save it now, or `later` (within a second) after an event
    that may have written files, so that a stream of events saves once, not per event."""
    on_change = active().on_change
    if on_change is not None:
        on_change(later)


def fingerprint(files: Mapping[str, str | bytes]) -> str:
    """A hash of the app's source files: cached results are valid only for the same code."""
    import hashlib

    digest = hashlib.sha256()
    for name in sorted(files):
        content = files[name]
        digest.update(name.encode() + b"\0")
        digest.update((content.encode() if isinstance(content, str) else bytes(content)) + b"\0")
    return digest.hexdigest()
