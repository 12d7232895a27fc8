"""gr.ChatInterface: a chat app around `fn(message, history, *additional_inputs)`.

Built as a Blocks layout (Chatbot, a message box and its Submit button, examples,
additional inputs), like Interface. One event per message: the user's message shows at
once, then the reply, token by token when `fn` is a generator (each yield is the reply
so far, as in Gradio).
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any, Literal

from .blocks import Blocks
from .components import get_component_instance
from .components.base import Component
from .components.browser_state import BrowserState
from .components.button import Button
from .components.chatbot import Chatbot, ChatMessage, ChatType
from .components.dataset import Dataset
from .components.json_component import JSON
from .components.markdown import Markdown
from .components.multimodaltextbox import MultimodalTextbox
from .components.state import State
from .components.textbox import Textbox
from .exceptions import InvalidPayload
from .layouts.accordion import Accordion
from .layouts.column import Column
from .layouts.row import Row
from .updates import Processed, skip, update


def _reply(value: Any, chat_type: ChatType) -> Any:
    """What fn returned, as the history's next bot message (tuples) or messages: a list
    gives one message per item, as in Gradio."""
    if chat_type == "tuples":
        return value
    items = value if isinstance(value, list) else [value]
    return [item if isinstance(item, (ChatMessage, dict)) else {"role": "assistant", "content": item} for item in items]


def _user_messages(message: Any) -> list[dict[str, Any]]:
    """The user's message as history messages: a multimodal one ({"text", "files"}) is a
    message per file, then its text (Gradio's order)."""
    if not isinstance(message, dict):
        return [{"role": "user", "content": message}]
    said: list[dict[str, Any]] = [{"role": "user", "content": {"path": path}} for path in message.get("files") or []]
    if isinstance(message.get("text"), str) and message["text"]:
        said.append({"role": "user", "content": message["text"]})
    return said


def _user_pairs(message: Any) -> tuple[list[list[Any]], Any]:
    """The same as (user, bot) pairs: a pair per file, and the text that the reply pairs with."""
    if not isinstance(message, dict):
        return [], message
    return [[(path,), None] for path in message.get("files") or []], message.get("text")


def _chat_title(conversation: list[Any]) -> str:
    """Gradio's title of a saved conversation: its first text from the user (📎 per file
    before it), cut at 40 characters."""
    title = ""
    for message in conversation:
        if isinstance(message, dict) and message.get("role") == "user":
            if isinstance(message.get("content"), str):
                title += message["content"]
                break
            title += "📎 "
    return title[:40] + "..." if len(title) > 40 else title or "Conversation"


class _History(Dataset):
    """The list of saved conversations: a Dataset whose samples the page is sent later
    (restored from the browser), so any listed index is accepted."""

    def validate_payload(self, payload: Any) -> None:
        if payload is not None and (not isinstance(payload, int) or isinstance(payload, bool) or payload < 0):
            raise InvalidPayload(f"expects the index of a saved conversation, got {payload!r:.40}")

    def preprocess(self, payload: Any) -> Any:
        return payload


class ChatInterface(Blocks):
    def __init__(
        self,
        fn: Callable[..., Any],
        *,
        type: ChatType | None = None,
        chatbot: Chatbot | None = None,
        textbox: Textbox | MultimodalTextbox | None = None,
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
        multimodal: bool = False,
        additional_outputs: Any = None,
        save_history: bool = False,
        **_unsupported: Any,
    ) -> None:
        if not callable(fn):
            raise TypeError(f"`fn` must be a function, got {fn!r}")
        if save_history and type != "messages":
            raise ValueError("save_history is only supported for type='messages'")
        super().__init__(title=title or "Gradio", css=css, theme=theme, mode="blocks")
        self.fn = fn
        self.type: ChatType = type or (chatbot.type if chatbot is not None else "tuples")
        extra = additional_inputs if isinstance(additional_inputs, list) else [additional_inputs]
        self.additional_inputs = [get_component_instance(c) for c in extra if c is not None]
        outputs_extra = additional_outputs if isinstance(additional_outputs, list) else [additional_outputs]
        self.additional_outputs: list[Component] = [c for c in outputs_extra if c is not None]
        self.multimodal = multimodal or isinstance(textbox, MultimodalTextbox)
        self.save_history = save_history
        with self:
            if title:
                Markdown(f"<h1 style='text-align: center; margin-bottom: 1rem'>{title}</h1>")
            if description:
                Markdown(description)
            if save_history:
                # Gradio's layout: the saved conversations beside the chat.
                with Row():
                    with Column(scale=1, min_width=100):
                        self._history_area()
                    with Column(scale=6):
                        self._chat_area(chatbot, textbox, submit_btn, api_name, show_progress, examples)
            else:
                self._chat_area(chatbot, textbox, submit_btn, api_name, show_progress, examples)
            # The conversation as a value an app may set (Gradio's `chatbot_value`): a
            # State whose change shows in the Chatbot.
            self.chatbot_value = State([])
            if self.additional_inputs:
                self._render_additional(additional_inputs_accordion)
            self.chatbot_value.change(lambda value: value, self.chatbot_value, self.chatbot, api_name=False)

    def _chat_area(
        self,
        chatbot: Chatbot | None,
        textbox: Textbox | MultimodalTextbox | None,
        submit_btn: str | bool,
        api_name: str | Literal[False],
        show_progress: Literal["full", "minimal", "hidden"],
        examples: list[Any] | None,
    ) -> None:
        self.chatbot = chatbot or Chatbot(label="Chatbot", type=self.type, render=False)
        self.chatbot.render()
        self.chatbot.type = self.type
        with Row():
            box = MultimodalTextbox if self.multimodal else Textbox
            self.textbox: Textbox | MultimodalTextbox = textbox or box(
                show_label=False, label="Message", placeholder="Type a message...", scale=7, render=False
            )
            self.textbox.show_label = False
            self.textbox.label = self.textbox.label or "Message"  # hidden; names the box for assistive tech
            self.textbox.render()
            label = submit_btn if isinstance(submit_btn, str) else "Submit"
            # A MultimodalTextbox has its own submit button, as in Gradio.
            shown = submit_btn is not False and not isinstance(self.textbox, MultimodalTextbox)
            self.submit_button = Button(label, variant="primary", scale=1, visible=shown)
        inputs = [self.textbox, self.chatbot, *self.additional_inputs]
        outputs = [self.chatbot, self.textbox, *self.additional_outputs]
        respond = self._respond()
        if examples:  # wired first, as in Gradio (its examples come before the submit events)
            self._examples(examples, respond, inputs, outputs)
        submitted = self.textbox.submit(respond, inputs, outputs, api_name=False, show_progress=show_progress)
        clicked = self.submit_button.click(respond, inputs, outputs, api_name=False, show_progress=show_progress)
        if api_name is not False:
            self._api_endpoint(api_name)
        if self.save_history:
            self._keep_history([submitted, clicked])

    def _api_endpoint(self, api_name: str) -> None:
        """Gradio's `/chat`: (message, *additional inputs) -> the reply, for the clients.
        The history is a gr.State (left out of the API), so each session keeps its own; the
        function shows the app's own parameters, as Gradio's does."""
        fn = self.fn
        self.chatbot_state = State([])
        self.api_response = JSON(label="Response", visible=False)
        inputs = [self.textbox, self.chatbot_state, *self.additional_inputs]
        outputs = [self.api_response, self.chatbot_state, *self.additional_outputs]
        extra_outputs = len(self.additional_outputs)

        def reply_of(returned: Any) -> tuple[Any, list[Any]]:
            reply, more = (returned, []) if not extra_outputs else (returned[0], list(returned[1:]))
            return reply, more

        def wire(reply: Any) -> Any:
            # Text goes out as it is (a JSON output would parse a string as JSON).
            return Processed(reply) if isinstance(reply, str) else reply

        def history_with(message: Any, history: list[Any], reply: Any) -> list[Any]:
            if self.type == "tuples":
                return [*(history or []), [message, reply]]
            return [*(history or []), *_user_messages(message), *_reply(reply, self.type)]

        if inspect.isasyncgenfunction(fn) or inspect.iscoroutinefunction(fn):

            @functools.wraps(fn)
            async def chat_async(message: Any, history: list[Any], *extra: Any) -> AsyncIterator[Any]:
                if inspect.isasyncgenfunction(fn):
                    async for returned in fn(message, history or [], *extra):
                        reply, more = reply_of(returned)
                        yield (wire(reply), history_with(message, history, reply), *more)
                else:
                    reply, more = reply_of(await fn(message, history or [], *extra))
                    yield (wire(reply), history_with(message, history, reply), *more)

            chat: Callable[..., Any] = chat_async
        else:

            @functools.wraps(fn)
            def chat_sync(message: Any, history: list[Any], *extra: Any) -> Iterator[Any]:
                replies = fn(message, history or [], *extra)
                for returned in replies if inspect.isgeneratorfunction(fn) else [replies]:
                    reply, more = reply_of(returned)
                    yield (wire(reply), history_with(message, history, reply), *more)

            chat = chat_sync
        self.set_event_trigger([], chat, inputs, outputs, api_name=api_name, show_progress="hidden")

    # --- save_history: conversations kept in the browser (Gradio's BrowserState) ----------

    def _history_area(self) -> None:
        self.saved_conversations = BrowserState([], storage_key=f"_saved_conversations_{self._id}")
        self.conversation_id = State(None)
        self.new_chat_button = Button("New chat", variant="primary", size="md")
        self.chat_history_dataset = _History(
            components=[Textbox(visible=False)], label="Conversations", show_label=False, type="index"
        )

    def _keep_history(self, answered: list[Any]) -> None:
        """After each answer the conversation is saved (a new one goes first); the list
        shows them by title; a click loads one; New chat starts an empty one."""

        def save(index: int | None, conversation: list[Any], saved: list[Any] | None) -> tuple[Any, Any]:
            saved = list(saved or [])
            if index is not None and 0 <= index < len(saved):
                saved[index] = conversation
            else:
                saved.insert(0, conversation)
                index = 0
            return index, saved

        def listed(saved: list[Any] | None) -> Any:
            return update(samples=[[_chat_title(c)] for c in saved or [] if c])

        def load(index: int, saved: list[Any] | None) -> tuple[Any, Any]:
            saved = saved or []
            if not 0 <= index < len(saved):
                return None, []
            # A file's content was saved as [path] (JSON has no tuples): a file again.
            return index, [
                {**m, "content": tuple(m["content"])} if isinstance(m.get("content"), list) else m for m in saved[index]
            ]

        history = [self.conversation_id, self.chatbot, self.saved_conversations]
        for event in answered:
            event.then(
                save, history, [self.conversation_id, self.saved_conversations], show_progress="hidden", api_name=False
            )
        self.saved_conversations.change(
            listed, [self.saved_conversations], [self.chat_history_dataset], show_progress="hidden", api_name=False
        )
        self.chat_history_dataset.click(
            load,
            [self.chat_history_dataset, self.saved_conversations],
            [self.conversation_id, self.chatbot],
            show_progress="hidden",
            api_name=False,
        )
        self.new_chat_button.click(lambda: (None, []), None, [self.conversation_id, self.chatbot], api_name=False)

        def delete(index: int | None, saved: list[Any] | None) -> tuple[Any, Any]:
            saved = list(saved or [])
            if index is not None and 0 <= index < len(saved):
                saved.pop(index)
            return None, saved

        # The chat's Clear deletes the conversation from the saved ones (Gradio's behaviour).
        self.chatbot.clear(
            delete,
            [self.conversation_id, self.saved_conversations],
            [self.conversation_id, self.saved_conversations],
            api_name=False,
        )

    def _respond(self) -> Callable[..., Any]:
        """The event's function: the history with the user's message, then with each reply
        (and the additional outputs fn returns after it)."""
        fn, chat_type, extra_outputs = self.fn, self.type, len(self.additional_outputs)

        def asked(message: Any, history: list[Any]) -> list[Any]:
            if chat_type == "tuples":
                pairs, text = _user_pairs(message)
                return [*history, *pairs, [text, None]] if text else [*history, *pairs]
            return [*history, *_user_messages(message)]

        def answered(message: Any, history: list[Any], reply: Any) -> list[Any]:
            if chat_type == "tuples":
                pairs, text = _user_pairs(message)
                return [*history, *pairs, [text, reply]]
            return [*history, *_user_messages(message), *_reply(reply, chat_type)]

        multimodal = self.multimodal

        def first(message: Any, history: list[Any]) -> tuple[Any, ...]:
            return (asked(message, history), "", *[skip()] * extra_outputs)

        def then(message: Any, history: list[Any], returned: Any) -> tuple[Any, ...]:
            if not extra_outputs:
                return (answered(message, history, returned), "")
            reply, *more = returned
            return (answered(message, history, reply), "", *more)

        if inspect.isasyncgenfunction(fn) or inspect.iscoroutinefunction(fn):

            async def respond_async(message: Any, history: list[Any], *extra: Any) -> AsyncIterator[Any]:
                if multimodal and message is None:
                    message = {"text": "", "files": []}
                yield first(message, history)
                if inspect.isasyncgenfunction(fn):
                    async for reply in fn(message, history, *extra):
                        yield then(message, history, reply)
                else:
                    yield then(message, history, await fn(message, history, *extra))

            return respond_async

        def respond(message: Any, history: list[Any], *extra: Any) -> Iterator[Any]:
            if multimodal and message is None:  # an empty box, as the page sends it
                message = {"text": "", "files": []}
            yield first(message, history)
            if inspect.isgeneratorfunction(fn):
                for reply in fn(message, history, *extra):
                    yield then(message, history, reply)
            else:
                yield then(message, history, fn(message, history, *extra))

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
