"""Vendored wheels: pure Python only, the lock's builds win, and lock entries Pyodide can use."""

from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path
from typing import Any

import pytest

from build_scripts import vendor

LOCK: dict[str, Any] = {
    "info": {},
    "packages": {
        "numpy": {"file_name": "numpy-2.0.2-cp312-cp312-pyodide_2024_0_wasm32.whl", "depends": []},
        "six": {"file_name": "six-1.16.0-py2.py3-none-any.whl", "depends": []},
    },
}


def make_wheel(folder: Path, file_name: str, files: dict[str, str], requires: tuple[str, ...] = ()) -> Path:
    name, version = file_name.split("-")[:2]
    metadata = f"Metadata-Version: 2.1\nName: {name.replace('_', '-')}\nVersion: {version}\n"
    metadata += "".join(f"Requires-Dist: {r}\n" for r in requires)
    path = folder / file_name
    with zipfile.ZipFile(path, "w") as zf:
        for member, text in files.items():
            zf.writestr(member, text)
        zf.writestr(f"{name}-{version}.dist-info/METADATA", metadata)
        zf.writestr(f"{name}-{version}.dist-info/RECORD", "")
    return path


@pytest.fixture
def pypi(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """Stands in for pip: `wheels` is what it "downloads", `lines` what it was asked for."""
    fake: dict[str, Any] = {"wheels": [], "lines": None}

    def download(lines: list[str]) -> list[Path]:
        fake["lines"] = lines
        return list(fake["wheels"])

    monkeypatch.setattr(vendor, "download", download)
    (tmp_path / "wheels").mkdir()
    (tmp_path / "out").mkdir()
    return fake


def run(tmp_path: Path, requirements: str) -> dict[str, Any]:
    path = tmp_path / "requirements.txt"
    path.write_text(requirements)
    return vendor.vendor([path], LOCK, tmp_path / "out")


def test_a_vendored_wheel_is_copied_with_a_lock_entry(tmp_path: Path, pypi: dict[str, Any]) -> None:
    wheel = make_wheel(
        tmp_path / "wheels",
        "Nice_Pkg-1.2-py3-none-any.whl",
        {"nice/__init__.py": "", "nice_pkg-1.2.dist-info/top_level.txt": "nice\n_nice_c\n"},
        requires=("six>=1", 'colorama; sys_platform == "win32"', 'pytest; extra == "tests"'),
    )
    pypi["wheels"] = [wheel]
    entries = run(tmp_path, "nice-pkg==1.2\n")
    assert (tmp_path / "out" / wheel.name).read_bytes() == wheel.read_bytes()
    assert entries == {
        "nice-pkg": {
            "name": "nice-pkg",
            "version": "1.2",
            "file_name": "Nice_Pkg-1.2-py3-none-any.whl",
            "sha256": hashlib.sha256(wheel.read_bytes()).hexdigest(),
            "install_dir": "site",
            "package_type": "package",
            "imports": ["_nice_c", "nice"],
            "depends": ["six"],
            "unvendored_tests": False,
        }
    }


def test_without_top_level_txt_imports_come_from_the_file_list(tmp_path: Path, pypi: dict[str, Any]) -> None:
    files = {
        "pkg/__init__.py": "",
        "pkg/sub/x.py": "",
        "single.py": "",
        "README": "",
        "extra-1.0.data/scripts/tool": "",
        "not-a-name/x.txt": "",
    }
    pypi["wheels"] = [make_wheel(tmp_path / "wheels", "extra-1.0-py3-none-any.whl", files)]
    assert run(tmp_path, "extra\n")["extra"]["imports"] == ["pkg", "single"]


def test_a_wheel_that_is_not_pure_python_is_refused_by_name(tmp_path: Path, pypi: dict[str, Any]) -> None:
    name = "fast-1.0-cp312-cp312-manylinux_2_17_x86_64.whl"
    pypi["wheels"] = [make_wheel(tmp_path / "wheels", name, {"fast.py": ""})]
    with pytest.raises(vendor.VendorError, match=f"{name} is not a pure-Python wheel"):
        run(tmp_path, "fast\n")
    assert not (tmp_path / "out" / name).exists()


def test_a_requirement_pyodide_has_is_not_vendored(
    tmp_path: Path, pypi: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    pypi["wheels"] = [make_wheel(tmp_path / "wheels", "tiny-1.0-py3-none-any.whl", {"tiny.py": ""})]
    entries = run(tmp_path, "NumPy==2.0.2 --hash=sha256:00 \\\n    --hash=sha256:11\n# a comment\ntiny==1.0  # why\n")
    assert pypi["lines"] == ["tiny==1.0"]
    assert list(entries) == ["tiny"]
    assert "numpy: not vendored, Pyodide's lock has it" in capsys.readouterr().out


def test_only_requirements_pyodide_has_means_no_download(tmp_path: Path, pypi: dict[str, Any]) -> None:
    assert run(tmp_path, "six\n") == {}
    assert pypi["lines"] is None


def test_a_dependency_pyodide_has_is_not_vendored(tmp_path: Path, pypi: dict[str, Any]) -> None:
    pypi["wheels"] = [
        make_wheel(tmp_path / "wheels", "tiny-1.0-py3-none-any.whl", {"tiny.py": ""}, ("six",)),
        make_wheel(tmp_path / "wheels", "six-1.17.0-py2.py3-none-any.whl", {"six.py": ""}),
    ]
    entries = run(tmp_path, "tiny\n")
    assert list(entries) == ["tiny"]
    assert not (tmp_path / "out" / "six-1.17.0-py2.py3-none-any.whl").exists()


def test_a_dependency_neither_vendored_nor_locked_stops_the_build(tmp_path: Path, pypi: dict[str, Any]) -> None:
    pypi["wheels"] = [make_wheel(tmp_path / "wheels", "tiny-1.0-py3-none-any.whl", {"tiny.py": ""}, ("Missing_Dep",))]
    with pytest.raises(vendor.VendorError, match="tiny depends on missing-dep, which is neither vendored"):
        run(tmp_path, "tiny\n")


def test_nested_requirement_files_are_refused(tmp_path: Path, pypi: dict[str, Any]) -> None:
    with pytest.raises(vendor.VendorError, match="-r is not supported"):
        run(tmp_path, "-r other.txt\n")


def test_cached_downloads_are_reused_and_checked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[bool] = []

    def pip_download(requirements: Path, wheels: Path, hashed: bool) -> None:
        calls.append(hashed)
        make_wheel(wheels, "tiny-1.0-py3-none-any.whl", {"tiny.py": ""})

    monkeypatch.setattr(vendor, "CACHE", tmp_path / "cache")
    monkeypatch.setattr(vendor, "pip_download", pip_download)
    lines = ["tiny==1.0 --hash=sha256:00"]
    first = vendor.download(lines)
    assert vendor.download(lines) == first and calls == [True]
    first[0].write_bytes(b"tampered")
    with pytest.raises(SystemExit, match=r"sha256 mismatch for .*tiny-1\.0-py3-none-any\.whl"):
        vendor.download(lines)
