"""gr.ChatInterface and gr.Chatbot: Gradio's formats, sync/async/generator functions."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest

import lite_core as gr
from lite_core.routing import App

from .asgi_client import Client


def chat(demo: gr.Blocks, data: list[Any]) -> list[list[Any]]:
    """The outputs of every message of the chat's event, in order."""
    return [
        m["output"]["data"]
        for m in Client(App(demo)).predict(data)
        if m["msg"] in ("process_generating", "process_completed")
    ]


def test_messages_history_and_a_generator_reply() -> None:
    seen: list[Any] = []

    def stream(message: str, history: list[dict[str, Any]]) -> Any:
        seen.append(history)
        yield "a"
        yield "ab"

    demo = gr.ChatInterface(stream, type="messages")
    earlier = [{"role": "user", "metadata": {}, "content": "hi", "options": []}]
    updates = chat(demo, ["yo", earlier])
    assert seen == [[{"role": "user", "content": "hi", "metadata": {}}]]
    final = updates[-1][0]
    assert [m["content"] for m in final] == ["hi", "yo", "ab"] and final[-1]["role"] == "assistant"
    assert updates[-1][1] == ""  # the message box is emptied


def test_tuples_are_the_default_and_an_async_function_answers() -> None:
    async def shout(message: str, history: list[list[str]]) -> str:
        return message.upper() + f" ({len(history)})"

    updates = chat(gr.ChatInterface(shout), ["hey", [["a", "b"]]])
    assert updates[-1][0] == [["a", "b"], ["hey", "HEY (1)"]]


def test_additional_inputs_reach_the_function() -> None:
    async def repeat(message: str, history: list[Any], times: float) -> AsyncIterator[str]:
        yield message * int(times)

    demo = gr.ChatInterface(repeat, additional_inputs=[gr.Slider(1, 5, value=2, label="times")])
    assert chat(demo, ["ab", [], 3])[-1][0] == [["ab", "ababab"]]
    assert any(c["type"] == "accordion" for c in demo.config()["components"])


def test_a_chatbot_rejects_what_is_not_a_message() -> None:
    with pytest.raises(ValueError, match="'role' and 'content'"):
        gr.Chatbot(type="messages").postprocess(["just text"])
    assert gr.Chatbot(type="messages").postprocess([gr.ChatMessage("**hi**")])[0]["content"] == "**hi**"


def test_the_chat_endpoint_takes_the_message_and_gives_the_reply_as_gradio_does() -> None:
    def reply(message: str, history: list[Any], tone: str = "plain") -> str:
        """Answers in a tone."""
        return f"{tone}: {message} ({len(history)} before)"

    demo = gr.ChatInterface(reply, type="messages", additional_inputs=[gr.Textbox("warm", label="Tone")])
    info = demo.api_info()["named_endpoints"]
    assert list(info) == ["/chat"]
    chat = info["/chat"]
    assert [p["parameter_name"] for p in chat["parameters"]] == ["message", "tone"]  # the history is a State
    assert chat["parameters"][1]["parameter_has_default"] and chat["parameters"][1]["parameter_default"] == "warm"
    assert [r["component"] for r in chat["returns"]] == ["Json"] and chat["description"] == "Answers in a tone."
    client = Client(App(demo))
    index = next(fn.id for fn in demo.fns if fn.api_name == "chat")
    first = next(m for m in client.predict(["hi", None, "warm"], index) if m["msg"] == "process_completed")
    second = next(m for m in client.predict(["again", None, "warm"], index) if m["msg"] == "process_completed")
    assert first["output"]["data"][0] == "warm: hi (0 before)"
    assert second["output"]["data"][0] == "warm: again (2 before)"  # the session kept the history
