"""Notices (gr.Info, gr.Warning, gr.Error) as toasts, and the running state of an event."""

from __future__ import annotations

import re

from playwright.sync_api import Locator, Page, expect

from .conftest import open_app, serve_app
from .server import StaticServer

NOTICES = """
import gradio as gr

def check(text):
    if not text:
        gr.Warning("Type something first")
        return ""
    gr.Info(f"Got {len(text)} characters", duration=1)
    return text[::-1]

gr.Interface(check, "text", "text").launch()
"""


def test_warning_and_info_notices(page: Page, server: StaticServer) -> None:
    open_app(page, serve_app(page, server, "notices", NOTICES))
    page.get_by_role("button", name="Submit").click()
    expect(page.get_by_role("alert")).to_contain_text("Warning Type something first")
    page.get_by_label("text").fill("abc")
    page.get_by_role("button", name="Submit").click()
    expect(page.get_by_label("output")).to_have_value("cba")
    # The event ran again: its earlier warning went.
    expect(page.get_by_role("alert")).to_have_count(0)
    expect(page.get_by_role("status")).to_contain_text("Info Got 3 characters")
    expect(page.get_by_text("Got 3 characters")).to_have_count(0, timeout=3000)


TOASTS = """
import asyncio
import gradio as gr

def notify():
    gr.Info("Saved", duration=1)
    gr.Warning("Disk almost full")
    return "notified"

def fail():
    raise gr.Error("Cannot divide by zero!", duration=None)

async def wait(seconds):
    await asyncio.sleep(seconds)
    return f"waited {seconds}"

with gr.Blocks() as demo:
    seconds = gr.Number(value=1.5, label="seconds")
    result = gr.Textbox(label="result")
    picture = gr.Image(label="picture", interactive=False)
    with gr.Row():
        gr.Button("Notify").click(notify, None, result)
        gr.Button("Fail").click(fail, None, result)
        gr.Button("Wait").click(wait, seconds, result)

demo.launch()
"""


def boxes(page: Page) -> list[object]:
    return [
        page.get_by_label("seconds").bounding_box(),
        page.get_by_label("result").bounding_box(),
        page.get_by_role("button", name="Wait").bounding_box(),
    ]


def test_toasts_show_top_right_over_the_app_without_moving_it(page: Page, server: StaticServer) -> None:
    open_app(page, serve_app(page, server, "toasts", TOASTS))
    before = boxes(page)
    page.get_by_role("button", name="Notify").click()
    warning = page.get_by_role("alert")
    expect(warning).to_contain_text("Warning Disk almost full")
    expect(page.get_by_role("status")).to_contain_text("Info Saved")
    assert boxes(page) == before
    box = warning.bounding_box()
    app = page.locator("gradio-lite .lite-app").bounding_box()
    assert box is not None and app is not None
    assert box["x"] > app["x"] + app["width"] / 2 and app["x"] + app["width"] - (box["x"] + box["width"]) < 40
    assert box["y"] < 200
    # The newest is on top.
    toasts = page.locator(".lite-toast")
    expect(toasts.first).to_contain_text("Disk almost full")


def test_a_toast_goes_after_its_duration_or_when_closed(page: Page, server: StaticServer) -> None:
    open_app(page, serve_app(page, server, "toasts", TOASTS))
    page.get_by_role("button", name="Notify").click()
    expect(page.get_by_text("Saved")).to_be_visible()
    # gr.Info(duration=1) goes by itself; the warning (10 s) is still there.
    expect(page.get_by_text("Saved")).to_have_count(0, timeout=3000)
    warning = page.get_by_role("alert")
    expect(warning).to_contain_text("Disk almost full")
    # Closed from the keyboard.
    warning.get_by_role("button", name="Close").focus()
    page.keyboard.press("Enter")
    expect(page.get_by_role("alert")).to_have_count(0)


def test_an_error_without_duration_stays_until_closed(page: Page, server: StaticServer) -> None:
    open_app(page, serve_app(page, server, "toasts", TOASTS))
    page.get_by_role("button", name="Fail").click()
    error = page.get_by_role("alert")
    expect(error).to_contain_text("Error Cannot divide by zero!")
    # Proves it stays: a toast with a duration of 1 s would be gone in this time.
    page.wait_for_timeout(1500)
    expect(error).to_be_visible()
    error.get_by_role("button", name="Close").click()
    expect(page.get_by_role("alert")).to_have_count(0)


def elapsed(meta: Locator) -> float:
    match = re.search(r"(\d+\.\d)(/\d+\.\d)?s$", meta.inner_text())
    assert match, meta.inner_text()
    return float(match.group(1))


def test_a_running_event_shows_a_spinner_and_its_time_then_an_eta(page: Page, server: StaticServer) -> None:
    open_app(page, serve_app(page, server, "toasts", TOASTS))
    output = page.locator("lite-textbox").filter(has=page.get_by_label("result"))
    button = page.get_by_role("button", name="Wait")
    button.click()
    meta = output.locator(".lite-status-meta")
    expect(meta).to_have_text(re.compile(r"^processing \| \d+\.\ds$"))
    expect(output.locator(".lite-status-spinner")).to_be_visible()
    expect(page.locator("lite-button", has=button)).to_have_attribute("aria-busy", "true")
    first = elapsed(meta)
    page.wait_for_timeout(300)
    assert elapsed(meta) > first
    expect(page.get_by_label("result")).to_have_value("waited 1.5")
    expect(output.locator(".lite-status")).to_have_count(0)
    expect(page.locator("lite-button", has=button)).not_to_have_attribute("aria-busy", "true")
    # The second run knows how long the first took.
    button.click()
    expect(meta).to_have_text(re.compile(r"^processing \| \d+\.\d/1\.\ds$"))
    expect(output.locator(".lite-status")).to_have_count(0, timeout=5000)


def test_an_empty_image_output_shows_an_icon(page: Page, server: StaticServer) -> None:
    open_app(page, serve_app(page, server, "toasts", TOASTS))
    picture = page.locator("lite-image").filter(has=page.get_by_text("picture"))
    expect(picture.locator(".lite-empty svg")).to_be_visible()
