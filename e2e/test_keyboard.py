"""The samples by keyboard alone: Tab reaches every control, Enter and Space press buttons,
arrows move within a radio group, and a result lands in a region a screen reader announces."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from .conftest import open_app, serve_app
from .server import StaticServer

# unified_text_generation imports transformers, which the runtime lacks: it shows the
# start-up error, with no controls (test_a11y checks that state).
EXAMPLES = sorted(
    p.stem
    for p in (Path(__file__).resolve().parents[1] / "examples").glob("*.py")
    if p.stem != "unified_text_generation"
)

# Marks every control a user could operate (shadow roots included) with data-kb="<n>",
# and answers how each is described: radios of one group, reached by arrows, count as one.
MARK = """() => {
  const SELECTOR = 'a[href], button, input, select, textarea, summary, [tabindex], [contenteditable="true"], ' +
    '[role=button], [role=slider], [role=checkbox], [role=radio], [role=switch], [role=combobox], ' +
    '[role=textbox], [role=tab]';
  const found = [];
  const groups = new Set();
  const walk = (root) => {
    for (const el of root.querySelectorAll("*")) {
      if (el.shadowRoot) walk(el.shadowRoot);
      if (!el.matches(SELECTOR) || el.disabled || el.closest("[inert]")) continue;
      if (!el.checkVisibility({ checkVisibilityCSS: true }) || el.type === "hidden") continue;
      const role = el.getAttribute("role");
      // Roving focus: one stop per radio group or tab list, the rest by arrows.
      if ((el.type === "radio" && el.name) || role === "radio" || role === "tab") {
        const key = el.name || el.parentElement;
        if (groups.has(key)) continue;
        groups.add(key);
      } else if (el.tabIndex < 0 && !role) continue;  // meant to be focused by script only
      el.dataset.kb = String(found.length);
      const name = el.getAttribute("aria-label") || el.labels?.[0]?.textContent || el.textContent || el.name || "";
      found.push(`${el.localName}${role ? "[role=" + role + "]" : ""} "${name.trim().slice(0, 40)}"`);
    }
  };
  walk(document);
  return found;
}"""

# The focused element, through shadow roots: its mark, or its radio group's first mark.
FOCUSED = """() => {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  if (!el) return null;
  if (el.dataset.kb) return el.dataset.kb;
  const root = el.getRootNode();
  const first = el.type === "radio" && el.name
    ? [...root.querySelectorAll(`input[type=radio][name="${el.name}"]`)].find((r) => r.dataset.kb)
    : el.parentElement?.querySelector("[data-kb]");
  return first?.dataset.kb ?? null;
}"""


EDITING = """() => {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el?.isContentEditable ?? false;
}"""


def unreached(page: Page) -> list[str]:
    controls: list[str] = page.evaluate(MARK)
    reached: set[str] = set()
    page.locator("body").focus()
    for _ in range(len(controls) * 2 + 10):
        if page.evaluate(EDITING):
            page.keyboard.press("Escape")  # a code editor's Tab indents; after Escape, Tab leaves it
        page.keyboard.press("Tab")
        mark = page.evaluate(FOCUSED)
        if mark is not None:
            reached.add(mark)
        if len(reached) == len(controls):
            break
    return [control for i, control in enumerate(controls) if str(i) not in reached]


@pytest.mark.parametrize("sample", EXAMPLES)
def test_tab_reaches_every_control(page: Page, server: StaticServer, sample: str) -> None:
    open_app(page, f"{server.url}/examples/{sample}.html")
    page.wait_for_timeout(300)
    assert unreached(page) == []


def test_enter_and_space_press_buttons(page: Page, server: StaticServer) -> None:
    open_app(page, f"{server.url}/examples/quickstart.html")
    page.get_by_label("name").fill("Keys")
    page.get_by_role("button", name="Submit").focus()
    page.keyboard.press("Enter")
    expect(page.get_by_label("output")).to_have_value("Hello, Keys")
    page.get_by_role("button", name="Clear").focus()
    page.keyboard.press("Space")
    expect(page.get_by_label("output")).to_have_value("")


def test_arrows_move_within_a_radio_group(page: Page, server: StaticServer) -> None:
    open_app(page, f"{server.url}/examples/calculator_examples.html")
    page.get_by_role("radio", name="add").check()
    page.keyboard.press("ArrowDown")
    expect(page.get_by_role("radio", name="subtract")).to_be_checked()
    expect(page.get_by_role("radio", name="subtract")).to_be_focused()


def test_a_result_is_announced(page: Page, server: StaticServer) -> None:
    # A polite live region per app reads the finished run's outputs: the outputs themselves
    # are not live, as their status trackers tick while a run goes on.
    open_app(page, f"{server.url}/examples/quickstart.html")
    live = page.locator('gradio-lite .lite-announcer[aria-live="polite"]')
    expect(live).to_have_text("")
    page.get_by_label("name").fill("Keys")
    page.get_by_role("button", name="Submit").click()
    expect(live).to_have_text("output: Hello, Keys")


TABLE = """
import gradio as gr

def picked(evt: gr.SelectData):
    return f"{evt.index} {evt.value}"

with gr.Blocks() as demo:
    table = gr.Dataframe([[1, "one"], [2, "two"]], headers=["n", "word"], label="numbers", interactive=False)
    where = gr.Textbox(label="picked")
    table.select(picked, None, where)

demo.launch()
"""


def test_a_read_only_table_selects_by_keyboard(page: Page, server: StaticServer) -> None:
    open_app(page, serve_app(page, server, "table", TABLE))
    table = page.get_by_role("table", name="numbers")
    table.get_by_role("cell", name="1", exact=True).focus()
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowRight")
    expect(table.get_by_role("cell", name="two", exact=True)).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.get_by_label("picked")).to_have_value("(1, 1) two")
