"""Run lite_core's pytest suite inside Pyodide: the Python half of tests/pyodide/run.mjs.

run.mjs boots the runtime of dist/pyodide/ under Node, mounts the repository at its own
path and awaits `main`. lite_core is imported from the work tree, not from dist/'s
wheel, so the run tests the code as it is now; nothing is fetched from the network.
"""

from __future__ import annotations

import hashlib
import os
import re
import sys
import sysconfig
import zipfile
from collections.abc import Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
# What the tests import besides lite_core and the standard library: from dist/pyodide/'s lock.
TEST_PACKAGES = ["numpy", "pandas", "pillow"]
# tests/build_scripts checks the build on the host (npm, pip, dist/'s layout), not lite_core.
# No cache provider: its last-failed list would mix with the CPython run's in .pytest_cache.
FIXED_ARGS = ["--ignore=tests/build_scripts", "-p", "no:cacheprovider"]


def install_pinned_wheels(folder: Path, requirements: Path) -> None:
    """Unpack the wheels whose sha256 `requirements` pins into site-packages.

    A pure-Python wheel is a zip of its files and metadata: unpacking is all installing
    needs here, without micropip or a resolver (which would want the network).
    """
    pinned = set(re.findall(r"--hash=sha256:([0-9a-f]{64})", requirements.read_text()))
    site = sysconfig.get_paths()["purelib"]
    installed: set[str] = set()
    for wheel in sorted(folder.glob("*.whl")):
        digest = hashlib.sha256(wheel.read_bytes()).hexdigest()
        if digest in pinned:
            with zipfile.ZipFile(wheel) as archive:
                archive.extractall(site)
            installed.add(digest)
    if installed != pinned:
        raise FileNotFoundError(
            f"{len(pinned - installed)} wheel(s) pinned in {requirements} are missing from {folder}:"
            " run the `pip download` line of scripts/test.sh"
        )


async def main(repo: str, wheels: str, args: Sequence[str]) -> int:
    """pytest's exit code for the suite run with `args` (pytest's own options and paths)."""
    from pyodide_js import loadPackage

    await loadPackage(TEST_PACKAGES)
    install_pinned_wheels(Path(wheels), HERE / "requirements.txt")
    # The repository is the host's folder: leave no Python 3.12 bytecode in it.
    sys.dont_write_bytecode = True
    sys.path.insert(0, repo)
    os.chdir(repo)
    import pytest

    return int(pytest.main([*FIXED_ARGS, *args]))
