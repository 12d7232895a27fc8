"""What a visitor waits for, and where Lite's share of it goes (#12's first measure).

Time to interactive is navigation -> the Quickstart's Submit button in the page and
enabled, against a bare page that only awaits `loadPyodide()` and runs `1` from the same
dist/. Both in fresh browser contexts (cold cache), alternated, in one browser run; medians
of --runs and their ratio.

The breakdown: the end of each start-up stage, in ms after navigation (the worker stamps
its stages, the page its own: `lite-ready`'s `detail.timings`), median over the runs, and
the time each stage took after the one before it.

Usage: python -m bench.startup [--runs 7]   (after python -m build_scripts.build)
"""

from __future__ import annotations

import argparse
import statistics
from pathlib import Path
from typing import Any

from playwright.sync_api import Browser, sync_playwright

from bench.run import ready_page, save_results
from e2e.browser import launch
from e2e.server import StaticServer

REPO = Path(__file__).resolve().parent.parent
DIST = REPO / "dist"

BARE_PAGE = """<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,"></head><body>
<script type="module">
import { loadPyodide } from "./pyodide/pyodide.mjs";
const pyodide = await loadPyodide({ indexURL: new URL("./pyodide/", import.meta.url).href });
pyodide.runPython("1");
window.__ready = performance.now();
</script></body></html>"""

# Stamps the moment the Submit button exists and is enabled, and the stages' times.
WATCH = """
addEventListener("lite-ready", (event) => { window.__timings = event.detail.timings; });
const watch = () => {
  const submit = [...document.querySelectorAll("lite-button")].find((b) => b.value === "Submit");
  const button = submit && submit.shadowRoot && submit.shadowRoot.querySelector("button");
  if (button && !button.disabled) { window.__ready = performance.now(); return; }
  setTimeout(watch, 2);
};
watch();
"""


COLLECT = """() => {
  const origin = performance.timeOrigin;
  const script = performance.getEntriesByType("resource").find((r) => r.name.endsWith("/lite.js"));
  const stages = { ...(script ? { "lite.js loaded": script.responseEnd } : {}) };
  for (const [name, at] of Object.entries(window.__timings || {})) stages[name] = at - origin;
  return { ready: window.__ready, stages };
}"""


def measure(browser: Browser, url: str, *, hook: str | None = None, html: str | None = None) -> dict[str, Any]:
    """The Submit button's time and the stages' ends, in ms after navigation."""
    result: dict[str, Any] = ready_page(browser, url, COLLECT, hook=hook, page_html=html)
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    apps: list[dict[str, Any]] = []
    bare: list[float] = []
    with StaticServer(DIST) as server, sync_playwright() as p:
        browser = launch(p)
        for _ in range(args.runs):
            apps.append(measure(browser, server.url + "/", hook=WATCH))
            bare.append(measure(browser, server.url + "/__bare.html", html=BARE_PAGE)["ready"])
        browser.close()
    app_tti = statistics.median(a["ready"] for a in apps)
    bare_tti = statistics.median(bare)
    names = list(apps[0]["stages"])
    ends = {name: statistics.median(a["stages"][name] for a in apps) for name in names}
    ends["Submit enabled"] = app_tti
    ordered = sorted(ends.items(), key=lambda item: item[1])
    breakdown = []
    previous = 0.0
    for name, end in ordered:
        breakdown.append({"stage": name, "ends_ms": round(end), "took_ms": round(end - previous)})
        previous = end
    results = {
        "tti_quickstart_ms": round(app_tti),
        "tti_bare_loadPyodide_ms": round(bare_tti),
        "ratio": round(app_tti / bare_tti, 3),
        "lite_share_ms": round(app_tti - bare_tti),
        "breakdown": breakdown,
        "runs": args.runs,
    }
    save_results("startup", results)


if __name__ == "__main__":
    main()
