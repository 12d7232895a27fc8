"""gr.Info, gr.Warning and gr.Success: notices shown in the page during an event."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Callable
from contextvars import ContextVar
from typing import Literal

from . import cooperative
from .protocol import LogMessage, ProgressMessage

Level = Literal["info", "warning", "success"]
# Set by the queue around each event: where the event's notices go.
current_event: ContextVar[tuple[str, Callable[[LogMessage | ProgressMessage], None]] | None] = ContextVar(
    "current_event", default=None
)


def _notify(level: Level, message: str, duration: float | None, visible: bool, title: str) -> None:
    event = current_event.get()
    if event is None:
        print(f"{level.capitalize()}: {message}", file=sys.stderr)
        return
    event_id, put = event
    put(
        {
            "msg": "log",
            "event_id": event_id,
            "log": message,
            "level": level,
            "duration": duration,
            "visible": visible,
            "title": title,
        }
    )


def Info(message: str = "Info issued.", duration: float | None = 10, visible: bool = True, title: str = "Info") -> None:
    """Shows `message` as an information notice in the page of the running event."""
    _notify("info", message, duration, visible, title)


def Warning(  # noqa: A001 - Gradio's name
    message: str = "Warning issued.", duration: float | None = 10, visible: bool = True, title: str = "Warning"
) -> None:
    """Shows `message` as a warning notice in the page of the running event."""
    _notify("warning", message, duration, visible, title)


def Success(
    message: str = "Success.", duration: float | None = 10, visible: bool = True, title: str = "Success"
) -> None:
    """Shows `message` as a success notice in the page of the running event."""
    _notify("success", message, duration, visible, title)


def thread_safe(
    put: Callable[[LogMessage | ProgressMessage], None],
) -> Callable[[LogMessage | ProgressMessage], None]:
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
