"""The app both official clients call (tests/oracle/test_client.py, test_js_client.py), as a
user writes it: `import gradio as gr`. Served by `lite serve client_app.py` (Lite on
uvicorn, `gradio` aliased to Lite in that process although real Gradio is installed beside
it), or by `python client_app.py` on real Gradio, to check that what the tests expect is
what Gradio does. Both listen on GRADIO_SERVER_PORT."""

from __future__ import annotations

import importlib
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

# Imported by name: gradio is in the oracle interpreter, not in the type checker's.
gr: Any = importlib.import_module("gradio")


def greet(name: str, intensity: int = 2) -> str:
    return "Hello, " + name + "!" * int(intensity)


def count(n: float) -> Iterator[str]:
    for i in range(int(n)):
        time.sleep(0.05)
        yield f"step {i}"


def forever() -> Iterator[str]:
    i = 0
    while True:
        time.sleep(0.2)
        i += 1
        yield f"tick {i}"


def work(n: float, progress: Any = gr.Progress()) -> str:  # noqa: B008 - Gradio's own idiom
    for _ in progress.tqdm(range(int(n)), desc="working"):
        time.sleep(0.3)
    return f"worked {int(n)}"


def shout(path: str) -> str:
    out = Path(path).with_name("shouted-" + Path(path).name)
    out.write_bytes(Path(path).read_bytes().upper())
    return str(out)


def remember(text: str, seen: list[str]) -> tuple[str, list[str]]:
    seen = [*seen, text]
    return " ".join(seen), seen


def refuse(text: str) -> str:
    raise gr.Error("No thanks: " + text)


with gr.Blocks() as demo:
    name = gr.Textbox(label="name")
    intensity = gr.Slider(1, 5, value=2, step=1, label="intensity")
    greeting = gr.Textbox(label="greeting")
    gr.Button("Greet").click(greet, [name, intensity], greeting, api_name="predict")
    n = gr.Number(label="n", value=3)
    steps = gr.Textbox(label="steps")
    gr.Button("Count").click(count, n, steps, api_name="count")
    gr.Button("Forever").click(forever, None, steps, api_name="forever")
    gr.Button("Work").click(work, n, steps, api_name="work")
    upload = gr.File(label="upload", type="filepath")
    shouted = gr.File(label="shouted")
    gr.Button("Shout").click(shout, upload, shouted, api_name="shout")
    seen = gr.State([])
    said = gr.Textbox(label="said")
    gr.Button("Remember").click(remember, [name, seen], [said, seen], api_name="remember")
    gr.Button("Refuse").click(refuse, name, said, api_name="refuse")

if __name__ == "__main__":
    demo.launch()
