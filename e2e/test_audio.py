"""gr.Audio in the page: WAV and browser-decoded uploads, the microphone, streamed output."""

from __future__ import annotations

import base64
import io
import re
import wave

import numpy as np
from playwright.sync_api import Page, expect

from .conftest import open_app, serve_app
from .server import StaticServer

REVERSE = """
import numpy as np
import gradio as gr

def reverse(audio):
    sr, data = audio
    return f"{sr} Hz, {len(data)} samples, peak {np.abs(data).max()}", (sr, np.flipud(data))

gr.Interface(reverse, gr.Audio(), ["text", gr.Audio(label="reversed")]).launch()
"""

MIC_STREAM = """
import gradio as gr

chunks = []

def listen(audio):
    sr, data = audio
    chunks.append(len(data))
    return f"{len(chunks)} chunks at {sr} Hz"

gr.Interface(listen, gr.Audio(sources=["microphone"], streaming=True), "text", live=True).launch()
"""

TONES = """
import time
import numpy as np
import gradio as gr

def tones(n):
    sr = 16000
    t = np.arange(int(sr * 0.3)) / sr
    for i in range(int(n)):
        time.sleep(0.2)
        yield (sr, np.sin(2 * np.pi * (300 + 100 * i) * t))

gr.Interface(tones, gr.Number(value=3), gr.Audio(streaming=True, label="tones")).launch()
"""


def wav_bytes(samples: np.ndarray, rate: int) -> bytes:
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(samples.astype("<i2").tobytes())
    return buffer.getvalue()


DECODED_SAMPLES = """async (host) => {
  const audio = host.shadowRoot.querySelector("audio");
  const bytes = await (await fetch(audio.src)).arrayBuffer();
  const buffer = await new OfflineAudioContext(1, 1, 8000).decodeAudioData(bytes);
  return { rate: buffer.sampleRate, samples: Array.from(buffer.getChannelData(0)) };
}"""


def test_a_wav_upload_reaches_python_as_int16_and_the_reversed_output_plays(page: Page, server: StaticServer) -> None:
    open_app(page, serve_app(page, server, "reverse", REVERSE))
    ramp = np.array([0, 1000, 2000, 3000, 4000, 5000, 6000, 7000] * 100, dtype=np.int16)
    page.get_by_label("Upload audio").set_input_files(
        files={"name": "ramp.wav", "mimeType": "audio/wav", "buffer": wav_bytes(ramp, 8000)}
    )
    page.get_by_role("button", name="Submit").click()
    expect(page.get_by_label("output")).to_have_value("8000 Hz, 800 samples, peak 7000")
    reversed_audio = page.locator("lite-audio").nth(1)
    expect(reversed_audio.get_by_role("link", name="Download")).to_be_visible()
    decoded = reversed_audio.evaluate(DECODED_SAMPLES)
    got = np.rint(np.array(decoded["samples"]) * 32768).astype(int)
    assert decoded["rate"] == 8000 and got[:8].tolist() == ramp[::-1][:8].tolist()


RECORD_OGG = """async () => {
  // A compressed clip made by the browser's own encoder: 0.5 s of a 440 Hz tone.
  const context = new AudioContext();
  const oscillator = context.createOscillator();
  const sink = context.createMediaStreamDestination();
  oscillator.connect(sink);
  const recorder = new MediaRecorder(sink.stream, { mimeType: "audio/webm;codecs=opus" });
  const parts = [];
  recorder.ondataavailable = (e) => parts.push(e.data);
  const stopped = new Promise((resolve) => (recorder.onstop = resolve));
  oscillator.start();
  recorder.start();
  await new Promise((resolve) => setTimeout(resolve, 500));
  recorder.stop();
  await stopped;
  const bytes = new Uint8Array(await new Blob(parts).arrayBuffer());
  let text = "";
  for (const b of bytes) text += String.fromCharCode(b);
  return btoa(text);
}"""


