"""Themes as a user sees them: light and dark, an app's own theme, css=, elem_id and
elem_classes, and a Row's children sharing its width."""

from __future__ import annotations

import re
from pathlib import Path

from playwright.sync_api import Page, expect

from .conftest import open_app, serve_app
from .server import StaticServer

ARTIFACTS = Path(__file__).resolve().parent / "artifacts"

STYLED = """
import gradio as gr

theme = gr.themes.Soft(primary_hue="green").set(button_primary_background_fill="rgb(1, 2, 3)")
with gr.Blocks(theme=theme, css="#shout { outline: 3px solid rgb(255, 0, 0); } .wide { opacity: 0.5; }") as demo:
    with gr.Row():
        left = gr.Textbox(label="left", elem_id="shout")
        right = gr.Number(label="right", elem_classes=["wide", "second"])
    go = gr.Button("Go", variant="primary")

demo.launch()
"""


def colours(page: Page, label: str) -> tuple[str, str]:
    """The background of the block holding `label`'s field, and its label's colour."""
    return page.get_by_label(label).evaluate(
        """field => {
            const block = field.getRootNode().host;
            const label = field.getRootNode().querySelector("label");
            return [getComputedStyle(block).backgroundColor, getComputedStyle(label).color];
        }"""
    )


def test_dark_mode_follows_the_url_and_the_system(page: Page, server: StaticServer) -> None:
    open_app(page, server.url + "/")
    light = colours(page, "name")
    assert light[0] == "rgb(255, 255, 255)"

    open_app(page, server.url + "/?__theme=dark")
    dark = colours(page, "name")
    assert dark != light and dark[0] == "rgb(39, 39, 42)"  # zinc-800, as Gradio's dark blocks

    page.emulate_media(color_scheme="dark")
    open_app(page, server.url + "/")
    assert colours(page, "name") == dark
    open_app(page, server.url + "/?__theme=light")
    assert colours(page, "name") == light


def test_an_apps_theme_css_and_element_ids_take_effect(page: Page, server: StaticServer) -> None:
    open_app(page, serve_app(page, server, "styled", STYLED))
    button = page.get_by_role("button", name="Go")
    expect(button).to_have_css("background-color", "rgb(1, 2, 3)")
    shout = page.locator("#shout")
    expect(shout).to_have_css("outline-color", "rgb(255, 0, 0)")
    expect(page.locator(".wide.second")).to_have_css("opacity", "0.5")
    assert page.locator("#shout").evaluate("el => el.classList.contains('block')")
    # Soft's green accent reaches the page's variables.
    primary = page.locator(".lite-app").evaluate("el => getComputedStyle(el).getPropertyValue('--primary-500').trim()")
    assert primary == "#22c55e"

    left, right = (page.locator(sel).bounding_box() for sel in ("#shout", ".wide"))
    assert left and right and abs(left["width"] - right["width"]) <= 1
    assert abs(left["y"] - right["y"]) <= 1  # side by side


def test_screenshots_of_the_quickstart_light_and_dark(page: Page, server: StaticServer) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.set_viewport_size({"width": 1280, "height": 800})
    for scheme in ("light", "dark"):
        open_app(page, f"{server.url}/?__theme={scheme}")
        page.get_by_label("name").fill("World")
        page.get_by_role("button", name="Submit").click()
        expect(page.get_by_label("output")).to_have_value(re.compile("^Hello, World"))
        page.screenshot(path=str(ARTIFACTS / f"theme-quickstart-{scheme}.png"), full_page=True)


def test_a_chart_takes_the_dark_themes_colours(page: Page, server: StaticServer) -> None:
    # Vega's defaults are dark text on white: on a dark page its axis labels vanished.
    open_app(page, f"{server.url}/examples/plots.html?__theme=dark")
    label = page.locator("lite-nativeplot svg .role-axis-label text").first
    expect(label).to_be_attached(timeout=60_000)
    fill = label.evaluate("el => getComputedStyle(el).fill")
    channels = [int(c) for c in re.findall(r"\d+", fill)[:3]]
    assert min(channels) > 150, f"axis labels are {fill} on a dark page"
