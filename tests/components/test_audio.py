"""gr.Audio: WAV in as (rate, int16 samples) or a path; numpy out as 16-bit WAV; Gradio's rules."""

from __future__ import annotations

import io
import wave
from pathlib import Path

import numpy as np
import pytest

import lite_core as gr
from lite_core import files, wav
from lite_core.protocol import FileData


def wav_payload(rate: int, samples: np.ndarray, name: str = "clip.wav", width: int = 2) -> FileData:
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as w:
        w.setnchannels(1 if samples.ndim == 1 else samples.shape[1])
        w.setsampwidth(width)
        w.setframerate(rate)
        w.writeframes(samples.tobytes())
    return files.file_data(files.save_bytes(buffer.getvalue(), name))


def read_back(data: FileData) -> tuple[int, int, np.ndarray]:
    with wave.open(data["path"], "rb") as w:
        raw = w.readframes(w.getnframes())
        return w.getframerate(), w.getnchannels(), np.frombuffer(raw, dtype="<i2")


def test_numpy_type_gives_rate_and_int16_samples_mono_and_stereo() -> None:
    mono = np.array([0, 1000, -1000, 32767], dtype=np.int16)
    rate, data = gr.Audio().preprocess(wav_payload(16000, mono))
    assert rate == 16000 and data.dtype == np.int16 and data.tolist() == mono.tolist()
    stereo = np.array([[1, -1], [2, -2], [3, -3]], dtype=np.int16)
    rate, data = gr.Audio().preprocess(wav_payload(48000, stereo))
    assert data.shape == (3, 2) and data.tolist() == stereo.tolist()
    data[0, 0] = 5  # writable, as Gradio's arrays are


def test_filepath_type_passes_the_path_and_converts_only_for_another_format() -> None:
    payload = wav_payload(8000, np.zeros(80, dtype=np.int16))
    assert gr.Audio(type="filepath").preprocess(payload) == payload["path"]
    assert gr.Audio(type="filepath", format="wav").preprocess(payload) == payload["path"]


def test_length_limits_raise_gradios_errors() -> None:
    second = wav_payload(8000, np.zeros(8000, dtype=np.int16))
    with pytest.raises(gr.Error, match="Audio is too short, and must be at least 2 seconds"):
        gr.Audio(min_length=2).preprocess(second)
    with pytest.raises(gr.Error, match="Audio is too long, and must be at most 0 seconds"):
        gr.Audio(max_length=0).preprocess(second)


def test_non_wav_files_get_a_clear_error_in_python() -> None:
    payload = files.file_data(files.save_bytes(b"ID3\x03\x00fake mp3", "song.mp3"))
    with pytest.raises(ValueError, match=r"song\.mp3 is not a WAV file"):
        gr.Audio().preprocess(payload)


def test_numpy_output_becomes_a_16_bit_wav_and_floats_are_scaled_by_their_peak() -> None:
    rate, channels, samples = read_back(gr.Audio().postprocess((22050, np.array([0.0, 0.5, -0.25]))))
    assert (rate, channels) == (22050, 1) and samples.tolist() == [0, 32767, -16383]
    _, channels, samples = read_back(gr.Audio().postprocess((8000, np.array([[1, 2], [3, 4]], dtype=np.int16))))
    assert channels == 2 and samples.tolist() == [1, 2, 3, 4]
    _, _, samples = read_back(gr.Audio().postprocess((8000, np.array([0, 255], dtype=np.uint8))))
    assert samples.tolist() == [-32768, 32767]
    _, _, silence = read_back(gr.Audio().postprocess((8000, np.zeros(4))))
    assert silence.tolist() == [0, 0, 0, 0]


def test_paths_urls_and_bad_values(tmp_path: Path) -> None:
    path = tmp_path / "beep.ogg"
    path.write_bytes(b"OggS")
    data = gr.Audio().postprocess(str(path))
    assert data["orig_name"] == "beep.ogg" and files.is_allowed(data["path"])
    url = "https://example.com/a.wav?x=1"
    assert gr.Audio().postprocess(url)["url"] == url
    with pytest.raises(ValueError, match="Cannot process 3 as Audio"):
        gr.Audio().postprocess(3)


def test_streamed_chunks_get_distinct_paths_even_when_equal() -> None:
    audio = gr.Audio(streaming=True, sources=["microphone"])
    chunk = (8000, np.ones(10, dtype=np.int16))
    assert audio.postprocess(chunk)["path"] != audio.postprocess(chunk)["path"]
    assert gr.Audio().postprocess(chunk)["path"] == gr.Audio().postprocess(chunk)["path"]


def test_constructor_rules_match_gradio() -> None:
    assert gr.Audio().sources == ["upload", "microphone"]
    assert gr.Audio(streaming=True).sources == ["microphone"]
    assert gr.Audio(sources="upload").sources == ["upload"]
    with pytest.raises(ValueError, match=r"Audio streaming only available if sources includes 'microphone'\."):
        gr.Audio(sources=["upload"], streaming=True)
    with pytest.raises(ValueError, match="Invalid value for parameter `type`: pil"):
        gr.Audio(type="pil")
    with pytest.raises(ValueError, match="format='mp3' is not available in the browser"):
        gr.Audio(format="mp3")
    microphone = gr.Interface(lambda a: a, "microphone", "audio").input_components[0]
    assert isinstance(microphone, gr.Audio) and microphone.sources == ["microphone"]


def test_24_bit_wav_is_widened_to_int32() -> None:
    samples = np.array([1, -1], dtype=np.int32)
    raw = b"".join(int(v).to_bytes(3, "little", signed=True) for v in samples)
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(3)
        w.setframerate(8000)
        w.writeframes(raw)
    _, data = wav.read(files.save_bytes(buffer.getvalue(), "deep.wav"))
    assert data.dtype == np.int32 and data.tolist() == [256, -256]


def test_only_numpy_audio_makes_the_runtime_load_numpy() -> None:
    assert gr.Audio().packages == ("numpy",)
    assert gr.Audio(type="filepath").packages == ()
