"""gr.Dropdown as Gradio draws it: a field that filters its choices as one types, a list
driven by mouse or keyboard, chips for a multiselect, typed values when allowed."""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

import pytest
from playwright.sync_api import Locator, Page, expect

from .conftest import open_app, serve_app
from .server import StaticServer
from .test_a11y import axe, listed

SHOTS = Path(tempfile.gettempdir()) / "lite-e2e-shots"  # to look at, not to compare

COUNTRIES = """
import gradio as gr

def picked(evt: gr.SelectData):
    return f"{evt.index}:{evt.value}"

with gr.Blocks() as demo:
    country = gr.Dropdown(
        [("France", "fr"), ("Japan", "jp"), ("Peru", "pe"), ("New Zealand", "nz")],
        label="Country",
    )
    value = gr.Textbox(label="Value")
    selection = gr.Textbox(label="Selection")
    seen = gr.Textbox(label="Seen")
    fixed = gr.Dropdown(["one", "two"], value="two", label="Fixed", interactive=False)
    country.change(lambda c: c, country, value)
    country.select(picked, None, selection)
    country.focus(lambda s: s + "focus ", seen, seen)
    country.blur(lambda s: s + "blur ", seen, seen)

demo.launch()
"""

ACTIVITIES = """
import gradio as gr

with gr.Blocks() as demo:
    with gr.Group():
        activities = gr.Dropdown(
            ["hiking", "museums", "food", "cinema"], multiselect=True, max_choices=3, label="Activities"
        )
        gr.Textbox("something under the list", label="Below")
    chosen = gr.Textbox(label="Chosen")
    activities.change(lambda a: ", ".join(a), activities, chosen)

demo.launch()
"""

CUSTOM = """
import gradio as gr

with gr.Blocks() as demo:
    colour = gr.Dropdown(["red", "green"], value="red", allow_custom_value=True, label="Colour")
    tags = gr.Dropdown(["urgent", "later"], multiselect=True, allow_custom_value=True, label="Tags")
    size = gr.Dropdown(["small", "large"], value="small", filterable=False, label="Size")
    out = gr.Textbox(label="Out")
    colour.change(lambda c: f"colour={c}", colour, out)
    size.change(lambda s: f"size={s}", size, out)
    tags.change(lambda t: f"tags={t}", tags, out)

demo.launch()
"""


def options(page: Page) -> Locator:
    return page.get_by_role("listbox").get_by_role("option")


def chips(page: Page) -> Locator:
    """The chips a multiselect Dropdown shows (the page's only one): their remove buttons."""
    return page.get_by_role("button", name="Remove ")


def active_option(page: Page, field: Locator) -> str:
    """The name of the option the field's aria-activedescendant points at."""
    expect(field).to_have_attribute("aria-activedescendant", re.compile(r"option-\d+"))
    id_ = field.get_attribute("aria-activedescendant")
    return page.get_by_role("listbox").locator(f"#{id_}").inner_text().replace("✓", "").strip()


def test_typing_filters_and_the_keyboard_picks(page: Page, server: StaticServer) -> None:
    open_app(page, serve_app(page, server, "countries", COUNTRIES))
    field = page.get_by_label("Country")
    expect(field).to_have_value("France")  # the first choice's name, not its value
    expect(field).to_have_attribute("role", "combobox")
    expect(field).to_have_attribute("aria-expanded", "false")
    expect(page.get_by_role("listbox")).to_be_hidden()
    field.click()
    expect(field).to_have_attribute("aria-expanded", "true")
    expect(options(page)).to_have_text(["✓France", "Japan", "Peru", "New Zealand"])
    expect(page.get_by_role("option", name="France")).to_have_attribute("aria-selected", "true")
    # Typing narrows the list to the names holding the text, whatever its case.
    field.fill("AN")
    expect(options(page)).to_have_text(["✓France", "Japan", "New Zealand"])
    assert active_option(page, field) == "France"
    field.press("ArrowDown")
    assert active_option(page, field) == "Japan"
    field.press("ArrowDown")
    field.press("ArrowDown")  # past the last: round to the first
    assert active_option(page, field) == "France"
    field.press("ArrowUp")
    assert active_option(page, field) == "New Zealand"
    field.press("ArrowUp")
    field.press("Enter")
    expect(field).to_have_value("Japan")
    expect(page.get_by_role("listbox")).to_be_hidden()
    expect(field).to_have_attribute("aria-expanded", "false")
    expect(field).to_be_focused()
    # Python gets the choice's value, and the select event its index.
    expect(page.get_by_label("Value")).to_have_value("jp")
    expect(page.get_by_label("Selection")).to_have_value("1:jp")
    # The mouse: the list opens again on a click, and a click picks.
    field.click()
    page.get_by_role("option", name="New Zealand").click()
    expect(field).to_have_value("New Zealand")
    expect(page.get_by_label("Value")).to_have_value("nz")
    expect(page.get_by_label("Selection")).to_have_value("3:nz")
    # Focus and blur reach Python too.
    page.get_by_label("Value").click()
    expect(page.get_by_label("Seen")).to_have_value("focus blur ")
    # A Dropdown that is not interactive shows its value and offers no list.
    fixed = page.get_by_label("Fixed")
    expect(fixed).to_have_value("two")
    expect(fixed).not_to_be_editable()
    fixed.click()
    expect(fixed).to_have_attribute("aria-expanded", "false")
    expect(page.get_by_role("listbox")).to_be_hidden()


