"""gr.Audio: sound in ((sample rate, samples) or a path) and out (played in the page).

No ffmpeg: the page turns recordings and non-WAV uploads into WAV with the browser's
codecs, and Python reads and writes WAV (see wav.py). A streaming output plays each
chunk a generator yields as it arrives.
"""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Any, Literal

from .. import files, wav
from ..blocks_base import event_listener
from ..exceptions import Error
from ..protocol import ComponentProps, FileData
from .base import FileComponent

AudioType = Literal["numpy", "filepath"]
_chunk_ids = itertools.count()


class AudioProps(ComponentProps):
    sources: list[Literal["upload", "microphone"]]
    type: AudioType
    streaming: bool
    format: Literal["wav", "mp3"] | None
    autoplay: bool
    show_download_button: bool | None
    editable: bool
    min_length: int | None
    max_length: int | None
    loop: bool
    recording: bool


class Audio(FileComponent):
    block_type = "audio"
    Props = AudioProps
    file_kind = "audio"
    example_url = "https://github.com/gradio-app/gradio/raw/main/test/test_files/audio_sample.wav"
    packages: tuple[str, ...] = ("numpy",)
    payload_description = "an audio file (FileData)"
    python_type_name = "filepath"

    def __init__(
        self,
        value: Any = None,
        *,
        sources: list[Literal["upload", "microphone"]] | Literal["upload", "microphone"] | None = None,
        type: AudioType = "numpy",
        streaming: bool = False,
        format: Literal["wav", "mp3"] | None = None,
        autoplay: bool = False,
        show_download_button: bool | None = None,
        editable: bool = True,
        min_length: int | None = None,
        max_length: int | None = None,
        waveform_options: Any = None,
        loop: bool = False,
        recording: bool = False,
        **kwargs: Any,
    ) -> None:
        valid_sources = ["upload", "microphone"]
        self.sources: list[str]
        if sources is None:
            self.sources = ["microphone"] if streaming else valid_sources
        elif isinstance(sources, str) and sources in valid_sources:
            self.sources = [sources]
        elif isinstance(sources, list):
            self.sources = list(sources)
        else:
            raise ValueError(f"`sources` must be a list consisting of elements in {valid_sources}")
        if any(source not in valid_sources for source in self.sources):
            raise ValueError(f"`sources` must a list consisting of elements in {valid_sources}")
        if type not in ("numpy", "filepath"):
            raise ValueError(f"Invalid value for parameter `type`: {type}. Please choose from one of: numpy filepath")
        self.type = type
        # numpy only for (rate, samples) inputs: a filepath app that never touches
        # samples does not load it (one that returns samples has imported it itself).
        self.packages = ("numpy",) if type == "numpy" else ()
        self.streaming = streaming
        if streaming and "microphone" not in self.sources:
            raise ValueError("Audio streaming only available if sources includes 'microphone'.")
        if format is not None and format.lower() not in ("wav", "mp3"):
            raise ValueError(f"Invalid value for parameter `format`: {format}. Please choose from one of: wav mp3")
        if format is not None and format.lower() == "mp3":
            # The browser has no MP3 encoder and Lite has no ffmpeg.
            raise ValueError("format='mp3' is not available in the browser: use format='wav' or None.")
        self.format = format and format.lower()
        self.autoplay = autoplay
        self.show_download_button = show_download_button
        self.editable = editable
        self.min_length = min_length
        self.max_length = max_length
        self.loop = loop
        self.recording = recording
        super().__init__(value, **kwargs)

    def preprocess(self, payload: dict[str, Any] | None) -> Any:
        if payload is None:
            return None
        path = payload["path"]
        if self.min_length is not None or self.max_length is not None:
            length = wav.duration(path)
            if self.min_length is not None and length < self.min_length:
                raise Error(f"Audio is too short, and must be at least {self.min_length} seconds")
            if self.max_length is not None and length > self.max_length:
                raise Error(f"Audio is too long, and must be at most {self.max_length} seconds")
        if self.type == "numpy":
            return wav.read(path)
        if self.format is None or Path(path).suffix.lower() == f".{self.format}":
            return path
        rate, data = wav.read(path)
        return files.save_bytes(wav.encode(rate, data), f"{Path(path).stem}.wav")

    def postprocess(self, value: Any) -> FileData | None:
        if value is None:
            return None
        if isinstance(value, bytes):
            return files.file_data(files.save_bytes(value, self._name("audio")))
        if isinstance(value, tuple):
            rate, data = value
            return files.file_data(files.save_bytes(wav.encode(rate, data), self._name("audio.wav")))
        if isinstance(value, (str, Path)):
            text = str(value)
            if files.is_url(text):
                return files.file_data(url=text, orig_name=text.rsplit("/", 1)[-1].split("?")[0])
            return files.file_data(files.allow(text))
        raise ValueError(f"Cannot process {value} as Audio")

    def _name(self, name: str) -> str:
        # A streamed output's chunks must differ in path even when equal in content:
        # the page plays each new path once.
        return f"chunk{next(_chunk_ids)}-{name}" if self.streaming else name

    change = event_listener("change")
    upload = event_listener("upload")
    clear = event_listener("clear")
    stream = event_listener("stream")
    play = event_listener("play")
    pause = event_listener("pause")
    stop = event_listener("stop")
    start_recording = event_listener("start_recording")
    stop_recording = event_listener("stop_recording")
    input = event_listener("input")


class Microphone(Audio):
    """Gradio's template: an Audio that records from the microphone."""

    def __init__(self, value: Any = None, *, sources: Any = None, **kwargs: Any) -> None:
        super().__init__(value, sources=sources or ["microphone"], **kwargs)
