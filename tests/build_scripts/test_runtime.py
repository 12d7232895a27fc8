"""Runtime vendoring ships what the carrier holds, verified, and locks every package."""

from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path
from typing import Any

import pytest

from build_scripts import runtime

SIX = "six-1.16.0-py2.py3-none-any.whl"
DATEUTIL = "python_dateutil-2.9.0.post0-py2.py3-none-any.whl"
NUMPY = "numpy-2.0.2-cp312-cp312-pyodide_2024_0_wasm32.whl"
SCIPY = "scipy-1.14.1-cp312-cp312-pyodide_2024_0_wasm32.whl"


def entry(name: str, file_name: str, data: bytes, depends: list[str]) -> dict[str, Any]:
    digest = hashlib.sha256(data).hexdigest()
    return {"name": name, "file_name": file_name, "sha256": digest, "depends": depends}


def fake_lock() -> dict[str, Any]:
    """Four packages; the carrier below holds all of them but scipy."""
    return {
        "info": {"version": "0.27.7"},
        "packages": {
            "six": entry("six", SIX, b"six", []),
            # Not normalized, as ipython's prompt_toolkit in the official lock.
            "python-dateutil": entry("python-dateutil", DATEUTIL, b"dateutil", ["Six"]),
            "numpy": entry("numpy", NUMPY, b"numpy", []),
            "scipy": entry("scipy", SCIPY, b"scipy", ["numpy"]),
        },
    }


@pytest.fixture
def carrier(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, bytes]:
    """The carrier's files (edit before vendoring); anything not in the lock is ignored."""
    files = {SIX: b"six", DATEUTIL: b"dateutil", NUMPY: b"numpy", "pyodide.asm.wasm": b"core"}

    def wheel() -> Path:
        path = tmp_path / "carrier.whl"
        with zipfile.ZipFile(path, "w") as zf:
            for name, data in files.items():
                zf.writestr(runtime.CARRIER_PREFIX + name, data)
        return path

    monkeypatch.setattr(runtime, "carrier_wheel", wheel)
    return files


def shipped(tmp_path: Path, packages: list[str] | None = None) -> tuple[dict[str, Any], Path]:
    out = tmp_path / "out"
    out.mkdir()
    lock = fake_lock()
    return runtime.full_lock(lock, runtime.copy_packages(lock, out, packages)), out


def test_every_wheel_of_the_carrier_in_the_lock_is_shipped(tmp_path: Path, carrier: dict[str, bytes]) -> None:
    _, out = shipped(tmp_path)
    assert sorted(p.name for p in out.iterdir()) == sorted([SIX, DATEUTIL, NUMPY])
    assert (out / SIX).read_bytes() == b"six"


def test_the_lock_lists_shipped_packages_by_file_name_and_the_others_on_the_cdn(
    tmp_path: Path, carrier: dict[str, bytes]
) -> None:
    lock, _ = shipped(tmp_path)
    files = {name: e["file_name"] for name, e in lock["packages"].items()}
    assert files == {
        "six": SIX,
        "python-dateutil": DATEUTIL,
        "numpy": NUMPY,
        "scipy": "https://cdn.jsdelivr.net/pyodide/v0.27.7/full/" + SCIPY,
    }
    assert lock["info"] == {"version": "0.27.7"}
    assert lock["packages"]["scipy"]["sha256"] == fake_lock()["packages"]["scipy"]["sha256"]


def test_named_packages_ship_with_their_dependencies_only(tmp_path: Path, carrier: dict[str, bytes]) -> None:
    lock, out = shipped(tmp_path, ["Python_Dateutil"])
    assert sorted(p.name for p in out.iterdir()) == sorted([SIX, DATEUTIL])
    assert lock["packages"]["numpy"]["file_name"].startswith(runtime.CDN_URL)
    assert lock["packages"]["six"]["file_name"] == SIX


def test_a_named_package_the_carrier_lacks_is_an_error_naming_it(tmp_path: Path, carrier: dict[str, bytes]) -> None:
    with pytest.raises(runtime.VerificationError, match="the carrier has no scipy"):
        shipped(tmp_path, ["six", "scipy"])


def test_a_name_pyodide_does_not_have_is_an_error_naming_it(tmp_path: Path, carrier: dict[str, bytes]) -> None:
    with pytest.raises(runtime.VerificationError, match="torch is not a package of Pyodide"):
        shipped(tmp_path, ["torch"])


def test_a_tampered_wheel_stops_the_build_naming_it(tmp_path: Path, carrier: dict[str, bytes]) -> None:
    carrier[NUMPY] = b"tampered"
    with pytest.raises(runtime.VerificationError, match=f"sha256 mismatch for {NUMPY}"):
        shipped(tmp_path)
    assert not (tmp_path / "out" / NUMPY).exists()


def test_dependencies_come_before_the_packages_that_need_them() -> None:
    lock = {
        "packages": {
            "pandas": {"depends": ["numpy", "python_dateutil"]},
            "numpy": {"depends": []},
            "python-dateutil": {"depends": ["six"]},
            "six": {"depends": []},
        }
    }
    assert runtime.with_dependencies(lock, ("pandas",)) == ["numpy", "six", "python-dateutil", "pandas"]


def test_the_cdn_loader_replaces_the_core_and_keeps_the_lock(tmp_path: Path) -> None:
    for name in runtime.read_pins():
        (tmp_path / name).write_text("x")
    runtime.load_core_from_cdn(tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pyodide-lock.json", "pyodide.mjs"]
    assert f'from "{runtime.CDN_URL}pyodide.mjs"' in (tmp_path / "pyodide.mjs").read_text()


def test_core_pins_cover_the_interpreter_and_the_official_lock() -> None:
    assert set(runtime.read_pins()) == {
        "pyodide.mjs",
        "pyodide.asm.js",
        "pyodide.asm.wasm",
        "python_stdlib.zip",
        "pyodide-lock.json",
    }
