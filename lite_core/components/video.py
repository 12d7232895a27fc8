"""gr.Video: a video file in (its path) and out (played in the page)."""

from __future__ import annotations

from typing import Any

from .. import files
from ..blocks_base import event_listener
from ..exceptions import InvalidPayload
from ..protocol import ComponentProps
from .base import Component, describe


class VideoProps(ComponentProps):
    format: str | None
    sources: list[str]
    height: int | str | None
    width: int | str | None
    autoplay: bool
    loop: bool
    show_download_button: bool | None
    include_audio: bool | None


class Video(Component):
    """On the wire a video is Gradio 5's {video: FileData, subtitles: FileData | None}."""

    block_type = "video"
    Props = VideoProps
    payload_description = "a video ({video: FileData, subtitles})"
    python_type_name = "filepath"

    def __init__(
        self,
        value: Any = None,
        *,
        format: str | None = None,
        sources: list[str] | str | None = None,
        height: int | str | None = None,
        width: int | str | None = None,
        autoplay: bool = False,
        loop: bool = False,
        show_download_button: bool | None = None,
        include_audio: bool | None = None,
        **kwargs: Any,
    ) -> None:
        self.format = format
        self.sources = [sources] if isinstance(sources, str) else sources or ["upload", "webcam"]
        self.include_audio = include_audio if include_audio is not None else "upload" in self.sources
        self.height = height
        self.width = width
        self.autoplay = autoplay
        self.loop = loop
        self.show_download_button = show_download_button
        super().__init__(value, **kwargs)

    def validate_payload(self, payload: Any) -> None:
        if payload is None:
            return
        if not isinstance(payload, dict) or "video" not in payload:
            raise InvalidPayload(f"expects {self.payload_description}, got {describe(payload)}")
        files.check_file_payload(payload["video"])

    def preprocess(self, payload: dict[str, Any] | None) -> str | None:
        return None if payload is None else payload["video"]["path"]

    def postprocess(self, value: Any) -> dict[str, Any] | None:
        if value is None:
            return None
        video, subtitles = value if isinstance(value, (tuple, list)) else (value, None)
        text = str(video)
        data = files.file_data(url=text) if files.is_url(text) else files.file_data(files.allow(text))
        subs = None if subtitles is None else files.file_data(files.allow(str(subtitles)))
        return {"video": data, "subtitles": subs}

    def api_info(self) -> dict[str, Any]:
        return {"type": "object", "description": "{video: FileData, subtitles: FileData | None}"}

    change = event_listener("change")
    upload = event_listener("upload")
    play = event_listener("play")
    start_recording = event_listener("start_recording")
    stop_recording = event_listener("stop_recording")


class PlayableVideo(Video):
    """Gradio's template: a Video converted to mp4 to play in any browser (Lite keeps the
    browser's own format: there is no converter in the browser)."""
