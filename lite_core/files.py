"""Files the app received or made: where they live, and which may be served.

Only files in the registry are served by /gradio_api/file= (403 otherwise), so a
request cannot read anything else from the file system.
"""

from __future__ import annotations

# hashlib, mimetypes and tempfile are imported on first use: every app imports this
# module, and each import costs start-up time in the browser.
import os
from functools import cache
from pathlib import Path
from typing import Any

from .appcontext import active
from .protocol import API_PREFIX, FileData


@cache
def cache_dir() -> Path:
    import tempfile

    return Path(os.environ.get("GRADIO_TEMP_DIR") or Path(tempfile.gettempdir()) / "gradio")


def allow(path: str | Path) -> str:
    """Register `path` as servable; its absolute form. Once the app is launched, a path
    outside what launch() allows raises InvalidPathError (path_policy)."""
    resolved = Path(path).resolve()
    app = active()
    if app.path_policy is not None and str(resolved) not in app.served:
        from .path_policy import working_folder

        app.path_policy.check(resolved, working_folder(app.folder), [cache_dir()])
    app.served.add(str(resolved))
    return str(resolved)


def is_allowed(path: str) -> bool:
    return str(Path(path).resolve()) in active().served


def base_name(name: str) -> str:
    """The last part of a name a client gave, or "" for none: a name such as
    `../../app/csv.py` or `..` must never reach outside the folder it is saved in. A
    backslash separates folders only where the system says so (Windows); elsewhere it is
    part of the name (`a\\b.txt`)."""
    last = os.path.basename(name)
    return "" if last in ("", ".", "..") else last


def save_bytes(data: bytes | bytearray, name: str) -> str:
    """Store `data` under a folder named by its hash (same bytes, same path); register it."""
    import hashlib

    digest = hashlib.sha256(data).hexdigest()[:20]
    folder = cache_dir() / digest
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / (base_name(name) or "file")
    if not target.exists():
        target.write_bytes(data)
    return allow(target)


# Media types the browser runtime would not know: Pyodide has no /etc/mime.types, and
# Python's own table lists these only as non-standard (webp, Gradio's default image format).
_MEDIA_TYPES = {
    ".webp": "image/webp",
    ".ogg": "audio/ogg",
    ".oga": "audio/ogg",
    ".opus": "audio/ogg",
    ".flac": "audio/flac",
    ".m4a": "audio/mp4",
    ".webm": "video/webm",
}


def mime_type(name: str) -> str | None:
    """The media type of a file name, the same on CPython and in the browser."""
    import mimetypes

    suffix = Path(name).suffix.lower()
    return _MEDIA_TYPES.get(suffix) or mimetypes.guess_type(name)[0]


# Gradio's XSS_SAFE_MIMETYPES (and the audio types Lite names): shown inline. Any other
# file (HTML, SVG, XML, JS, and what a browser might sniff as one) is served as an
# attachment, so that opening its URL downloads it instead of running it in the origin.
_INLINE_TYPES = {
    *("image/jpeg", "image/png", "image/gif", "image/webp"),
    *("audio/mpeg", "audio/wav", "audio/x-wav", "audio/ogg", "audio/flac", "audio/mp4"),
    *("video/mp4", "video/webm", "video/ogg", "text/plain", "application/json"),
}


def serving_headers(media_type: str) -> tuple[tuple[bytes, bytes], ...]:
    """The headers a file is served with besides its type and length."""
    nosniff = (b"x-content-type-options", b"nosniff")
    return (nosniff,) if media_type in _INLINE_TYPES else (nosniff, (b"content-disposition", b"attachment"))


class NamedString(str):
    """A file's path that also answers `.name` (Gradio's NamedString): apps written for
    older Gradio read `file.name` from what a File gives them."""

    name: str

    def __new__(cls, path: str) -> NamedString:
        named = super().__new__(cls, path)
        named.name = path
        return named


def is_url(value: str) -> bool:
    return value.startswith(("http://", "https://", "data:"))


def check_file_payload(payload: object) -> str:
    """The path of a FileData the page sent; refused unless the app has that file."""
    from .exceptions import InvalidPayload
    from .frames import get as get_frame
    from .frames import is_frame

    path = payload.get("path") if isinstance(payload, dict) else None
    if not isinstance(path, str):
        raise InvalidPayload(f"expects a file (FileData with a `path`), got {payload!r:.60}")
    if is_frame(path):
        if get_frame(path) is None:
            raise InvalidPayload(f"got a frame that is no longer kept (only the latest are): {path}")
        return path
    if not is_url(path) and not is_allowed(path):
        raise InvalidPayload(f"got a file that was not uploaded to this app: {path}")
    return path


def file_data(path: str | None = None, *, url: str | None = None, orig_name: str | None = None) -> FileData:
    """Gradio's FileData for a local path or a remote URL."""
    size = os.path.getsize(path) if path and os.path.exists(path) else None
    name = orig_name or (Path(path).name if path else None)
    return {
        "path": path or url or "",
        "url": url if url else file_url(path or ""),
        "size": size,
        "orig_name": name,
        "mime_type": mime_type(name or ""),
        "is_stream": False,
        "meta": {"_type": "gradio.FileData"},
    }


def file_url(path: str) -> str:
    """The URL of one of the app's files: its path percent-encoded once (the router decodes
    it once), so that a name with `#`, `?`, `%` or a newline reaches the same file."""
    from urllib.parse import quote

    return f"{API_PREFIX}/file={quote(path)}"


def with_root(value: Any, root: str) -> Any:
    """`value` with the app's own file URLs made absolute under `root` (its public URL),
    as Gradio sends them over HTTP so that a client can fetch a file from the URL alone;
    the same `value` when `root` is "" (the browser runtime keeps URLs relative)."""
    if not root:
        return value
    if isinstance(value, list):
        return [with_root(item, root) for item in value]
    if not isinstance(value, dict):
        return value
    url = value.get("url")
    if isinstance(url, str) and url.startswith(f"{API_PREFIX}/file="):
        return {**value, "url": root + url}
    return {key: with_root(item, root) for key, item in value.items()}
