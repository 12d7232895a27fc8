"""Stop means stop: a run that never yields ends when the user stops it, the page keeps its
inputs, and the app (and every other app of the page) answers again. A fatal error of the
runtime is shown and recovered from the same way."""

from __future__ import annotations

import os

import pytest
from playwright.sync_api import Page, Route, expect

from .conftest import BOOT_TIMEOUT_MS, lite_page, open_app
from .server import StaticServer

SPINNER = """
import sys
import gradio as gr

runs = []

def spin(name):
    runs.append(name)
    while True:
        pass

def spin_after_a_yield(name):
    runs.append(name)
    yield f"started for {name}"
    while True:
        pass

class Endless:
    # Each step goes through C (a slot call), so the recursion spends the Wasm stack.
    def __getitem__(self, n):
        return self[n + 1]

def crash(name):
    sys.setrecursionlimit(10**6)
    return Endless()[0]

def greet(name):
    return f"Hello {name}! Runs before: {len(runs)}"

with gr.Blocks() as demo:
    name = gr.Textbox(label="Name")
    out = gr.Textbox(label="Out")
    with gr.Row():
        go = gr.Button("Spin")
        gen = gr.Button("Spin after a yield")
        greeting = gr.Button("Greet")
        boom = gr.Button("Crash")
        stop = gr.Button("Stop")
    running = go.click(spin, name, out)
    generating = gen.click(spin_after_a_yield, name, out)
    stop.click(None, cancels=[running, generating])
    greeting.click(greet, name, out)
    boom.click(crash, name, out)

demo.launch()
"""

NEIGHBOUR = """
import gradio as gr

gr.Interface(lambda text: text.upper(), gr.Textbox(label="Loud in"), gr.Textbox(label="Loud out")).launch()
"""


def two_apps() -> str:
    """A page with the spinner and a second app sharing its runtime."""
    first = lite_page(SPINNER)
    second = lite_page(NEIGHBOUR)
    start = second.index("<gradio-lite")
    end = second.index("</gradio-lite>") + len("</gradio-lite>")
    return first.replace("</gradio-lite>", "</gradio-lite>\n" + second[start:end], 1)


ISOLATION = {"cross-origin-opener-policy": "same-origin", "cross-origin-embedder-policy": "require-corp"}


def serve(page: Page, server: StaticServer, isolated: bool) -> str:
    url = f"{server.url}/stop.html"
    headers = ISOLATION if isolated else {}
    if isolated:
        # Every file of the origin carries the two headers, as the README asks of a host.
        def isolate(route: Route) -> None:
            response = route.fetch()
            route.fulfill(response=response, headers={**response.headers, **ISOLATION})

        page.context.route(f"{server.url}/**", isolate)
    page.route(url, lambda route: route.fulfill(content_type="text/html", body=two_apps(), headers=headers))
    page.goto(url)
    expect(page.locator("gradio-lite .lite-app")).to_have_count(2, timeout=BOOT_TIMEOUT_MS)
    return url


def test_stop_ends_a_loop_that_never_yields_by_restarting_the_runtime(page: Page, server: StaticServer) -> None:
    serve(page, server, isolated=False)
    assert page.evaluate("crossOriginIsolated") is False
    page.get_by_label("Loud in").fill("kept")
    page.get_by_label("Name", exact=True).fill("Ada")
    page.get_by_role("button", name="Spin", exact=True).click()
    page.wait_for_timeout(300)
    page.get_by_role("button", name="Stop").click()
    expect(page.get_by_role("alert").first).to_contain_text("Stopped: Python did not respond", timeout=10_000)
    # The page kept what the user typed, in both apps, and both answer again.
    expect(page.get_by_label("Name", exact=True)).to_have_value("Ada")
    expect(page.get_by_label("Loud in")).to_have_value("kept")
    page.get_by_role("button", name="Greet").click()
    # A new runtime: the module-level list started over.
    expect(page.get_by_label("Out", exact=True)).to_have_value("Hello Ada! Runs before: 0", timeout=BOOT_TIMEOUT_MS)
    page.get_by_role("button", name="Submit").click()
    expect(page.get_by_label("Loud out")).to_have_value("KEPT")


