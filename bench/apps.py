"""N apps on one page vs one (DESIGN §7), each N in its own fresh browser.

The page holds N `<gradio-lite>` elements, each the Quickstart with its own greeting
("Hello<i>, "), so that a submit in one app is seen to come from that app. Per N and run:
- time to all interactive: ms from navigation start until every app fired `lite-ready`
  (or, whichever comes first, every app's Submit button is enabled);
- renderer memory: the sum of VmRSS of the browser's renderer processes (the page and its
  workers live there), ~1 s after a submit in every app proved each one works.
Medians over --runs, and their ratios to N=1; written to bench/results/apps.json.

Usage: python -m bench.apps [--counts 1,3,10] [--runs 3]   (after python -m build_scripts.build)
"""

from __future__ import annotations

import argparse
import html
import json
import os
import statistics
import time
from dataclasses import dataclass
from pathlib import Path

from playwright.sync_api import Page, Playwright, expect, sync_playwright

from bench.run import DIST
from e2e.browser import launch
from e2e.server import StaticServer

QUICKSTART = Path(__file__).resolve().parent.parent / "examples" / "quickstart.py"
RESULTS = Path(__file__).resolve().parent / "results" / "apps.json"
GOAL_TIME, GOAL_MEMORY, GOAL_AT = 1.3, 1.5, 10
BOOT_TIMEOUT_MS = 600_000  # 10 Pyodides booting at once on 2 cores take a while

PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>{n} apps</title>
<script type="module" crossorigin src="lite.js"></script><link rel="stylesheet" href="lite.css">
</head><body>
{apps}
</body></html>"""

# Records when the last app became interactive, in the page's clock (0 = navigation
# start). `lite-ready` is the product's signal; enabled Submit buttons are the fallback,
# polled because they render inside shadow roots that no event announces.
READY_HOOK = """(() => {
  const expected = %d;
  let ready = 0;
  const done = () => { if (window.__ready === undefined) window.__ready = performance.now(); };
  addEventListener("lite-ready", () => { if (++ready >= expected) done(); });
  const submitsEnabled = () => {
    const apps = document.querySelectorAll("gradio-lite");
    return apps.length === expected && [...apps].every((app) => {
      const submit = [...app.querySelectorAll("lite-button")].find((b) => b.value === "Submit");
      const button = submit?.shadowRoot?.querySelector("button");
      return button !== null && button !== undefined && !button.disabled;
    });
  };
  const poll = setInterval(() => {
    if (window.__ready === undefined && submitsEnabled()) done();
    if (window.__ready !== undefined) clearInterval(poll);
  }, 10);
})();"""


@dataclass
class Sample:
    interactive_ms: float
    renderer_rss_mb: float


def app_code(index: int) -> str:
    """The Quickstart, greeting with "Hello<index>, " so each app's answers are its own."""
    code = QUICKSTART.read_text()
    if '"Hello, "' not in code:
        raise RuntimeError("the Quickstart's greeting changed: update bench/apps.py")
    return code.replace('"Hello, "', f'"Hello{index}, "')


def bench_page(n: int) -> str:
    # Escaped, as build_scripts/pages.py does, so the Python reaches each element unchanged.
    apps = "\n".join(f"<gradio-lite>\n{html.escape(app_code(i), quote=False)}</gradio-lite>" for i in range(n))
    return PAGE.format(n=n, apps=apps)


