"""First and repeat visits (#12): time to interactive and bytes, on three networks.

Each run is one visitor (a browser with a new profile on disk, whose HTTP cache keeps the
runtime as a visitor's does) who opens the page, then opens it again.
Lite: the Quickstart, time to its Submit button present and enabled; its first visit
leaves a runtime snapshot in Cache Storage (waited for), which the second restores. Bare:
a page of the same dist/ that awaits `loadPyodide()` and runs `1`, opened twice the same
way. The server sends the Cache-Control headers the README advises; the browser's HTTP
cache and Wasm code cache serve both pages' second visits alike. Networks: localhost, and
Chromium's emulation (DevTools protocol) at 100 and 10 Mbit/s with 20 ms latency.

Bytes: what each first visit on localhost made the server send, raw and as a static host
would send it compressed (gzip -6, brotli -11), and what Lite sends beyond the bare page.

Usage: python -m bench.visits [--runs 5] [--throttled-runs 2]   (after a build)
"""

from __future__ import annotations

import argparse
import gzip
import statistics
import tempfile
from pathlib import Path
from typing import Any

import brotli  # type: ignore[import-untyped]
from playwright.sync_api import BrowserContext, Page, Playwright, sync_playwright

from bench.run import save_results
from bench.startup import BARE_PAGE, WATCH
from e2e.browser import launch_profile
from e2e.server import StaticServer
from e2e.snapshots import wait_for_snapshot

REPO = Path(__file__).resolve().parent.parent
DIST = REPO / "dist"
BARE_NAME = "bench-bare.html"
LATENCY_MS = 20
NETWORKS: dict[str, int | None] = {"localhost": None, "100 Mbit/s": 100, "10 Mbit/s": 10}


def throttle(context: BrowserContext, page: Page, mbit: int) -> None:
    cdp = context.new_cdp_session(page)
    cdp.send("Network.enable")
    rate = mbit * 125_000  # bytes per second
    conditions = {"offline": False, "latency": LATENCY_MS, "downloadThroughput": rate, "uploadThroughput": rate}
    cdp.send("Network.emulateNetworkConditions", conditions)


def visit(page: Page, url: str) -> float:
    page.goto(url)
    page.wait_for_function("() => window.__ready !== undefined", timeout=300_000)
    return float(page.evaluate("window.__ready"))


def two_visits(p: Playwright, url: str, mbit: int | None, *, lite: bool) -> tuple[float, float]:
    """One visitor's first and second time to interactive, in ms after navigation."""
    with tempfile.TemporaryDirectory() as profile:
        context = launch_profile(p, Path(profile))
        try:
            return _two_visits(context, url, mbit, lite=lite)
        finally:
            context.close()


def _two_visits(context: BrowserContext, url: str, mbit: int | None, *, lite: bool) -> tuple[float, float]:
    page = context.new_page()
    if lite:
        page.add_init_script(WATCH)
    if mbit:
        throttle(context, page, mbit)
    first = visit(page, url)
    if lite:
        wait_for_snapshot(page)
    second = visit(page, url)
    return first, second


def compressed(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    return len(gzip.compress(data, 6)), len(brotli.compress(data, quality=11))


def bytes_sent(sent: list[tuple[str, int]]) -> dict[str, Any]:
    files = sorted({path for path, _ in sent})
    raw = sum(size for _, size in sent)
    sizes = {path: compressed(DIST / path) for path in files if (DIST / path).is_file()}
    return {
        "files": files,
        "raw": raw,
        "gzip": sum(g for g, _ in sizes.values()),
        "brotli": sum(b for _, b in sizes.values()),
    }


def first_visit_bytes(p: Playwright, server: StaticServer, url: str, *, lite: bool) -> dict[str, Any]:
    server.sent.clear()
    with tempfile.TemporaryDirectory() as profile:
        context = launch_profile(p, Path(profile))
        page = context.new_page()
        if lite:
            page.add_init_script(WATCH)
        visit(page, url)
        if lite:
            wait_for_snapshot(page)  # the snapshot worker's requests count too
        context.close()
    return bytes_sent(list(server.sent))


def median_ms(values: list[float]) -> int:
    return round(statistics.median(values))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--throttled-runs", type=int, default=2)
    args = parser.parse_args()
    (DIST / BARE_NAME).write_text(BARE_PAGE)
    results: dict[str, Any] = {"networks": {}}
    try:
        with StaticServer(DIST, caching=True) as server, sync_playwright() as p:
            lite_url, bare_url = server.url + "/", f"{server.url}/{BARE_NAME}"
            for network, mbit in NETWORKS.items():
                runs = args.runs if mbit is None else args.throttled_runs
                lite, bare = [], []
                for _ in range(runs):
                    lite.append(two_visits(p, lite_url, mbit, lite=True))
                    bare.append(two_visits(p, bare_url, mbit, lite=False))
                first = (median_ms([f for f, _ in lite]), median_ms([f for f, _ in bare]))
                repeat = (median_ms([r for _, r in lite]), median_ms([r for _, r in bare]))
                results["networks"][network] = {
                    "first_visit_ms": {"quickstart": first[0], "bare": first[1]},
                    "first_visit_ratio": round(first[0] / first[1], 3),
                    "repeat_visit_ms": {"quickstart": repeat[0], "bare": repeat[1]},
                    "repeat_visit_ratio": round(repeat[0] / repeat[1], 3),
                    "runs": runs,
                }
            lite_bytes = first_visit_bytes(p, server, lite_url, lite=True)
            bare_bytes = first_visit_bytes(p, server, bare_url, lite=False)
    finally:
        (DIST / BARE_NAME).unlink()
    results["first_visit_bytes"] = {
        "quickstart": lite_bytes,
        "bare": bare_bytes,
        "beyond_bare": {k: lite_bytes[k] - bare_bytes[k] for k in ("raw", "gzip", "brotli")},
    }
    save_results("visits", results)


if __name__ == "__main__":
    main()
