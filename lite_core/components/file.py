"""gr.File: files in (paths or bytes, one or many) and out (downloads in the page)."""

from __future__ import annotations

from pathlib import Path
from typing import Any, ClassVar, Literal

from .. import files
from ..blocks_base import event_listener
from ..exceptions import Error, InvalidPayload
from ..protocol import ComponentProps
from .base import Component, describe

# Categories Gradio accepts in file_types, besides extensions such as ".pdf".
_CATEGORIES = ("image", "video", "audio", "text")


def matches(path: str, file_types: list[str]) -> bool:
    suffix = Path(path).suffix.lower()
    kind = (files.mime_type(path) or "").split("/")[0]
    return any(t.lower() == suffix or (t in _CATEGORIES and t == kind) or t == "file" for t in file_types)


class FileProps(ComponentProps):
    file_count: Literal["single", "multiple", "directory"]
    file_types: list[str] | None
    type: Literal["filepath", "binary"]
    height: int | float | None


class File(Component):
    block_type = "file"
    Props: ClassVar[type] = FileProps
    payload_description = "a file (FileData) or a list of them"
    python_type_name = "filepath"

    def __init__(
        self,
        value: Any = None,
        *,
        file_count: Literal["single", "multiple", "directory"] = "single",
        file_types: list[str] | None = None,
        type: Literal["filepath", "binary"] = "filepath",
        height: int | float | None = None,
        **kwargs: Any,
    ) -> None:
        if type not in ("filepath", "binary"):
            raise ValueError(
                f"Invalid value for parameter `type`: {type}. Please choose from one of: ['filepath', 'binary']"
            )
        self.file_count = file_count
        self.file_types = file_types
        self.type = type
        self.height = height
        super().__init__(value, **kwargs)

    def validate_payload(self, payload: Any) -> None:
        if payload is None:
            return
        if isinstance(payload, list):
            if self.file_count == "single" and len(payload) != 1:
                raise InvalidPayload(f"expects one file, got {describe(payload)}")
            for item in payload:
                files.check_file_payload(item)
        else:
            files.check_file_payload(payload)

    def _read(self, data: dict[str, Any]) -> str | bytes:
        path: str = data["path"]
        if self.file_types and not matches(path, self.file_types):
            raise Error(f"Invalid file type. Please upload a file that is one of these formats: {self.file_types}")
        if self.type == "binary":
            return Path(path).read_bytes()
        return files.NamedString(path)

    def preprocess(self, payload: Any) -> Any:
        if payload is None:
            return None
        items = payload if isinstance(payload, list) else [payload]
        read = [self._read(item) for item in items]
        return read[0] if self.file_count == "single" else read

    def postprocess(self, value: Any) -> Any:
        if value is None:
            return None
        if isinstance(value, (list, tuple)):
            return [self._file_data(item) for item in value]
        return self._file_data(value)

    @staticmethod
    def _file_data(item: Any) -> Any:
        text = str(item)
        if files.is_url(text):
            return files.file_data(url=text, orig_name=text.rsplit("/", 1)[-1].split("?")[0])
        return files.file_data(files.allow(text))

    def api_info(self) -> dict[str, Any]:
        single = {"type": "object", "description": "FileData: {path, url, orig_name, size, mime_type, meta}"}
        return single if self.file_count == "single" else {"type": "array", "items": single}

    def example_payload(self) -> Any:
        return None

    change = event_listener("change")
    upload = event_listener("upload")
    clear = event_listener("clear")


class Files(File):
    """Gradio's template: a File that takes several files."""

    def __init__(
        self, value: Any = None, *, file_count: Literal["multiple", "directory"] = "multiple", **kwargs: Any
    ) -> None:
        super().__init__(value, file_count=file_count, **kwargs)
