"""The app's lasting files: what survives a page reload in the browser.

In the browser the app's folder (its working directory) is kept in IndexedDB; the
runtime sets the app's hooks to save it, and the code that writes lasting files
(flagging, cached examples) calls `changed()` after writing. Several tabs of an app
save the same folder: a file's last writer wins, except bytes declared `appended()`,
which are added to what another tab saved meanwhile. On CPython files are simply on disk.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

from .appcontext import active


def changed(later: bool = False) -> None:
    """The app's folder changed: save it now, or `later` (within a second) after an event
    that may have written files, so that a stream of events saves once, not per event."""
    on_change = active().on_change
    if on_change is not None:
        on_change(later)


def appended(path: str, data: bytes) -> None:
    """`data` was appended to the file at `path` (a flagged row): if another tab saves
    that file meanwhile, `data` is added to its version rather than replacing it."""
    on_append = active().on_append
    if on_append is not None:
        on_append(os.path.abspath(path), data)


async def stored() -> None:
    """Returns once what the app wrote so far is in the browser's storage (at once on CPython)."""
    on_store = active().on_store
    if on_store is not None:
        await on_store()


def fingerprint(files: Mapping[str, str | bytes]) -> str:
    """A hash of the app's source files: cached results are valid only for the same code."""
    import hashlib

    digest = hashlib.sha256()
    for name in sorted(files):
        content = files[name]
        digest.update(name.encode() + b"\0")
        digest.update((content.encode() if isinstance(content, str) else bytes(content)) + b"\0")
    return digest.hexdigest()
