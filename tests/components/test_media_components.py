"""gr.ImageSlider, gr.AnnotatedImage and gr.Model3D: what the function gets, what the page gets."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import PIL.Image
import pytest

import lite_core as gr
from lite_core import files
from lite_core.exceptions import InvalidPayload
from lite_core.protocol import FileData


def png(array: np.ndarray, name: str = "in.png") -> FileData:
    buffer = io.BytesIO()
    PIL.Image.fromarray(array).save(buffer, "png")
    return files.file_data(files.save_bytes(buffer.getvalue(), name))


RED = np.zeros((3, 5, 3), dtype=np.uint8)
RED[:, :, 0] = 255


def test_image_slider_props_and_pair_both_ways() -> None:
    slider = gr.ImageSlider(slider_position=30, format="png")
    assert slider.props()["slider_position"] == 30 and slider.props()["max_height"] == 500
    data = slider.postprocess((RED, 255 - RED))
    assert data is not None and len(data) == 2 and all(d is not None and files.is_allowed(d["path"]) for d in data)
    pair = slider.preprocess(data)
    assert pair is not None
    left, right = pair
    assert left.shape == (3, 5, 3) and left[0, 0].tolist() == [255, 0, 0]
    assert right[0, 0].tolist() == [0, 255, 255]
    pil = gr.ImageSlider(type="pil").preprocess([png(RED), None])
    assert pil is not None and pil[0].size == (5, 3) and pil[1] is None
    assert gr.ImageSlider().postprocess(None) is None


def test_image_slider_refuses_other_than_a_pair() -> None:
    with pytest.raises(InvalidPayload, match="pair"):
        gr.ImageSlider().validate_payload([png(RED)])
    with pytest.raises(InvalidPayload, match="not uploaded"):
        gr.ImageSlider().validate_payload([{"path": "/etc/passwd"}, None])


def test_annotated_image_boxes_and_masks_become_coloured_pngs() -> None:
    base = np.zeros((20, 30, 3), dtype=np.uint8)
    mask = np.zeros((20, 30))
    mask[10:, 15:] = 0.5
    shown = gr.AnnotatedImage(color_map={"box": "#00ff00"})
    data = shown.postprocess((base, [((2, 2, 12, 12), "box"), (mask, "half")]))
    assert data is not None and [a["label"] for a in data["annotations"]] == ["box", "half"]
    box = np.array(PIL.Image.open(data["annotations"][0]["image"]["path"]))
    assert box.shape == (20, 30, 4)
    assert box[2, 5].tolist() == [0, 255, 0, 255]  # the border, solid
    assert box[6, 6].tolist() == [0, 255, 0, 127]  # inside, half opaque
    assert box[15, 20, 3] == 0
    half = np.array(PIL.Image.open(data["annotations"][1]["image"]["path"]))
    assert half[15, 20].tolist() == [255, 0, 0, 127]
    assert shown.preprocess(data) == (
        data["image"]["path"],
        [(a["image"]["path"], a["label"]) for a in data["annotations"]],
    )


def test_annotated_image_from_a_path_and_its_props(tmp_path: Path) -> None:
    path = tmp_path / "base.png"
    PIL.Image.fromarray(RED).save(path)
    data = gr.AnnotatedImage().postprocess((str(path), [((0, 0, 2, 2), "a")]))
    assert data is not None and np.array(PIL.Image.open(data["annotations"][0]["image"]["path"])).shape == (3, 5, 4)
    props = gr.AnnotatedImage(show_legend=False, height=500).props()
    assert props["show_legend"] is False and props["color_map"] is None and props["height"] == 500
    assert gr.AnnotatedImage().postprocess(None) is None


def test_model3d_path_both_ways(tmp_path: Path) -> None:
    model = tmp_path / "cube.obj"
    model.write_text("v 0 0 0\nv 1 0 0\nv 0 1 0\nf 1 2 3\n")
    data = gr.Model3D().postprocess(str(model))
    assert data is not None and data["orig_name"] == "cube.obj" and files.is_allowed(data["path"])
    assert gr.Model3D().preprocess(data) == data["path"]
    url = gr.Model3D().postprocess("https://example.com/a/Fox.glb?x=1")
    assert url is not None and url["orig_name"] == "Fox.glb"
    assert gr.Model3D().postprocess(None) is None


def test_model3d_props_are_gradios() -> None:
    props = gr.Model3D().props()
    assert props["clear_color"] == [0, 0, 0, 0] and props["camera_position"] == [None, None, None]
    assert props["zoom_speed"] == 1 and props["pan_speed"] == 1 and props["display_mode"] is None
    custom = gr.Model3D(clear_color=(1, 1, 1, 1), camera_position=(90, None, 5), display_mode="wireframe").props()
    assert custom["clear_color"] == [1, 1, 1, 1] and custom["camera_position"] == [90, None, 5]
    with pytest.raises(InvalidPayload):
        gr.Model3D().validate_payload({"path": "/etc/passwd"})
