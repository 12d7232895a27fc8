"""Option objects Gradio's components take (gr.WaveformOptions), kept as given."""

from __future__ import annotations

from typing import Any


class WaveformOptions:
    """How Gradio draws an Audio's waveform; Lite's Audio plays with the browser's own
    controls, so these are kept for the app to read, not drawn."""

    def __init__(
        self,
        waveform_color: str | None = None,
        waveform_progress_color: str | None = None,
        trim_region_color: str | None = None,
        show_recording_waveform: bool = True,
        show_controls: bool = False,
        skip_length: float = 5,
        sample_rate: int = 44100,
    ) -> None:
        self.waveform_color = waveform_color
        self.waveform_progress_color = waveform_progress_color
        self.trim_region_color = trim_region_color
        self.show_recording_waveform = show_recording_waveform
        self.show_controls = show_controls
        self.skip_length = skip_length
        self.sample_rate = sample_rate

    def __repr__(self) -> str:
        fields: dict[str, Any] = vars(self)
        return "WaveformOptions(" + ", ".join(f"{k}={v!r}" for k, v in fields.items()) + ")"
