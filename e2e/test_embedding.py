"""Apps where users put them: under a sub-path, with lite.js from another origin, opened
from a file, several on one page, in a host page they do not own."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from .conftest import BOOT_TIMEOUT_MS, DIST, RequestGuard, open_app
from .server import StaticServer

QUICKSTART = (Path(__file__).resolve().parent.parent / "examples" / "quickstart.py").read_text()


def host_page(body: str, script: str = "lite.js", css: str = "lite.css", title: str = "Host page") -> str:
    """A page an author writes: their own content around <gradio-lite> elements."""
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<title>{title}</title>
<script type="module" src="{script}"></script>
<link rel="stylesheet" href="{css}">
</head><body>
{body}
</body></html>"""


def greet(page: Page, name: str, app: int = 0) -> None:
    lite = page.locator("gradio-lite").nth(app)
    lite.get_by_label("name").fill(name)
    lite.get_by_role("button", name="Submit").click()


def test_dist_served_under_a_sub_path(page: Page) -> None:
    with StaticServer(DIST, prefix="/deep/sub/path/") as sub:
        open_app(page, sub.url + "/")
        greet(page, "Lite")
        expect(page.get_by_label("output")).to_have_value("Hello, Lite", timeout=10_000)
        # The example pages one folder down find lite.js and the runtime too.
        open_app(page, sub.url + "/examples/quickstart.html")
        greet(page, "again")
        expect(page.get_by_label("output")).to_have_value("Hello, again", timeout=10_000)


@pytest.fixture
def cdn() -> Iterator[StaticServer]:
    """dist/ on a second origin that sends CORS headers, as a CDN would."""
    with StaticServer(DIST, prefix="/lite/v1/", cors=True) as s:
        yield s


def test_lite_js_from_another_origin(page: Page, cdn: StaticServer, tmp_path: Path) -> None:
    # The docs page comes from a real server: a page Playwright answers itself has no
    # address, and Chromium would treat it as public and refuse its loopback requests.
    (tmp_path / "docs.html").write_text(
        host_page(
            f"<h1>Docs</h1>\n<gradio-lite>\n{QUICKSTART}</gradio-lite>", f"{cdn.url}/lite.js", f"{cdn.url}/lite.css"
        )
    )
    requested: list[str] = []
    page.on("request", lambda r: requested.append(r.url))
    with StaticServer(tmp_path) as docs:
        open_app(page, docs.url + "/docs.html")
        greet(page, "CDN")
        expect(page.get_by_label("output")).to_have_value("Hello, CDN", timeout=10_000)
        from_docs = [u for u in requested if u.startswith(docs.origin) and not u.endswith("/docs.html")]
    assert from_docs == [], "everything but the page loads from lite.js's origin"
    assert any(u.startswith(cdn.url + "/pyodide/") for u in requested)


def test_a_page_opened_from_a_file_says_to_serve_it(browser: Browser) -> None:
    context = browser.new_context()
    page = context.new_page()
    page.goto((DIST / "index.html").as_uri())
    note = page.locator("gradio-lite")
    # Module scripts do not load from file://: the stylesheet alone explains what to do.
    expect(page.get_by_text("python3 -m http.server")).to_have_count(0)
    page.wait_for_timeout(5_500)
    text = note.evaluate("e => getComputedStyle(e, '::after').content")
    visibility = note.evaluate("e => getComputedStyle(e, '::after').visibility")
    assert "serve its folder over HTTP" in text and "python3 -m http.server" in text
    assert visibility == "visible"
    box = note.bounding_box()
    assert box is not None and box["height"] == 300  # the app's place is kept, the code hidden
    context.close()


# Two apps whose files have the same names: app.py imports utils.py, which differs.
APP_WITH_UTILS = """
<gradio-lite>
<gradio-file name="app.py" entrypoint>
import gradio as gr
from utils import word
gr.Interface(lambda name: word() + ", " + name, gr.Textbox(label="name"), gr.Textbox(label="output")).launch()
</gradio-file>
<gradio-file name="utils.py">
def word():
    return "{word}"
</gradio-file>
</gradio-lite>
"""
TWO_APPS = APP_WITH_UTILS.format(word="Hello") + APP_WITH_UTILS.format(word="Bonjour")


def wait_all(page: Page, count: int) -> None:
    expect(page.locator("gradio-lite .lite-app")).to_have_count(count, timeout=BOOT_TIMEOUT_MS)


def test_two_apps_with_the_same_module_names_share_one_runtime(page: Page, server: StaticServer) -> None:
    page.route(server.url + "/two.html", lambda r: r.fulfill(content_type="text/html", body=host_page(TWO_APPS)))
    page.goto(server.url + "/two.html")
    wait_all(page, 2)
    greet(page, "Ada", app=0)
    greet(page, "Léa", app=1)
    apps = page.locator("gradio-lite")
    expect(apps.nth(0).get_by_label("output")).to_have_value("Hello, Ada", timeout=10_000)
    expect(apps.nth(1).get_by_label("output")).to_have_value("Bonjour, Léa", timeout=10_000)
    assert len(page.workers) == 1, "both apps run in one worker"


