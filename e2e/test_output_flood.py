"""A function that prints a flood of output does not freeze the page: the worker posts it
in batches and leaves out the middle, saying so once in the console."""

from __future__ import annotations

import time

from playwright.sync_api import Page, expect

from .conftest import open_app, serve_app
from .server import StaticServer

FLOOD = """
import gradio as gr

def flood(text):
    for i in range(200_000):
        print("line", i)
    print("x" * 50_000_000)
    print("the end", file=__import__("sys").stderr)
    return "done"

gr.Interface(flood, "text", "text").launch()
"""

HEARTBEAT = "window.__beats = 0; (function beat() { window.__beats++; requestAnimationFrame(beat); })();"


def test_a_print_flood_keeps_the_page_responsive(page: Page, server: StaticServer) -> None:
    logs: list[tuple[str, str]] = []
    page.on("console", lambda m: logs.append((m.type, m.text)))
    open_app(page, serve_app(page, server, "flood", FLOOD))
    page.evaluate(HEARTBEAT)
    started = time.monotonic()
    page.get_by_role("button", name="Submit").click()
    beats: list[int] = []
    while page.get_by_label("output").input_value() != "done":
        assert time.monotonic() - started < 20, "the flood did not finish in 20 s"
        beats.append(page.evaluate("window.__beats"))
        page.wait_for_timeout(250)
    took = time.monotonic() - started
    expect(page.get_by_label("output")).to_have_value("done")
    # Frames kept coming while Python printed: the page never stalled for the whole run.
    assert len(beats) >= 2 and beats[-1] > beats[0], beats
    # The last batch follows within one interval of the answer.
    for _ in range(20):
        if ("error", "the end") in logs:
            break
        page.wait_for_timeout(100)
    printed = "\n".join(text for kind, text in logs if kind == "log")
    assert "line 0\nline 1\n" in printed
    assert "output truncated (" in printed
    assert ("error", "the end") in logs, [(k, t[:80]) for k, t in logs if k != "log"]
    # The console got a few batches, not a call per line.
    assert len(logs) < 2_000, len(logs)
    print(f"flood answered in {took:.1f} s, {len(logs)} console calls")
