"""What a runtime restored from a memory snapshot must not share with the visit that made it.

The worker restores the Wasm memory of a runtime that had imported lite_core (see
web/src/worker/snapshot.ts): every generator seeded at start-up would replay the same
numbers on every visit. `secrets`, `uuid.uuid4` and `os.urandom` ask the browser's
`crypto.getRandomValues` each time and need nothing. The str hash seed cannot change in a
running interpreter (every dict holds hashes made with it); it stays the one this browser
drew when it made its snapshot, as a server keeps its own for its lifetime.
"""

from __future__ import annotations

import importlib
import sys

# Imported on first use in a normal start (what most apps never need); a snapshot holds
# them at no cost to its restore.
ON_FIRST_USE = (
    "lite_core.routing",
    "lite_core.chat_interface",
    "lite_core.tabbed_interface",
    "lite_core.flagging",
    "lite_core.themes",
)


def warm() -> None:
    """Imports every block and module an app may ask for, before the snapshot is taken."""
    from lite_core import block_index, components, layouts
    from lite_core.registry import load_all

    load_all(components.__name__, block_index.COMPONENTS)
    load_all(layouts.__name__, block_index.LAYOUTS)
    for module in ON_FIRST_USE:
        importlib.import_module(module)


def reseed() -> None:
    """Draw new seeds from the browser's entropy (os.urandom) for the generators the
    snapshot holds; a module imported later seeds itself then."""
    random = sys.modules.get("random")
    if random is not None:
        random.seed()
    tempfile = sys.modules.get("tempfile")
    if tempfile is not None:
        # tempfile's names come from a Random of its own, made on first use and kept.
        tempfile._name_sequence = None  # type: ignore[attr-defined]
