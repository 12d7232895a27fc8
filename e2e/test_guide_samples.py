"""The guide's samples that need no media components, run unchanged from examples/."""

from __future__ import annotations

from playwright.sync_api import Browser, Page, expect

from .conftest import open_app
from .server import StaticServer


def open_example(page: Page, server: StaticServer, name: str) -> Page:
    return open_app(page, f"{server.url}/examples/{name}.html")


def test_sharing_sample_greets(page: Page, server: StaticServer) -> None:
    open_example(page, server, "sharing")
    page.get_by_label("name").fill("Ada")
    page.get_by_role("button", name="Submit").click()
    expect(page.get_by_label("output")).to_have_value("Hello Ada!")


def test_component_attributes_slider_defaults_and_greeting_label(page: Page, server: StaticServer) -> None:
    open_example(page, server, "components_attributes")
    slider = page.get_by_role("slider", name="intensity")
    expect(slider).to_have_value("2")
    expect(slider).to_have_attribute("min", "1")
    expect(slider).to_have_attribute("max", "10")
    page.get_by_label("name").fill("Bo")
    page.get_by_role("button", name="Submit").click()
    greeting = page.get_by_label("greeting")
    expect(greeting).to_have_value("Hello, Bo!!")
    expect(greeting).to_have_attribute("rows", "3")


def test_multiple_inputs_and_outputs(page: Page, server: StaticServer) -> None:
    open_example(page, server, "multiple_io")
    page.get_by_label("name").fill("Cy")
    page.get_by_label("is_morning").check()
    page.get_by_role("spinbutton", name="number input for temperature").fill("50")
    page.get_by_role("button", name="Submit").click()
    expect(page.get_by_label("output 0")).to_have_value("Good morning Cy. It is 50 degrees today")
    expect(page.get_by_label("output 1")).to_have_value("10")


def test_calculator_title_examples_and_divide_by_zero(page: Page, server: StaticServer) -> None:
    open_example(page, server, "calculator_examples")
    expect(page).to_have_title("Toy Calculator")
    expect(page.get_by_role("heading", name="Toy Calculator")).to_be_visible()
    expect(page.get_by_text("Here's a sample toy calculator.")).to_be_visible()

    page.get_by_role("button", name="Example 2: 3.14, divide, 2").click()
    expect(page.get_by_label("num1")).to_have_value("3.14")
    expect(page.get_by_role("radio", name="divide")).to_be_checked()
    expect(page.get_by_label("num2")).to_have_value("2")
    page.get_by_role("button", name="Submit").click()
    expect(page.get_by_label("output")).to_have_value("1.57")

    page.get_by_label("num2").fill("0")
    page.get_by_role("button", name="Submit").click()
    expect(page.get_by_role("alert")).to_contain_text("Cannot divide by zero!")


def test_global_state_collects_top_scores(page: Page, server: StaticServer) -> None:
    open_example(page, server, "global_state")
    for score, top in (
        ("5", "[\n  5\n]"),
        ("9", "[\n  9,\n  5\n]"),
        ("1", "[\n  9,\n  5,\n  1\n]"),
        ("7", "[\n  9,\n  7,\n  5\n]"),
    ):
        page.get_by_label("Score", exact=True).fill(score)
        page.get_by_role("button", name="Submit").click()
        expect(page.get_by_role("region", name="Top Scores")).to_have_text(top)


def test_two_pages_keep_separate_session_histories(browser: Browser, page: Page, server: StaticServer) -> None:
    open_example(page, server, "session_state")
    other = page.context.new_page()
    open_example(other, server, "session_state")

    def send(p: Page, message: str) -> str:
        p.get_by_label("message").fill(message)
        p.get_by_role("button", name="Submit").click()
        region = p.get_by_role("region", name="output")
        expect(region).to_contain_text(f'"Current messages": "{message}"')
        return region.inner_text()

    send(page, "first")
    assert '"Previous messages": [\n    "first"\n  ]' in send(page, "second")
    assert '"Previous messages": []' in send(other, "elsewhere")
    assert '"second",\n    "first"' in send(page, "third")


def test_live_calculator_has_no_submit_and_follows_each_change(page: Page, server: StaticServer) -> None:
    open_example(page, server, "live_calculator")
    expect(page.get_by_role("button", name="Submit")).to_have_count(0)
    page.get_by_label("num1").fill("6")
    page.get_by_role("radio", name="multiply").check()
    page.get_by_label("num2").fill("7")
    expect(page.get_by_label("output")).to_have_value("42")
    page.get_by_role("radio", name="subtract").check()
    expect(page.get_by_label("output")).to_have_value("-1")


CACHED = """
import time
import gradio as gr

def slow_square(x):
    time.sleep(3)
    return x * x

gr.Interface(slow_square, "number", "number", examples=[[4], [12]], cache_examples=True).launch()
"""


def test_cached_example_outputs_show_on_click_without_running(page: Page, server: StaticServer) -> None:
    from .conftest import serve_app

    open_app(page, serve_app(page, server, "cached", CACHED))
    page.get_by_role("button", name="Example 2: 12").click()
    expect(page.get_by_role("spinbutton", name="x")).to_have_value("12")
    # The function takes 3 s; the cached answer is there at once.
    expect(page.get_by_label("output")).to_have_value("144", timeout=1500)


def test_unified_transformers_sample_says_what_is_missing(page: Page, server: StaticServer) -> None:
    # transformers/torch have no build for Pyodide and gpt2's weights would need the
    # network: the page says so instead of failing silently.
    page.goto(f"{server.url}/examples/unified_text_generation.html")
    alert = page.get_by_role("alert")
    expect(alert).to_contain_text("This app could not start", timeout=60_000)
    expect(alert).to_contain_text("No module named 'transformers'")
    expect(alert).to_contain_text("`transformers` is not available in the browser")