def test_a_compressed_upload_is_decoded_by_the_browser_into_wav_for_python(page: Page, server: StaticServer) -> None:
    open_app(page, serve_app(page, server, "reverse", REVERSE))
    webm = base64.b64decode(page.evaluate(RECORD_OGG))
    assert webm[:4] == b"\x1a\x45\xdf\xa3"  # a WebM file, not WAV
    page.get_by_label("Upload audio").set_input_files(
        files={"name": "tone.webm", "mimeType": "audio/webm", "buffer": webm}
    )
    page.get_by_role("button", name="Submit").click()
    text = page.get_by_label("output")
    expect(text).to_have_value(re.compile(r"^48000 Hz, \d+ samples, peak \d+$"))
    samples, peak = map(int, re.findall(r"(\d+) samples, peak (\d+)", text.input_value())[0])
    assert 0.3 * 48000 < samples < 1.0 * 48000 and peak > 10000


def test_a_recording_from_the_microphone_is_sent_as_wav(page: Page, server: StaticServer) -> None:
    open_app(page, serve_app(page, server, "reverse", REVERSE))
    page.get_by_role("button", name="Record").click()
    expect(page.get_by_text("Recording…")).to_be_visible()
    # The user speaks for 1.2 s: the recording's length is what this test checks, so the
    # interval itself is the point (nothing on the page marks it).
    page.wait_for_timeout(1200)
    page.get_by_role("button", name="Stop recording").click()
    expect(page.locator("lite-audio").first.locator("audio")).to_have_count(1)
    page.get_by_role("button", name="Submit").click()
    text = page.get_by_label("output")
    expect(text).to_have_value(re.compile(r"^\d+ Hz, \d+ samples"))
    rate, samples = map(int, re.findall(r"(\d+) Hz, (\d+) samples", text.input_value())[0])
    assert 0.9 < samples / rate < 2.0


def test_the_microphone_streams_chunks_and_the_function_reruns_on_each(page: Page, server: StaticServer) -> None:
    open_app(page, serve_app(page, server, "mic_stream", MIC_STREAM))
    expect(page.get_by_role("button", name="Submit")).to_have_count(0)
    page.get_by_role("button", name="Start streaming").click()
    output = page.get_by_label("output")
    expect(output).to_have_value(re.compile(r"^[3-9]\d* chunks at \d+ Hz$|^\d\d+ chunks"), timeout=10_000)
    page.get_by_role("button", name="Stop recording").click()
    stopped = output.input_value()
    # Proves that nothing happens: no chunk may arrive during these 1.2 s (several
    # stream_every intervals), so there is no event to wait for.
    page.wait_for_timeout(1200)
    assert output.input_value() == stopped  # no chunks after Stop


def test_a_streaming_audio_output_plays_each_chunk_as_it_arrives(page: Page, server: StaticServer) -> None:
    open_app(page, serve_app(page, server, "tones", TONES))
    page.evaluate(
        "window.chunk_times = [];"
        " document.addEventListener('lite-audio-chunk', () => window.chunk_times.push(performance.now()))"
    )
    page.get_by_role("button", name="Submit").click()
    expect(page.get_by_role("status")).to_have_text("Streamed: 3 chunks, 0.9 s", timeout=10_000)
    times = page.evaluate("window.chunk_times")
    # Yielded 0.2 s apart, they start playing as they come, not all at the end.
    assert len(times) == 3 and times[2] - times[0] > 0.25 * 1000


EXAMPLE_APP = """
import base64
import gradio as gr

with open("tone.webm", "wb") as f:
    f.write(base64.b64decode("{b64}"))

def describe(audio):
    sr, data = audio
    return f"{{sr}} Hz, {{len(data)}} samples"

gr.Interface(describe, gr.Audio(), "text", examples=[["tone.webm"]]).launch()
"""


def test_a_non_wav_example_is_decoded_by_the_page_before_python_reads_it(page: Page, server: StaticServer) -> None:
    open_app(page, serve_app(page, server, "reverse", REVERSE))
    b64 = page.evaluate(RECORD_OGG)
    open_app(page, serve_app(page, server, "audio_example", EXAMPLE_APP.format(b64=b64)))
    page.get_by_role("button", name="Example 1: tone.webm").click()
    page.get_by_role("button", name="Submit").click()
    expect(page.get_by_label("output")).to_have_value(re.compile(r"^48000 Hz, \d{5} samples$"))
