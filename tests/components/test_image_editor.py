"""gr.ImageEditor and its templates: options, config, and the EditorValue both ways."""

from __future__ import annotations

import io
from typing import Any

import numpy as np
import PIL.Image
import pytest

import lite_core as gr
from lite_core import files
from lite_core.exceptions import InvalidPayload
from lite_core.protocol import FileData


def png(array: np.ndarray, name: str) -> FileData:
    buffer = io.BytesIO()
    PIL.Image.fromarray(array).save(buffer, "png")
    return files.file_data(files.save_bytes(buffer.getvalue(), name))


WHITE = np.full((4, 6, 4), 255, dtype=np.uint8)
STROKE = np.zeros((4, 6, 4), dtype=np.uint8)
STROKE[1, :] = (0, 0, 0, 255)


def editor_payload() -> dict[str, Any]:
    composite = WHITE.copy()
    composite[1, :] = (0, 0, 0, 255)
    return {
        "background": png(WHITE, "background.png"),
        "layers": [png(STROKE, "layer_0.png")],
        "composite": png(composite, "composite.png"),
        "id": None,
    }


def test_default_props_are_gradios() -> None:
    props = gr.ImageEditor().props()
    assert props["image_mode"] == "RGBA" and props["type"] == "numpy" and props["format"] == "webp"
    assert props["sources"] == ["upload", "webcam", "clipboard"]
    assert props["transforms"] == ["crop", "resize"]
    assert props["eraser"] == {"default_size": "auto"}
    assert props["brush"] == {
        "default_size": "auto",
        "colors": [
            "rgb(204, 50, 50)",
            "rgb(173, 204, 50)",
            "rgb(50, 204, 112)",
            "rgb(50, 112, 204)",
            "rgb(173, 50, 204)",
        ],
        "default_color": "rgb(204, 50, 50)",
        "color_mode": "defaults",
    }
    assert props["layers"] == {"allow_additional_layers": True, "layers": ["Layer 1"], "disabled": False}
    assert props["canvas_size"] == (800, 800) and props["fixed_canvas"] is False
    assert props["webcam_options"] == {"mirror": True, "constraints": None}


def test_templates_set_what_gradio_sets() -> None:
    sketch, paint, mask = gr.Sketchpad().props(), gr.Paint().props(), gr.ImageMask().props()
    assert sketch["sources"] == [] and paint["sources"] == []
    assert sketch["brush"]["colors"] == ["#000000"] and sketch["brush"]["color_mode"] == "fixed"
    assert paint["brush"]["color_mode"] == "defaults" and sketch["transforms"] == ["crop"]
    assert mask["layers"]["disabled"] is True and mask["sources"] == ["upload", "webcam", "clipboard"]
    assert gr.Sketchpad().block_type == gr.Paint().block_type == "imageeditor"


def test_options_classes() -> None:
    editor = gr.ImageEditor(
        brush=gr.Brush(default_size=10, colors=["#FFA50050", ("#00FF00", 0.5)]),
        eraser=gr.Eraser(default_size=5),
        layers=gr.LayerOptions(allow_additional_layers=False, layers=["Mask"]),
        webcam_options=gr.WebcamOptions(constraints={"video": {"width": 1024}}),
    )
    assert editor.brush == {
        "default_size": 10,
        "colors": ["#FFA50050", ("#00FF00", 0.5)],
        "default_color": "#FFA50050",
        "color_mode": "defaults",
    }
    assert editor.eraser == {"default_size": 5}
    assert editor.layers == {"allow_additional_layers": False, "layers": ["Mask"], "disabled": False}
    assert editor.webcam_options["constraints"] == {"video": {"width": 1024}}
    assert gr.ImageEditor(brush=False, eraser=False, layers=False).props()["brush"] is None


def test_crop_size_sets_the_canvas_only_without_canvas_size() -> None:
    assert gr.ImageEditor(crop_size="1:1").canvas_size == (800, 800)
    assert gr.ImageEditor(crop_size="2:1", canvas_size=None).canvas_size == (1600, 800)
    assert gr.ImageEditor(crop_size=(300, 200), canvas_size=None).canvas_size == (300, 200)


def test_every_gradio_kwarg_is_accepted() -> None:
    with pytest.warns(UserWarning, match="mirror_webcam"):
        mirrored = gr.ImageEditor(mirror_webcam=False)
    assert mirrored.webcam_options["mirror"] is False
    gr.ImageEditor(
        every=None,
        inputs=None,
        preserved_by_key="value",
        placeholder="Draw",
        show_share_button=False,
        _selectable=True,
        show_fullscreen_button=False,
        height=300,
        width=400,
    )
    with pytest.raises(ValueError, match="Invalid value for parameter `type`"):
        gr.ImageEditor(type="bytes")
    with pytest.raises(ValueError, match="sources"):
        gr.ImageEditor(sources=["microphone"])


def test_preprocess_numpy_pil_and_filepath() -> None:
    payload = editor_payload()
    value = gr.ImageEditor().preprocess(payload)
    assert value is not None
    assert value["background"].shape == (4, 6, 4) and value["composite"][1, 0].tolist() == [0, 0, 0, 255]
    assert len(value["layers"]) == 1 and value["layers"][0][1, :, 3].min() == 255
    pil = gr.ImageEditor(type="pil", image_mode="RGB").preprocess(payload)
    assert pil is not None and pil["composite"].mode == "RGB" and pil["composite"].size == (6, 4)
    paths = gr.ImageEditor(type="filepath").preprocess(payload)
    assert paths is not None and paths["composite"].endswith(".png")
    assert gr.ImageEditor().preprocess(None) is None
    empty = gr.ImageEditor().preprocess({"background": None, "layers": [], "composite": None})
    assert empty == {"background": None, "layers": [], "composite": None}


def test_postprocess_a_dict_or_a_single_image() -> None:
    data = gr.ImageEditor(format="png").postprocess({"background": WHITE, "layers": [STROKE], "composite": None})
    assert data is not None and data["composite"] is None and len(data["layers"]) == 1
    assert files.is_allowed(data["background"]["path"]) and data["background"]["path"].endswith(".png")
    single = gr.ImageEditor().postprocess(WHITE)
    assert single is not None and single["layers"] == []
    assert single["background"] == single["composite"]
    assert gr.ImageEditor().postprocess(None) is None
    with pytest.raises(ValueError, match="dictionary of images or a single image"):
        gr.ImageEditor().postprocess(42)


def test_config_value_and_example() -> None:
    with gr.Blocks():
        editor = gr.ImageEditor(value=np.zeros((2, 2, 3), dtype=np.uint8))
    config = editor.config()
    assert config["type"] == "imageeditor"
    assert config["props"]["value"]["background"]["meta"] == {"_type": "gradio.FileData"}
    assert config["example_inputs"]["layers"] == [] and config["example_inputs"]["composite"] is None


def test_files_that_were_not_uploaded_are_refused() -> None:
    editor = gr.ImageEditor()
    editor.validate_payload(editor_payload())
    with pytest.raises(InvalidPayload, match="not uploaded"):
        editor.validate_payload({"background": None, "layers": [{"path": "/etc/passwd"}], "composite": None})
    with pytest.raises(InvalidPayload):
        editor.validate_payload("a string")


def test_events_are_gradios() -> None:
    for event in ("clear", "change", "input", "select", "upload", "apply"):
        assert callable(getattr(gr.ImageEditor(), event))
