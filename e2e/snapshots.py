"""The runtime snapshot a visit keeps in Cache Storage, as tests see and damage it.

Mirrors web/src/worker/snapshot.ts: one cache, one entry per runtime URL, the sha256 of
the bytes in a header, and Pyodide's magic number in the first four bytes.
"""

from __future__ import annotations

import base64
from typing import Any

from playwright.sync_api import Page

CACHE = "lite-runtime-snapshot"
DIGEST_HEADER = "x-lite-snapshot-sha256"
PYODIDE_MAGIC = 1886286592

# How many snapshots this origin keeps.
STORED = f"caches.open({CACHE!r}).then((c) => c.keys()).then((k) => k.length)"

_SOUND = f"""async () => {{
  const cache = await caches.open({CACHE!r});
  const [key] = await cache.keys();
  if (!key) return false;
  const response = await cache.match(key);
  const bytes = new Uint8Array(await response.arrayBuffer());
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));
  const hex = [...digest].map((b) => b.toString(16).padStart(2, "0")).join("");
  const magic = new DataView(bytes.buffer).getUint32(0, true);
  return hex === response.headers.get({DIGEST_HEADER!r}) && magic === {PYODIDE_MAGIC};
}}"""

_DAMAGE = f"""async (keepDigest) => {{
  const cache = await caches.open({CACHE!r});
  const [key] = await cache.keys();
  const response = await cache.match(key);
  const bytes = new Uint8Array(await response.arrayBuffer());
  const headers = Object.fromEntries(response.headers);
  if (keepDigest) {{
    bytes.fill(7, bytes.length >> 1, (bytes.length >> 1) + 4096);  // the digest no longer matches
  }} else {{
    bytes.fill(0, 0, 4);  // not a snapshot any more, under a digest that matches it
    const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));
    headers[{DIGEST_HEADER!r}] = [...digest].map((b) => b.toString(16).padStart(2, "0")).join("");
  }}
  await cache.put(key, new Response(bytes, {{ headers }}));
}}"""


def wait_for_snapshot(page: Page) -> None:
    """Until the origin holds a sound snapshot (kept once the first app is ready)."""
    # wait_for_function takes an async predicate's promise for "true": poll by hand.
    for _ in range(150):
        if page.evaluate(_SOUND):
            return
        page.wait_for_timeout(200)
    raise AssertionError("no sound snapshot was stored within 30 s")


def damage_snapshot(page: Page, *, keep_digest: bool) -> None:
    """Damage the stored bytes, under their old digest (`keep_digest`) or a new one."""
    page.evaluate(_DAMAGE, keep_digest)


_READ = f"""async () => {{
  const cache = await caches.open({CACHE!r});
  const [key] = await cache.keys();
  const response = await cache.match(key);
  const bytes = new Uint8Array(await response.arrayBuffer());
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return {{ url: key.url, headers: Object.fromEntries(response.headers), body: btoa(binary) }};
}}"""

_PUT = f"""async ({{ url, headers }}) => {{
  const body = await (await fetch("/__lite_snapshot_seed.bin")).arrayBuffer();
  await (await caches.open({CACHE!r})).put(url, new Response(body, {{ headers }}));
}}"""


def read_snapshot(page: Page) -> dict[str, Any]:
    """The stored entry: its key, headers and bytes."""
    entry: dict[str, Any] = page.evaluate(_READ)
    entry["body"] = base64.b64decode(entry["body"])
    return entry


def seed_snapshot(page: Page, origin: str, entry: dict[str, Any]) -> None:
    """Puts a stored entry into this (fresh) context's Cache Storage, as if its visitor had
    been here before: the next page of `origin` boots from it."""
    seed_page, seed_bytes = f"{origin}/__lite_snapshot_seed.html", f"{origin}/__lite_snapshot_seed.bin"
    page.route(seed_page, lambda route: route.fulfill(content_type="text/html", body="<!doctype html>"))
    page.route(seed_bytes, lambda route: route.fulfill(content_type="application/octet-stream", body=entry["body"]))
    page.goto(seed_page)
    page.evaluate(_PUT, {"url": entry["url"], "headers": entry["headers"]})
    page.unroute(seed_page)
    page.unroute(seed_bytes)
