"""dist/lite-offline.json: the files the optional service worker (web/src/sw/lite-sw.ts)
keeps at once, so that a page opened once starts again without a network.

What every start needs, and no more: lite.js and lite.css, the runtime's worker chunk,
Pyodide's core files, the lock and lite_core's wheel. Other package wheels and lazy chunks
are kept when an app first fetches them. Files on another origin (a runtime from the CDN)
are the browser's HTTP cache's business, not a same-origin service worker's.
"""

from __future__ import annotations

import json
from pathlib import Path

from . import runtime

CORE = ["pyodide.mjs", "pyodide.asm.js", "pyodide.asm.wasm", "python_stdlib.zip", "pyodide-lock.json"]


def write_manifest(dist: Path, lock: runtime.Lock) -> list[str]:
    """Writes the manifest into `dist`; the files it lists (relative to `dist`)."""
    files = ["lite.js", "lite.css", *sorted(p.relative_to(dist).as_posix() for p in (dist / "assets").glob("*.js"))]
    runtime_files = [*CORE, lock["packages"]["lite-core"]["file_name"]]
    files += [f"pyodide/{name}" for name in runtime_files if (dist / "pyodide" / name).is_file()]
    (dist / "lite-offline.json").write_text(json.dumps({"files": files}, indent=1) + "\n")
    return files
