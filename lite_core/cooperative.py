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
from typing import Any

from . import appcontext

# The sleep each suspended task waits on, so that Stop can end it (see `interrupt`).
_sleeping: dict[asyncio.Task[Any], asyncio.Future[None]] = {}


def pause(seconds: float = 0.0) -> bool:
    """Let the event loop run for `seconds` (0: one turn) under a sync function; False if it cannot."""
    if sys.platform != "emscripten":
        return False
    from pyodide.ffi import can_run_sync, run_sync

    if not can_run_sync():
        return False
    task = asyncio.current_task()
    sleep = asyncio.ensure_future(asyncio.sleep(seconds))
    if task is not None:
        _sleeping[task] = sleep
    try:
        run_sync(sleep)  # raises CancelledError when interrupted
    finally:
        if task is not None:
            _sleeping.pop(task, None)
        # Other apps' code ran meanwhile, in their folders: back to this one's.
        appcontext.enter(appcontext.active())
    return True


def interrupt(task: asyncio.Future[Any]) -> None:
    """Cancel the sleep `task`'s sync function is suspended in: a cancelled task then ends
    now rather than after the sleep (its cancellation lands at its next await)."""
    sleep = _sleeping.get(task)  # type: ignore[call-overload]
    if sleep is not None:
        sleep.cancel()


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
    # time.sleep also takes objects with only __index__; the page's code passes numbers.
    time.sleep = sleep  # type: ignore[assignment]
