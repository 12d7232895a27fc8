"""Generators stream into the page as they yield; Stop ends a run."""

from __future__ import annotations

import re
from itertools import pairwise

from playwright.sync_api import Page, expect

from .conftest import open_app, serve_app
from .server import StaticServer

COUNTER = """
import time
import gradio as gr

def count(n):
    text = ""
    for i in range(int(n)):
        time.sleep(0.5)
        text += str(i)
        yield text

gr.Interface(count, gr.Number(value=5), "text").launch()
"""

ASYNC_COUNTER = """
import asyncio
import gradio as gr

async def count(n):
    for i in range(int(n)):
        await asyncio.sleep(0.3)
        yield i

gr.Interface(count, gr.Number(value=4), "number").launch()
"""

ENDLESS = """
import time
import gradio as gr

def forever(start):
    i = int(start)
    while True:
        time.sleep(0.1)
        i += 1
        yield i

gr.Interface(forever, "number", "number").launch()
"""


# Records each new value of a textbox with the time it appeared, until `last` shows.
WATCH_VALUES = """(host, last) => { window.__seen = new Promise((resolve, reject) => {
  setTimeout(() => reject(new Error("no " + last + " after 15 s")), 15000);
  const field = host.shadowRoot.querySelector("textarea, input");
  const seen = [];
  const timer = setInterval(() => {
    if (field.value && (seen.length === 0 || seen[seen.length - 1][1] !== field.value)) {
      seen.push([performance.now(), field.value]);
    }
    if (field.value === last) { clearInterval(timer); resolve(seen); }
  }, 10);
}); }"""


def test_each_yield_shows_when_it_is_produced(page: Page, server: StaticServer) -> None:
    open_app(page, serve_app(page, server, "counter", COUNTER))
    output = page.locator("lite-textbox").last
    output.evaluate(WATCH_VALUES, "01234")
    page.get_by_role("button", name="Submit").click()
    seen = page.evaluate("window.__seen")
    assert [value for _, value in seen] == ["0", "01", "012", "0123", "01234"]
    gaps = [(b[0] - a[0]) / 1000 for a, b in pairwise(seen)]
    assert all(0.35 < gap < 0.9 for gap in gaps), gaps


def test_async_generator_streams(page: Page, server: StaticServer) -> None:
    open_app(page, serve_app(page, server, "async_counter", ASYNC_COUNTER))
    output = page.locator("lite-number").last
    output.evaluate(WATCH_VALUES, "3")
    page.get_by_role("button", name="Submit").click()
    assert [value for _, value in page.evaluate("window.__seen")] == ["0", "1", "2", "3"]


def test_stop_ends_the_run_and_the_app_stays_usable(page: Page, server: StaticServer) -> None:
    open_app(page, serve_app(page, server, "endless", ENDLESS))
    submit = page.get_by_role("button", name="Submit")
    stop = page.get_by_role("button", name="Stop")
    expect(stop).to_be_hidden()
    submit.click()
    expect(stop).to_be_visible()
    expect(submit).to_be_hidden()
    output = page.get_by_label("output")
    # It counts every 0.1 s: wait for any count, not one a poll could miss.
    expect(output).to_have_value(re.compile(r"^[1-9][0-9]*$"))
    stop.click()
    expect(submit).to_be_visible()
    expect(stop).to_be_hidden()
    stopped_at = output.input_value()
    # Proves that nothing happens: a run still going would count 5 times in these 0.5 s,
    # so there is no event to wait for.
    page.wait_for_timeout(500)
    assert output.input_value() == stopped_at
    page.get_by_label("start").fill("100")
    submit.click()
    expect(output).to_have_value(re.compile(r"^1[0-9][1-9]$|^1[1-9][0-9]$"))
    stop.click()
    expect(submit).to_be_visible()


# Records every text (and value) the progress bar shows, with when: polling from the
# test could miss a step that lasts 0.4 s.
RECORD_PROGRESS = """() => {
  window.progress_shown = [];
  window.progress_times = [];
  new MutationObserver(() => {
    const bar = document.querySelector("gradio-lite .lite-progress");
    if (!bar) return;
    const last = window.progress_shown.at(-1);
    const entry = [bar.textContent, bar.getAttribute("aria-valuenow")];
    if (!last || last[0] !== entry[0]) {
      window.progress_shown.push(entry);
      window.progress_times.push(performance.now());
    }
  }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
}"""

PROGRESS = """
import asyncio
import gradio as gr

async def slow(n, progress=gr.Progress()):
    for _ in progress.tqdm(range(int(n)), desc="Working"):
        await asyncio.sleep(0.4)
    return n * 2

gr.Interface(slow, gr.Number(value=5), "number").launch()
"""


