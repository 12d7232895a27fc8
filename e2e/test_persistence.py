"""What an app saves (flagged rows, cached examples) is still there after a reload."""

from __future__ import annotations

import csv
import re
import zipfile
from pathlib import Path

from playwright.sync_api import Page, expect

from .conftest import download, lite_page, open_app, serve_app
from .server import StaticServer

STAMPED = """
import time
import gradio as gr

def stamp(word):
    return f"{word} at {time.time():.6f}"

gr.Interface(stamp, "text", "text", examples=[["apple"], ["pear"]], cache_examples=True).launch()
"""


def flagged_rows(page: Page, to: Path) -> list[list[str]]:
    saved = download(page, page.get_by_role("link", name="flagged.zip"), to)
    with zipfile.ZipFile(saved) as zf:
        return list(csv.reader(zf.read("flagged/dataset1.csv").decode().splitlines()))


def test_flagged_rows_survive_a_reload(page: Page, server: StaticServer, tmp_path: Path) -> None:
    open_app(page, server.url + "/")
    page.get_by_label("name").fill("Ada")
    page.get_by_role("button", name="Submit").click()
    expect(page.get_by_label("output")).to_have_value("Hello, Ada")
    page.get_by_role("button", name="Flag").click()
    assert [row[0] for row in flagged_rows(page, tmp_path / "first.zip")] == ["name", "Ada"]

    page.reload()
    page.locator("gradio-lite .lite-app").wait_for(timeout=60_000)
    page.get_by_label("name").fill("Grace")
    page.get_by_role("button", name="Submit").click()
    expect(page.get_by_label("output")).to_have_value("Hello, Grace")
    page.get_by_role("button", name="Flag").click()
    assert [row[0] for row in flagged_rows(page, tmp_path / "second.zip")] == ["name", "Ada", "Grace"]


def test_cached_examples_are_reused_after_a_reload_until_the_code_changes(page: Page, server: StaticServer) -> None:
    output = page.get_by_label("output")

    def cached_output(url: str) -> str:
        open_app(page, url)
        page.get_by_role("button", name="Example 1: apple").click()
        expect(output).to_have_value(re.compile(r"^apple at \d+\.\d+$"))
        return output.input_value()

    url = serve_app(page, server, "stamped", STAMPED)
    first = cached_output(url)
    assert cached_output(url) == first  # the reload shows what was cached, not a new run
    page.unroute(url)
    changed = serve_app(page, server, "stamped", STAMPED.replace("def stamp", "# version 2\ndef stamp"))
    assert cached_output(changed) != first


AUTO_FLAGGED = """
import gradio as gr

def shout(word):
    if word == "boom":
        raise gr.Error("No booms")
    return word.upper()

gr.Interface(shout, "text", "text", flagging_mode="auto").launch()
"""


def test_auto_flagging_saves_every_successful_run(page: Page, server: StaticServer, tmp_path: Path) -> None:
    open_app(page, serve_app(page, server, "auto_flag", AUTO_FLAGGED))
    expect(page.get_by_role("button", name="Flag")).to_have_count(0)
    zip_link = page.get_by_role("link", name="flagged.zip")
    offered = ""
    for word in ["one", "boom", "two"]:
        page.get_by_label("word").fill(word)
        page.get_by_role("button", name="Submit").click()
        if word == "boom":
            expect(page.get_by_role("alert")).to_contain_text("No booms")
        else:
            expect(page.get_by_label("output")).to_have_value(word.upper())
            # A run's flag follows its output: the zip offered changes once it is saved.
            expect(zip_link).to_have_attribute("href", re.compile(f"^(?!{re.escape(offered)}$)"))
            offered = zip_link.get_attribute("href") or ""
    rows = [row[:2] for row in flagged_rows(page, tmp_path / "auto.zip")]
    assert rows == [["word", "output"], ["one", "ONE"], ["two", "TWO"]]


FLAGGED_NAMES = """
from pathlib import Path
import gradio as gr

def flagged(name):
    found = sorted(Path(".gradio/flagged").glob("dataset*.csv"))
    rows = found[-1].read_text().splitlines()[1:] if found else []
    return " ".join(sorted(row.split(",")[0] for row in rows))

gr.Interface(flagged, "text", "text").launch()
"""


