"""The event being processed, for code deep inside its run: gr.Info, gr.Progress, an Image
output. The queue sets one EventContext per event (a context variable, so it follows the
event into its tasks and, on CPython, into the thread its function runs in).
"""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

from . import cooperative
from .protocol import LogMessage, ProgressMessage

Send = Callable[[LogMessage | ProgressMessage], None]


@dataclass(frozen=True)
class EventContext:
    event_id: str
    # Sends a notice or progress message to the page now (from the loop or a thread).
    send: Send
    # Image outputs leave as raw frames (a stream event or a generator), not encoded files.
    streams_images: bool = False
    # What the page said about the event (gr.SelectData's index and value...), and the
    # block that fired it.
    data: Any = None
    target: Any = None
    # The gr.Request a function may ask for (the join's headers and session).
    request: Any = None


_current: ContextVar[EventContext | None] = ContextVar("lite_event", default=None)


def current() -> EventContext | None:
    """The running event, or None outside of one (at start-up, in a test)."""
    return _current.get()


def begin(
    event_id: str, put: Send, streams_images: bool, data: Any = None, target: Any = None, request: Any = None
) -> EventContext:
    """Make this the running event for the rest of the current task."""
    context = EventContext(event_id, _thread_safe(put), streams_images, data, target, request)
    _current.set(context)
    return context


def _thread_safe(put: Send) -> Send:
    """`put` callable from a worker thread too (functions run in threads on CPython)."""
    if sys.platform == "emscripten":
        # No threads: the function runs on the loop itself. Pausing it (where the
        # runtime can) lets the stream send this message now, not when it returns.
        def put_now(message: LogMessage | ProgressMessage) -> None:
            put(message)
            cooperative.pause()

        return put_now
    loop = asyncio.get_running_loop()

    def put_threadsafe(message: LogMessage | ProgressMessage) -> None:
        loop.call_soon_threadsafe(put, message)

    return put_threadsafe
