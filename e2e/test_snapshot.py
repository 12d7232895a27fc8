"""Repeat visits start from this browser's memory snapshot of the runtime, and only when it is sound.

The first visit boots Pyodide and keeps a snapshot in Cache Storage; the next visit of the
same origin restores it. Each test is one visitor: a browser with a new profile on disk,
whose HTTP cache keeps the runtime (the snapshot is made only from a cached runtime; the
usual fresh context's in-memory cache, and request interception, keep no file that large).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from .conftest import lite_page, open_app, site_with
from .server import StaticServer
from .snapshots import STORED, damage_snapshot, wait_for_snapshot

# The boot stages of the visit, from the `lite-ready` event.
WATCH_BOOT = """
addEventListener("lite-ready", (event) => { window.__stages = Object.keys(event.detail.timings); });
"""

DRAWS = """
import random, tempfile
import gradio as gr

def draw(request: gr.Request):
    return f"{random.random()} {tempfile.NamedTemporaryFile().name} {request.session_hash}"

gr.Interface(draw, None, gr.Textbox(label="draws")).launch()
"""


def boot_stages(page: Page) -> list[str]:
    page.wait_for_function("() => window.__stages !== undefined")
    stages: list[str] = page.evaluate("window.__stages")
    return stages


def greet(page: Page, name: str) -> None:
    page.get_by_label("name").fill(name)
    page.get_by_role("button", name="Submit").click()
    expect(page.get_by_label("output")).to_have_value(f"Hello, {name}")


def test_second_visit_restores_the_snapshot_and_works(visitor: Page, server: StaticServer) -> None:
    page = visitor
    page.add_init_script(WATCH_BOOT)
    open_app(page, server.url + "/")
    assert "snapshot restored" not in boot_stages(page)
    greet(page, "first")
    wait_for_snapshot(page)

    open_app(page, server.url + "/")
    assert "snapshot restored" in boot_stages(page)
    greet(page, "again")


def test_each_visit_draws_its_own_random_numbers_temp_names_and_session(visitor: Page, tmp_path: Path) -> None:
    page = visitor
    page.add_init_script(WATCH_BOOT)
    with StaticServer(site_with(tmp_path / "site", {"draws.html": lite_page(DRAWS)})) as server:
        draw_on_visits(page, f"{server.url}/draws.html")


def draw_on_visits(page: Page, url: str) -> None:
    seen = []
    for visit in range(3):
        open_app(page, url)
        if visit == 0:
            wait_for_snapshot(page)
        else:
            assert "snapshot restored" in boot_stages(page)
        page.get_by_role("button", name="Generate").click()
        output = page.get_by_label("draws")
        expect(output).not_to_have_value("")
        seen.append(output.input_value().split())
    for part in range(3):  # random.random(), the temp name, the session hash
        values = [draws[part] for draws in seen]
        assert len(set(values)) == 3, f"visits repeated a value: {values}"


@pytest.mark.parametrize(
    ("damage", "said"),
    [("bytes", "damaged (sha256 differs)"), ("content", "could not be restored")],
)
def test_a_damaged_snapshot_boots_normally_says_so_and_is_replaced(
    visitor: Page, server: StaticServer, damage: str, said: str
) -> None:
    page = visitor
    page.add_init_script(WATCH_BOOT)
    warnings: list[str] = []
    page.on("console", lambda m: warnings.append(m.text) if m.type == "warning" else None)
    open_app(page, server.url + "/")
    wait_for_snapshot(page)
    damage_snapshot(page, keep_digest=damage == "bytes")

    open_app(page, server.url + "/")
    assert "snapshot restored" not in boot_stages(page)
    greet(page, "still")
    assert any(said in w for w in warnings), warnings
    wait_for_snapshot(page)  # a sound one again

    open_app(page, server.url + "/")
    assert "snapshot restored" in boot_stages(page)
    greet(page, "restored")
    assert page.evaluate(STORED) == 1


def test_a_private_window_makes_no_snapshot_and_fetches_the_runtime_once(
    browser: Browser, server: StaticServer
) -> None:
    # A fresh context keeps large files in no HTTP cache, as a private window: making a
    # snapshot there would download the runtime a second time.
    context = browser.new_context()
    page = context.new_page()
    said: list[str] = []
    page.on("console", lambda m: said.append(m.text))
    wasm = "pyodide/pyodide.asm.wasm"
    before = [path for path, _ in server.sent].count(wasm)
    open_app(page, server.url + "/")
    greet(page, "private")
    for _ in range(50):
        if any("not in the browser's HTTP cache" in text for text in said):
            break
        page.wait_for_timeout(100)
    assert any("not in the browser's HTTP cache" in text for text in said), said
    assert page.evaluate(STORED) == 0
    assert [path for path, _ in server.sent].count(wasm) - before == 1
    context.close()


def test_the_suite_boots_as_the_environment_says(page: Page, server: StaticServer) -> None:
    # LITE_E2E_BOOT=snapshot runs every test of e2e/ on snapshot boot; this one proves it does.
    page.add_init_script(WATCH_BOOT)
    open_app(page, server.url + "/")
    restored = "snapshot restored" in boot_stages(page)
    assert restored == (os.environ.get("LITE_E2E_BOOT", "normal") == "snapshot")
    greet(page, "suite")
