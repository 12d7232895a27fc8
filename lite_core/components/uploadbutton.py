"""gr.UploadButton: a button that opens the file picker; its value is what was uploaded."""

from __future__ import annotations

from typing import Any, Literal

from ..blocks_base import event_listener
from .button import Variant
from .file import File, FileProps


class UploadButtonProps(FileProps):
    variant: Variant
    size: Literal["sm", "md", "lg"]
    icon: str | None


class UploadButton(File):
    """Files in and out as gr.File's; the label is the button's text, as in Gradio."""

    block_type = "uploadbutton"
    Props = UploadButtonProps

    def __init__(
        self,
        label: str = "Upload a File",
        value: Any = None,
        *,
        variant: Variant = "secondary",
        size: Literal["sm", "md", "lg"] = "lg",
        icon: str | None = None,
        **kwargs: Any,
    ) -> None:
        self.variant = variant
        self.size = size
        self.icon = icon
        super().__init__(value, label=label, **kwargs)

    click = event_listener("click")
    upload = event_listener("upload")