def test_escape_and_leaving_restore_the_choice(page: Page, server: StaticServer) -> None:
    open_app(page, serve_app(page, server, "countries", COUNTRIES))
    field = page.get_by_label("Country")
    field.click()
    field.fill("per")
    expect(options(page)).to_have_text(["Peru"])
    field.press("Escape")
    expect(page.get_by_role("listbox")).to_be_hidden()
    expect(field).to_have_value("France")
    # A text no choice holds offers nothing; leaving the field takes nothing from it.
    field.fill("Atlantis")
    expect(page.get_by_role("listbox")).to_be_hidden()
    expect(field).to_have_attribute("aria-expanded", "false")
    field.press("Enter")
    field.press("Tab")
    expect(field).to_have_value("France")
    expect(page.get_by_label("Value")).to_have_value("")  # no change ever fired


def test_multiselect_chips(page: Page, server: StaticServer) -> None:
    open_app(page, serve_app(page, server, "activities", ACTIVITIES))
    field = page.get_by_label("Activities")
    chosen = page.get_by_label("Chosen")
    field.click()
    # The list floats over the Textbox under it (the Group clips nothing): a click reaches it.
    page.get_by_role("option", name="hiking").click()
    expect(chips(page)).to_have_count(1)
    expect(page.get_by_role("button", name="Remove hiking")).to_be_visible()
    expect(chosen).to_have_value("hiking")
    # The list stays open, the chosen marked.
    expect(page.get_by_role("option", name="hiking")).to_have_attribute("aria-selected", "true")
    expect(page.get_by_role("listbox")).to_have_attribute("aria-multiselectable", "true")
    field.press_sequentially("mus")
    expect(options(page)).to_have_text(["museums"])
    field.press("Enter")
    expect(field).to_have_value("")
    expect(chosen).to_have_value("hiking, museums")
    expect(options(page)).to_have_count(4)
    # Picking a chosen one again takes it back.
    page.get_by_role("option", name="museums").click()
    expect(chosen).to_have_value("hiking")
    page.get_by_role("option", name="museums").click()
    page.get_by_role("option", name="food").click()
    expect(chosen).to_have_value("hiking, museums, food")
    # max_choices=3 reached: the list closes, and offers no more.
    expect(page.get_by_role("listbox")).to_be_hidden()
    field.press("ArrowDown")
    expect(page.get_by_role("listbox")).to_be_hidden()
    expect(chips(page)).to_have_count(3)
    page.get_by_role("button", name="Remove museums").click()
    expect(chosen).to_have_value("hiking, food")
    expect(page.get_by_role("button", name="Remove museums")).to_have_count(0)
    expect(field).to_be_focused()
    # Backspace in the empty field takes the last chip.
    field.press("Backspace")
    expect(chosen).to_have_value("hiking")
    expect(chips(page)).to_have_count(1)
    field.press("ArrowDown")
    expect(options(page)).to_have_count(4)
    page.get_by_role("button", name="Clear all").click()
    expect(chips(page)).to_have_count(0)
    expect(chosen).to_have_value("")
    expect(page.get_by_role("button", name="Clear all")).to_have_count(0)


def test_custom_values(page: Page, server: StaticServer) -> None:
    open_app(page, serve_app(page, server, "custom", CUSTOM))
    colour = page.get_by_label("Colour")
    out = page.get_by_label("Out")
    colour.click()
    colour.fill("teal")
    expect(page.get_by_role("listbox")).to_be_hidden()  # no choice holds "teal"
    colour.press("Tab")
    expect(out).to_have_value("colour=teal")
    expect(colour).to_have_value("teal")
    # A typed name is the choice's value; Escape drops what was typed.
    colour.fill("gre")
    colour.press("Escape")
    expect(colour).to_have_value("teal")
    colour.fill("green")
    colour.press("Enter")
    expect(out).to_have_value("colour=green")
    tags = page.get_by_label("Tags")
    tags.click()
    tags.press_sequentially("someday")
    tags.press("Enter")
    expect(page.get_by_role("button", name="Remove someday")).to_be_visible()
    expect(out).to_have_value("tags=['someday']")
    expect(tags).to_have_value("")
    page.get_by_role("option", name="urgent").click()
    expect(out).to_have_value("tags=['someday', 'urgent']")


def test_not_filterable_lists_every_choice(page: Page, server: StaticServer) -> None:
    open_app(page, serve_app(page, server, "custom", CUSTOM))
    size = page.get_by_label("Size")
    size.click()
    size.press("l")  # typing neither edits the field nor narrows the list
    expect(size).to_have_value("small")
    expect(options(page)).to_have_text(["✓small", "large"])
    size.press("ArrowDown")
    size.press("Enter")
    expect(size).to_have_value("large")
    expect(page.get_by_label("Out")).to_have_value("size=large")


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_open_list_passes_axe(page: Page, server: StaticServer, scheme: str) -> None:
    page.emulate_media(color_scheme=scheme)  # type: ignore[arg-type]
    open_app(page, serve_app(page, server, "activities", ACTIVITIES))
    field = page.get_by_label("Activities")
    field.click()
    page.get_by_role("option", name="hiking").click()
    page.get_by_role("option", name="food").click()
    field.press("ArrowDown")
    expect(page.get_by_role("listbox")).to_be_visible()
    SHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SHOTS / f"dropdown-{scheme}.png"))
    violations = axe(page)
    assert not violations, listed(violations)
