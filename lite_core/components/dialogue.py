"""gr.Dialogue: a transcript of lines, each a speaker and what they say."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Literal

from ..blocks_base import event_listener
from ..exceptions import InvalidPayload
from ..protocol import ComponentProps
from .base import Component, describe


class DialogueProps(ComponentProps):
    type: Literal["list", "text"]
    speakers: list[str] | None
    tags: list[str]
    separator: str
    color_map: dict[str, str] | None
    placeholder: str | None
    max_lines: int | None
    show_submit_button: bool
    show_copy_button: bool
    ui_mode: Literal["dialogue", "text", "both"]


class Dialogue(Component):
    """On the wire, a list of `{speaker, text}` lines, or one string. The function receives
    the lines joined into a string (`type="text"`, each line made by `formatter`, by
    default "[speaker] text", joined by `separator`), or the list itself (`type="list"`).
    It may return either.

    In the page each line has a speaker menu and a text box (lines can be added and
    removed), with Submit (fires `submit`) and a copy button. Gradio's `:` tag menu, its
    free-text mode (`ui_mode="text"`, which `unformatter` parses) and its colours are not
    drawn yet: with no `speakers` the dialogue is one text box."""

    block_type = "dialogue"
    Props = DialogueProps
    payload_types = (list, str)
    payload_description = "a list of {speaker, text} lines or a string"

    def __init__(
        self,
        value: list[dict[str, str]] | Callable[..., Any] | str | None = None,
        *,
        type: Literal["list", "text"] = "text",
        speakers: list[str] | None = None,
        formatter: Callable[[str, str], str] | None = None,
        unformatter: Callable[[str, str], dict[str, str]] | None = None,
        tags: list[str] | None = None,
        separator: str = "\n",
        color_map: dict[str, str] | None = None,
        label: str | None = "Dialogue",
        info: str | None = "Type colon (:) in the dialogue line to see the available tags",
        placeholder: str | None = None,
        interactive: bool | None = None,
        max_lines: int | None = None,
        show_submit_button: bool = True,
        show_copy_button: bool = True,
        ui_mode: Literal["dialogue", "text", "both"] = "both",
        **kwargs: Any,
    ) -> None:
        if separator == " ":
            raise ValueError("Separator cannot be an empty string.")
        self.type = type
        self.speakers = speakers
        self.formatter = formatter
        self.unformatter = unformatter
        self.tags = tags or []
        self.separator = separator
        self.color_map = color_map
        self.placeholder = placeholder
        self.max_lines = max_lines
        self.show_submit_button = show_submit_button
        self.show_copy_button = show_copy_button
        self.ui_mode = ui_mode
        super().__init__(value, label=label, info=info if interactive else None, interactive=interactive, **kwargs)

    @staticmethod
    def default_formatter(speaker: str, text: str) -> str:
        return f"[{speaker}] {text}"

    @staticmethod
    def default_unformatter(line: str, default_speaker: str) -> dict[str, str]:
        """A formatted line back into its speaker and text: "[speaker] text"."""
        line = line.strip()
        if not line:
            return {"speaker": "", "text": ""}
        if line.startswith("[") and "]" in line:
            end = line.find("]")
            return {"speaker": line[1:end], "text": line[end + 1 :].strip()}
        return {"speaker": default_speaker, "text": line}

    def validate_payload(self, payload: Any) -> None:
        super().validate_payload(payload)
        if isinstance(payload, list):
            for line in payload:
                if not (
                    isinstance(line, dict)
                    and isinstance(line.get("speaker"), str)
                    and isinstance(line.get("text"), str)
                ):
                    raise InvalidPayload(f"expects lines of {{speaker, text}}, got {describe(line)}")

    def format(self, value: list[dict[str, str]] | str) -> str:
        """The dialogue as one string (what `type="text"` passes, what Copy copies)."""
        if isinstance(value, str):
            return value
        if not value or (len(value) == 1 and value[0]["text"] == ""):
            return ""
        formatter = self.formatter or self.default_formatter
        return self.separator.join(formatter(line["speaker"], line["text"]) for line in value)

    def unformat(self, text: str) -> list[dict[str, str]]:
        """A formatted string back into lines (`unformatter`, by default "[speaker] text")."""
        unformatter = self.unformatter or self.default_unformatter
        default_speaker = self.speakers[0] if self.speakers else "Unknown"
        lines = (unformatter(line.strip(), default_speaker) for line in text.split(self.separator) if line.strip())
        return [line for line in lines if line["speaker"] or line["text"]]

    def preprocess(self, payload: Any) -> Any:
        if payload is None:
            return None
        lines = payload if isinstance(payload, str) else [{"speaker": x["speaker"], "text": x["text"]} for x in payload]
        return lines if self.type == "list" else self.format(lines)

    def postprocess(self, value: Any) -> Any:
        if value is None or isinstance(value, str):
            return value
        return [{"speaker": line["speaker"], "text": line["text"]} for line in value]

    def api_info(self) -> dict[str, Any]:
        line = {
            "properties": {"speaker": {"type": "string"}, "text": {"type": "string"}},
            "required": ["speaker", "text"],
            "type": "object",
        }
        return {"anyOf": [{"items": line, "type": "array"}, {"type": "string"}], "title": "DialogueModel"}

    def example_payload(self) -> Any:
        return [
            {"speaker": "Speaker 1", "text": "Hello, how are you?"},
            {"speaker": "Speaker 2", "text": "I'm fine, thank you!"},
        ]

    def example_value(self) -> Any:
        return self.example_payload()

    change = event_listener("change")
    input = event_listener("input")
    submit = event_listener("submit")
