"""gr.ImageEditor: a canvas over a background image, with brush, eraser and layers.

Its value is Gradio's EditorValue, `{"background", "layers", "composite"}`: each an
image (numpy, PIL or path, per `type`) and `layers` a list of them. The page sends each
part as a PNG through the upload route. Templates: `gr.Sketchpad` (a blank canvas, a
fixed black brush), `gr.Paint` (a blank canvas, a palette), `gr.ImageMask` (a background
to mask with a fixed black brush).

The page draws: upload / webcam / paste of a background (`sources`), the brush
(`brush`: palette, opacity, size, a colour picker unless `color_mode="fixed"`), the
eraser, layers (`layers`), undo, crop (when `transforms` has "crop"), `canvas_size`,
`fixed_canvas` and `webcam_options` (mirror; `constraints["video"]`). Accepted and kept,
not drawn: the "resize" transform, `crop_size` (the canvas's size only when `canvas_size`
is None, as in Gradio), `height` / `width`, `show_share_button`, `show_fullscreen_button`,
`placeholder`, `every` / `inputs` (a callable value is refused).
"""

from __future__ import annotations

import dataclasses
import warnings
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Literal, TypedDict

from .. import files
from ..blocks_base import event_listener
from ..exceptions import InvalidPayload
from ..protocol import ComponentProps, FileData
from .base import Component
from .image import image_file_data, save_image, to_uint8

ImageType = Literal["numpy", "pil", "filepath"]
Color = str | tuple[str, float]
SOURCES = ("upload", "webcam", "clipboard")
DEFAULT_COLORS: list[Color] = [
    "rgb(204, 50, 50)",
    "rgb(173, 204, 50)",
    "rgb(50, 204, 112)",
    "rgb(50, 112, 204)",
    "rgb(173, 50, 204)",
]


@dataclasses.dataclass
class Eraser:
    """The eraser's options: its radius in pixels ("auto": 1/50 of the image's smaller side)."""

    default_size: int | Literal["auto"] = "auto"


@dataclasses.dataclass
class Brush(Eraser):
    """The brush's options: its radius, the palette, the colour it starts with, and
    whether the user may pick other colours (`color_mode="defaults"`) or not ("fixed")."""

    colors: list[Color] | Color | None = None
    default_color: Color | None = None
    color_mode: Literal["fixed", "defaults"] = "defaults"

    def __post_init__(self) -> None:
        if self.colors is None:
            self.colors = list(DEFAULT_COLORS)
        if self.default_color is None:
            self.default_color = self.colors[0] if isinstance(self.colors, list) else self.colors


@dataclasses.dataclass
class LayerOptions:
    """The layers the editor starts with, and whether the user may add more."""

    allow_additional_layers: bool = True
    layers: list[str] | None = None
    disabled: bool = False

    def __post_init__(self) -> None:
        if not self.layers:
            self.layers = ["Layer 1"]


@dataclasses.dataclass
class WebcamOptions:
    """The webcam's options: mirrored preview, and getUserMedia constraints."""

    mirror: bool = True
    constraints: dict[str, Any] | None = None


class EraserOptions(TypedDict):
    default_size: int | Literal["auto"]


class BrushOptions(TypedDict):
    default_size: int | Literal["auto"]
    colors: list[str | tuple[str, float]] | str | tuple[str, float]
    default_color: str | tuple[str, float] | None
    color_mode: Literal["fixed", "defaults"]


class LayerOptionsDict(TypedDict):
    allow_additional_layers: bool
    layers: list[str]
    disabled: bool


class WebcamOptionsDict(TypedDict):
    mirror: bool
    constraints: dict[str, Any] | None


class ImageEditorProps(ComponentProps):
    height: int | str | None
    width: int | str | None
    image_mode: str
    sources: list[str]
    type: ImageType
    show_download_button: bool
    format: str
    transforms: list[str]
    eraser: EraserOptions | None
    brush: BrushOptions | None
    layers: LayerOptionsDict
    canvas_size: tuple[int, int]
    fixed_canvas: bool
    show_fullscreen_button: bool
    webcam_options: WebcamOptionsDict
    placeholder: str | None


