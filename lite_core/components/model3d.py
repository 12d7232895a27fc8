"""gr.Model3D: a 3D model (glTF, GLB, OBJ, STL) in a three.js viewer, or uploaded.

`display_mode` ("solid", "wireframe", "point_cloud"), `clear_color`, `camera_position`
(alpha and beta in degrees, radius) and the zoom and pan speeds are drawn. Accepted and
kept only: `every` / `inputs` (a callable value is refused).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

from .. import files
from ..blocks_base import event_listener
from ..protocol import ComponentProps, FileData
from .base import FileComponent


class Model3DProps(ComponentProps):
    display_mode: Literal["solid", "point_cloud", "wireframe"] | None
    clear_color: list[float]
    camera_position: list[float | None]
    zoom_speed: float
    pan_speed: float
    height: int | str | None


class Model3D(FileComponent):
    block_type = "model3d"
    Props = Model3DProps
    file_kind = "3D model"
    example_url = "https://raw.githubusercontent.com/gradio-app/gradio/main/demo/model3D/files/Fox.gltf"
    payload_description = "a 3D model file (FileData)"
    python_type_name = "filepath"

    def __init__(
        self,
        value: Any = None,
        *,
        display_mode: Literal["solid", "point_cloud", "wireframe"] | None = None,
        clear_color: tuple[float, float, float, float] | None = None,
        camera_position: tuple[float | None, float | None, float | None] = (None, None, None),
        zoom_speed: float = 1,
        pan_speed: float = 1,
        height: int | str | None = None,
        every: Any = None,
        inputs: Any = None,
        preserved_by_key: list[str] | str | None = "value",
        **kwargs: Any,
    ) -> None:
        self.display_mode = display_mode
        self.clear_color = list(clear_color or [0, 0, 0, 0])
        self.camera_position = list(camera_position)
        self.zoom_speed = zoom_speed
        self.pan_speed = pan_speed
        self.height = height
        super().__init__(value, preserved_by_key=preserved_by_key, every=every, inputs=inputs, **kwargs)

    def preprocess(self, payload: dict[str, Any] | None) -> str | None:
        return None if payload is None else str(payload["path"])

    def postprocess(self, value: str | Path | None) -> FileData | None:
        if value is None:
            return None
        text = str(value)
        name = Path(text.split("?")[0]).name
        if files.is_url(text):
            return files.file_data(url=text, orig_name=name)
        return files.file_data(files.allow(text), orig_name=name)

    change = event_listener("change")
    upload = event_listener("upload")
    edit = event_listener("edit")
    clear = event_listener("clear")
