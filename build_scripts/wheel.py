"""Build lite_core's wheel (py3-none-any) with the standard library, byte-reproducibly.

Fixed timestamps and a sorted file list mean the same sources give the same sha256,
which the generated pyodide-lock.json records so the runtime can check it. The wheel
carries CPython 3.12 bytecode compiled inside Pyodide beside the sources, so that the
browser does not compile lite_core at every start (tracebacks still show the source).
The browser puts the wheel itself on sys.path (zipimport), which is why the .pyc sit
beside the .py rather than in __pycache__.
"""

from __future__ import annotations

import base64
import hashlib
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

from lite_core.version import __version__

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "lite_core"
NAME = "lite_core"
EPOCH = (1980, 1, 1, 0, 0, 0)


def _record_line(path: str, data: bytes) -> str:
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
    return f"{path},sha256={digest},{len(data)}"


def package_files() -> list[tuple[str, bytes]]:
    """lite_core's sources and their Pyodide bytecode, as (path in wheel, bytes)."""
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / NAME
        shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
        subprocess.run(["node", str(Path(__file__).with_name("compile_pyc.mjs")), tmp], check=True)
        paths = [*copy.rglob("*.py"), *copy.rglob("*.pyc")]
        return sorted((p.relative_to(tmp).as_posix(), p.read_bytes()) for p in paths)


def build_wheel(out_dir: Path) -> Path:
    dist_info = f"{NAME}-{__version__}.dist-info"
    files = package_files()
    files.append(
        (
            f"{dist_info}/METADATA",
            f"Metadata-Version: 2.1\nName: {NAME}\nVersion: {__version__}\nRequires-Python: >=3.10\n".encode(),
        )
    )
    files.append(
        (
            f"{dist_info}/WHEEL",
            b"Wheel-Version: 1.0\nGenerator: lite build_scripts\nRoot-Is-Purelib: true\nTag: py3-none-any\n",
        )
    )
    files.append((f"{dist_info}/top_level.txt", f"{NAME}\n".encode()))
    record = "\n".join(_record_line(p, d) for p, d in files) + f"\n{dist_info}/RECORD,,\n"
    files.append((f"{dist_info}/RECORD", record.encode()))

    wheel = out_dir / f"{NAME}-{__version__}-py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w", zipfile.ZIP_DEFLATED) as zf:
        for path, data in files:
            info = zipfile.ZipInfo(path, EPOCH)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zf.writestr(info, data)
    return wheel
