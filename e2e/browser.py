"""Debian's Chromium, launched the one way tests and benchmarks both use (DESIGN §6)."""

from __future__ import annotations

import os
from pathlib import Path

from playwright.sync_api import Browser, BrowserContext, Playwright

CHROMIUM = os.environ.get("LITE_CHROMIUM", "/usr/bin/chromium")
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
    # Backstop for the request guard: no host but 127.0.0.1 resolves, workers included.
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
    "--use-fake-device-for-media-stream",
    "--use-fake-ui-for-media-stream",
]


def launch(playwright: Playwright, camera_fps: int | None = None) -> Browser:
    """`camera_fps` sets the fake camera's frame rate (Chromium's default is 20)."""
    args = ARGS
    if camera_fps is not None:
        args = [a for a in ARGS if a != "--use-fake-device-for-media-stream"]
        args.append(f"--use-fake-device-for-media-stream=fps={camera_fps}")
    return playwright.chromium.launch(executable_path=CHROMIUM, args=args)


def launch_profile(playwright: Playwright, profile: Path) -> BrowserContext:
    """A browser with a profile on disk, as a visitor's: its HTTP cache (and the Wasm code
    cache within it) keeps large files, which a fresh context's in-memory cache does not."""
    return playwright.chromium.launch_persistent_context(str(profile), executable_path=CHROMIUM, args=ARGS)
