"""What a runtime restored from a memory snapshot must not share with the visit that made it.

The worker restores the Wasm memory of a runtime that had imported lite_core (see
web/src/worker/snapshot.ts): every generator seeded at start-up would replay the same
numbers on every visit. `secrets`, `uuid.uuid4` and `os.urandom` ask the browser's
`crypto.getRandomValues` each time and need nothing. The str hash seed cannot change in a
running interpreter (every dict holds hashes made with it); it stays the one this browser
drew when it made its snapshot, as a server keeps its own for its lifetime.
"""

from __future__ import annotations

import sys


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
