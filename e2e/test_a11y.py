"""axe-core (pinned in web/package.json, injected from node_modules: nothing is fetched) over
every generated page, once its app is ready, and over the loading and start-up error states,
in light and dark. Colour contrast is asserted apart, so that the rest is held at 0 now.

Each page is audited once (all rules) and both tests read that audit. A report of every
violation, grouped by rule with its targets, is written to e2e/artifacts/a11y/report.txt."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Page, Route, expect

from .conftest import BOOT_TIMEOUT_MS, open_app, serve_app
from .server import StaticServer

ROOT = Path(__file__).resolve().parent.parent
AXE = ROOT / "web" / "node_modules" / "axe-core" / "axe.min.js"
REPORT = Path(__file__).resolve().parent / "artifacts" / "a11y" / "report.txt"
CONTRAST = "color-contrast"

# unified_text_generation imports transformers, which the runtime lacks: it shows the
# start-up error state, audited on its own below.
EXAMPLES = sorted(p.stem for p in (ROOT / "examples").glob("*.py") if p.stem != "unified_text_generation")
STATES = ["loading", "startup-error", "running", "playground", *(f"examples/{name}" for name in EXAMPLES)]
SCHEMES = ["light", "dark"]

FAILING = 'import gradio as gr\nraise ValueError("the model file is missing")\n'

# A run under way (status tracker, progress bar, busy button) with a toast of each kind.
RUNNING = """
import time
import gradio as gr

def slow(text, progress=gr.Progress()):
    gr.Info("Started")
    gr.Warning("Careful")
    gr.Success("Saved")
    progress(0.4, desc="Thinking")
    time.sleep(30)
    return text

with gr.Blocks() as demo:
    box = gr.Textbox(label="text", value="hi")
    out = gr.Textbox(label="result")
    gr.Button("Go").click(slow, box, out)
    bad = gr.Button("Fail")
    bad.click(lambda: (_ for _ in ()).throw(gr.Error("That went wrong")), None, None)

demo.launch()
"""

Violations = dict[str, list[str]]  # rule id -> "impact: target (summary)"


def axe(page: Page) -> Violations:
    """Every rule's violations in the page as it is now."""
    page.add_script_tag(path=str(AXE))
    results: list[dict[str, Any]] = page.evaluate("async () => (await axe.run(document)).violations")
    found: Violations = {}
    for rule in results:
        for node in rule["nodes"]:
            target = " >> ".join(str(t) for t in node["target"])
            summary = (node.get("failureSummary") or "").replace("\n", " ")[:160]
            found.setdefault(rule["id"], []).append(f"{rule['impact']}: {target} ({summary})")
    return found


def hold_runtime(route: Route) -> None:
    """Leave the interpreter's download pending, so that the page stays in its loading state."""


def open_state(page: Page, server: StaticServer, state: str) -> None:
    if state == "loading":
        page.context.route("**/pyodide.asm.wasm", hold_runtime)
        page.goto(f"{server.url}/examples/quickstart.html")
        expect(page.locator(".lite-loading")).to_be_visible()
    elif state == "startup-error":
        page.goto(serve_app(page, server, "failing", FAILING))
        expect(page.locator(".lite-failure")).to_contain_text("model file is missing", timeout=BOOT_TIMEOUT_MS)
    elif state == "running":
        open_app(page, serve_app(page, server, "running", RUNNING))
        page.get_by_role("button", name="Fail").click()
        expect(page.get_by_text("That went wrong")).to_be_visible()
        page.get_by_role("button", name="Go").click()
        expect(page.get_by_text("Thinking")).to_be_visible()
        expect(page.get_by_text("Saved")).to_be_visible()
    elif state == "playground":
        page.goto(f"{server.url}/playground.html")
        page.locator(".lite-app").wait_for(timeout=BOOT_TIMEOUT_MS)
    else:
        open_app(page, f"{server.url}/{state}.html")
    page.wait_for_timeout(300)  # the first render's late paints (plots, code editors) settle


@pytest.fixture(scope="module")
def audits() -> Iterator[dict[tuple[str, str], Violations]]:
    found: dict[tuple[str, str], Violations] = {}
    yield found
    REPORT.parent.mkdir(parents=True, exist_ok=True)
    REPORT.write_text(report(found))


def report(found: dict[tuple[str, str], Violations]) -> str:
    by_rule: dict[str, list[str]] = {}
    for (state, scheme), violations in sorted(found.items()):
        for rule, nodes in violations.items():
            by_rule.setdefault(rule, []).extend(f"  [{state}, {scheme}] {node}" for node in nodes)
    lines = [f"{len(found)} page states audited"]
    for rule, nodes in sorted(by_rule.items()):
        lines += [f"{rule}: {len(nodes)}", *nodes]
    return "\n".join(lines) + "\n"


@pytest.fixture
def audit(
    page: Page, server: StaticServer, audits: dict[tuple[str, str], Violations]
) -> Callable[[str, str], Violations]:
    def run(state: str, scheme: str) -> Violations:
        if (state, scheme) not in audits:
            page.emulate_media(color_scheme=scheme)  # type: ignore[arg-type]
            open_state(page, server, state)
            audits[state, scheme] = axe(page)
        return audits[state, scheme]

    return run


def listed(violations: Violations) -> str:
    return "\n".join(f"{rule}:\n  " + "\n  ".join(nodes) for rule, nodes in violations.items())


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("state", STATES)
def test_no_accessibility_violations(audit: Callable[[str, str], Violations], state: str, scheme: str) -> None:
    violations = {rule: nodes for rule, nodes in audit(state, scheme).items() if rule != CONTRAST}
    assert not violations, listed(violations)


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("state", STATES)
def test_color_contrast_meets_aa(audit: Callable[[str, str], Violations], state: str, scheme: str) -> None:
    violations = {rule: nodes for rule, nodes in audit(state, scheme).items() if rule == CONTRAST}
    assert not violations, listed(violations)
