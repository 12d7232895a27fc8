"""Benchmarks of the Quickstart page, in one run of one browser (DESIGN §7).

- Time to interactive: the Quickstart page (worker + lite_core + app + first render)
  against a bare page that only awaits `loadPyodide()` from the same dist/, each in a
  fresh browser context (empty cache), alternated, median of --runs; and their ratio.
- Round trip: click Submit -> new text rendered in the output, p50/p99 over --submits.
- Webcam: frames per second the guide's `flip` demo draws, 640x480 from Chromium's
  fake camera at 30 fps (a webcam's usual rate) and at 60 fps (to see the headroom),
  over --seconds after a warm-up; and the camera's own frame rate.
- Yield -> DOM: a generator yields its wall-clock time every 50 ms; the page's clock
  when that text is rendered, minus it; p50/p99 over --yields.

Usage: python -m bench.run [--runs 7] [--submits 200] [--seconds 10] [--yields 100]
       (after python -m build_scripts.build)
"""

from __future__ import annotations

import argparse
import json
import statistics
from pathlib import Path
from typing import Any

from playwright.sync_api import Browser, sync_playwright

from e2e.browser import launch
from e2e.server import StaticServer

DIST = Path(__file__).resolve().parent.parent / "dist"

BARE_PAGE = """<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,"></head><body>
<script type="module">
import { loadPyodide } from "./pyodide/pyodide.mjs";
await loadPyodide({ indexURL: new URL("./pyodide/", import.meta.url).href });
window.__ready = performance.now();
</script></body></html>"""

READY_HOOK = """addEventListener("lite-ready", () => { window.__ready = performance.now(); });"""

ROUND_TRIPS = """async (count) => {
  const lite = document.querySelector("gradio-lite");
  const [nameBox, output] = lite.querySelectorAll("lite-textbox");
  const submit = [...lite.querySelectorAll("lite-button")].find((b) => b.value === "Submit");
  const button = submit.shadowRoot.querySelector("button");
  const field = nameBox.shadowRoot.querySelector("textarea");
  const times = [];
  for (let i = 0; i < count; i++) {
    field.value = "W" + i;
    field.dispatchEvent(new Event("input"));
    const expected = "Hello, W" + i;
    const rendered = new Promise((resolve) => {
      const original = output.updated;
      output.updated = function (changed) {
        original.call(this, changed);
        if (this.value === expected) { output.updated = original; resolve(); }
      };
    });
    const start = performance.now();
    button.click();
    const late = new Promise((_, reject) => setTimeout(() => reject(new Error("no output after 10 s")), 10000));
    await Promise.race([rendered, late]);
    times.push(performance.now() - start);
    // The event is done in the page once its outputs stop pending; the next click
    // would be ignored before that (trigger_mode "once").
    while (output.pending) await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return times;
}"""


COUNT_FRAMES = """async (seconds) => {
  const lite = document.querySelector("gradio-lite");
  const video = lite.querySelector("lite-image").shadowRoot.querySelector("video");
  let drawn = 0, camera = 0, counting = true;
  document.addEventListener("lite-frame", () => drawn++);
  const tick = () => { camera++; if (counting) video.requestVideoFrameCallback(tick); };
  video.requestVideoFrameCallback(tick);
  await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
  counting = false;
  return { drawn: drawn / seconds, camera: camera / seconds };
}"""

YIELD_APP = """<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,">
<script type="module" src="./lite.js"></script><link rel="stylesheet" href="./lite.css"></head><body>
<gradio-lite>
import time
import gradio as gr

def ticks(n):
    for _ in range(int(n)):
        time.sleep(0.05)
        yield f"{time.time() * 1000:.3f}"

gr.Interface(ticks, gr.Number(label="n"), gr.Textbox(label="t")).launch()
</gradio-lite></body></html>"""

YIELD_LATENCY = """async (count) => {
  const lite = document.querySelector("gradio-lite");
  const output = [...lite.querySelectorAll("lite-textbox")].at(-1);
  const latencies = [];
  const original = output.updated;
  output.updated = function (changed) {
    original.call(this, changed);
    const sent = Number(this.value);
    if (changed.has("value") && sent > 0) latencies.push(Date.now() - sent);
  };
  lite.querySelector("lite-number").shadowRoot.querySelector("input").value = String(count);
  lite.querySelector("lite-number").shadowRoot.querySelector("input").dispatchEvent(new Event("input"));
  const submit = [...lite.querySelectorAll("lite-button")].find((b) => b.value === "Submit");
  submit.shadowRoot.querySelector("button").click();
  while (latencies.length < count) await new Promise((resolve) => setTimeout(resolve, 50));
  output.updated = original;
  return latencies;
}"""


