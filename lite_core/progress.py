"""gr.Progress: `def fn(x, progress=gr.Progress()):` then `progress(0.5, desc=...)` or
`for item in progress.tqdm(items): ...` shows a progress bar in the page.

The default value itself does the work: it reports to whichever event is running
(a context variable), so nothing needs to be injected into the call.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, TypeVar

from . import event
from .protocol import ProgressUnit

T = TypeVar("T")


class Progress:
    def __init__(self, track_tqdm: bool = False) -> None:
        self.track_tqdm = track_tqdm

    def _send(self, unit: ProgressUnit) -> None:
        running = event.current()
        if running is not None:
            running.send({"msg": "progress", "event_id": running.event_id, "progress_data": [unit]})

    def __call__(
        self,
        progress: float | tuple[int, int | None] | None,
        desc: str | None = None,
        total: int | None = None,
        unit: str = "steps",
    ) -> float | tuple[int, int | None] | None:
        """Report `progress` as a fraction (0-1), or as (index, length)."""
        if isinstance(progress, tuple):
            index, length = progress
            self._send({"index": index, "length": length, "unit": unit, "progress": None, "desc": desc})
        else:
            self._send({"index": None, "length": total, "unit": unit, "progress": progress, "desc": desc})
        return progress

    def tqdm(
        self,
        iterable: Iterable[T],
        desc: str | None = None,
        total: int | None = None,
        unit: str = "steps",
        *args: Any,
        **kwargs: Any,
    ) -> Iterator[T]:
        """Each item of `iterable`, reporting how many have been taken."""
        length = total if total is not None else (len(iterable) if hasattr(iterable, "__len__") else None)  # type: ignore[arg-type]
        for index, item in enumerate(iterable):
            self._send({"index": index, "length": length, "unit": unit, "progress": None, "desc": desc})
            yield item
        self._send({"index": length, "length": length, "unit": unit, "progress": None, "desc": desc})
