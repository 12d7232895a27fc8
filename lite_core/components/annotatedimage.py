"""gr.AnnotatedImage: a base image with labelled masks or boxes over it, and a legend.

As in Gradio, each annotation leaves as an RGBA PNG of the image's size: the label's
colour (`color_map`, else red) with the mask's value (0-1) as its opacity; a box
(x1, y1, x2, y2) becomes a half-opaque rectangle with a solid 3-pixel border. Clicking an
annotation or its legend entry fires `.select` (index, label). Accepted and kept, not
drawn: `width`, `show_fullscreen_button`, `every` / `inputs`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .. import files
from ..blocks_base import event_listener
from ..protocol import ComponentProps, FileData
from .base import Component
from .imageslider import image_file

BORDER = 3


class AnnotatedImageProps(ComponentProps):
    format: str
    show_legend: bool
    height: int | str | None
    width: int | str | None
    color_map: dict[str, str] | None
    show_fullscreen_button: bool


def hex_to_rgb(value: str) -> list[int]:
    value = value.lstrip("#")
    step = len(value) // 3
    return [int(value[i : i + step], 16) for i in range(0, len(value), step)]


def box_mask(box: Any, height: int, width: int) -> Any:
    import numpy as np

    x1, y1, x2, y2 = (int(v) for v in box)
    mask = np.zeros((height, width))
    mask[y1:y2, x1:x2] = 0.5
    mask[y1:y2, x1 : x1 + BORDER] = 1
    mask[y1:y2, x2 - BORDER : x2] = 1
    mask[y1 : y1 + BORDER, x1:x2] = 1
    mask[y2 - BORDER : y2, x1:x2] = 1
    return mask


class AnnotatedImage(Component):
    block_type = "annotatedimage"
    Props = AnnotatedImageProps
    packages: tuple[str, ...] = ("numpy", "pillow")
    payload_types = (dict,)
    payload_description = "{image: FileData, annotations: [{image: FileData, label}]}"
    python_type_name = "Tuple[str, List[Tuple[str, str]]]"
    example_url = "https://raw.githubusercontent.com/gradio-app/gradio/main/test/test_files/bus.png"

    def __init__(
        self,
        value: Any = None,
        *,
        format: str = "webp",
        show_legend: bool = True,
        height: int | str | None = None,
        width: int | str | None = None,
        color_map: dict[str, str] | None = None,
        every: Any = None,
        inputs: Any = None,
        preserved_by_key: list[str] | str | None = "value",
        show_fullscreen_button: bool = True,
        **kwargs: Any,
    ) -> None:
        self.format = format
        self.show_legend = show_legend
        self.height, self.width = height, width
        self.color_map = color_map
        self.show_fullscreen_button = show_fullscreen_button
        super().__init__(value, preserved_by_key=preserved_by_key, every=every, inputs=inputs, **kwargs)

    def validate_payload(self, payload: Any) -> None:
        super().validate_payload(payload)
        if payload is not None:
            files.check_file_payload(payload.get("image"))
            for annotation in payload.get("annotations") or []:
                files.check_file_payload(annotation.get("image") if isinstance(annotation, dict) else None)

    def preprocess(self, payload: dict[str, Any] | None) -> tuple[str, list[tuple[str, str]]] | None:
        if payload is None:
            return None
        annotations = [(a["image"]["path"], a["label"]) for a in payload.get("annotations") or []]
        return (payload["image"]["path"], annotations)

    def postprocess(self, value: Any) -> dict[str, Any] | None:
        if value is None:
            return None
        import numpy as np
        import PIL.Image

        base, annotations = value
        size: tuple[int, int] | None
        if isinstance(base, (str, Path)):
            image = image_file(base, self.format)
            # A URL is shown as it is (the browser fetches it); only a box needs its size.
            size = None if files.is_url(str(base)) else PIL.Image.open(str(base)).size
        elif isinstance(base, np.ndarray) or hasattr(base, "save"):
            image = image_file(base, self.format)
            size = (base.shape[1], base.shape[0]) if isinstance(base, np.ndarray) else base.size
        else:
            raise ValueError("AnnotatedImage only accepts filepaths, PIL images or numpy arrays for the base image.")
        sections = [{"image": self._mask_file(mask, str(label), size), "label": label} for mask, label in annotations]
        return {"image": image, "annotations": sections}

    def _mask_file(self, mask: Any, label: str, size: tuple[int, int] | None) -> FileData:
        import io

        import numpy as np
        import PIL.Image

        if not isinstance(mask, np.ndarray) and size is None:
            raise ValueError(
                "AnnotatedImage needs the base image's size for a box: pass a file or an array, not a URL."
            )
        values = mask if isinstance(mask, np.ndarray) else box_mask(mask, size[1], size[0])  # type: ignore[index]
        rgb = hex_to_rgb(self.color_map[label]) if self.color_map and label in self.color_map else [255, 0, 0]
        colored = np.zeros((values.shape[0], values.shape[1], 4))
        solid = (values > 0).astype(float)
        for channel in range(3):
            colored[:, :, channel] = rgb[channel] * solid
        colored[:, :, 3] = values * 255
        buffer = io.BytesIO()
        PIL.Image.fromarray(colored.astype(np.uint8)).save(buffer, "png")
        return files.file_data(files.save_bytes(buffer.getvalue(), "mask.png"))

    def api_info(self) -> dict[str, Any]:
        return {"type": "object", "description": "{image: FileData, annotations: [{image: FileData, label: str}]}"}

    def example_payload(self) -> Any:
        return {"image": files.file_data(url=self.example_url), "annotations": []}

    def example_value(self) -> Any:
        return (self.example_url, [([0, 0, 100, 100], "bus")])

    select = event_listener("select")
