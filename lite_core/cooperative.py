"""Sync user code that waits, without freezing the app, in the browser.

Pyodide has no threads: a sync function runs on the event loop, and while it runs
nothing else does: the stream cannot send a progress message, the page's file requests
wait, other events wait. Where the runtime has JS Promise Integration (Chromium 137+),
the function's stack can be suspended instead: `time.sleep` then waits on the loop, and
progress messages and notices go out the moment they are made. Elsewhere (CPython,
where functions run in threads; browsers without JSPI) nothing changes.
"""

from __future__ import annotations

import asyncio
import sys


def pause(seconds: float = 0.0) -> bool:
    """Let the event loop run for `seconds` (0: one turn) under a sync function; False if it cannot."""
    if sys.platform != "emscripten":
        return False
    from pyodide.ffi import can_run_sync, run_sync

    if not can_run_sync():
        return False
    run_sync(asyncio.sleep(seconds))
    return True


def install_sleep() -> None:
    """`time.sleep` suspends where it can (the browser runtime calls this once)."""
    import time

    blocking = time.sleep
    if getattr(blocking, "cooperative", False):
        return

    def sleep(seconds: float) -> None:
        if seconds < 0:
            raise ValueError("sleep length must be non-negative")
        if not pause(seconds):
            blocking(seconds)

    sleep.cooperative = True  # type: ignore[attr-defined]
    time.sleep = sleep
