"""Authoring speed, in one browser run (DESIGN §7): how long a change takes to show.

- `lite dev`: a save of the Quickstart's app.py (the greeting changes) -> the new text in
  the page's output after one Submit, i.e. the new app running. Measured from the file's
  write; median and max over --saves.
- Playground: controller.run_code(new Quickstart code) -> the new app's UI rendered
  (`lite-ready`), over --runs; the Run button does the same.

Both re-use the page's runtime (no Pyodide restart). Target: <= 300 ms for each.

Usage: python -m bench.authoring [--saves 15] [--runs 15]   (after python -m build_scripts.build)
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from playwright.sync_api import Page, sync_playwright

from bench.run import save_results
from e2e.browser import launch
from e2e.commands import REPO, lite
from e2e.server import StaticServer

QUICKSTART = (REPO / "examples" / "quickstart.py").read_text()
DIST = REPO / "dist"

# Resolves once the new greeting is shown after a Submit (the app that answers is the new one).
NEW_UI_SHOWN = """async (expected) => {
  const deadline = performance.now() + 10000;
  while (performance.now() < deadline) {
    const lite = document.querySelector(".lite-app");
    const boxes = lite ? lite.querySelectorAll("lite-textbox") : [];
    const submit = lite && [...lite.querySelectorAll("lite-button")].find((b) => b.value === "Submit");
    if (boxes.length === 2 && submit) {
      const field = boxes[0].shadowRoot.querySelector("textarea");
      const out = boxes[1].shadowRoot.querySelector("textarea");
      if (out.value === expected) return true;
      if (field.value !== "W") { field.value = "W"; field.dispatchEvent(new Event("input")); }
      submit.shadowRoot.querySelector("button").click();
    }
    await new Promise((r) => setTimeout(r, 5));
  }
  return false;
}"""


def summary(times: list[float]) -> dict[str, float]:
    return {"median_ms": round(statistics.median(times), 1), "max_ms": round(max(times), 1), "n": len(times)}


def dev_saves(page: Page, saves: int) -> list[float]:
    times = []
    with tempfile.TemporaryDirectory() as tmp:
        app = Path(tmp) / "app.py"
        app.write_text(QUICKSTART)
        with lite("dev", "app.py", cwd=Path(tmp)) as url:
            page.goto(url + "/")
            page.locator(".lite-app").wait_for(timeout=60_000)
            for i in range(saves):
                greeting = f"Hi{i}, "
                started = time.perf_counter()
                app.write_text(QUICKSTART.replace('"Hello, "', f'"{greeting}"'))
                assert page.evaluate(NEW_UI_SHOWN, greeting + "W"), f"save {i} did not show"
                times.append((time.perf_counter() - started) * 1000)
    return times


def playground_runs(page: Page, runs: int) -> list[float]:
    times = []
    with StaticServer(DIST) as server:
        page.goto(server.url + "/playground.html")
        page.locator(".lite-playground-app .lite-app").wait_for(timeout=60_000)
        page.wait_for_function("() => window.liteApp")
        for i in range(runs):
            code = QUICKSTART.replace('"Hello, "', f'"Run{i}, "')
            elapsed = page.evaluate(
                """async (code) => {
                  const started = performance.now();
                  await window.liteApp.run_code(code);
                  return performance.now() - started;
                }""",
                code,
            )
            assert page.evaluate(NEW_UI_SHOWN, f"Run{i}, W")
            times.append(elapsed)
    return times


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--saves", type=int, default=15)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    with sync_playwright() as p:
        browser = launch(p)
        results = {
            "dev_save_to_new_ui": summary(dev_saves(browser.new_page(), args.saves)),
            "playground_run_code_to_ready": summary(playground_runs(browser.new_page(), args.runs)),
        }
        browser.close()
    save_results("authoring", results)


if __name__ == "__main__":
    main()