def test_stop_interrupts_python_in_a_cross_origin_isolated_page(page: Page, server: StaticServer) -> None:
    serve(page, server, isolated=True)
    assert page.evaluate("crossOriginIsolated") is True
    page.get_by_label("Name", exact=True).fill("Ada")
    page.get_by_role("button", name="Spin", exact=True).click()
    page.wait_for_timeout(300)
    page.get_by_role("button", name="Stop").click()
    expect(page.get_by_role("button", name="Spin", exact=True)).to_be_visible(timeout=5_000)
    page.get_by_role("button", name="Spin after a yield").click()
    expect(page.get_by_label("Out", exact=True)).to_have_value("started for Ada")
    page.wait_for_timeout(300)
    page.get_by_role("button", name="Stop").click()
    expect(page.get_by_role("button", name="Spin after a yield")).to_be_visible(timeout=5_000)
    page.get_by_role("button", name="Greet").click()
    # The same runtime: both stopped runs are remembered, nothing was restarted or reported.
    expect(page.get_by_label("Out", exact=True)).to_have_value("Hello Ada! Runs before: 2")
    expect(page.get_by_text("Stopped: Python did not respond")).to_have_count(0)


def test_a_fatal_error_of_the_runtime_is_shown_and_the_app_comes_back(page: Page, server: StaticServer) -> None:
    serve(page, server, isolated=False)
    page.get_by_label("Name", exact=True).fill("Bo")
    page.get_by_role("button", name="Crash").click()
    expect(page.get_by_role("alert").first).to_contain_text("fatal error", timeout=30_000)
    page.get_by_role("button", name="Greet").click()
    expect(page.get_by_label("Out", exact=True)).to_have_value("Hello Bo! Runs before: 0", timeout=BOOT_TIMEOUT_MS)


def test_a_generator_stopped_after_a_yield_keeps_what_it_showed(page: Page, server: StaticServer) -> None:
    serve(page, server, isolated=False)
    page.get_by_label("Name", exact=True).fill("Cy")
    page.get_by_role("button", name="Spin after a yield").click()
    expect(page.get_by_label("Out", exact=True)).to_have_value("started for Cy")
    page.get_by_role("button", name="Stop").click()
    expect(page.get_by_role("alert").first).to_contain_text("Stopped", timeout=10_000)
    expect(page.get_by_label("Out", exact=True)).to_have_value("started for Cy")
    page.get_by_role("button", name="Greet").click()
    expect(page.get_by_label("Out", exact=True)).to_have_value("Hello Cy! Runs before: 0", timeout=BOOT_TIMEOUT_MS)


ENDLESS_START = """
import gradio as gr

while True:
    pass

gr.Interface(lambda x: x, "text", "text").launch()
"""


@pytest.mark.xfail(
    os.environ.get("LITE_E2E_BOOT") == "snapshot",
    strict=False,
    reason="a known intermittent defect on snapshot boot: after Stop, the neighbour sometimes never "
    "shows (2 of 8 snapshot-boot runs on 2 cores, none on a normal boot); asserted on every normal boot",
)
def test_code_that_never_finishes_starting_can_be_stopped_and_its_neighbour_starts(
    page: Page, server: StaticServer
) -> None:
    first = lite_page(ENDLESS_START)
    second = lite_page(NEIGHBOUR)
    start, end = second.index("<gradio-lite"), second.index("</gradio-lite>") + len("</gradio-lite>")
    body = first.replace("</gradio-lite>", "</gradio-lite>\n" + second[start:end], 1)
    url = f"{server.url}/endless.html"
    page.route(url, lambda route: route.fulfill(content_type="text/html", body=body))
    page.goto(url)
    expect(page.get_by_text("Python has been running this app's code for")).to_be_visible(timeout=BOOT_TIMEOUT_MS)
    page.get_by_role("button", name="Stop").click()
    expect(page.locator(".lite-failure")).to_contain_text("Stopped: the app's code was still running")
    # The neighbour starts in the new runtime: a boot, which on a busy machine takes longer
    # than a fill's own 30 s wait.
    page.get_by_label("Loud in").fill("after", timeout=BOOT_TIMEOUT_MS)
    page.get_by_role("button", name="Submit").click()
    expect(page.get_by_label("Loud out")).to_have_value("AFTER")


def test_an_event_time_limit_stops_a_run_that_overruns_it(page: Page, server: StaticServer) -> None:
    url = f"{server.url}/limited.html"
    body = lite_page(SPINNER).replace("<gradio-lite ", '<gradio-lite event-time-limit="2" ', 1)
    page.route(url, lambda route: route.fulfill(content_type="text/html", body=body))
    open_app(page, url)
    page.get_by_label("Name", exact=True).fill("Di")
    page.get_by_role("button", name="Spin", exact=True).click()
    expect(page.get_by_text("The run took longer than this page allows (2 s).")).to_be_visible(timeout=15_000)
    # The notices stay over the app until closed, as toasts do.
    while page.get_by_role("alert").count():
        page.get_by_role("alert").first.get_by_role("button", name="Close").click()
    page.get_by_role("button", name="Greet").click()
    expect(page.get_by_label("Out", exact=True)).to_have_value("Hello Di! Runs before: 0", timeout=BOOT_TIMEOUT_MS)
