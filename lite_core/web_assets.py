"""Where Lite's built front end is on this machine: lite.js, its chunks, the runtime.

`lite serve`, `lite dev` and `lite build` ship the same files a static host serves. They
come, in this order, from LITE_DIST (a built dist/ folder), from the package itself
(`pip install .` copies a built dist/ into lite_core/_web), or from the checkout lite_core
was imported from (dist/ beside it).
"""

from __future__ import annotations

import mimetypes
import os
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
# Pages and examples of the product's own site, not part of an app's front end.
NOT_SHIPPED = {"index.html", "examples"}


class MissingWebBuild(SystemExit):
    pass


def find() -> Path:
    candidates = [Path(os.environ["LITE_DIST"])] if os.environ.get("LITE_DIST") else []
    candidates += [PACKAGE / "_web", PACKAGE.parent / "dist"]
    for folder in candidates:
        if (folder / "lite.js").is_file():
            return folder
    tried = ", ".join(str(c) for c in candidates)
    raise MissingWebBuild(
        f"lite: the web build (lite.js and the runtime) is missing; looked in {tried}. "
        "Build it in a checkout with `python -m build_scripts.build`, then reinstall or set LITE_DIST=<checkout>/dist."
    )


def content_type(path: Path) -> str:
    if path.suffix in {".js", ".mjs"}:
        return "text/javascript; charset=utf-8"
    guessed = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    return guessed + ("; charset=utf-8" if guessed.startswith("text/") or guessed.endswith("json") else "")


def resolve(root: Path, url_path: str) -> Path | None:
    """The file under `root` a URL path names, or None (no escaping `root`, no folders)."""
    relative = url_path.lstrip("/")
    if not relative or any(part in {"", ".", ".."} for part in relative.split("/")):
        return None
    path = (root / relative).resolve()
    if not path.is_file() or not path.is_relative_to(root.resolve()):
        return None
    return path
