"""gr.ChatInterface: a chat app around `fn(message, history, *additional_inputs)`.

Built as a Blocks layout (Chatbot, a message box and its Submit button, examples,
additional inputs), like Interface. One event per message: the user's message shows at
once, then the reply, token by token when `fn` is a generator (each yield is the reply
so far, as in Gradio).
"""

from __future__ import annotations

import inspect
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any, Literal

from .blocks import Blocks
from .components import get_component_instance
from .components.button import Button
from .components.chatbot import Chatbot, ChatMessage, ChatType
from .components.dataset import Dataset
from .components.markdown import Markdown
from .components.state import State
from .components.textbox import Textbox
from .layouts.accordion import Accordion
from .layouts.row import Row


def _reply(value: Any, chat_type: ChatType) -> Any:
    """What fn returned, as the history's next bot message."""
    if chat_type == "tuples":
        return value
    if isinstance(value, (ChatMessage, dict)):
        return value
    return {"role": "assistant", "content": value}


class ChatInterface(Blocks):
    def __init__(
        self,
        fn: Callable[..., Any],
        *,
        type: ChatType | None = None,
        chatbot: Chatbot | None = None,
        textbox: Textbox | None = None,
        additional_inputs: Any = None,
        additional_inputs_accordion: str | Accordion | None = None,
        examples: list[Any] | None = None,
        title: str | None = None,
        description: str | None = None,
        theme: Any = None,
        css: str | None = None,
        submit_btn: str | bool = True,
        api_name: str | Literal[False] = "chat",
        show_progress: Literal["full", "minimal", "hidden"] = "minimal",
        **_unsupported: Any,
    ) -> None:
        if not callable(fn):
            raise TypeError(f"`fn` must be a function, got {fn!r}")
        super().__init__(title=title or "Gradio", css=css, theme=theme, mode="blocks")
        self.fn = fn
        self.type: ChatType = type or (chatbot.type if chatbot is not None else "tuples")
        extra = additional_inputs if isinstance(additional_inputs, list) else [additional_inputs]
        self.additional_inputs = [get_component_instance(c) for c in extra if c is not None]
        with self:
            if title:
                Markdown(f"<h1 style='text-align: center; margin-bottom: 1rem'>{title}</h1>")
            if description:
                Markdown(description)
            self.chatbot = chatbot or Chatbot(label="Chatbot", type=self.type, render=False)
            self.chatbot.render()
            self.chatbot.type = self.type
            # The conversation as a value an app may set (Gradio's `chatbot_value`): a
            # State whose change shows in the Chatbot.
            self.chatbot_value = State([])
            with Row():
                self.textbox = textbox or Textbox(
                    show_label=False, label="Message", placeholder="Type a message...", scale=7, render=False
                )
                self.textbox.render()
                label = submit_btn if isinstance(submit_btn, str) else "Submit"
                self.submit_button = Button(label, variant="primary", scale=1, visible=submit_btn is not False)
            inputs = [self.textbox, self.chatbot, *self.additional_inputs]
            outputs = [self.chatbot, self.textbox]
            respond = self._respond()
            self.textbox.submit(respond, inputs, outputs, api_name=api_name, show_progress=show_progress)
            self.submit_button.click(respond, inputs, outputs, api_name=False, show_progress=show_progress)
            if examples:
                self._examples(examples, respond, inputs, outputs)
            if self.additional_inputs:
                self._render_additional(additional_inputs_accordion)
            self.chatbot_value.change(lambda value: value, self.chatbot_value, self.chatbot, api_name=False)

    def _respond(self) -> Callable[..., Any]:
        """The event's function: the history with the user's message, then with each reply."""
        fn, chat_type = self.fn, self.type

        def asked(message: str, history: list[Any]) -> list[Any]:
            if chat_type == "tuples":
                return [*history, [message, None]]
            return [*history, {"role": "user", "content": message}]

        def answered(message: str, history: list[Any], reply: Any) -> list[Any]:
            if chat_type == "tuples":
                return [*history, [message, reply]]
            return [*history, {"role": "user", "content": message}, _reply(reply, chat_type)]

        if inspect.isasyncgenfunction(fn) or inspect.iscoroutinefunction(fn):

            async def respond_async(message: str, history: list[Any], *extra: Any) -> AsyncIterator[Any]:
                yield asked(message, history), ""
                if inspect.isasyncgenfunction(fn):
                    async for reply in fn(message, history, *extra):
                        yield answered(message, history, reply), ""
                else:
                    yield answered(message, history, await fn(message, history, *extra)), ""

            return respond_async

        def respond(message: str, history: list[Any], *extra: Any) -> Iterator[Any]:
            yield asked(message, history), ""
            if inspect.isgeneratorfunction(fn):
                for reply in fn(message, history, *extra):
                    yield answered(message, history, reply), ""
            else:
                yield answered(message, history, fn(message, history, *extra)), ""

        return respond

    def _examples(
        self, examples: list[Any], respond: Callable[..., Any], inputs: list[Any], outputs: list[Any]
    ) -> None:
        """Example messages under the chat: a click sends one (Gradio's run_examples_on_click)."""
        samples = [example if isinstance(example, list) else [example] for example in examples]
        dataset = Dataset(
            components=[self.textbox, *self.additional_inputs][: len(samples[0])],
            samples=samples,
            label="Examples",
            type="index",
        )

        def fill(index: int) -> Any:
            sample = dataset.raw_samples[index]
            return sample[0] if len(sample) == 1 else sample

        targets = [self.textbox, *self.additional_inputs][: len(samples[0])]
        dataset.click(fill, [dataset], targets, api_name=False, show_progress="hidden").success(
            respond, inputs, outputs, api_name=False
        )

    def _render_additional(self, accordion: str | Accordion | None) -> None:
        if isinstance(accordion, Accordion):
            accordion.render()
            holder = accordion
        else:
            holder = Accordion(accordion or "Additional Inputs", open=False)
        with holder:
            for component in self.additional_inputs:
                component.render()
