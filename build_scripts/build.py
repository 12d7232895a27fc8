"""Build dist/: the front end, the verified runtime, lite_core's wheel and lock, the pages.

Usage: python -m build_scripts.build [--packages NAME[,NAME...]|all] [--requirements FILE]... [--cdn]
  --packages      ship only these Pyodide packages (and their dependencies) of the carrier;
                  `all` (the default) ships every one. The lock still lists every package of
                  Pyodide 0.27.7: those not shipped load from the official CDN, online only.
  --requirements  vendor the pure-Python wheels FILE resolves to (pip requirements format;
                  repeatable), for apps that must work offline. See build_scripts/vendor.py.
  --cdn           load Pyodide's core from the official CDN instead of dist/pyodide (the lock
                  and the wheels shipped, lite_core's among them, still come from dist/).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from lite_core.version import __version__

from . import gen_protocol, offline, pages, runtime, wheel

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


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m build_scripts.build", description="Build dist/.")
    parser.add_argument("--packages", default="all", help="NAME[,NAME...] or all (default)")
    parser.add_argument("--requirements", type=Path, action="append", default=[], metavar="FILE")
    parser.add_argument("--cdn", action="store_true")
    return parser.parse_args(argv)


def package_list(value: str) -> list[str] | None:
    names = [name.strip() for name in value.split(",") if name.strip()]
    return None if names == ["all"] else names


def megabytes(paths: list[Path]) -> str:
    return f"{sum(p.stat().st_size for p in paths) / 1e6:.1f} MB"


def report(lock: runtime.Lock, out: Path, vendored: int) -> None:
    """Sizes for the README: the whole of dist/ and the package files it ships."""
    entries = lock["packages"].values()
    shipped = [out / e["file_name"] for e in entries if "://" not in e["file_name"]]
    official = len(shipped) - vendored - 1
    print(f"dist/ built: {megabytes([f for f in DIST.rglob('*') if f.is_file()])}")
    print(
        f"  {len(shipped)} package files shipped ({official} Pyodide's, {vendored} vendored, lite_core): "
        f"{megabytes(shipped)}"
    )
    print(f"  pyodide-lock.json: {len(entries)} packages, {len(entries) - len(shipped)} of them from {runtime.CDN_URL}")
    print(f"  lite_core sha256 {lock['packages']['lite-core']['sha256'][:12]}")


def build(argv: Sequence[str] = ()) -> None:
    args = parse_args(argv)
    if gen_protocol.main(["--check"]) != 0:
        raise SystemExit(1)
    if DIST.exists():
        shutil.rmtree(DIST)
    subprocess.run(["npx", "vite", "build", "--logLevel", "warn"], cwd=ROOT / "web", check=True)
    sw_config = ["--config", "vite.sw.config.ts"]
    subprocess.run(["npx", "vite", "build", *sw_config, "--logLevel", "warn"], cwd=ROOT / "web", check=True)
    out = DIST / "pyodide"
    lock = runtime.vendor(out, package_list(args.packages))
    vendored: dict[str, Any] = {}
    if args.requirements:
        # Imported only here: it needs `packaging`, which a plain build (scripts/serve.sh,
        # the system's python3) does not.
        from . import vendor

        vendored = vendor.vendor(args.requirements, lock, out)
    lock["packages"].update(vendored)
    built = wheel.build_wheel(out)
    # Pyodide looks packages up by normalized name (PEP 503): lite_core -> lite-core.
    lock["packages"]["lite-core"] = lock_entry(built)
    (out / "pyodide-lock.json").write_text(json.dumps(lock, indent=1, sort_keys=True))
    if args.cdn:
        runtime.load_core_from_cdn(out)
    offline.write_manifest(DIST, lock)
    pages.write_pages(ROOT / "examples", DIST)
    report(lock, out, len(vendored))


if __name__ == "__main__":
    build(sys.argv[1:])
    sys.exit(0)
