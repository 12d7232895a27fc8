"""Files go in through an upload and come back as downloads, bytes intact."""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import FilePayload, Page, expect

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
        files={"name": "people.csv", "mimeType": "text/csv", "buffer": b"name,city\nada,london\nalan,wilmslow\n"}
    )
    expect(page.get_by_role("group", name="path")).to_contain_text("people.csv")
    page.get_by_role("button", name="Submit").click()
    saved = download(page, page.get_by_role("link", name="shouted.csv"), tmp_path / "out.csv")
    assert saved.read_text().splitlines() == ["NAME,CITY", "ADA,LONDON", "ALAN,WILMSLOW"]


def test_wrong_file_type_is_refused_with_gradios_message(page: Page, server: StaticServer) -> None:
    open_app(page, serve_app(page, server, "shout_type", SHOUT_CSV))
    page.get_by_label("Upload path").set_input_files(
        files={"name": "notes.txt", "mimeType": "text/plain", "buffer": b"hello"}
    )
    page.get_by_role("button", name="Submit").click()
    expect(page.get_by_role("alert")).to_contain_text(
        "Invalid file type. Please upload a file that is one of these formats: ['.csv']"
    )


RECORDED = """
import os
import gradio as gr

def keep(video):
    return video, f"{os.path.splitext(video)[1]} {os.path.getsize(video) > 2000}"

gr.Interface(keep, gr.Video(sources=["webcam"]), ["video", "text"]).launch()
"""


def test_a_video_recorded_from_the_camera_reaches_python_and_plays(page: Page, server: StaticServer) -> None:
    open_app(page, serve_app(page, server, "recorded", RECORDED))
    page.get_by_role("button", name="Record from camera").click()
    expect(page.get_by_role("button", name="Stop recording")).to_be_visible()
    # Record until the live preview has shown 1.5 s of the camera.
    preview = page.locator("lite-video").first.get_by_label("Camera preview").element_handle()
    page.wait_for_function("video => video.currentTime >= 1.5", arg=preview)
    page.get_by_role("button", name="Stop recording").click()
    # The recording is shown for playback before it is sent.
    expect(page.locator("lite-video").first.locator("video[controls]")).to_be_visible()
    page.get_by_role("button", name="Submit").click()
    expect(page.get_by_label("output 1")).to_have_value(".webm True")
    played = page.locator("lite-video").nth(1).locator("video[controls]")
    expect(played).to_have_js_property("videoWidth", 640)


UPLOAD_BUTTON = """
import gradio as gr

def upload_file(files):
    file_paths = [file.name for file in files]
    return file_paths

with gr.Blocks() as demo:
    file_output = gr.File()
    upload_button = gr.UploadButton("Click to Upload a File", file_types=[".txt"], file_count="multiple")
    upload_button.upload(upload_file, upload_button, file_output)

demo.launch()
"""


def test_an_upload_button_uploads_and_the_app_reads_file_name(page: Page, server: StaticServer) -> None:
    open_app(page, serve_app(page, server, "upload_button", UPLOAD_BUTTON))
    expect(page.get_by_role("button", name="Click to Upload a File")).to_be_visible()
    chosen: list[FilePayload] = [
        {"name": "a.txt", "mimeType": "text/plain", "buffer": b"alpha"},
        {"name": "b.txt", "mimeType": "text/plain", "buffer": b"beta"},
    ]
    page.get_by_label("Upload files for Click to Upload a File").set_input_files(files=chosen)
    shown = page.locator("lite-file").first
    expect(shown).to_contain_text("a.txt")
    expect(shown).to_contain_text("b.txt")