def canvas_from_crop(crop_size: tuple[float, float] | str) -> tuple[int, int]:
    """Gradio's reading of the deprecated `crop_size`: "w:h" is a ratio of an 800px side."""
    if isinstance(crop_size, str):
        width, height = (int(part) for part in crop_size.split(":"))
        ratio = width / height
        return (int(800 * ratio), 800) if ratio > 1 else (800, int(800 / ratio))
    return (int(crop_size[0]), int(crop_size[1]))


def options(value: Any) -> Any:
    return None if value is None or value is False else dataclasses.asdict(value)


class ImageEditor(Component):
    block_type = "imageeditor"
    Props = ImageEditorProps
    packages: tuple[str, ...] = ("numpy", "pillow")
    payload_types = (dict,)
    payload_description = "an EditorData {background, layers, composite}"
    python_type_name = "Dict[str, Any]"
    example_url = "https://raw.githubusercontent.com/gradio-app/gradio/main/test/test_files/bus.png"

    def __init__(
        self,
        value: Any = None,
        *,
        height: int | str | None = None,
        width: int | str | None = None,
        image_mode: str = "RGBA",
        sources: Iterable[str] | str | None = SOURCES,
        type: ImageType = "numpy",
        every: Any = None,
        inputs: Any = None,
        show_download_button: bool = True,
        preserved_by_key: list[str] | str | None = "value",
        placeholder: str | None = None,
        mirror_webcam: bool | None = None,
        show_share_button: bool | None = None,
        _selectable: bool = False,
        crop_size: tuple[float, float] | str | None = None,
        transforms: Iterable[str] | None = ("crop", "resize"),
        eraser: Eraser | Literal[False] | None = None,
        brush: Brush | Literal[False] | None = None,
        format: str = "webp",
        layers: bool | LayerOptions = True,
        canvas_size: tuple[int, int] | None = (800, 800),
        fixed_canvas: bool = False,
        show_fullscreen_button: bool = True,
        webcam_options: WebcamOptions | None = None,
        **kwargs: Any,
    ) -> None:
        if type not in ("numpy", "pil", "filepath"):
            raise ValueError(
                f"Invalid value for parameter `type`: {type}. Please choose from one of: ['numpy', 'pil', 'filepath']"
            )
        sources = [sources] if isinstance(sources, str) else list(sources or [])
        for source in sources:
            if source not in SOURCES:
                raise ValueError(f"`sources` must be a list consisting of elements in {list(SOURCES)}")
        webcam = webcam_options if webcam_options is not None else WebcamOptions()
        if mirror_webcam is not None:
            warnings.warn("The `mirror_webcam` parameter is deprecated: use `webcam_options`.", stacklevel=2)
            webcam.mirror = mirror_webcam
        # As in Gradio, `crop_size` counts only where `canvas_size` is None.
        if crop_size is not None and canvas_size is None:
            canvas_size = canvas_from_crop(crop_size)
        canvas_size = canvas_size or (800, 800)
        self.height, self.width = height, width
        self.image_mode = image_mode
        self.sources = sources
        self.type = type
        self.show_download_button = show_download_button
        self.placeholder = placeholder
        self.mirror_webcam = mirror_webcam
        self.show_share_button = bool(show_share_button)
        self._selectable = _selectable
        self.crop_size = crop_size
        self.transforms = list(transforms or [])
        self.eraser = options(Eraser() if eraser is None else eraser)
        self.brush = options(Brush() if brush is None else brush)
        self.format = format
        chosen = LayerOptions() if layers is True else LayerOptions(disabled=True) if layers is False else layers
        self.layers = dataclasses.asdict(chosen)
        self.canvas_size = (int(canvas_size[0]), int(canvas_size[1]))
        self.fixed_canvas = fixed_canvas
        self.show_fullscreen_button = show_fullscreen_button
        self.webcam_options = dataclasses.asdict(webcam)
        super().__init__(value, preserved_by_key=preserved_by_key, every=every, inputs=inputs, **kwargs)

    # --- the wire -> the function ---------------------------------------------------

    def validate_payload(self, payload: Any) -> None:
        super().validate_payload(payload)
        if payload is None:
            return
        parts = [payload.get("background"), payload.get("composite"), *(payload.get("layers") or [])]
        for part in parts:
            if part is not None:
                files.check_file_payload(part)
        if not isinstance(payload.get("layers", []), list):
            raise InvalidPayload("expects `layers` to be a list of files")

    def _image(self, data: FileData | dict[str, Any] | None) -> Any:
        if data is None:
            return None
        import PIL.Image

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            image = PIL.Image.open(data["path"]).convert(self.image_mode)
        if self.type == "pil":
            return image
        if self.type == "numpy":
            import numpy as np

            return np.array(image)
        # As Gradio: the upload's own name and suffix, JPEG spelled "jpeg".
        suffix = Path(data.get("orig_name") or "").suffix.lstrip(".").lower() or self.format
        return save_image(image, "jpeg" if suffix == "jpg" else suffix)

    def preprocess(self, payload: dict[str, Any] | None) -> dict[str, Any] | None:
        if payload is None:
            return None
        layers = [self._image(layer) for layer in payload.get("layers") or []]
        return {
            "background": self._image(payload.get("background")),
            "layers": [layer for layer in layers if layer is not None],
            "composite": self._image(payload.get("composite")),
        }

    # --- the function -> the wire ---------------------------------------------------

    def _file(self, image: Any) -> FileData | None:
        if image is None:
            return None
        if isinstance(image, (str, Path)):
            return image_file_data(image, self.format)
        if not hasattr(image, "save"):
            import numpy as np
            import PIL.Image

            image = PIL.Image.fromarray(to_uint8(np.asarray(image)))
        return files.file_data(save_image(image, self.format))

    def postprocess(self, value: Any) -> dict[str, Any] | None:
        if value is None:
            return None
        if not isinstance(value, dict):
            if not isinstance(value, (str, Path)) and not hasattr(value, "__array_interface__"):
                raise ValueError("The value to `gr.ImageEditor` must be a dictionary of images or a single image.")
            value = {"background": value, "layers": [], "composite": value}
        return {
            "background": self._file(value.get("background")),
            "layers": [self._file(layer) for layer in value.get("layers") or []],
            "composite": self._file(value.get("composite")),
        }

    def api_info(self) -> dict[str, Any]:
        return {
            "type": "object",
            "description": "EditorData: {background: FileData | None, layers: [FileData], composite: FileData | None}",
        }

    def example_payload(self) -> Any:
        return {"background": files.file_data(url=self.example_url), "layers": [], "composite": None}

    def example_value(self) -> Any:
        return {"background": self.example_url, "layers": [], "composite": None}

    clear = event_listener("clear")
    change = event_listener("change")
    input = event_listener("input")
    select = event_listener("select")
    upload = event_listener("upload")
    apply = event_listener("apply")


