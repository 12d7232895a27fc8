"""WAV in and out with the standard library's `wave` and numpy: audio without ffmpeg.

The page decodes every other format with the browser's own codecs and sends WAV, so
Python only ever reads and writes PCM. Sample layouts follow Gradio 5 (pydub): 16-bit
samples as int16, (samples,) for mono and (samples, channels) otherwise.
"""

from __future__ import annotations

# `wave` is imported on first use: every app imports the components, few play sound.
from typing import Any


def is_wav(head: bytes) -> bool:
    return len(head) >= 12 and head[:4] == b"RIFF" and head[8:12] == b"WAVE"


def read(path: str) -> tuple[int, Any]:
    """(sample rate, samples) of a PCM WAV file."""
    import wave

    import numpy as np

    with open(path, "rb") as f:
        if not is_wav(f.read(12)):
            raise ValueError(
                f"{path.rsplit('/', 1)[-1]} is not a WAV file: in the browser, audio is decoded by the page, "
                "and only WAV can be read in Python (upload it through the Audio component, or convert it to WAV)."
            )
    with wave.open(path, "rb") as w:
        rate, channels, width = w.getframerate(), w.getnchannels(), w.getsampwidth()
        raw = w.readframes(w.getnframes())
    if width == 1:  # 8-bit WAV is unsigned; pydub hands it over signed
        data = (np.frombuffer(raw, dtype=np.uint8).astype(np.int16) - 128).astype(np.int8)
    elif width == 2:
        data = np.frombuffer(raw, dtype="<i2")
    elif width == 3:  # 24-bit: widened to int32, as pydub does
        bytes3 = np.frombuffer(raw, dtype=np.uint8).reshape(-1, 3)
        data = (
            bytes3[:, 0].astype(np.int32) << 8
            | bytes3[:, 1].astype(np.int32) << 16
            | bytes3[:, 2].astype(np.int32) << 24
        )
    else:
        data = np.frombuffer(raw, dtype="<i4")
    data = data.copy()  # writable, as Gradio's arrays are
    return rate, data.reshape(-1, channels) if channels > 1 else data


def to_int16(data: Any) -> Any:
    """Gradio's conversion of samples to 16-bit (floats are scaled by their peak)."""
    import numpy as np

    if data.dtype in (np.float64, np.float32, np.float16):
        peak = np.abs(data).max() if data.size else 0
        return (data / peak * 32767 if peak else data).astype(np.int16)
    if data.dtype == np.int32:
        return (data / 65536).astype(np.int16)
    if data.dtype == np.int16:
        return data
    if data.dtype == np.uint16:
        return (data.astype(np.int32) - 32768).astype(np.int16)
    if data.dtype == np.uint8:
        return (data.astype(np.int32) * 257 - 32768).astype(np.int16)
    if data.dtype == np.int8:
        return (data.astype(np.int16) * 256).astype(np.int16)
    raise ValueError(f"Audio data cannot be converted automatically from {data.dtype} to 16-bit int format.")


def encode(rate: int, data: Any) -> bytes:
    """16-bit PCM WAV bytes for samples shaped (samples,) or (samples, channels)."""
    import io
    import wave

    import numpy as np

    samples = to_int16(np.asarray(data))
    channels = 1 if samples.ndim == 1 else samples.shape[1]
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as w:
        w.setnchannels(channels)
        w.setsampwidth(2)
        w.setframerate(int(rate))
        w.writeframes(np.ascontiguousarray(samples, dtype="<i2").tobytes())
    return buffer.getvalue()


def duration(path: str) -> float:
    import wave

    with wave.open(path, "rb") as w:
        return w.getnframes() / w.getframerate()
