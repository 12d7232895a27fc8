"""Apps sharing one runtime each keep their folder, served files and storage hook."""

from __future__ import annotations

import asyncio
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from lite_core import appcontext, files, storage
from lite_core.appcontext import AppContext


@pytest.fixture(autouse=True)
def keep_cwd(tmp_path: Path) -> Iterator[None]:
    before = os.getcwd()
    yield
    os.chdir(before)
    appcontext._entered = appcontext.DEFAULT


async def write_notes(name: str, times: int) -> list[str]:
    """App code that writes relative paths between awaits, as a generator or upload would."""
    seen = []
    for i in range(times):
        Path(f"{name}-{i}.txt").write_text(name)
        seen.append(os.getcwd())
        await asyncio.sleep(0)
    return seen


def two_apps(tmp_path: Path) -> tuple[AppContext, AppContext]:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    return AppContext(folder=str(tmp_path / "a")), AppContext(folder=str(tmp_path / "b"))


def test_interleaved_apps_write_in_their_own_folders(tmp_path: Path) -> None:
    a, b = two_apps(tmp_path)

    async def main() -> tuple[list[str], list[str]]:
        return await asyncio.gather(
            appcontext.run_in(a, write_notes("a", 5)), appcontext.run_in(b, write_notes("b", 5))
        )

    seen_a, seen_b = asyncio.run(main())
    assert set(seen_a) == {a.folder} and set(seen_b) == {b.folder}
    assert sorted(p.name for p in (tmp_path / "a").iterdir()) == [f"a-{i}.txt" for i in range(5)]
    assert sorted(p.name for p in (tmp_path / "b").iterdir()) == [f"b-{i}.txt" for i in range(5)]


def test_tasks_an_app_creates_run_in_its_folder(tmp_path: Path) -> None:
    a, b = two_apps(tmp_path)

    async def spawn(name: str) -> list[str]:
        # An event the queue starts, or a task the author's code creates.
        return await asyncio.ensure_future(write_notes(name, 3))

    async def main() -> tuple[list[str], list[str]]:
        # Ignored: typeshed's factory for Python 3.10 also takes generator-based coroutines.
        asyncio.get_running_loop().set_task_factory(appcontext.task_factory)  # type: ignore[arg-type]
        return await asyncio.gather(appcontext.run_in(a, spawn("a")), appcontext.run_in(b, spawn("b")))

    seen_a, seen_b = asyncio.run(main())
    assert set(seen_a) == {a.folder} and set(seen_b) == {b.folder}
    assert len(list((tmp_path / "b").iterdir())) == 3


def test_an_error_in_app_code_reaches_its_caller_and_the_context_is_restored(tmp_path: Path) -> None:
    a, _ = two_apps(tmp_path)

    async def fails() -> None:
        await asyncio.sleep(0)
        raise ValueError("bad input")

    async def main() -> AppContext:
        with pytest.raises(ValueError, match="bad input"):
            await appcontext.run_in(a, fails())
        return appcontext.active()

    assert asyncio.run(main()) is appcontext.DEFAULT


def test_served_files_and_storage_hooks_are_per_app(tmp_path: Path) -> None:
    a, b = two_apps(tmp_path)
    saved: list[tuple[str, bool]] = []
    a.on_change = lambda later: saved.append(("a", later))
    secret = tmp_path / "a" / "secret.txt"
    secret.write_text("a's")

    async def in_a() -> bool:
        files.allow(secret)
        storage.changed()
        return files.is_allowed(str(secret))

    async def in_b() -> bool:
        storage.changed(later=True)
        return files.is_allowed(str(secret))

    assert asyncio.run(appcontext.run_in(a, in_a())) is True
    assert asyncio.run(appcontext.run_in(b, in_b())) is False
    assert saved == [("a", False)]
