"""An app's files on disk, as `lite build` ships them and `lite dev` watches them: the
entry file and what sits beside it (modules, data), without caches, environments,
hidden folders or the build's own output."""

from __future__ import annotations

from pathlib import Path

SKIPPED_DIRS = {"__pycache__", "node_modules", "venv", "env", "site", "dist", "build", "flagged"}
# More than this beside an app is a folder that is not the app's (a home directory, say).
MAX_FILES = 500
MAX_BYTES = 100 * 2**20


class TooManyFiles(SystemExit):
    pass


def collect(entry: Path, exclude: Path | None = None) -> dict[str, Path]:
    """{name relative to the app's folder (POSIX): path}, the entry file first."""
    folder = entry.parent
    found = {entry.name: entry}
    total = entry.stat().st_size
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder)
        if path.is_dir() or path == entry or path.suffix == ".pyc":
            continue
        if any(part.startswith(".") or part in SKIPPED_DIRS for part in relative.parts[:-1]):
            continue
        if relative.name.startswith(".") or (exclude is not None and path.is_relative_to(exclude)):
            continue
        found[relative.as_posix()] = path
        total += path.stat().st_size
        if len(found) > MAX_FILES or total > MAX_BYTES:
            raise TooManyFiles(
                f"lite: {folder} holds more than {MAX_FILES} files or {MAX_BYTES // 2**20} MB beside {entry.name}; "
                "put the app in a folder of its own."
            )
    return found


def snapshot(files: dict[str, Path]) -> tuple[tuple[str, int, int], ...]:
    """What changes when a file is saved, added or removed (name, mtime, size)."""
    state = []
    for name, path in files.items():
        try:
            stat = path.stat()
        except OSError:
            continue
        state.append((name, stat.st_mtime_ns, stat.st_size))
    return tuple(state)


def requirements_of(entry: Path, given: list[Path]) -> list[str]:
    """Requirement lines: the files given, else a requirements.txt beside the app (as on Spaces)."""
    paths = given or [p for p in [entry.parent / "requirements.txt"] if p.is_file()]
    lines = []
    for path in paths:
        for line in path.read_text().splitlines():
            line = line.split("#", 1)[0].strip()
            if line and not line.startswith("-"):
                lines.append(line)
    return lines
