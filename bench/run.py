"""Benchmarks of the Quickstart page, in one run of one browser (DESIGN §7).

- Time to interactive: the Quickstart page (worker + lite_core + app + first render)
  against a bare page that only awaits `loadPyodide()` from the same dist/, each in a
  fresh browser context (empty cache), alternated, median of --runs; and their ratio.
- Round trip: click Submit -> new text rendered in the output, p50/p99 over --submits.

Usage: python -m bench.run [--runs 7] [--submits 200]   (after python -m build_scripts.build)
"""

from __future__ import annotations

import argparse
import json
import statistics
from pathlib import Path

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


def time_to_interactive(browser: Browser, url: str, *, hook: str | None = None, page_html: str | None = None) -> float:
    """ms from navigation to `window.__ready`, in a fresh context (empty cache)."""
    context = browser.new_context()
    if page_html is not None:
        context.route(url, lambda route: route.fulfill(content_type="text/html", body=page_html))
    page = context.new_page()
    if hook:
        page.add_init_script(hook)
    page.goto(url)
    page.wait_for_function("() => window.__ready !== undefined", timeout=120_000)
    ready = float(page.evaluate("window.__ready"))
    context.close()
    return ready


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--submits", type=int, default=200)
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
        browser.close()

    result = {
        "tti_app_ms": round(statistics.median(app)),
        "tti_bare_loadPyodide_ms": round(statistics.median(bare)),
        "tti_ratio": round(statistics.median(app) / statistics.median(bare), 3),
        "round_trip_p50_ms": round(percentile(trips, 0.5), 2),
        "round_trip_p99_ms": round(percentile(trips, 0.99), 2),
        "runs": args.runs,
        "submits": args.submits,
    }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
