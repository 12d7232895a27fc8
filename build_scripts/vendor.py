"""Vendor pure-Python wheels from PyPI into dist/pyodide, for sites that must work offline.

`python -m build_scripts.build --requirements FILE` downloads FILE's requirements with pip
(wheels for any platform and Python 3.12 only, so never a compiled one), copies each wheel
beside the runtime and gives it an entry in the generated pyodide-lock.json, so that
`<gradio-requirements>` and imports load it like any Pyodide package: same origin, sha256
checked by the browser.

- A requirement Pyodide's lock already has is not vendored: the lock's build wins (and a
  compiled package could not come from PyPI anyway).
- A FILE with hashes must pin the whole set, as `pip-compile --generate-hashes` writes it:
  pip then downloads exactly those (--no-deps) and the build checks that every dependency
  is either vendored or in the lock. This is also how to vendor a package that depends on
  a compiled one of the lock (numpy): pip's own resolver would look for numpy on PyPI.
- Without hashes pip resolves the dependencies itself.
- `depends` lists the Requires-Dist whose marker holds in Pyodide 0.27.7's environment with
  no extra installed (no marker: always).
Downloads are cached under .cache/vendor/, one folder per requirement set, so a rebuild
needs no network; the cached files are checked against the sha256 recorded at download.
"""

from __future__ import annotations

import email
import email.message
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

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from . import runtime

CACHE = runtime.ROOT / ".cache" / "vendor"
PIP_TARGET = [
    "--only-binary=:all:",
    "--platform",
    "any",
    "--python-version",
    "3.12",
    "--implementation",
    "py",
    "--abi",
    "none",
]
# What packaging's markers see inside Pyodide 0.27.7 (what micropip evaluates them with).
PYODIDE_ENVIRONMENT = {
    "implementation_name": "cpython",
    "implementation_version": "3.12.7",
    "os_name": "posix",
    "platform_machine": "wasm32",
    "platform_release": "3.1.58",
    "platform_system": "Emscripten",
    "platform_version": "#1",
    "python_full_version": "3.12.7",
    "python_version": "3.12",
    "platform_python_implementation": "CPython",
    "sys_platform": "emscripten",
    "extra": "",
}
UNSUPPORTED = ("-r", "-c", "-e", "--requirement", "--constraint", "--editable")

Entry = dict[str, Any]


class VendorError(SystemExit):
    pass


def logical_lines(path: Path) -> list[str]:
    """FILE's lines with continuations joined and comments dropped, as pip reads them."""
    text = re.sub(r"\\\n", " ", path.read_text())
    lines = (re.sub(r"(^|\s)#.*", "", line).strip() for line in text.splitlines())
    return [line for line in lines if line]


def requirement_name(line: str) -> str | None:
    if line.startswith(UNSUPPORTED):
        raise VendorError(f"--requirements: {line.split()[0]} is not supported, list requirements directly")
    if line.startswith("-"):
        return None
    return canonicalize_name(Requirement(re.split(r"\s+--", line, maxsplit=1)[0]).name)


def without_lock_packages(lines: list[str], lock: runtime.Lock) -> list[str]:
    kept = []
    for line in lines:
        name = requirement_name(line)
        if name in lock["packages"]:
            print(f"  {name}: not vendored, Pyodide's lock has it (its build wins)")
        else:
            kept.append(line)
    return kept


def pip_download(requirements: Path, wheels: Path, hashed: bool) -> None:
    pinned = ["--require-hashes", "--no-deps"] if hashed else []
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "download",
            "--disable-pip-version-check",
            *PIP_TARGET,
            *pinned,
            "-r",
            str(requirements),
            "-d",
            str(wheels),
        ],
        check=True,
    )


def download(lines: list[str]) -> list[Path]:
    """The wheels for `lines`, from the cache or from pip; cached files are re-verified."""
    key = hashlib.sha256("\n".join([*PIP_TARGET, *lines]).encode()).hexdigest()[:16]
    folder = CACHE / key
    manifest = folder / "manifest.json"
    if not manifest.exists():
        shutil.rmtree(folder, ignore_errors=True)
        (folder / "wheels").mkdir(parents=True)
        (folder / "requirements.txt").write_text("\n".join(lines) + "\n")
        pip_download(folder / "requirements.txt", folder / "wheels", any("--hash" in line for line in lines))
        files = sorted((folder / "wheels").iterdir())
        manifest.write_text(json.dumps({f.name: runtime.sha256(f.read_bytes()) for f in files}, indent=1))
    recorded: dict[str, str] = json.loads(manifest.read_text())
    for name, digest in recorded.items():
        runtime.verify(f".cache/vendor/{key}/wheels/{name}", (folder / "wheels" / name).read_bytes(), digest)
    return [folder / "wheels" / name for name in recorded]


