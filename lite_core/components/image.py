"""gr.Image: an image in (numpy array, PIL image or file path) and out.

numpy and Pillow are imported only when an image is processed, and the browser
runtime loads them only for apps that have an Image (see `packages`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

from .. import event, files, frames
from ..blocks_base import event_listener
from ..protocol import ComponentProps, FileData
from .base import FileComponent

ImageType = Literal["numpy", "pil", "filepath"]


def to_uint8(array: Any) -> Any:
    """Gradio's conversion of an array to 8-bit pixels: floats are 0-1, scaled and rounded."""
    import numpy as np

    if array.dtype == np.uint8:
        return array
    if array.dtype == np.bool_:
        return array.astype(np.uint8) * 255
    if np.issubdtype(array.dtype, np.floating):
        return np.rint(np.clip(array, 0, 1) * 255).astype(np.uint8)
    if array.dtype == np.uint16:
        return (array >> 8).astype(np.uint8)
    return np.clip(array, 0, 255).astype(np.uint8)


def save_image(image: Any, fmt: str) -> str:
    """Encode a PIL image into the app's files (PNG when Pillow cannot write `fmt`)."""
    import io

    buffer = io.BytesIO()
    fmt = fmt.lower()
    try:
        image.save(buffer, fmt)
    except (KeyError, ValueError, OSError):
        fmt = "png"
        buffer = io.BytesIO()
        image.save(buffer, "png")
    return files.save_bytes(buffer.getvalue(), f"image.{fmt}")


def image_file_data(value: Any, fmt: str) -> FileData:
    """FileData for an array, a PIL image, a path or a URL (Gradio's accepted outputs).

    While a stream or a generator runs, arrays and PIL images leave as raw frames.
    """
    if isinstance(value, (str, Path)):
        text = str(value)
        if files.is_url(text):
            return files.file_data(url=text, orig_name=text.rsplit("/", 1)[-1].split("?")[0])
        return files.file_data(files.allow(text))
    running = event.current()
    if running is not None and running.streams_images and hasattr(value, "__array__"):
        import numpy as np

        if hasattr(value, "save") and value.mode not in ("L", "RGB", "RGBA"):
            value = value.convert("RGBA" if "A" in value.mode else "RGB")
        pixels = to_uint8(np.asarray(value))
        if pixels.ndim == 2 or (pixels.ndim == 3 and pixels.shape[2] in (1, 3, 4)):
            return frames.put_array(pixels)
    if hasattr(value, "__array__") and not hasattr(value, "save"):
        import numpy as np
        import PIL.Image

        value = PIL.Image.fromarray(to_uint8(np.asarray(value)))
    if hasattr(value, "save"):
        return files.file_data(save_image(value, fmt))
    raise ValueError(f"Cannot process this value as an Image, it is of type: {type(value)}")


class ImageProps(ComponentProps):
    format: str
    height: int | str | None
    width: int | str | None
    image_mode: str | None
    sources: list[str]
    type: ImageType
    streaming: bool
    show_download_button: bool
    mirror_webcam: bool | None


class Image(FileComponent):
    block_type = "image"
    Props = ImageProps
    file_kind = "image"
    example_url = "https://raw.githubusercontent.com/gradio-app/gradio/main/test/test_files/bus.png"
    packages: tuple[str, ...] = ("numpy", "pillow")
    payload_description = "an image (FileData)"
    python_type_name = "filepath"

    def __init__(
        self,
        value: Any = None,
        *,
        format: str = "webp",
        height: int | str | None = None,
        width: int | str | None = None,
        image_mode: str | None = "RGB",
        sources: list[str] | str | None = None,
        type: ImageType = "numpy",
        streaming: bool = False,
        show_download_button: bool = True,
        mirror_webcam: bool | None = None,
        **kwargs: Any,
    ) -> None:
        if type not in ("numpy", "pil", "filepath"):
            raise ValueError(
                f"Invalid value for parameter `type`: {type}. Please choose from one of: ['numpy', 'pil', 'filepath']"
            )
        self.format = format
        self.height = height
        self.width = width
        self.image_mode = image_mode
        # One source may be given as a string, as Gradio accepts (`sources="webcam"`).
        self.sources = [sources] if isinstance(sources, str) else sources or ["upload", "webcam", "clipboard"]
        self.type = type
        self.streaming = streaming
        self.show_download_button = show_download_button
        self.mirror_webcam = mirror_webcam
        super().__init__(value, **kwargs)

    def preprocess(self, payload: dict[str, Any] | None) -> Any:
        if payload is None:
            return None
        path = payload["path"]
        frame = frames.get(path) if frames.is_frame(path) else None
        if frame is not None:
            return self._preprocess_frame(frame)
        import PIL.Image
        import PIL.ImageOps

        image = PIL.Image.open(path)
        if self.type == "filepath" and self.image_mode in (None, image.mode):
            return path
        return self._as_type(PIL.ImageOps.exif_transpose(image) or image)

    def _preprocess_frame(self, frame: frames.Frame) -> Any:
        """A webcam frame without decoding: as numpy, a view of its bytes when it fits."""
        modes = {1: "L", 3: "RGB", 4: "RGBA"}
        if self.type == "numpy" and self.image_mode in (modes[frame.channels], None):
            return frames.array(frame)
        if self.type == "numpy" and self.image_mode == "RGB" and frame.channels == 4:
            return frames.array(frame)[:, :, :3]
        return self._as_type(frames.to_image(frame))

    def _as_type(self, image: Any) -> Any:
        """A PIL image in `image_mode`, as the function asked for it (`type`)."""
        if self.image_mode is not None and image.mode != self.image_mode:
            image = image.convert(self.image_mode)
        if self.type == "pil":
            return image
        if self.type == "numpy":
            import numpy as np

            return np.array(image)
        return save_image(image, self.format)

    def postprocess(self, value: Any) -> FileData | None:
        return None if value is None else image_file_data(value, self.format)

    change = event_listener("change")
    upload = event_listener("upload")
    clear = event_listener("clear")
    stream = event_listener("stream")