def test_two_tabs_flagging_alternately_keep_every_row(page: Page, server: StaticServer) -> None:
    url = f"{server.url}/two_tabs.html"
    page.context.route(url, lambda route: route.fulfill(content_type="text/html", body=lite_page(FLAGGED_NAMES)))
    tabs = {"a": open_app(page, url), "b": open_app(page.context.new_page(), url)}
    offered = {"a": "", "b": ""}
    for i in range(10):
        for name, tab in tabs.items():
            tab.get_by_label("name").fill(f"{name}{i}")
            tab.get_by_role("button", name="Flag").click()
            # Acknowledged: the flagged data offered changes once the row is stored.
            link = tab.get_by_role("link", name="flagged.zip")
            expect(link).to_have_attribute("href", re.compile(f"^(?!{re.escape(offered[name])}$)"))
            offered[name] = link.get_attribute("href") or ""
    tabs["b"].close()
    page.reload()
    page.locator("gradio-lite .lite-app").wait_for(timeout=60_000)
    page.get_by_role("button", name="Submit").click()
    expected = " ".join(sorted(f"{name}{i}" for name in "ab" for i in range(10)))
    expect(page.get_by_label("output")).to_have_value(expected)


def note_app(name: str) -> str:
    return f"""<gradio-lite id="{name}">
import gradio as gr
from pathlib import Path

def note(text):
    if text:
        Path("note.txt").write_text(text)
    return Path("note.txt").read_text() if Path("note.txt").exists() else "nothing"

gr.Interface(note, gr.Textbox(label="{name} in"), gr.Textbox(label="{name} out")).launch()
</gradio-lite>
"""


def test_apps_with_ids_keep_their_own_files_when_the_page_reorders_them(page: Page, server: StaticServer) -> None:
    from lite_core.html_page import document

    url = f"{server.url}/two_notes.html"
    order = ["first", "second"]
    page.route(
        url,
        lambda route: route.fulfill(
            content_type="text/html", body=document("notes", "".join(note_app(n) for n in order))
        ),
    )

    def ask(name: str, text: str) -> str:
        page.get_by_label(f"{name} in").fill(text)
        page.get_by_role("button", name="Submit").nth(order.index(name)).click()
        output = page.get_by_label(f"{name} out")
        expect(output).not_to_have_value("")
        return output.input_value()

    page.goto(url)
    expect(page.locator("gradio-lite .lite-app")).to_have_count(2, timeout=60_000)
    assert ask("first", "written by first") == "written by first"
    assert ask("second", "written by second") == "written by second"
    page.wait_for_timeout(1500)  # an event's files are saved within a second
    order.reverse()
    page.reload()
    expect(page.locator("gradio-lite .lite-app")).to_have_count(2, timeout=60_000)
    assert page.locator("gradio-lite").first.get_attribute("id") == "second"
    assert ask("first", "") == "written by first"
    assert ask("second", "") == "written by second"


PLANTING = """
import gradio as gr

def visit(plant):
    if plant:  # as another script of the origin could, through IndexedDB
        for name in ["csv.py", "planted.py"]:
            with open(name, "w") as f:
                f.write("PLANTED = True\\n")
        return "planted"
    import csv
    try:
        import planted  # noqa: F401
    except ImportError:
        return "csv is " + ("planted" if hasattr(csv, "PLANTED") else "standard") + ", planted.py refused"
    return "planted.py ran"

gr.Interface(visit, "checkbox", "text").launch()
"""


def test_modules_planted_in_an_apps_storage_never_run(page: Page, server: StaticServer) -> None:
    url = serve_app(page, server, "planting", PLANTING)
    open_app(page, url)
    page.get_by_label("plant").check()
    page.get_by_role("button", name="Submit").click()
    expect(page.get_by_label("output")).to_have_value("planted")
    page.wait_for_timeout(1500)  # an event's files are saved within a second
    page.reload()
    page.locator("gradio-lite .lite-app").wait_for(timeout=60_000)
    page.get_by_role("button", name="Submit").click()
    expect(page.get_by_label("output")).to_have_value("csv is standard, planted.py refused")
    # Flagging (which imports csv in the app's folder) works too.
    page.get_by_role("button", name="Flag").click()
    expect(page.get_by_role("link", name="flagged.zip")).to_be_visible()
