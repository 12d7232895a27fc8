"""Which files a function may return, as Gradio 5 decides: once the app is launched, a
returned path must be in the app's folder (the working directory), the temp folder or
`launch(allowed_paths=...)`, and not in `launch(blocked_paths=...)`. Without this rule a
function could hand any file of the runtime (`/lib/python312.zip`) to the page."""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .exceptions import InvalidPathError


def _temp() -> str:
    import tempfile  # on first use: start-up time in the browser

    return tempfile.gettempdir()


@dataclass
class PathPolicy:
    allowed_paths: Sequence[str | Path] = field(default_factory=list)
    blocked_paths: Sequence[str | Path] = field(default_factory=list)

    def check(self, path: Path, app_folder: str, created: Sequence[Path]) -> None:
        """Raise InvalidPathError unless the app may serve `path` (absolute, resolved)."""
        blocked = [str(p) for p in self.blocked_paths]
        if any(is_in_or_equal(Path(str(path).lower()), Path(b.lower())) for b in blocked):
            raise InvalidPathError(_refusal(path, f"it is located in one of the blocked_paths ({', '.join(blocked)})."))
        in_allowed = any(is_in_or_equal(path, Path(p)) for p in self.allowed_paths)
        if not in_allowed and not any(is_in_or_equal(path, p) for p in [Path(app_folder), Path(_temp()), *created]):
            raise InvalidPathError(_refusal(path, _not_allowed(path, app_folder)))
        if is_in_or_equal(path, Path(app_folder)) and path.name.startswith(".") and not in_allowed:
            raise InvalidPathError(
                "Dotfiles located in the app's folder cannot be served for security reasons. If you'd "
                "like to specifically allow this file to be served, you can add it to the allowed_paths "
                "parameter of launch()."
            )


def is_in_or_equal(path: Path, folder: Path) -> bool:
    return path.resolve().is_relative_to(folder.resolve())


def _refusal(path: Path, reason: str) -> str:
    return f"Cannot move {path} to the gradio cache dir because {reason}"


def _not_allowed(path: Path, app_folder: str) -> str:
    temp = _temp()
    return (
        "it was not created by the application or it is not located in either the current working "
        "directory or your system's temp directory. To fix this error, please ensure your function "
        f"returns files located in either the current working directory ({app_folder}), your system's "
        f"temp directory ({temp}) or add {path.parent} to the allowed_paths parameter of launch()."
    )


def working_folder(folder: str | None) -> str:
    return folder or os.getcwd()
