"""The raw-frame path: webcam frames in and stream outputs out as RGBA, never encoded."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import numpy as np
import PIL.Image

import lite_core as gr
from lite_core import frames
from lite_core.flagging import CSVLogger
from lite_core.routing import App

from .asgi_client import Client


def flip(im: np.ndarray) -> np.ndarray:
    return np.flipud(im)


def webcam_app(fn: Any = flip, **image: Any) -> Client:
    return Client(App(gr.Interface(fn, gr.Image(sources=["webcam"], streaming=True, **image), "image", live=True)))


def send_frame(client: Client, pixels: np.ndarray) -> dict[str, Any]:
    height, width, channels = pixels.shape
    query = f"width={width}&height={height}&channels={channels}"
    response = client.request("POST", "/gradio_api/frame", pixels.tobytes(), query)
    assert response.status == 200, response.body
    return response.json()


def gradient(height: int = 6, width: int = 4) -> np.ndarray:
    rgb = np.zeros((height, width, 3), dtype=np.uint8)
    rgb[:, :, 0] = np.arange(height)[:, None] * 40
    rgb[:, :, 1] = np.arange(width)[None, :] * 60
    rgb[:, :, 2] = 7
    return rgb


def result(client: Client, payload: dict[str, Any]) -> Any:
    events = client.predict([payload])
    done = events[-2]
    assert done["msg"] == "process_completed" and done["success"], done
    return done["output"]["data"][0]


def pixels_of(client: Client, data: dict[str, Any]) -> np.ndarray:
    response = client.get(data["url"])
    assert response.status == 200 and response.headers["content-type"] == gr.protocol.RAW_FRAME_MIME
    meta = data["meta"]
    shape = (meta["height"], meta["width"], meta["channels"])
    pixels = np.frombuffer(response.body, dtype=np.uint8)
    return pixels.reshape(shape[:2]) if meta["channels"] == 1 else pixels.reshape(shape)


def test_a_streamed_frame_is_flipped_and_comes_back_as_raw_pixels() -> None:
    client = webcam_app()
    source = gradient()
    out = result(client, send_frame(client, source))
    meta = {"_type": "gradio.FileData", "width": 4, "height": 6, "channels": 3}
    assert out["mime_type"] == "image/x-lite-frame" and out["meta"] == meta
    assert np.array_equal(pixels_of(client, out), source[::-1])


def test_rgba_frames_lose_alpha_for_an_rgb_image_and_keep_it_for_rgba() -> None:
    rgba = np.dstack([gradient(), np.full((6, 4), 9, dtype=np.uint8)])
    rgb_client = webcam_app()
    assert np.array_equal(pixels_of(rgb_client, result(rgb_client, send_frame(rgb_client, rgba))), gradient()[::-1])
    rgba_client = webcam_app(image_mode="RGBA")
    assert np.array_equal(pixels_of(rgba_client, result(rgba_client, send_frame(rgba_client, rgba))), rgba[::-1])


def test_the_function_gets_a_writable_rgb_array_as_from_an_upload() -> None:
    seen: dict[str, Any] = {}

    def inspect(im: np.ndarray) -> np.ndarray:
        seen["shape"], seen["dtype"] = im.shape, im.dtype
        im[0, 0] = 0  # Gradio's arrays are writable: code that edits them in place works
        return im

    client = webcam_app(inspect)
    out = result(client, send_frame(client, gradient()))
    assert seen == {"shape": (6, 4, 3), "dtype": np.uint8}
    assert pixels_of(client, out)[0, 0].tolist() == [0, 0, 0]


def test_pil_and_grayscale_types_read_frames_too() -> None:
    describe = lambda im: f"{im.size}{im.mode}"  # noqa: E731
    client = Client(
        App(gr.Interface(describe, gr.Image(streaming=True, type="pil", image_mode="L"), "text", live=True))
    )
    assert result(client, send_frame(client, gradient())) == "(4, 6)L"


def test_gray_and_float_outputs_become_gray_frames() -> None:
    client = webcam_app(lambda im: im[:, :, 0].astype(np.float64) / 255)
    out = result(client, send_frame(client, gradient()))
    assert out["meta"]["channels"] == 1
    assert pixels_of(client, out).tolist() == gradient()[:, :, 0].tolist()


def test_outside_a_stream_an_image_output_is_an_encoded_file() -> None:
    client = Client(App(gr.Interface(flip, "image", "image")))
    upload = client.request(
        "POST",
        "/gradio_api/upload",
        *multipart_png(gradient()[:, :, :3]),
    )
    path = upload.json()[0]
    out = result(client, {"path": path, "meta": {"_type": "gradio.FileData"}})
    assert out["mime_type"] == "image/webp" and "width" not in out["meta"]


def multipart_png(pixels: np.ndarray) -> tuple[bytes, str, dict[str, str]]:
    import io

    buffer = io.BytesIO()
    PIL.Image.fromarray(pixels).save(buffer, "png")
    boundary = "b0undary"
    body = (
        (
            f'--{boundary}\r\nContent-Disposition: form-data; name="files"; filename="x.png"\r\n'
            "Content-Type: image/png\r\n\r\n"
        ).encode()
        + buffer.getvalue()
        + f"\r\n--{boundary}--\r\n".encode()
    )
    return body, "", {"content-type": f"multipart/form-data; boundary={boundary}"}


def test_a_generator_streams_numpy_images_as_frames() -> None:
    def frames_of(n: float) -> Iterator[np.ndarray]:
        for i in range(int(n)):
            yield np.full((2, 3, 3), i * 50, dtype=np.uint8)

    client = Client(App(gr.Interface(frames_of, "number", "image")))
    events = client.predict([3])
    first = events[2]["output"]["data"][0]
    assert first["mime_type"] == "image/x-lite-frame"
    final = events[-2]["output"]["data"][0]
    assert pixels_of(client, final)[0, 0].tolist() == [100, 100, 100]


def test_bad_frames_get_clear_errors_and_the_app_keeps_working() -> None:
    client = webcam_app()
    short = client.request("POST", "/gradio_api/frame", b"\0" * 10, "width=4&height=6&channels=3")
    assert short.status == 422 and short.json()["detail"] == "A 4x6 frame with 3 channels has 72 bytes, got 10."
    two = client.request("POST", "/gradio_api/frame", b"\0" * 48, "width=4&height=6&channels=2")
    assert two.status == 422 and "got 2" in two.json()["detail"]
    missing = client.request("POST", "/gradio_api/frame", b"", "width=four")
    assert missing.status == 422 and "width" in missing.json()["detail"]
    huge = client.request("POST", "/gradio_api/frame", b"", "width=100000&height=1")
    assert huge.status == 422 and "8192" in huge.json()["detail"]
    gone = client.get("/gradio_api/file=/lite-frames/999999.raw")
    assert gone.status == 404
    stale = client.post(
        "/gradio_api/queue/join",
        {
            "data": [{"path": "/lite-frames/999999.raw", "meta": {"_type": "gradio.FileData"}}],
            "fn_index": 0,
            "session_hash": "s",
        },
    )
    assert stale.status == 422 and "no longer kept" in stale.detail()
    assert np.array_equal(pixels_of(client, result(client, send_frame(client, gradient()))), gradient()[::-1])


def test_only_the_latest_frames_are_kept() -> None:
    client = webcam_app()
    sent = [send_frame(client, gradient()) for _ in range(frames.KEPT_FRAMES + 2)]
    assert client.get(sent[0]["url"]).status == 404
    assert client.get(sent[-1]["url"]).status == 200


def test_a_flagged_frame_is_saved_as_png(tmp_path: Any) -> None:
    demo = gr.Interface(flip, gr.Image(streaming=True), "image", flagging_dir=str(tmp_path))
    client = Client(App(demo))
    frame = send_frame(client, gradient())
    CSVLogger(demo.input_components, str(tmp_path)).flag([frame])
    saved = list(tmp_path.rglob("*.png"))
    assert len(saved) == 1
    assert np.array_equal(np.array(PIL.Image.open(saved[0])), gradient())
    assert saved[0].parent.parent.name == "im"