def check_pure(wheel: Path) -> None:
    # Pyodide can only load compiled wheels built for its own Emscripten ABI.
    if not wheel.name.endswith("-none-any.whl"):
        raise VendorError(f"{wheel.name} is not a pure-Python wheel (*-none-any.whl): it cannot be vendored")


def read_metadata(wheel: zipfile.ZipFile) -> email.message.Message:
    found = [n for n in wheel.namelist() if re.fullmatch(r"[^/]+\.dist-info/METADATA", n)]
    if len(found) != 1:
        raise VendorError(f"{wheel.filename}: expected one .dist-info/METADATA, found {len(found)}")
    return email.message_from_bytes(wheel.read(found[0]))


def imports_of(wheel: zipfile.ZipFile) -> list[str]:
    """top_level.txt when the wheel has one, else its top-level packages and modules."""
    top_level = [n for n in wheel.namelist() if re.fullmatch(r"[^/]+\.dist-info/top_level\.txt", n)]
    if top_level:
        return sorted({line.strip() for line in wheel.read(top_level[0]).decode().splitlines() if line.strip()})
    names = set()
    for path in wheel.namelist():
        first, _, rest = path.partition("/")
        if rest and not first.endswith((".dist-info", ".data")):
            names.add(first)
        elif not rest and first.endswith(".py"):
            names.add(first[: -len(".py")])
    return sorted(name for name in names if name.isidentifier())


def depends_of(metadata: email.message.Message) -> list[str]:
    names = []
    for text in metadata.get_all("Requires-Dist") or []:
        requirement = Requirement(text)
        if requirement.marker is None or requirement.marker.evaluate(PYODIDE_ENVIRONMENT):
            names.append(canonicalize_name(requirement.name))
    return sorted(set(names))


def lock_entry(wheel: Path) -> Entry:
    with zipfile.ZipFile(wheel) as zf:
        metadata = read_metadata(zf)
        imports = imports_of(zf)
    return {
        "name": canonicalize_name(metadata["Name"]),
        "version": metadata["Version"],
        "file_name": wheel.name,
        "sha256": runtime.sha256(wheel.read_bytes()),
        "install_dir": "site",
        "package_type": "package",
        "imports": imports,
        "depends": depends_of(metadata),
        "unvendored_tests": False,
    }


def check_depends(entries: dict[str, Entry], lock: runtime.Lock) -> None:
    for entry in entries.values():
        for dep in entry["depends"]:
            official = lock["packages"].get(dep)
            if dep not in entries and official is None:
                raise VendorError(
                    f"{entry['name']} depends on {dep}, which is neither vendored nor in Pyodide's lock: "
                    "add it to the requirements"
                )
            if official is not None and "://" in official["file_name"]:
                print(f"  {entry['name']} needs {dep}, not shipped: it loads from the CDN, online only")


def vendor(requirements: Sequence[Path], lock: runtime.Lock, out: Path) -> dict[str, Entry]:
    """Copy the wheels `requirements` resolve to into `out`; return their lock entries."""
    lines = without_lock_packages([line for path in requirements for line in logical_lines(path)], lock)
    if not any(requirement_name(line) for line in lines):
        return {}
    entries: dict[str, Entry] = {}
    for wheel in download(lines):
        name = canonicalize_name(wheel.name.split("-")[0])
        if name in lock["packages"]:
            print(f"  {name} (a dependency): not vendored, Pyodide's lock has it (its build wins)")
            continue
        check_pure(wheel)
        shutil.copyfile(wheel, out / wheel.name)
        entry = lock_entry(out / wheel.name)
        entries[entry["name"]] = entry
        print(f"  vendored {wheel.name} ({wheel.stat().st_size / 1e3:.1f} kB)")
    check_depends(entries, lock)
    return entries
