"""gr.ChatInterface(multimodal=True) with a MultimodalTextbox, and save_history, in a page."""

from __future__ import annotations

import tempfile
from pathlib import Path

from playwright.sync_api import FilePayload, Page, expect

from .conftest import open_app, serve_app
from .images import color_card, png_bytes
from .server import StaticServer

SHOTS = Path(tempfile.gettempdir()) / "lite-e2e-shots"  # to look at, not to compare


def test_a_file_and_text_make_a_bubble_with_the_image(page: Page, server: StaticServer) -> None:
    open_app(page, f"{server.url}/examples/multimodal_chat.html")
    page.get_by_label("Upload files for Message").set_input_files(
        files={"name": "card.png", "mimeType": "image/png", "buffer": png_bytes(color_card())}
    )
    # The file shows as a chip (its thumbnail) before it is sent.
    chips = page.get_by_role("list", name="Attached files")
    expect(chips.get_by_role("listitem")).to_have_count(1)
    expect(chips.get_by_role("img", name="card.png")).to_be_visible()
    box = page.get_by_role("textbox", name="Message")
    box.fill("what is this")
    box.press("Enter")
    log = page.get_by_role("log", name="Chatbot")
    expect(log.get_by_label("bot message")).to_have_text("You said: what is this — with card.png.")
    image = log.get_by_label("user message").locator("img")
    expect(image).to_have_attribute("alt", "card.png")
    expect(image).to_have_js_property("naturalWidth", 64)  # the picture itself, decoded
    expect(log.get_by_label("user message").nth(1)).to_have_text("what is this")
    expect(box).to_have_value("")
    expect(chips).to_have_count(0)  # the box is emptied, files too
    SHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SHOTS / "multimodal_chat.png"), full_page=True)

    # save_history: the conversation is listed, kept across a reload, and loads again.
    history = page.get_by_role("button", name="Example 1: 📎 what is this")
    expect(history).to_be_visible()
    page.reload()
    page.locator("gradio-lite .lite-app").wait_for()
    expect(history).to_be_visible()
    expect(log.get_by_label("bot message")).to_have_count(0)
    history.click()
    expect(log.get_by_label("bot message")).to_have_text("You said: what is this — with card.png.")
    # The uploaded file itself was in the previous page's memory: its name stands for it.
    expect(log.get_by_label("user message").first).to_contain_text("card.png")
    page.get_by_role("button", name="New chat").click()
    expect(log.get_by_label("bot message")).to_have_count(0)
    # Clear deletes a saved conversation.
    history.click()
    expect(log.get_by_label("bot message")).to_have_count(1)
    page.get_by_role("button", name="Clear conversation").click()
    expect(log.get_by_label("bot message")).to_have_count(0)
    expect(history).to_have_count(0)


FILE_TYPES = """
import gradio as gr

def answer(message, history):
    return f"{len(message['files'])} file(s)"

gr.ChatInterface(answer, type="messages", multimodal=True,
                 textbox=gr.MultimodalTextbox(file_types=["image"], file_count="multiple")).launch()
"""


def test_files_of_other_types_are_refused_and_chips_can_be_removed(page: Page, server: StaticServer) -> None:
    open_app(page, serve_app(page, server, "mm_types", FILE_TYPES))
    upload = page.get_by_label("Upload files for Message")
    upload.set_input_files(files={"name": "notes.txt", "mimeType": "text/plain", "buffer": b"hi"})
    expect(page.get_by_role("alert")).to_contain_text("Invalid file type")
    card = png_bytes(color_card())
    both: list[FilePayload] = [
        {"name": "a.png", "mimeType": "image/png", "buffer": card},
        {"name": "b.png", "mimeType": "image/png", "buffer": card},
    ]
    upload.set_input_files(files=both)
    chips = page.get_by_role("list", name="Attached files").get_by_role("listitem")
    expect(chips).to_have_count(2)
    page.get_by_role("button", name="Remove a.png").click()
    expect(chips).to_have_count(1)
    page.get_by_role("button", name="Submit").click()
    log = page.get_by_role("log", name="Chatbot")
    expect(log.get_by_label("bot message")).to_have_text("1 file(s)")


MICROPHONE = """
import gradio as gr

def add_message(history, message):
    for x in message["files"]:
        history.append({"role": "user", "content": {"path": x}})
    if message["text"]:
        history.append({"role": "user", "content": message["text"]})
    return history, gr.MultimodalTextbox(value=None, interactive=False)

with gr.Blocks() as demo:
    chatbot = gr.Chatbot(type="messages", bubble_full_width=False)
    box = gr.MultimodalTextbox(interactive=True, file_count="multiple", sources=["microphone", "upload"],
                               show_label=False, label="Say")
    box.submit(add_message, [chatbot, box], [chatbot, box]).then(
        lambda: gr.MultimodalTextbox(interactive=True), None, box)

demo.launch()
"""


def test_a_recording_is_attached_and_sent_as_audio(page: Page, server: StaticServer) -> None:
    """chatbot_multimodal's shape: sources=["microphone", "upload"], files become messages."""
    open_app(page, serve_app(page, server, "mm_mic", MICROPHONE))
    page.get_by_role("button", name="Record audio").click()
    stop = page.get_by_role("button", name="Stop recording")
    expect(stop).to_be_visible()
    page.wait_for_timeout(400)  # something to record (Chromium's fake microphone)
    stop.click()
    chip = page.get_by_role("list", name="Attached files").get_by_role("listitem")
    expect(chip).to_have_count(1)
    expect(chip).to_contain_text(".wav")
    page.get_by_role("textbox", name="Say").fill("listen")
    page.get_by_role("button", name="Submit").click()
    log = page.get_by_role("log", name="Chatbot")
    expect(log.get_by_label("user message").locator("audio")).to_have_count(1)
    expect(log.get_by_label("user message").nth(1)).to_have_text("listen")
    expect(page.get_by_role("textbox", name="Say")).to_be_enabled()  # interactive again after .then


EXAMPLES = """
from pathlib import Path
import gradio as gr

Path("note.txt").write_text("hello")

def append_example_message(x: gr.SelectData, history):
    history.append((x.value["text"], None))
    for file in x.value.get("files", []):
        history.append((file, None))
    return history

def respond(history):
    history[-1][1] = "Cool!"
    return history

with gr.Blocks() as demo:
    chatbot = gr.Chatbot(bubble_full_width=False, examples=[
        {"text": "Just text"},
        {"display_text": "With a file", "text": "Here is a file", "files": ["note.txt"]},
    ])
    chatbot.example_select(append_example_message, [chatbot], [chatbot]).then(respond, chatbot, chatbot)

demo.launch()
"""


def test_chatbot_examples_show_in_the_empty_chat_and_fire_example_select(page: Page, server: StaticServer) -> None:
    """chatbot_examples' shape: Chatbot(examples=...) and example_select with gr.SelectData."""
    open_app(page, serve_app(page, server, "chat_examples", EXAMPLES))
    log = page.get_by_role("log", name="Chatbot")
    expect(log.get_by_role("button", name="Example: Just text")).to_be_visible()
    with_file = log.get_by_role("button", name="Example: With a file")
    expect(with_file).to_contain_text("note.txt")
    with_file.click()
    expect(log.get_by_label("user message")).to_have_text(["Here is a file", "note.txt"])
    expect(log.get_by_label("bot message")).to_have_text("Cool!")
    expect(log.get_by_role("button", name="Example: Just text")).to_have_count(0)  # the chat has begun
