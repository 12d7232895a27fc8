"""gr.Info and gr.Warning show in the page while the function runs."""

from __future__ import annotations

from playwright.sync_api import Page, expect

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
    expect(page.get_by_text("Got 3 characters")).to_be_visible()
    expect(page.get_by_text("Got 3 characters")).to_have_count(0, timeout=3000)