def _processes() -> dict[int, tuple[int, list[str]]]:
    """pid -> (parent pid, argv split on spaces) of every process we can read in /proc."""
    found: dict[int, tuple[int, list[str]]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            argv = (entry / "cmdline").read_bytes().split(b"\0")
        except OSError:  # exited while we looked
            continue
        # The command name in stat may hold spaces and parentheses; fields follow the last ")".
        parent = int(stat.rsplit(")", 1)[1].split()[1])
        # Chromium's children rewrite their title: all flags in one NUL-free string.
        found[int(entry.name)] = (parent, b" ".join(argv).decode(errors="replace").split())
    return found


def _descends(pid: int, ancestor: int, table: dict[int, tuple[int, list[str]]]) -> bool:
    while pid in table and pid > 1:
        pid = table[pid][0]
        if pid == ancestor:
            return True
    return False


def _is_chromium(argv: list[str]) -> bool:
    return bool(argv) and Path(argv[0]).name == "chromium"


def browser_roots() -> set[int]:
    """Chromium browser processes (no --type=) started by this Python process.

    Playwright gives no pid, so we walk /proc parent links: python -> Playwright's driver
    -> (Debian's launcher script) -> chromium. Zygotes, renderers etc. carry --type=.
    """
    table = _processes()
    me = os.getpid()
    return {
        pid
        for pid, (_, argv) in table.items()
        if _is_chromium(argv) and not any(a.startswith("--type=") for a in argv) and _descends(pid, me, table)
    }


def renderer_rss_mb(root: int) -> float:
    """Sum of VmRSS of `root`'s renderer processes (shared pages count once per process)."""
    table = _processes()
    total_kb = 0
    for pid, (_, argv) in table.items():
        if "--type=renderer" in argv and _descends(pid, root, table):
            try:
                status = Path(f"/proc/{pid}/status").read_text()
            except OSError:
                continue
            total_kb += next((int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS:")), 0)
    return total_kb / 1024


def submit_in_every_app(page: Page, n: int) -> None:
    """A Quickstart submit in each app, answered with that app's own greeting."""
    for i in range(n):
        app = page.locator("gradio-lite").nth(i)
        app.get_by_label("name").fill(f"App{i}")
        app.get_by_role("button", name="Submit").click()
        expect(app.get_by_label("output")).to_have_value(f"Hello{i}, App{i}", timeout=60_000)


def measure(p: Playwright, base: str, n: int) -> Sample:
    """One cold load of the N-app page, in a browser of its own (memory not shared)."""
    before = browser_roots()
    browser = launch(p)
    try:
        roots = browser_roots() - before
        if len(roots) != 1:
            raise RuntimeError(f"expected one new Chromium browser process, found {sorted(roots)}")
        page = browser.new_page(viewport={"width": 1280, "height": 600 * n})  # every app in view
        url = f"{base}/__bench_apps_{n}.html"
        html_text = bench_page(n)
        page.route(url, lambda route: route.fulfill(content_type="text/html", body=html_text))
        page.add_init_script(READY_HOOK % n)
        page.goto(url)
        page.wait_for_function("() => window.__ready !== undefined", timeout=BOOT_TIMEOUT_MS, polling=100)
        interactive = float(page.evaluate("window.__ready"))
        submit_in_every_app(page, n)
        time.sleep(1)  # let boot-time garbage settle before reading RSS
        return Sample(interactive, renderer_rss_mb(roots.pop()))
    finally:
        browser.close()


def table(results: list[dict[str, float]]) -> str:
    head = (
        f"| apps | time to all interactive (ms) | ratio to 1 (goal at {GOAL_AT}: <= {GOAL_TIME}) "
        f"| renderer RSS (MB) | ratio to 1 (goal at {GOAL_AT}: <= {GOAL_MEMORY}) |"
    )
    rows = [head, "|---|---|---|---|---|"]
    for r in results:
        rows.append(
            f"| {r['apps']} | {r['interactive_ms']:.0f} | {r['time_ratio']:.2f} "
            f"| {r['renderer_rss_mb']:.0f} | {r['memory_ratio']:.2f} |"
        )
    rows.append(f"Goal: {GOAL_AT} apps within {GOAL_TIME}x the time and {GOAL_MEMORY}x the memory of one app.")
    return "\n".join(rows)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--counts", default="1,3,10", help="comma-separated app counts; 1 is the baseline")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    counts = sorted({int(c) for c in args.counts.split(",")} | {1})

    samples: dict[int, list[Sample]] = {n: [] for n in counts}
    with StaticServer(DIST) as server, sync_playwright() as p:
        # Counts alternate within each run, so drift on a noisy machine hits all alike.
        for _ in range(args.runs):
            for n in counts:
                samples[n].append(measure(p, server.url, n))
                last = samples[n][-1]
                print(f"  {n} apps: {last.interactive_ms:.0f} ms, {last.renderer_rss_mb:.0f} MB", flush=True)

    medians = {
        n: (statistics.median(s.interactive_ms for s in runs), statistics.median(s.renderer_rss_mb for s in runs))
        for n, runs in samples.items()
    }
    one_time, one_memory = medians[1]
    results = [
        {
            "apps": n,
            "interactive_ms": round(t),
            "time_ratio": round(t / one_time, 3),
            "renderer_rss_mb": round(m, 1),
            "memory_ratio": round(m / one_memory, 3),
        }
        for n, (t, m) in medians.items()
    ]
    print(table(results))
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    report = {
        "runs": args.runs,
        "goal": {"apps": GOAL_AT, "time_ratio": GOAL_TIME, "memory_ratio": GOAL_MEMORY},
        "results": results,
    }
    RESULTS.write_text(json.dumps(report, indent=2) + "\n")


if __name__ == "__main__":
    main()
