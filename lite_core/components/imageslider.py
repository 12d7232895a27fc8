"""gr.ImageSlider: two images, one over the other, compared with a draggable divider.

Its value is a tuple of two images (numpy, PIL or a path, per `type`). The page draws
`slider_position` and `max_height`; an upload fills the first empty side. Accepted and
kept, not drawn: `height` / `width`, `show_download_button`, `show_fullscreen_button`,
`every` / `inputs` (a callable value is refused); `stream` is accepted but never fired.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

from .. import files
from ..blocks_base import event_listener
from ..exceptions import InvalidPayload
from ..protocol import ComponentProps, FileData
from .base import Component
from .image import Image, image_file_data, save_image, to_uint8


def image_file(image: Any, fmt: str) -> FileData | None:
    """An image saved as a file of the app (never a raw frame: these renderers draw files)."""
    if image is None:
        return None
    if isinstance(image, (str, Path)):
        return image_file_data(image, fmt)
    if not hasattr(image, "save"):
        import numpy as np
        import PIL.Image

        image = PIL.Image.fromarray(to_uint8(np.asarray(image)))
    return files.file_data(save_image(image, fmt))


class ImageSliderProps(ComponentProps):
    format: str
    height: int | str | None
    width: int | str | None
    image_mode: str | None
    type: Literal["numpy", "pil", "filepath"]
    show_download_button: bool
    show_fullscreen_button: bool
    slider_position: float
    max_height: int


class ImageSlider(Component):
    block_type = "imageslider"
    Props = ImageSliderProps
    packages: tuple[str, ...] = ("numpy", "pillow")
    payload_types = (list, tuple)
    payload_description = "a pair of images (two FileData)"
    python_type_name = "Tuple[str, str]"
    example_url = "https://raw.githubusercontent.com/gradio-app/gradio/main/test/test_files/bus.png"

    def __init__(
        self,
        value: Any = None,
        *,
        format: str = "webp",
        height: int | str | None = None,
        width: int | str | None = None,
        image_mode: str | None = "RGB",
        type: Literal["numpy", "pil", "filepath"] = "numpy",
        every: Any = None,
        inputs: Any = None,
        show_download_button: bool = True,
        preserved_by_key: list[str] | str | None = "value",
        show_fullscreen_button: bool = True,
        slider_position: float = 50,
        max_height: int = 500,
        **kwargs: Any,
    ) -> None:
        # One Image does the reading of each side: modes, EXIF rotation, `type`.
        self._reader = Image(format=format, image_mode=image_mode, type=type, render=False)
        self.format = format
        self.height, self.width = height, width
        self.image_mode = image_mode
        self.type = type
        self.show_download_button = show_download_button
        self.show_fullscreen_button = show_fullscreen_button
        self.slider_position = slider_position
        self.max_height = max_height
        super().__init__(value, preserved_by_key=preserved_by_key, every=every, inputs=inputs, **kwargs)

    def validate_payload(self, payload: Any) -> None:
        super().validate_payload(payload)
        if payload is None:
            return
        if len(payload) != 2:
            raise InvalidPayload(f"expects a pair of images, got {len(payload)}")
        for part in payload:
            if part is not None:
                files.check_file_payload(part)

    def preprocess(self, payload: list[Any] | None) -> tuple[Any, Any] | None:
        if payload is None:
            return None
        return (self._reader.preprocess(payload[0]), self._reader.preprocess(payload[1]))

    def postprocess(self, value: Any) -> list[FileData | None] | None:
        if value is None:
            return None
        return [image_file(value[0], self.format), image_file(value[1], self.format)]

    def api_info(self) -> dict[str, Any]:
        return {"type": "array", "description": "a pair of images, each FileData", "items": {"type": "object"}}

    def example_payload(self) -> Any:
        return [files.file_data(url=self.example_url), files.file_data(url=self.example_url)]

    def example_value(self) -> Any:
        return (self.example_url, self.example_url)

    clear = event_listener("clear")
    change = event_listener("change")
    stream = event_listener("stream")
    select = event_listener("select")
    upload = event_listener("upload")
    input = event_listener("input")
