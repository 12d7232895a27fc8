"""Dropdown, CheckboxGroup, Label and HTML, driven in the page."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from .conftest import open_app, serve_app
from .server import StaticServer

TRAVEL = """
import gradio as gr

def plan(country, seasons, activities):
    scores = {a: (i + 1) / 10 for i, a in enumerate(activities)}
    unsafe = "<script>window.hacked = 1</script><img src=x onerror='window.hacked = 2'>"
    note = "<b>" + country + "</b> in " + ", ".join(seasons) + unsafe
    return scores or country, note

gr.Interface(
    plan,
    [
        gr.Dropdown(["France", "Japan", "Peru"], label="Country"),
        gr.CheckboxGroup(["Spring", "Summer", "Autumn"], label="Seasons"),
        gr.Dropdown(["hiking", "museums", "food"], multiselect=True, label="Activities"),
    ],
    [gr.Label(num_top_classes=2, label="Top"), gr.HTML()],
).launch()
"""


def choose(page: Page, label: str, *names: str) -> None:
    """Open the Dropdown labelled `label` and click each of `names` in its list."""
    page.get_by_label(label).click()
    for name in names:
        page.get_by_role("option", name=name, exact=True).click()
    page.get_by_label(label).press("Escape")


def test_choices_in_label_and_sanitized_html_out(page: Page, server: StaticServer) -> None:
    open_app(page, serve_app(page, server, "travel", TRAVEL))
    expect(page.get_by_label("Country")).to_have_value("France")
    choose(page, "Country", "Japan")
    expect(page.get_by_label("Country")).to_have_value("Japan")
    page.get_by_role("checkbox", name="Autumn").check()
    page.get_by_role("checkbox", name="Spring").check()
    choose(page, "Activities", "hiking", "museums", "food")
    for name in ["hiking", "museums", "food"]:
        expect(page.get_by_role("button", name=f"Remove {name}")).to_be_visible()
    page.get_by_role("button", name="Submit").click()
    top = page.get_by_role("region", name="Top")
    expect(top).to_contain_text("food")
    expect(page.get_by_role("meter")).to_have_count(2)
    expect(page.get_by_role("meter", name="museums")).to_have_attribute("aria-valuenow", "0.2")
    expect(page.locator("lite-html b")).to_have_text("Japan")
    expect(page.locator("lite-html")).to_contain_text("Japan in Spring, Autumn")
    assert page.evaluate("window.hacked") is None
