"""multipart/form-data, parsed with the standard library (the email package is slow to
import in the browser and has more than an upload needs)."""

from __future__ import annotations

import re
from typing import NamedTuple

from .http import HTTPError

_PARAM = re.compile(r';\s*([\w-]+)="?([^";]*)"?')


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
        params = dict(_PARAM.findall(headers.get("content-disposition", "")))
        parts.append(
            Part(
                params.get("name", ""),
                params.get("filename"),
                headers.get("content-type"),
                data[:-2] if data.endswith(b"\r\n") else data,
            )
        )
    return parts
