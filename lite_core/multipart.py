"""multipart/form-data, parsed with the standard library (the email package is slow to
import in the browser and has more than an upload needs)."""

from __future__ import annotations

import re
from typing import NamedTuple

from .http import HTTPError

# A parameter's value, quoted or not: browsers never put a raw `"` in a quoted value
# (they write it %22), and a backslash in it is part of the name.
_PARAM = re.compile(r';\s*([\w-]+)=(?:"([^"]*)"|([^";]*))')
# What the HTML standard has browsers escape in a multipart file name (and nothing else).
_HTML_ESCAPES = {"%22": '"', "%0D": "\r", "%0A": "\n"}
_ESCAPED = re.compile("|".join(_HTML_ESCAPES), re.IGNORECASE)


class Part(NamedTuple):
    name: str
    filename: str | None
    content_type: str | None
    data: bytes | bytearray  # slices of the body as it came (a bytearray in the browser)


def boundary_of(content_type: str) -> bytes:
    match = re.search(r'boundary="?([^";]+)"?', content_type)
    if not content_type.startswith("multipart/form-data") or match is None:
        raise HTTPError(400, "Expected a multipart/form-data body with a boundary.")
    return match.group(1).encode("latin-1")


def parse(body: bytes | bytearray, content_type: str) -> list[Part]:
    delimiter = b"--" + boundary_of(content_type)
    parts = []
    for chunk in body.split(delimiter)[1:]:
        if chunk.startswith(b"--"):
            break
        head, sep, data = chunk.partition(b"\r\n\r\n")
        if not sep:
            raise HTTPError(400, "Malformed multipart body: a part has no header end.")
        headers = {}
        for line in head.decode("utf-8", "replace").strip().split("\r\n"):
            key, _, value = line.partition(":")
            headers[key.strip().lower()] = value.strip()
        params = {key: quoted or bare for key, quoted, bare in _PARAM.findall(headers.get("content-disposition", ""))}
        filename = params.get("filename")
        parts.append(
            Part(
                params.get("name", ""),
                None if filename is None else _ESCAPED.sub(lambda m: _HTML_ESCAPES[m.group().upper()], filename),
                headers.get("content-type"),
                data[:-2] if data.endswith(b"\r\n") else data,
            )
        )
    return parts
