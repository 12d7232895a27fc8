"""gr.Gallery: a grid of images, each with an optional caption."""

from __future__ import annotations

from typing import Any, Literal

from ..blocks_base import event_listener
from ..protocol import ComponentProps
from .base import Component
from .image import image_file_data


class GalleryProps(ComponentProps):
    columns: int | list[int] | None
    rows: int | list[int] | None
    height: int | str | None
    allow_preview: bool
    object_fit: str | None
    format: str
    type: Literal["numpy", "pil", "filepath"]
    show_download_button: bool


class Gallery(Component):
    block_type = "gallery"
    Props = GalleryProps
    packages: tuple[str, ...] = ("numpy", "pillow")
    payload_types = (list,)
    payload_description = "a list of {image, caption}"
    python_type_name = "List[Tuple[str, str | None]]"

    def __init__(
        self,
        value: Any = None,
        *,
        columns: int | list[int] | None = 2,
        rows: int | list[int] | None = None,
        height: int | str | None = None,
        allow_preview: bool = True,
        object_fit: str | None = None,
        format: str = "webp",
        type: Literal["numpy", "pil", "filepath"] = "filepath",
        show_download_button: bool = True,
        **kwargs: Any,
    ) -> None:
        self.columns = columns
        self.rows = rows
        self.height = height
        self.allow_preview = allow_preview
        self.object_fit = object_fit
        self.format = format
        self.type = type
        self.show_download_button = show_download_button
        super().__init__(value, **kwargs)

    def postprocess(self, value: Any) -> list[dict[str, Any]] | None:
        if value is None:
            return []  # as Gradio: an empty gallery
        items = []
        for entry in value:
            image, caption = entry if isinstance(entry, (tuple, list)) else (entry, None)
            items.append(
                {"image": image_file_data(image, self.format), "caption": None if caption is None else str(caption)}
            )
        return items

    def preprocess(self, payload: list[dict[str, Any]] | None) -> list[tuple[Any, str | None]] | None:
        if payload is None:
            return None
        result = []
        for item in payload:
            path = item["image"]["path"]
            if self.type == "filepath":
                result.append((path, item.get("caption")))
                continue
            import PIL.Image

            image = PIL.Image.open(path)
            if self.type == "numpy":
                import numpy as np

                result.append((np.array(image), item.get("caption")))
            else:
                result.append((image, item.get("caption")))
        return result

    def api_info(self) -> dict[str, Any]:
        return {"type": "array", "items": {"type": "object", "description": "{image: FileData, caption: str | None}"}}

    def example_payload(self) -> Any:
        return []

    example_value = example_payload

    change = event_listener("change")
    select = event_listener("select")
