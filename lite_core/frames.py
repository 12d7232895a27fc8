"""Raw frames: the images of the streaming path, kept in memory, never encoded.

A webcam frame arrives as the bytes of its pixels (POST /gradio_api/frame) and a numpy
image a stream or generator returns leaves the same way: no PNG/WebP in Python, no
base64, and in the browser the buffers are transferred between the page and the
worker. Frames are gray, RGB or RGBA as the array is: the page sends RGB unless the
component wants alpha, because numpy in WebAssembly copies contiguous RGB rows ~60x
faster than the 3-of-4-bytes strides of an RGB view of RGBA (0.13 ms vs 8 ms for a
flipped 640x480 frame). The store keeps the last few frames only: a stream that
outruns its consumer drops frames instead of holding them.
"""

from __future__ import annotations

import itertools
from collections import OrderedDict
from typing import Any, NamedTuple

from .protocol import API_PREFIX, RAW_FRAME_MIME, FileData

FRAME_PREFIX = "/lite-frames/"
# Enough for a frame in, its flipped frame out and the page's next frames in flight.
KEPT_FRAMES = 8
MAX_SIDE = 8192


class Frame(NamedTuple):
    data: bytearray | memoryview
    width: int
    height: int
    channels: int


_frames: OrderedDict[str, Frame] = OrderedDict()
_ids = itertools.count()


def check_size(width: int, height: int, channels: int, length: int) -> None:
    if not (0 < width <= MAX_SIDE and 0 < height <= MAX_SIDE):
        raise ValueError(f"A frame must be 1 to {MAX_SIDE} pixels wide and high, got {width}x{height}.")
    if channels not in (1, 3, 4):
        raise ValueError(f"A frame has 1 (gray), 3 (RGB) or 4 (RGBA) channels, got {channels}.")
    if length != width * height * channels:
        expected = width * height * channels
        raise ValueError(f"A {width}x{height} frame with {channels} channels has {expected} bytes, got {length}.")


def put(data: bytes | bytearray | memoryview, width: int, height: int, channels: int) -> FileData:
    """Keep a frame; its FileData (the oldest frame goes once KEPT_FRAMES are kept)."""
    check_size(width, height, channels, len(data))
    if isinstance(data, bytes):
        data = bytearray(data)  # numpy views of it are then writable, as Gradio's arrays are
    path = f"{FRAME_PREFIX}{next(_ids)}.raw"
    _frames[path] = Frame(data, width, height, channels)
    while len(_frames) > KEPT_FRAMES:
        _frames.popitem(last=False)
    return {
        "path": path,
        "url": f"{API_PREFIX}/file={path}",
        "size": len(data),
        "orig_name": "frame.raw",
        "mime_type": RAW_FRAME_MIME,
        "is_stream": False,
        "meta": {"_type": "gradio.FileData", "width": width, "height": height, "channels": channels},
    }


def get(path: str) -> Frame | None:
    return _frames.get(path)


def is_frame(path: str) -> bool:
    return path.startswith(FRAME_PREFIX)


def array(frame: Frame) -> Any:
    """The frame as a uint8 array over its bytes (no copy): (H, W) gray, else (H, W, C)."""
    import numpy as np

    shape = (frame.height, frame.width) if frame.channels == 1 else (frame.height, frame.width, frame.channels)
    return np.frombuffer(frame.data, dtype=np.uint8).reshape(shape)


def put_array(pixels: Any) -> FileData:
    """A frame from 8-bit pixels, gray (H, W) or (H, W, 1|3|4); copied only if not contiguous."""
    import numpy as np

    if pixels.ndim == 3 and pixels.shape[2] == 1:
        pixels = pixels[:, :, 0]
    pixels = np.ascontiguousarray(pixels)
    channels = 1 if pixels.ndim == 2 else pixels.shape[2]
    return put(memoryview(pixels).cast("B"), pixels.shape[1], pixels.shape[0], channels)


def to_image(frame: Frame) -> Any:
    """The frame as a PIL image (its mode from the channels)."""
    import PIL.Image

    mode = {1: "L", 3: "RGB", 4: "RGBA"}[frame.channels]
    # Pillow reads any buffer without a copy; its hints name only bytes.
    return PIL.Image.frombuffer(mode, (frame.width, frame.height), frame.data, "raw", mode, 0, 1)  # type: ignore[arg-type]
