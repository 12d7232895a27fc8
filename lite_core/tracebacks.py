"""Tracebacks as an author wants to read them: from their own file on, without Lite's
frames (the runner, lite_core itself) or Pyodide's (`_pyodide`, its `eval_code`). Frames
of the author's other modules and of libraries they called are kept."""

from __future__ import annotations

import traceback
from pathlib import Path


def _folder_of(filename: str) -> str:
    return str(Path(filename).parent) + "/"


def is_internal(filename: str) -> bool:
    return filename.startswith(_LITE) or "/_pyodide/" in filename


# Where lite_core's frames say they are: its folder, and the path its compiled code
# records (in the browser the .pyc files were compiled elsewhere, e.g. under /target/).
_LITE = (_folder_of(str(Path(__file__).resolve())), _folder_of(is_internal.__code__.co_filename))


def user_traceback(error: BaseException, filename: str) -> str:
    """`error`'s traceback (and those it was raised from) as the author's file sees it."""
    shown = traceback.TracebackException(type(error), error, error.__traceback__)
    seen: set[int] = set()
    pending: list[traceback.TracebackException | None] = [shown]
    while pending:
        te = pending.pop()
        if te is None or id(te) in seen:
            continue
        seen.add(id(te))
        te.stack = _trimmed(te, filename)
        pending += [te.__cause__, te.__context__]
    return "".join(shown.format()).rstrip()


def _trimmed(te: traceback.TracebackException, filename: str) -> traceback.StackSummary:
    frames = list(te.stack)
    first = next((i for i, frame in enumerate(frames) if frame.filename == filename), None)
    if first is None and getattr(te, "filename", None) == filename:
        first = len(frames)  # the author's file did not compile: its line says it all
    return traceback.StackSummary.from_list([f for f in frames[first or 0 :] if not is_internal(f.filename)])
