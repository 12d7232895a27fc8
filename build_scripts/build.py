"""Build dist/: the front end, the verified runtime, lite_core's wheel and lock, the pages.

Usage: python -m build_scripts.build [--cdn]
  --cdn  load Pyodide's core from the official CDN instead of dist/pyodide (the lock
         and lite_core's wheel still come from dist/).
"""

from __future__ import annotations

import base64
import hashlib
import json
import shutil
import subprocess
import sys
from pathlib import Path

from lite_core.version import __version__

from . import gen_protocol, pages, runtime, wheel

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"


def lock_entry(path: Path) -> dict[str, object]:
    return {
        "name": "lite_core",
        "version": __version__,
        "file_name": path.name,
        "install_dir": "site",
        "sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
        "package_type": "package",
        "imports": ["lite_core"],
        "depends": [],
        "unvendored_tests": False,
    }


def build() -> None:
    if gen_protocol.main(["--check"]) != 0:
        raise SystemExit(1)
    if DIST.exists():
        shutil.rmtree(DIST)
    subprocess.run(["npx", "vite", "build", "--logLevel", "warn"], cwd=ROOT / "web", check=True)
    out = DIST / "pyodide"
    lock = runtime.vendor(out)
    built = wheel.build_wheel(out)
    # Pyodide looks packages up by normalized name (PEP 503): lite_core -> lite-core.
    lock["packages"]["lite-core"] = lock_entry(built)
    (out / "pyodide-lock.json").write_text(json.dumps(lock, indent=1, sort_keys=True))
    pages.write_pages(ROOT / "examples", DIST)
    size = sum(f.stat().st_size for f in DIST.rglob("*") if f.is_file())
    digest = lock["packages"]["lite-core"]["sha256"]
    print(f"dist/ built: {size / 1e6:.1f} MB, lite_core sha256 {digest[:12]}")


if __name__ == "__main__":
    build()
    sys.exit(0)
