"""Runtime vendoring stops, naming the file, when anything differs from the lock."""

from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path

import pytest

from build_scripts import runtime


def fake_lock(name: str, file_name: str, data: bytes) -> dict:
    entry = {"name": name, "file_name": file_name, "sha256": hashlib.sha256(data).hexdigest(), "depends": []}
    return {"info": {}, "packages": {name: entry}}


def fake_carrier(tmp_path: Path, file_name: str, data: bytes) -> Path:
    carrier = tmp_path / "carrier.whl"
    with zipfile.ZipFile(carrier, "w") as zf:
        zf.writestr(runtime.CARRIER_PREFIX + file_name, data)
    return carrier


def test_a_wheel_that_matches_the_lock_is_copied(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    name = "six-1.16.0-py2.py3-none-any.whl"
    monkeypatch.setattr(runtime, "carrier_wheel", lambda: fake_carrier(tmp_path, name, b"good"))
    monkeypatch.setattr(runtime, "PACKAGES", ("six",))
    out = tmp_path / "out"
    out.mkdir()
    runtime.copy_packages(fake_lock("six", name, b"good"), out)
    assert (out / name).read_bytes() == b"good"


def test_a_tampered_wheel_stops_the_build_naming_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    name = "six-1.16.0-py2.py3-none-any.whl"
    monkeypatch.setattr(runtime, "carrier_wheel", lambda: fake_carrier(tmp_path, name, b"tampered"))
    monkeypatch.setattr(runtime, "PACKAGES", ("six",))
    with pytest.raises(runtime.VerificationError, match=f"sha256 mismatch for {name}"):
        runtime.copy_packages(fake_lock("six", name, b"good"), tmp_path)
    assert not (tmp_path / name).exists()


def test_a_wheel_missing_from_the_carrier_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(runtime, "carrier_wheel", lambda: fake_carrier(tmp_path, "other.whl", b"x"))
    monkeypatch.setattr(runtime, "PACKAGES", ("six",))
    with pytest.raises(runtime.VerificationError, match="six.whl is missing from the carrier"):
        runtime.copy_packages(fake_lock("six", "six.whl", b"x"), tmp_path)


def test_dependencies_come_before_the_packages_that_need_them() -> None:
    lock = {
        "packages": {
            "pandas": {"depends": ["numpy", "python-dateutil"]},
            "numpy": {"depends": []},
            "python-dateutil": {"depends": ["six"]},
            "six": {"depends": []},
        }
    }
    assert runtime.with_dependencies(lock, ("pandas",)) == ["numpy", "six", "python-dateutil", "pandas"]


def test_core_pins_cover_the_interpreter_and_the_official_lock() -> None:
    assert set(runtime.read_pins()) == {
        "pyodide.mjs",
        "pyodide.asm.js",
        "pyodide.asm.wasm",
        "python_stdlib.zip",
        "pyodide-lock.json",
    }
