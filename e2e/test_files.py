"""Files go in through an upload and come back as downloads, bytes intact."""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import Page, expect

from .conftest import download, open_app, serve_app
from .server import StaticServer

SHOUT_CSV = """
import csv
import gradio as gr

def shout(path):
    with open(path, newline="") as f:
        rows = [[cell.upper() for cell in row] for row in csv.reader(f)]
    with open("shouted.csv", "w", newline="") as f:
        csv.writer(f).writerows(rows)
    return "shouted.csv"

gr.Interface(shout, gr.File(file_types=[".csv"]), gr.File()).launch()
"""


def test_csv_in_csv_out_through_a_download(page: Page, server: StaticServer, tmp_path: Path) -> None:
    open_app(page, serve_app(page, server, "shout", SHOUT_CSV))
    page.get_by_label("Upload path").set_input_files(
        files=[{"name": "people.csv", "mimeType": "text/csv", "buffer": b"name,city\nada,london\nalan,wilmslow\n"}]
    )
    expect(page.get_by_role("group", name="path")).to_contain_text("people.csv")
    page.get_by_role("button", name="Submit").click()
    saved = download(page, page.get_by_role("link", name="shouted.csv"), tmp_path / "out.csv")
    assert saved.read_text().splitlines() == ["NAME,CITY", "ADA,LONDON", "ALAN,WILMSLOW"]


def test_wrong_file_type_is_refused_with_gradios_message(page: Page, server: StaticServer) -> None:
    open_app(page, serve_app(page, server, "shout_type", SHOUT_CSV))
    page.get_by_label("Upload path").set_input_files(
        files=[{"name": "notes.txt", "mimeType": "text/plain", "buffer": b"hello"}]
    )
    page.get_by_role("button", name="Submit").click()
    expect(page.get_by_role("alert")).to_contain_text("Invalid file type. Please upload a file that is one of these formats: ['.csv']")
