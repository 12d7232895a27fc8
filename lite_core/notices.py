"""gr.Info, gr.Warning and gr.Success: notices shown in the page during an event."""

from __future__ import annotations

import sys
from typing import Literal

from . import event

Level = Literal["info", "warning", "success"]


def _notify(level: Level, message: str, duration: float | None, visible: bool, title: str) -> None:
    running = event.current()
    if running is None:
        print(f"{level.capitalize()}: {message}", file=sys.stderr)
        return
    running.send(
        {
            "msg": "log",
            "event_id": running.event_id,
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
