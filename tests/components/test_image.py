"""gr.Image with real numpy and Pillow: what the function gets and what the page gets."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import numpy as np
import PIL.Image
import pytest

import lite_core as gr
from lite_core import files
from lite_core.components.image import to_uint8
from lite_core.exceptions import InvalidPayload
from lite_core.protocol import FileData


def uploaded(array: np.ndarray, name: str = "in.png") -> FileData:
    buffer = io.BytesIO()
    PIL.Image.fromarray(array).save(buffer, "png")
    return files.file_data(files.save_bytes(buffer.getvalue(), name))


PIXELS = np.array([[[255, 0, 0], [0, 255, 0]], [[0, 0, 255], [10, 20, 30]]], dtype=np.uint8)


def test_numpy_input_is_height_width_rgb() -> None:
    result = gr.Image().preprocess(uploaded(PIXELS))
    assert result.shape == (2, 2, 3) and result.dtype == np.uint8
    assert (result == PIXELS).all()


def test_pil_and_filepath_inputs() -> None:
    payload = uploaded(PIXELS)
    assert gr.Image(type="pil").preprocess(payload).size == (2, 2)
    assert gr.Image(type="filepath").preprocess(payload) == payload["path"]


def test_image_mode_converts() -> None:
    grey = gr.Image(image_mode="L").preprocess(uploaded(PIXELS))
    assert grey.shape == (2, 2)


@pytest.mark.parametrize(
    ("array", "expected"),
    [
        (np.array([[0.0, 0.5, 1.0]]), [[0, 128, 255]]),
        (np.array([[-1.0, 2.0]]), [[0, 255]]),
        (np.array([[True, False]]), [[255, 0]]),
        (np.array([[7, 300]], dtype=np.int64), [[7, 255]]),
    ],
)
def test_arrays_become_8_bit_pixels(array: np.ndarray, expected: list[Any]) -> None:
    assert to_uint8(array).tolist() == expected


def test_float_output_is_saved_and_served() -> None:
    data = gr.Image(format="png").postprocess(np.full((3, 4, 3), 0.5))
    assert data["url"] == f"/gradio_api/file={data['path']}"
    assert files.is_allowed(data["path"])
    saved = np.array(PIL.Image.open(data["path"]))
    assert saved.shape == (3, 4, 3) and (saved == 128).all()


def test_default_output_format_is_webp_as_in_gradio() -> None:
    data = gr.Image().postprocess(PIXELS)
    assert data["path"].endswith(".webp")


def test_url_output_passes_through() -> None:
    data = gr.Image().postprocess("https://example.com/a.png")
    assert data["url"] == "https://example.com/a.png" and data["orig_name"] == "a.png"


def test_a_path_that_was_not_uploaded_is_refused() -> None:
    with pytest.raises(InvalidPayload, match="not uploaded"):
        gr.Image().validate_payload({"path": "/etc/passwd"})
    with pytest.raises(InvalidPayload):
        gr.Image().validate_payload("just a string")


def test_pil_output(tmp_path: Path) -> None:
    data = gr.Image(format="png").postprocess(PIL.Image.fromarray(PIXELS))
    assert (np.array(PIL.Image.open(data["path"])) == PIXELS).all()


def test_gallery_output_takes_urls_arrays_and_captions() -> None:
    items = gr.Gallery().postprocess(["https://example.com/x.jpg", (PIXELS, "pixels")])
    assert items[0] == {"image": files.file_data(url="https://example.com/x.jpg", orig_name="x.jpg"), "caption": None}
    assert items[1]["caption"] == "pixels" and files.is_allowed(items[1]["image"]["path"])


def test_gallery_input_gives_paths_and_captions() -> None:
    image = uploaded(PIXELS)
    payload = [{"image": image, "caption": "c"}]
    assert gr.Gallery().preprocess(payload) == [(image["path"], "c")]
    ((array, caption),) = gr.Gallery(type="numpy").preprocess(payload)
    assert array.shape == (2, 2, 3) and caption == "c"
