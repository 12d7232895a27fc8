"""gr.MultimodalTextbox: a message box that also takes files ({"text", "files"})."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal, TypedDict

from .. import files
from ..blocks_base import event_listener
from ..exceptions import Error, InvalidPayload
from ..protocol import ComponentProps, FileData
from .base import Component, describe
from .file import matches

Source = Literal["upload", "microphone"]
_SOURCES: tuple[Source, ...] = ("upload", "microphone")


class MultimodalValue(TypedDict, total=False):
    """What the function receives (Gradio's MultimodalValue): the text and file paths."""

    text: str
    files: list[str]


class MultimodalData(TypedDict):
    """The value on the wire: the text and the files as FileData."""

    text: str
    files: list[FileData]


class MultimodalTextboxProps(ComponentProps):
    sources: list[Source]
    file_types: list[str] | None
    file_count: Literal["single", "multiple", "directory"]
    lines: int
    max_lines: int
    placeholder: str | None
    autofocus: bool
    autoscroll: bool
    text_align: Literal["left", "right"] | None
    rtl: bool
    submit_btn: str | bool | None
    stop_btn: str | bool | None
    max_plain_text_length: int


def _sources(sources: Any) -> list[Source]:
    if sources is None:
        return ["upload"]
    listed = [sources] if isinstance(sources, str) else sources
    if not isinstance(listed, list) or any(s not in _SOURCES for s in listed):
        raise ValueError(f"`sources` must be a list consisting of elements in {list(_SOURCES)}")
    return listed


class MultimodalTextbox(Component):
    block_type = "multimodaltextbox"
    Props = MultimodalTextboxProps
    payload_types = (dict,)
    payload_description = "a dict {text, files} (files as FileData)"
    python_type_name = "dict"

    def __init__(
        self,
        value: str | dict[str, Any] | None = None,
        *,
        sources: list[Source] | Source | None = None,
        file_types: list[str] | None = None,
        file_count: Literal["single", "multiple", "directory"] = "single",
        lines: int = 1,
        max_lines: int = 20,
        placeholder: str | None = None,
        every: Any = None,
        inputs: Any = None,
        autofocus: bool = False,
        autoscroll: bool = True,
        preserved_by_key: list[str] | str | None = "value",
        text_align: Literal["left", "right"] | None = None,
        rtl: bool = False,
        submit_btn: str | bool | None = True,
        stop_btn: str | bool | None = False,
        max_plain_text_length: int = 1000,
        html_attributes: Any = None,
        **kwargs: Any,
    ) -> None:
        # Accepted as Gradio's, unused here: a callable value's `every`/`inputs`, gr.render's
        # `preserved_by_key`, and `html_attributes` (autocorrect and kin of the text field).
        del every, inputs, preserved_by_key, html_attributes
        self.sources = _sources(sources)
        if file_types is not None and not isinstance(file_types, list):
            raise ValueError(f"Parameter file_types must be a list. Received {file_types.__class__.__name__}")
        self.file_types = file_types
        self.file_count = file_count
        self.lines = lines
        self.max_lines = max(lines, max_lines)
        self.placeholder = placeholder
        self.autofocus = autofocus
        self.autoscroll = autoscroll
        self.text_align = text_align
        self.rtl = rtl
        self.submit_btn = submit_btn
        self.stop_btn = stop_btn
        self.max_plain_text_length = max_plain_text_length
        super().__init__(value, **kwargs)

    def validate_payload(self, payload: Any) -> None:
        super().validate_payload(payload)
        if payload is None:
            return
        text, listed = payload.get("text", ""), payload.get("files", [])
        if not isinstance(text, str) or not isinstance(listed, list):
            raise InvalidPayload(f"expects {self.payload_description}, got {describe(payload)}")
        for item in listed:
            files.check_file_payload(item)

    def preprocess(self, payload: dict[str, Any] | None) -> MultimodalValue | None:
        if payload is None:
            return None
        paths = [item["path"] for item in payload.get("files") or []]
        if self.file_types is not None:
            for item, path in zip(payload.get("files") or [], paths):
                if not matches(path, self.file_types):
                    raise Error(
                        f"Invalid file type: {item.get('mime_type')}. Please upload a file that is one of "
                        f"these formats: {self.file_types}"
                    )
        return {"text": payload.get("text", ""), "files": paths}

    def postprocess(self, value: Any) -> MultimodalData | None:
        if value is None:
            return None
        if isinstance(value, str):
            return {"text": value, "files": []}
        if not isinstance(value, dict):
            raise ValueError(
                "MultimodalTextbox expects a string or a dictionary with optional keys 'text' and 'files'. "
                f"Received {value.__class__.__name__}"
            )
        text = value.get("text", "")
        if not isinstance(text, str):
            raise TypeError(f"Expected 'text' to be a string, but got {type(text).__name__}")
        listed = value.get("files")
        return {"text": text, "files": [self._file(f) for f in listed] if isinstance(listed, list) else []}

    @staticmethod
    def _file(item: Any) -> FileData:
        if isinstance(item, dict):
            path = str(item.get("path", ""))
            data = files.file_data(url=path) if files.is_url(path) else files.file_data(files.allow(path))
            return {**data, **{k: v for k, v in item.items() if k in data and v is not None}}
        text = str(item)
        if files.is_url(text):
            return files.file_data(url=text, orig_name=Path(text.split("?")[0]).name)
        return files.file_data(files.allow(text))

    def api_info(self) -> dict[str, Any]:
        return {
            "type": "object",
            "properties": {
                "text": {"type": "string"},
                "files": {"type": "array", "items": {"type": "object", "description": "FileData"}},
            },
            "required": ["text"],
        }

    def example_payload(self) -> Any:
        return {"text": "Describe this image", "files": []}

    def example_value(self) -> Any:
        return {"text": "Describe this image", "files": []}

    change = event_listener("change")
    input = event_listener("input")
    select = event_listener("select")
    submit = event_listener("submit")
    focus = event_listener("focus")
    blur = event_listener("blur")
    stop = event_listener("stop")