def test_progress_shows_while_the_function_runs(page: Page, server: StaticServer) -> None:
    open_app(page, serve_app(page, server, "progress", PROGRESS))
    page.evaluate(RECORD_PROGRESS)
    page.get_by_role("button", name="Submit").click()
    expect(page.get_by_label("output")).to_have_value("10")
    expect(page.get_by_role("progressbar")).to_have_count(0)
    shown = page.evaluate("window.progress_shown")
    assert ["Working 2/5 steps", "0.4"] in shown
    assert [text for text, _ in shown][-1] == "Working 5/5 steps"


FADING = """
import time
import numpy as np
import gradio as gr

def fade(n):
    for i in range(int(n)):
        time.sleep(0.3)
        yield np.full((48, 64, 3), 60 * (i + 1), dtype=np.uint8)

gr.Interface(fade, gr.Number(value=3), gr.Image(label="frame")).launch()
"""


def test_a_generator_of_numpy_images_draws_each_frame_raw(page: Page, server: StaticServer) -> None:
    from .images import shown_pixels

    open_app(page, serve_app(page, server, "fade", FADING))
    page.evaluate("window.frames_shown = 0; document.addEventListener('lite-frame', () => window.frames_shown++)")
    page.get_by_role("button", name="Submit").click()
    expect(page.get_by_role("button", name="Submit")).to_be_visible(timeout=10_000)
    # Each yield reached the screen once, as raw pixels on a canvas (no image file
    # encoded); the last may be drawn just after the run ends.
    page.wait_for_function("window.frames_shown >= 3", timeout=5000)
    # Proves that nothing more is drawn: a fourth frame would come within these 0.5 s.
    page.wait_for_timeout(500)
    assert page.evaluate("window.frames_shown") == 3
    output = page.locator("lite-image").last
    expect(output.get_by_role("img", name="frame")).to_have_js_property("tagName", "CANVAS")
    assert shown_pixels(output)[10, 10].tolist() == [180, 180, 180]


SYNC_PROGRESS = """
import time
import gradio as gr

def slow(n, progress=gr.Progress()):
    for i in range(int(n)):
        progress(i / n, desc="Sleeping")
        time.sleep(0.4)
    return n * 2

gr.Interface(slow, gr.Number(value=5), "number").launch()
"""


def test_progress_from_a_sync_function_that_sleeps_shows_while_it_runs(page: Page, server: StaticServer) -> None:
    open_app(page, serve_app(page, server, "sync_progress", SYNC_PROGRESS))
    page.evaluate(RECORD_PROGRESS)
    page.get_by_role("button", name="Submit").click()
    expect(page.get_by_label("output")).to_have_value("10")
    expect(page.get_by_role("progressbar")).to_have_count(0)
    shown = page.evaluate("window.progress_shown")
    # Each step shows while the function sleeps, not all at once when it returns.
    assert [text for text, _ in shown] == [
        "Sleeping 0%",
        "Sleeping 20%",
        "Sleeping 40%",
        "Sleeping 60%",
        "Sleeping 80%",
    ]
    assert ["Sleeping 40%", "0.4"] in shown
    times = page.evaluate("window.progress_times")
    assert times[-1] - times[0] > 1200  # 4 sleeps of 0.4 s between the first and the last


SLEEPER_AND_ECHO = """
import time
import gradio as gr

def slow(x):
    time.sleep(3)
    return "slow done"

with gr.Blocks() as demo:
    text = gr.Textbox(label="text")
    slow_out = gr.Textbox(label="slow")
    echo_out = gr.Textbox(label="echo")
    gr.Button("Slow").click(slow, text, slow_out)
    gr.Button("Echo").click(lambda x: x.upper(), text, echo_out)

demo.launch()
"""


def test_a_sleeping_function_does_not_hold_up_other_events(page: Page, server: StaticServer) -> None:
    open_app(page, serve_app(page, server, "sleeper", SLEEPER_AND_ECHO))
    page.get_by_label("text").fill("hi")
    page.get_by_role("button", name="Slow").click()
    page.get_by_role("button", name="Echo").click()
    expect(page.get_by_label("echo")).to_have_value("HI", timeout=1500)
    assert page.get_by_label("slow").input_value() == ""
    expect(page.get_by_label("slow")).to_have_value("slow done")


LONG_NAP = """
import time
import gradio as gr

def nap(x):
    yield "started"
    time.sleep(30)
    yield "woke up"

gr.Interface(nap, "text", "text").launch()
"""


def test_stop_ends_a_function_in_the_middle_of_a_long_sleep(page: Page, server: StaticServer) -> None:
    open_app(page, serve_app(page, server, "nap", LONG_NAP))
    page.get_by_role("button", name="Submit").click()
    expect(page.get_by_label("output")).to_have_value("started")
    page.get_by_role("button", name="Stop").click()
    # Not after the 30 s: the sleep itself is cancelled.
    expect(page.get_by_role("button", name="Submit")).to_be_visible(timeout=3000)
    page.get_by_label("x").fill("again")
    page.get_by_role("button", name="Submit").click()
    expect(page.get_by_role("button", name="Stop")).to_be_visible()