FAILING_APPS = """
<gradio-lite>
import gradio as gr
def crash(name):
    raise RuntimeError("boom")
gr.Interface(crash, gr.Textbox(label="name"), gr.Textbox(label="output")).launch()
</gradio-lite>
<gradio-lite isolated>
import gradio as gr
def spin(name):
    while True:
        pass
gr.Interface(spin, gr.Textbox(label="name"), gr.Textbox(label="output")).launch()
</gradio-lite>
<gradio-lite>
import gradio as gr
gr.Interface(lambda name: "Still here, " + name, gr.Textbox(label="name"), gr.Textbox(label="output")).launch()
</gradio-lite>
"""


def test_an_exception_and_an_endless_loop_leave_the_other_apps_working(page: Page, server: StaticServer) -> None:
    page.route(server.url + "/three.html", lambda r: r.fulfill(content_type="text/html", body=host_page(FAILING_APPS)))
    page.goto(server.url + "/three.html")
    wait_all(page, 3)
    apps = page.locator("gradio-lite")
    greet(page, "x", app=0)
    expect(apps.nth(0).get_by_role("alert")).to_contain_text("Error", timeout=10_000)
    greet(page, "y", app=1)  # its own worker now spins for good
    page.wait_for_timeout(300)
    for attempt in ("Ada", "Bo"):
        greet(page, attempt, app=2)
        expect(apps.nth(2).get_by_label("output")).to_have_value(f"Still here, {attempt}", timeout=10_000)
    assert len(page.workers) == 2, "the isolated app has a worker of its own"


def test_the_host_pages_title_and_layout_are_left_alone(page: Page, server: StaticServer) -> None:
    code = 'import gradio as gr\ngr.Interface(lambda x: x, "text", "text", title="My App").launch()\n'
    body = (
        f"<gradio-lite>\n{code}</gradio-lite>\n"
        f'<gradio-lite control-page-title initial-height="450px">\n{code}</gradio-lite>'
    )
    page.route(server.url + "/host.html", lambda r: r.fulfill(content_type="text/html", body=host_page(body)))
    page.goto(server.url + "/host.html")
    heights = page.locator("gradio-lite").evaluate_all("els => els.map(e => e.getBoundingClientRect().height)")
    assert heights[0] >= 300 and heights[1] >= 450, "the height is kept while the apps load"
    expect(page).to_have_title("Host page")
    wait_all(page, 2)
    expect(page).to_have_title("My App", timeout=5_000)  # asked for by the second app


def test_only_apps_near_the_viewport_start_and_a_removed_app_stops(page: Page, server: StaticServer) -> None:
    ticking = """
import time, gradio as gr
def tick():
    n = 0
    while True:
        n += 1
        with open("/tmp/ticks.txt", "w") as f:
            f.write(str(n))
        time.sleep(0.05)
        yield n
gr.Interface(tick, None, gr.Number(label="ticks")).launch()
"""
    reader = """
import gradio as gr
def read():
    with open("/tmp/ticks.txt") as f:
        return f.read()
gr.Interface(read, None, gr.Textbox(label="seen")).launch()
"""
    body = (
        f'<gradio-lite id="ticker">{ticking}</gradio-lite>\n'
        '<div style="height: 5000px"></div>\n'
        f'<gradio-lite id="far">{reader}</gradio-lite>'
    )
    page.route(server.url + "/far.html", lambda r: r.fulfill(content_type="text/html", body=host_page(body)))
    page.goto(server.url + "/far.html")
    wait_all(page, 1)
    page.wait_for_timeout(500)
    expect(page.locator("#far .lite-app")).to_have_count(0)  # far below: not started
    page.locator("#ticker").get_by_role("button", name="Generate").click()
    expect(page.get_by_label("ticks")).not_to_have_value("", timeout=10_000)
    page.locator("#ticker").evaluate("e => e.remove()")
    page.locator("#far").scroll_into_view_if_needed()
    wait_all(page, 1)
    seen = []
    for _ in range(2):
        page.get_by_role("button", name="Generate").click()
        output = page.get_by_label("seen")
        expect(output).not_to_have_value("", timeout=10_000)
        seen.append(output.input_value())
        page.wait_for_timeout(400)
    assert seen[0] == seen[1], "the removed app's generator stopped"


REQUIREMENTS = """
<gradio-lite>
<gradio-requirements>
humanize
</gradio-requirements>
import gradio as gr
import humanize

gr.Interface(lambda n: humanize.intcomma(int(n)), gr.Number(label="n"), gr.Textbox(label="output")).launch()
</gradio-lite>
"""