class Sketchpad(ImageEditor):
    """A blank canvas and a black brush (no background to upload)."""

    def __init__(
        self,
        value: Any = None,
        *,
        sources: Iterable[str] = (),
        transforms: Iterable[str] = ("crop",),
        brush: Brush | None = None,
        **kwargs: Any,
    ) -> None:
        brush = brush or Brush(colors=["#000000"], color_mode="fixed")
        super().__init__(value, sources=sources, transforms=transforms, brush=brush, **kwargs)


class Paint(ImageEditor):
    """A blank canvas with a palette of brush colours (no background to upload)."""

    def __init__(
        self, value: Any = None, *, sources: Iterable[str] = (), transforms: Iterable[str] = ("crop",), **kwargs: Any
    ) -> None:
        super().__init__(value, sources=sources, transforms=transforms, **kwargs)


class ImageMask(ImageEditor):
    """A background image to mask with a black brush, on one layer."""

    def __init__(
        self,
        value: Any = None,
        *,
        transforms: Iterable[str] = ("crop",),
        brush: Brush | None = None,
        layers: bool | LayerOptions = False,
        **kwargs: Any,
    ) -> None:
        brush = brush or Brush(colors=["#000000"], color_mode="fixed")
        super().__init__(value, transforms=transforms, brush=brush, layers=layers, **kwargs)
