"""gr.DownloadButton: a button that downloads a file."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

from .. import files
from ..blocks_base import event_listener
from ..protocol import ComponentProps
from .base import FileComponent


class DownloadButtonProps(ComponentProps):
    variant: Literal["primary", "secondary", "stop"]
    size: Literal["sm", "md", "lg"]
    icon: str | None


class DownloadButton(FileComponent):
    """Its value is a file (a path, or a URL); a click fires `click` and downloads the
    file, served by the app's file route as gr.File's downloads are. The label is the
    button's text."""

    block_type = "downloadbutton"
    Props = DownloadButtonProps
    file_kind = "file"
    example_url = "https://github.com/gradio-app/gradio/raw/main/test/test_files/sample_file.pdf"
    python_type_name = "filepath"

    def __init__(
        self,
        label: str = "Download",
        value: str | Path | Any | None = None,
        *,
        variant: Literal["primary", "secondary", "stop"] = "secondary",
        size: Literal["sm", "md", "lg"] = "lg",
        icon: str | None = None,
        interactive: bool = True,
        **kwargs: Any,
    ) -> None:
        self.variant = variant
        self.size = size
        self.icon = icon
        super().__init__(value, label=label, interactive=interactive, **kwargs)

    def preprocess(self, payload: Any) -> str | None:
        # (Rarely used) the file's path, as in Gradio.
        return None if payload is None else str(payload["path"])

    def postprocess(self, value: Any) -> Any:
        if value is None:
            return None
        text = str(value)
        name = Path(text.split("?")[0]).name
        if files.is_url(text):
            return files.file_data(url=text, orig_name=name)
        return files.file_data(files.allow(text), orig_name=name)

    click = event_listener("click")
