"""Which app is running now: its folder, the files it may serve, its storage hooks.

One runtime can host several apps: all `<gradio-lite>` elements of a page share one
Pyodide. What a process has once (the working directory, module names, a launched app)
is kept per app here. An app's code runs in tasks that carry its context (a context
variable), and each step of those tasks first makes the app's folder the working
directory, so `open("notes.txt")` and `flagging_dir=".gradio/flagged"` land in the
app's own folder even while other apps' events interleave with its own.

On CPython there is one app per process: the default context leaves the working
directory alone and nothing is switched.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Awaitable, Callable, Coroutine, Generator
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any, TypeVar

T = TypeVar("T")


@dataclass(eq=False)
class AppContext:
    # None: the process's working directory, left as it is (CPython, one app).
    folder: str | None = None
    # A hash of the app's source: cached examples are valid only for the code that made them.
    fingerprint: str = ""
    # Saves the app's folder to the browser's storage (set by the browser runtime).
    on_change: Callable[[bool], object] | None = None
    # Bytes appended to a file at an absolute path: kept over another tab's save of it.
    on_append: Callable[[str, bytes], object] | None = None
    # A save from now on, awaited until the folder is stored.
    on_store: Callable[[], Awaitable[object]] | None = None
    # Absolute paths /gradio_api/file= may serve for this app.
    served: set[str] = field(default_factory=set)
    # The ASGI app `demo.launch()` made (a routing.App).
    launched: Any = None
    # Which returned files may be served (a path_policy.PathPolicy), set by launch().
    path_policy: Any = None


DEFAULT = AppContext()
_current: ContextVar[AppContext] = ContextVar("lite_app", default=DEFAULT)
# Whose folder is the working directory now (saves a chdir per step).
_entered: AppContext = DEFAULT


def active() -> AppContext:
    """The context of the app whose code is running (the default one on CPython)."""
    return _current.get()


def enter(app: AppContext) -> None:
    """Make `app`'s folder the working directory, if it is not already."""
    global _entered
    if app is not _entered:
        if app.folder is not None:
            os.chdir(app.folder)
        _entered = app


class _InApp(Coroutine[Any, Any, T]):
    """Drives a coroutine step by step, entering its app before every step.

    A task's steps interleave with other apps' at each await; this is the one place
    where the working directory follows the app whose code runs.
    """

    __slots__ = ("_app", "_coro")

    def __init__(self, coro: Coroutine[Any, Any, T], app: AppContext) -> None:
        self._coro = coro
        self._app = app

    def send(self, value: Any) -> Any:
        enter(self._app)
        return self._coro.send(value)

    def throw(self, *args: Any) -> Any:
        enter(self._app)
        return self._coro.throw(*args)

    def close(self) -> None:
        self._coro.close()

    def __await__(self) -> Generator[Any, None, T]:
        return self._coro.__await__() if self._app.folder is None else self._steps()

    def _steps(self) -> Generator[Any, None, T]:
        value: Any = None
        error: BaseException | None = None
        while True:
            try:
                signal = self.throw(error) if error is not None else self.send(value)
            except StopIteration as stop:
                return stop.value  # type: ignore[no-any-return]
            value, error = None, None
            try:
                value = yield signal
            except BaseException as e:  # noqa: BLE001 - handed to the coroutine, as await does
                error = e


async def run_in(app: AppContext, coro: Coroutine[Any, Any, T]) -> T:
    """Run `coro` as `app`'s code: in its folder, and tasks it creates carry `app` too."""
    token = _current.set(app)
    try:
        return await _InApp(coro, app)
    finally:
        _current.reset(token)


def task_factory(loop: asyncio.AbstractEventLoop, coro: Coroutine[Any, Any, Any], **kwargs: Any) -> asyncio.Future[Any]:
    """A loop's task factory: a task created by an app's code runs as that app's code.

    The context variable alone would follow the task, but the working directory is
    the process's: each of the task's steps has to enter the app again.
    """
    app = active()
    wrapped: Coroutine[Any, Any, Any] = coro if app.folder is None else _InApp(coro, app)
    return _base_factory(loop)(wrapped, loop=loop, **kwargs)


def _base_factory(loop: asyncio.AbstractEventLoop) -> Callable[..., asyncio.Future[Any]]:
    # Pyodide's loop makes its own Task subclass; keep it.
    task_class: Callable[..., asyncio.Future[Any]] | None = getattr(loop, "_lite_task_class", None)
    if task_class is None:
        try:
            from pyodide.webloop import PyodideTask

            task_class = PyodideTask
        except ImportError:
            task_class = asyncio.Task
        setattr(loop, "_lite_task_class", task_class)  # noqa: B010 - not an attribute the loop's type declares
    return task_class