def ready_page(
    browser: Browser, url: str, collect: str, *, hook: str | None = None, page_html: str | None = None
) -> Any:
    """`collect` (a JS function) evaluated once `window.__ready` is set, in a fresh context
    (empty cache); `page_html` answers `url` instead of the server."""
    context = browser.new_context()
    if page_html is not None:
        context.route(url, lambda route: route.fulfill(content_type="text/html", body=page_html))
    page = context.new_page()
    if hook:
        page.add_init_script(hook)
    page.goto(url)
    page.wait_for_function("() => window.__ready !== undefined", timeout=120_000)
    collected = page.evaluate(collect)
    context.close()
    return collected


def time_to_interactive(browser: Browser, url: str, *, hook: str | None = None, page_html: str | None = None) -> float:
    """ms from navigation to `window.__ready`, in a fresh context (empty cache)."""
    return float(ready_page(browser, url, "window.__ready", hook=hook, page_html=page_html))


def save_results(name: str, results: dict[str, Any]) -> None:
    """Printed, and kept as bench/results/<name>.json."""
    print(json.dumps(results, indent=2))
    out = DIST.parent / "bench" / "results"
    out.mkdir(exist_ok=True)
    (out / f"{name}.json").write_text(json.dumps(results, indent=2) + "\n")


def webcam_fps(browser: Browser, base: str, seconds: float) -> dict[str, float]:
    """Frames the webcam flip page draws per second, after 2 s of warm-up."""
    context = browser.new_context()
    page = context.new_page()
    page.goto(base + "/examples/webcam_flip.html")
    page.get_by_role("button", name="Start streaming").click(timeout=120_000)
    page.locator("gradio-lite lite-image").last.locator("canvas").wait_for(timeout=30_000)
    page.wait_for_timeout(2000)
    counted: dict[str, float] = page.evaluate(COUNT_FRAMES, seconds)
    context.close()
    return counted


def yield_latencies(browser: Browser, base: str, count: int) -> list[float]:
    """ms from a generator's yield (its time.time()) to the text rendered in the page."""
    context = browser.new_context()
    url = base + "/__bench_yield.html"
    context.route(url, lambda route: route.fulfill(content_type="text/html", body=YIELD_APP))
    page = context.new_page()
    page.goto(url)
    page.locator("gradio-lite .lite-app").wait_for(timeout=120_000)
    latencies: list[float] = page.evaluate(YIELD_LATENCY, count)
    context.close()
    return latencies


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--submits", type=int, default=200)
    parser.add_argument("--seconds", type=float, default=10)
    parser.add_argument("--yields", type=int, default=100)
    args = parser.parse_args()

    with StaticServer(DIST) as server, sync_playwright() as p:
        browser = launch(p)
        app, bare = [], []
        for _ in range(args.runs):
            app.append(time_to_interactive(browser, server.url + "/", hook=READY_HOOK))
            bare.append(time_to_interactive(browser, server.url + "/__bench_bare.html", page_html=BARE_PAGE))

        context = browser.new_context()
        page = context.new_page()
        page.goto(server.url + "/")
        page.locator("gradio-lite .lite-app").wait_for(timeout=120_000)
        page.evaluate(ROUND_TRIPS, 20)  # warm up
        trips = page.evaluate(ROUND_TRIPS, args.submits)
        context.close()

        latencies = yield_latencies(browser, server.url, args.yields)
        browser.close()
        # A webcam's usual 30 fps, then 60 to see how many frames the app could take.
        fps = {}
        for camera in (30, 60):
            camera_browser = launch(p, camera_fps=camera)
            fps[camera] = webcam_fps(camera_browser, server.url, args.seconds)
            camera_browser.close()

    result = {
        "tti_app_ms": round(statistics.median(app)),
        "tti_bare_loadPyodide_ms": round(statistics.median(bare)),
        "tti_ratio": round(statistics.median(app) / statistics.median(bare), 3),
        "round_trip_p50_ms": round(percentile(trips, 0.5), 2),
        "round_trip_p99_ms": round(percentile(trips, 0.99), 2),
        "webcam_flip_fps_camera_30": round(fps[30]["drawn"], 1),
        "fake_camera_fps_30": round(fps[30]["camera"], 1),
        "webcam_flip_fps_camera_60": round(fps[60]["drawn"], 1),
        "fake_camera_fps_60": round(fps[60]["camera"], 1),
        "yield_to_dom_p50_ms": round(percentile(latencies, 0.5), 1),
        "yield_to_dom_p99_ms": round(percentile(latencies, 0.99), 1),
        "runs": args.runs,
        "submits": args.submits,
        "webcam_seconds": args.seconds,
        "yields": args.yields,
    }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