def test_a_vendored_pure_python_requirement_installs_offline(page: Page, server: StaticServer) -> None:
    page.route(server.url + "/req.html", lambda r: r.fulfill(content_type="text/html", body=host_page(REQUIREMENTS)))
    open_app(page, server.url + "/req.html")
    page.get_by_label("n").fill("1234567")
    page.get_by_role("button", name="Submit").click()
    expect(page.get_by_label("output")).to_have_value("1,234,567", timeout=10_000)


def test_a_package_that_cannot_be_had_is_named_with_what_was_tried(
    page: Page, server: StaticServer, guard: RequestGuard
) -> None:
    html = host_page(
        "<gradio-lite><gradio-requirements>no-such-package-lite</gradio-requirements>\nimport gradio\n</gradio-lite>"
    )
    page.route(server.url + "/missing.html", lambda r: r.fulfill(content_type="text/html", body=html))
    page.goto(server.url + "/missing.html")
    alert = page.get_by_role("alert")
    expect(alert).to_contain_text("Could not install no-such-package-lite", timeout=BOOT_TIMEOUT_MS)
    expect(alert).to_contain_text("pyodide-lock.json")
    expect(alert).to_contain_text("PyPI")
    # micropip asked PyPI (the guard refused it): nothing else left the page's origin.
    assert guard.foreign and all("pypi" in url for url in guard.foreign)
    guard.foreign.clear()


MATPLOTLIB = """
import gradio as gr
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt

def plot(n):
    fig, ax = plt.subplots(figsize=(4, 3), dpi=50)
    ax.plot(range(int(n)), [i * i for i in range(int(n))])
    fig.savefig("plot.png")
    return "plot.png"

gr.Interface(plot, gr.Number(value=10, label="n"), gr.Image(type="filepath", label="plot")).launch()
"""


def test_matplotlib_from_the_lock_saves_a_png(page: Page, server: StaticServer) -> None:
    page.route(
        server.url + "/mpl.html",
        lambda r: r.fulfill(content_type="text/html", body=host_page(f"<gradio-lite>{MATPLOTLIB}</gradio-lite>")),
    )
    open_app(page, server.url + "/mpl.html")
    page.get_by_role("button", name="Submit").click()
    image = page.locator("lite-image img")
    expect(image).to_have_count(1, timeout=30_000)
    size = image.evaluate("img => img.decode().then(() => [img.naturalWidth, img.naturalHeight])")
    assert size == [200, 150]


def test_a_binary_gradio_file_is_fetched_relative_to_the_page(page: Page, server: StaticServer) -> None:
    data = bytes(range(256)) * 4  # every byte value: nothing may be decoded as text
    body = """<gradio-lite>
<gradio-file name="data/blob.bin" url="files/blob.bin"></gradio-file>
<gradio-file name="app.py" entrypoint>
import gradio as gr
def describe():
    with open("data/blob.bin", "rb") as f:
        data = f.read()
    return f"{len(data)} bytes, sum {sum(data)}"
gr.Interface(describe, None, gr.Textbox(label="output")).launch()
</gradio-file>
</gradio-lite>"""
    html = host_page(body, "../lite.js", "../lite.css")
    page.route(server.url + "/pages/bin.html", lambda r: r.fulfill(content_type="text/html", body=html))
    page.route(
        server.url + "/pages/files/blob.bin", lambda r: r.fulfill(content_type="application/octet-stream", body=data)
    )
    open_app(page, server.url + "/pages/bin.html")
    page.get_by_role("button", name="Generate").click()
    expect(page.get_by_label("output")).to_have_value(f"1024 bytes, sum {sum(data)}", timeout=10_000)


def test_files_an_app_writes_outlast_a_reload(page: Page, server: StaticServer) -> None:
    code = """
import os, gradio as gr
def note(text):
    if text:
        with open("notes.txt", "a") as f:
            f.write(text + ";")
    return open("notes.txt").read() if os.path.exists("notes.txt") else ""
gr.Interface(note, gr.Textbox(label="name"), gr.Textbox(label="output")).launch()
"""
    html = host_page(f'<gradio-lite storage-key="notes-test">{code}</gradio-lite>')
    page.route(server.url + "/notes.html", lambda r: r.fulfill(content_type="text/html", body=html))
    open_app(page, server.url + "/notes.html")
    greet(page, "first")
    expect(page.get_by_label("output")).to_have_value("first;", timeout=10_000)
    page.wait_for_timeout(1_500)  # saved within a second of the event
    open_app(page, server.url + "/notes.html")
    greet(page, "second")
    expect(page.get_by_label("output")).to_have_value("first;second;", timeout=10_000)
