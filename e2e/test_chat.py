"""gr.ChatInterface and gr.Chatbot as Gradio's chat demos use them."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from .conftest import open_app, serve_app
from .server import StaticServer

STREAMING_ECHO = """
import time
import gradio as gr

def slow_echo(message, history):
    for i in range(len(message)):
        time.sleep(0.05)
        yield "You typed: " + message[: i + 1]

gr.ChatInterface(slow_echo, type="messages", examples=["hello"], title="Echo").launch()
"""


def test_a_reply_streams_into_the_conversation_and_the_history_grows(page: Page, server: StaticServer) -> None:
    open_app(page, serve_app(page, server, "chat_echo", STREAMING_ECHO))
    page.evaluate(
        """window.replies = [];
        new MutationObserver(() => {
          const bot = [...document.querySelector("lite-chatbot").shadowRoot.querySelectorAll(".assistant")].pop();
          if (bot) window.replies.push(bot.textContent.trim());
        }).observe(document.querySelector("lite-chatbot").shadowRoot,
                   {subtree: true, childList: true, characterData: true})"""
    )
    box = page.get_by_role("textbox", name="Message")
    box.fill("hey")
    box.press("Enter")
    log = page.get_by_role("log", name="Chatbot")
    expect(log.get_by_label("bot message")).to_have_text("You typed: hey")
    expect(log.get_by_label("user message")).to_have_text("hey")
    expect(box).to_have_value("")
    # Token by token: the page showed the reply growing, not only its end.
    assert "You typed: h" in page.evaluate("window.replies")
    page.get_by_role("button", name="Example 1: hello").click()
    expect(log.get_by_label("bot message").nth(1)).to_have_text("You typed: hello")
    expect(log.get_by_label("user message")).to_have_text(["hey", "hello"])


TUPLES = """
import gradio as gr

def respond(message, chat_history):
    bot = f"**{len(chat_history)}** earlier, now: {message}"
    chat_history.append((message, bot))
    return "", chat_history

with gr.Blocks() as demo:
    chatbot = gr.Chatbot(label="conversation")
    msg = gr.Textbox(label="say")
    msg.submit(respond, [msg, chatbot], [msg, chatbot])

demo.launch()
"""


def test_a_blocks_chatbot_in_pairs_renders_markdown(page: Page, server: StaticServer) -> None:
    open_app(page, serve_app(page, server, "chat_tuples", TUPLES))
    log = page.get_by_role("log", name="conversation")
    for count, word in enumerate(("one", "two"), start=1):
        page.get_by_label("say").fill(word)
        page.get_by_label("say").press("Enter")
        # As a user would: the next message once the reply (which empties the box) is in.
        expect(log.get_by_label("bot message")).to_have_count(count)
        expect(page.get_by_label("say")).to_have_value("")
    expect(log.get_by_label("bot message")).to_have_text(["0 earlier, now: one", "1 earlier, now: two"])
    expect(log.locator("strong")).to_have_text(["0", "1"])  # Markdown, rendered
