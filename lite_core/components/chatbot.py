"""gr.Chatbot: a conversation, as messages ({role, content}) or as (user, bot) pairs.

Gradio 5's two formats: `type="messages"` (OpenAI-style dicts or gr.ChatMessage) and the
older `type="tuples"` (the default, as in Gradio 5). On the wire a message's content is
text (Markdown, sanitised in the page) or a file (FileData, e.g. an image the bot sent).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Literal

from .. import files
from ..blocks_base import event_listener
from ..protocol import ComponentProps
from .base import Component

ChatType = Literal["messages", "tuples"]


@dataclass
class ChatMessage:
    """One message of a `type="messages"` Chatbot (Gradio's gr.ChatMessage)."""

    content: Any
    role: Literal["user", "assistant", "system"] = "assistant"
    metadata: dict[str, Any] = field(default_factory=dict)
    options: list[dict[str, Any]] = field(default_factory=list)


class ChatbotProps(ComponentProps):
    type: ChatType
    height: int | str | None
    placeholder: str | None
    show_copy_button: bool
    render_markdown: bool
    rtl: bool
    layout: Literal["bubble", "panel"] | None
    examples: list[dict[str, Any]] | None


def _content(value: Any) -> Any:
    """A message's content on the wire: text as it is, a file (a path in a tuple, a Path or
    a FileData dict, as Gradio accepts them) as FileData."""
    if isinstance(value, Component):
        # A component as a message (`gr.File(path)`, `gr.Image(...)`): its value; a file
        # shows as a file, anything else as text.
        value = value.value
    if isinstance(value, tuple) and value:
        value = Path(value[0])
    elif isinstance(value, dict) and "path" in value:
        value = Path(value["path"])
    if isinstance(value, Path):
        return files.file_data(files.allow(value))
    return value if value is None or isinstance(value, str) else str(value)


def _message(value: Any) -> dict[str, Any]:
    if isinstance(value, ChatMessage):
        value = asdict(value)
    if not isinstance(value, dict) or "role" not in value or "content" not in value:
        raise ValueError(
            "Data incompatible with messages format. Each message should be a dictionary with "
            f"'role' and 'content' keys or a ChatMessage object, got {value!r:.80}"
        )
    return {
        "role": value["role"],
        "metadata": value.get("metadata") or {},
        "content": _content(value["content"]),
        "options": value.get("options") or [],
    }


class Chatbot(Component):
    block_type = "chatbot"
    Props = ChatbotProps
    payload_types = (list,)
    payload_description = "a list of messages"
    python_type_name = "list"

    def __init__(
        self,
        value: Any = None,
        *,
        type: ChatType | None = None,
        height: int | str | None = 400,
        placeholder: str | None = None,
        show_copy_button: bool = False,
        render_markdown: bool = True,
        rtl: bool = False,
        layout: Literal["bubble", "panel"] | None = None,
        every: Any = None,
        inputs: Any = None,
        autoscroll: bool = True,
        preserved_by_key: list[str] | str | None = "value",
        resizable: bool = False,
        resizeable: bool = False,
        max_height: int | str | None = None,
        min_height: int | str | None = None,
        editable: Literal["user", "all"] | None = None,
        latex_delimiters: list[dict[str, Any]] | None = None,
        show_share_button: bool | None = None,
        watermark: str | None = None,
        avatar_images: Any = None,
        sanitize_html: bool = True,
        feedback_options: Any = ("Like", "Dislike"),
        feedback_value: Any = None,
        bubble_full_width: Any = None,
        line_breaks: bool = True,
        examples: list[dict[str, Any]] | None = None,
        show_copy_all_button: bool = False,
        allow_file_downloads: bool = True,
        group_consecutive_messages: bool = True,
        allow_tags: list[str] | bool = False,
        **kwargs: Any,
    ) -> None:
        # Gradio's other keywords are accepted so its apps run; none changes what Lite
        # draws yet (avatars, feedback buttons, example messages inside the chat, editing,
        # LaTeX...). `bubble_full_width` is deprecated in Gradio too and does nothing there.
        del every, inputs, autoscroll, preserved_by_key, resizable, resizeable, max_height, min_height
        del editable, latex_delimiters, show_share_button, watermark, avatar_images, sanitize_html
        del feedback_options, feedback_value, bubble_full_width, line_breaks, show_copy_all_button
        del allow_file_downloads, group_consecutive_messages, allow_tags
        self.examples = _examples(examples)
        self.type: ChatType = type or "tuples"
        if self.type not in ("messages", "tuples"):
            raise ValueError(f"The `type` parameter must be 'messages' or 'tuples', received: {type}")
        self.height = height
        self.placeholder = placeholder
        self.show_copy_button = show_copy_button
        self.render_markdown = render_markdown
        self.rtl = rtl
        self.layout = layout
        super().__init__(value, **kwargs)

    def postprocess(self, value: Any) -> list[Any]:
        if not value:
            return []
        if self.type == "messages":
            return [_message(message) for message in value]
        pairs = []
        for pair in value:
            if not isinstance(pair, (list, tuple)) or len(pair) != 2:
                raise ValueError(
                    f"Expected a list of [user, bot] pairs for a Chatbot of type 'tuples', got {pair!r:.80}"
                )
            pairs.append([_content(pair[0]), _content(pair[1])])
        return pairs

    def preprocess(self, payload: list[Any] | None) -> list[Any]:
        """The history as the function receives it: messages as dicts, or [user, bot] lists."""
        if not payload:
            return []
        if self.type == "messages":
            return [
                {"role": m["role"], "content": _file_path(m["content"]), "metadata": m.get("metadata") or {}}
                for m in payload
                if isinstance(m, dict)
            ]
        return [[_file_path(user), _file_path(bot)] for user, bot in payload]

    def api_info(self) -> dict[str, Any]:
        return {"type": "array", "items": {"type": "object"}, "description": f"the conversation ({self.type})"}

    def example_payload(self) -> list[Any]:
        if self.type == "messages":
            return [{"role": "user", "metadata": {}, "content": "Hello!", "options": []}]
        return [["Hello!", None]]

    def example_value(self) -> list[Any]:
        return [{"role": "user", "content": "Hello!"}] if self.type == "messages" else [["Hello!", None]]

    change = event_listener("change")
    select = event_listener("select")
    like = event_listener("like")
    retry = event_listener("retry")
    undo = event_listener("undo")
    clear = event_listener("clear")
    example_select = event_listener("example_select")
    option_select = event_listener("option_select")
    copy = event_listener("copy")
    edit = event_listener("edit")


def _served(path: str) -> Any:
    return files.file_data(url=path) if files.is_url(path) else files.file_data(files.allow(path))


def _examples(examples: list[dict[str, Any]] | None) -> list[dict[str, Any]] | None:
    """Example messages shown in the empty chat (Gradio's): their files and icon served."""
    if examples is None:
        return None
    shown = []
    for example in examples:
        example = dict(example)
        if isinstance(example.get("icon"), str):
            example["icon"] = _served(example["icon"])
        listed = example.get("files")
        if listed is not None and not isinstance(listed, list):
            raise ValueError(
                "Data incompatible with files format. The 'files' passed should be a list of file paths or URLs."
            )
        if listed is not None:
            example["files"] = [_served(f) if isinstance(f, str) else f for f in listed]
        shown.append(example)
    return shown


def _file_path(content: Any) -> Any:
    """A file in a message reaches the function as its path (as a tuple in Gradio's tuples)."""
    if isinstance(content, dict) and "path" in content:
        files.check_file_payload(content)
        return (content["path"],)
    return content
