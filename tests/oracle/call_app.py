"""Calls an app's first named endpoint with gradio_client, on real Gradio and on Lite, and
prints both answers as JSON, files replaced by their content. Run by test_runs_on_gradio.py
with the oracle interpreter:

    python call_app.py GRADIO_URL GRADIO_DIR LITE_URL LITE_DIR IMAGE

The values come from Gradio's /config: the first example of the endpoint's inputs if the app
has examples, else each input's default value. Where that is None (an empty textbox, an
empty number) the call would only test the app's error, so the value is the one Gradio's
API page shows for the parameter (its example_input), and IMAGE (a file) stands for an
image (Gradio's example image is on the internet). Files the call left in an app's folder are reported by content too.
"""

from __future__ import annotations

import hashlib
import io
import json
import sys
import urllib.request
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

from gradio_client import Client, handle_file  # type: ignore[import-not-found,unused-ignore]

MEDIA = {"image"}
# Lite's stream frames travel as raw pixels, never encoded (lite_core/frames.py).
RAW_FRAME = "image/x-lite-frame"
FRAME_MODES = {1: "L", 3: "RGB", 4: "RGBA"}


def first_call(url: str, image: str) -> tuple[str, list[Any], bool]:
    """The first named endpoint, the values to call it with, and whether it is a stream event."""
    with urllib.request.urlopen(url + "gradio_api/info", timeout=30) as r:
        api_name, api = next(iter(json.load(r)["named_endpoints"].items()))
    with urllib.request.urlopen(url + "config", timeout=30) as r:
        config = json.load(r)
    blocks = {c["id"]: c for c in config["components"]}
    dep = next(d for d in config["dependencies"] if "/" + str(d["api_name"]) == api_name)
    inputs = [i for i in dep["inputs"] if blocks[i]["type"] != "state"]  # the client leaves states out
    values = [blocks[i]["props"].get("value") for i in inputs]
    for block in blocks.values():
        ids = block["props"].get("component_ids") or []
        if block["type"] == "dataset" and ids and set(ids) <= set(inputs) and block["props"].get("samples"):
            sample = dict(zip(ids, block["props"]["samples"][0], strict=True))
            values = [sample.get(i, v) for i, v in zip(inputs, values, strict=True)]
            break
    for n, (i, parameter) in enumerate(zip(inputs, api["parameters"], strict=True)):
        if values[n] is None:  # an empty box: the value Gradio's API page shows, an image of ours
            values[n] = image if blocks[i]["type"] in MEDIA else parameter["example_input"]
    return api_name, values, any(event == "stream" for _, event in dep["targets"])


def content(data: bytes, meta: dict[str, Any] | None = None) -> dict[str, Any]:
    """An image by its pixels (each side may encode it its own way), any other file by its bytes."""
    from PIL import Image

    try:
        if meta and meta.get("mime_type") == RAW_FRAME:
            # Gradio sends every output image as WebP (Pillow's defaults, lossy), a frame too:
            # Lite's frame, encoded the same way, must give the same pixels.
            size, mode = (meta["meta"]["width"], meta["meta"]["height"]), FRAME_MODES[meta["meta"]["channels"]]
            webp = io.BytesIO()
            Image.frombytes(mode, size, data).save(webp, "webp")
            data = webp.getvalue()
        im = Image.open(io.BytesIO(data))
        rgba = im.convert("RGBA")
        return {"image": [*rgba.size], "pixels": hashlib.sha256(rgba.tobytes()).hexdigest()}
    except (OSError, ValueError):  # not an image
        return {"sha256": hashlib.sha256(data).hexdigest()}


def by_content(value: Any, url: str) -> Any:
    if isinstance(value, list | tuple):
        return [by_content(v, url) for v in value]
    if isinstance(value, dict) and value.get("meta", {}).get("_type") == "gradio.FileData":
        # Gradio's URLs are absolute, Lite's relative to the app: both name a file it serves.
        file_url = urljoin(url, value.get("url") or "")
        try:
            with urllib.request.urlopen(file_url, timeout=30) as r:
                return content(r.read(), value)
        except OSError:
            if file_url.startswith(url):
                raise
            return {"external_url": file_url}  # offline: the URL the visitor's browser would load
    if isinstance(value, dict):
        return {k: by_content(v, url) for k, v in value.items()}
    return value


def stream_once(url: str, api_name: str, values: list[Any], image: str) -> Any:
    """One event of a stream, as the page sends a webcam frame: upload, join, read to the end.
    (gradio_client cannot call a stream event: it does not know Gradio's process_streaming.)"""
    import httpx  # type: ignore[import-not-found,unused-ignore]  # installed with Gradio

    with httpx.Client(base_url=url, timeout=60) as http:
        config = http.get("config").json()
        fn_index = next(d["id"] for d in config["dependencies"] if "/" + str(d["api_name"]) == api_name)
        data = []
        for v in values:
            if v == image:
                with open(image, "rb") as f:
                    path = http.post("gradio_api/upload", files={"files": ("input.png", f, "image/png")}).json()[0]
                v = {"path": path, "orig_name": "input.png", "meta": {"_type": "gradio.FileData"}}
            data.append(v)
        join = {"data": data, "fn_index": fn_index, "session_hash": "s1", "event_data": None}
        http.post("gradio_api/queue/join", json=join).raise_for_status()
        with http.stream("GET", "gradio_api/queue/data", params={"session_hash": "s1"}) as events:
            for line in events.iter_lines():
                message = json.loads(line[len("data: ") :]) if line.startswith("data: ") else {}
                # Gradio streams the answer, then completes the event when the stream's
                # time limit ends; Lite completes it at once: the first answer is the one shown.
                if message.get("msg") in ("process_streaming", "process_completed"):
                    if message.get("success") is False:
                        raise RuntimeError(message["output"].get("error"))
                    outputs = message["output"]["data"]
                    return outputs[0] if len(outputs) == 1 else outputs
    raise RuntimeError("the stream ended before the event completed")


def call(url: str, folder: Path, endpoint: tuple[str, list[Any], bool], image: str) -> dict[str, Any]:
    api_name, values, stream = endpoint
    before = set(folder.iterdir())
    try:
        if stream:
            result = stream_once(url, api_name, values, image)
        else:
            client = Client(url, verbose=False, download_files=False)
            result = client.predict(*[handle_file(v) if v == image else v for v in values], api_name=api_name)
        answer: dict[str, Any] = {"result": by_content(result, url)}
    except Exception as e:  # noqa: BLE001 - the app's error, as a client sees it, is an answer too
        answer = {"error": f"{type(e).__name__}: {e}"}
    answer["new_files"] = sorted(
        [p.suffix, content(p.read_bytes())] for p in set(folder.iterdir()) - before if p.is_file()
    )
    return answer


def main() -> None:
    gradio_url, gradio_dir, lite_url, lite_dir, image = sys.argv[1:]
    endpoint = first_call(gradio_url, image)
    print(
        json.dumps(
            {
                "endpoint": endpoint[0],
                "values": endpoint[1],
                "stream": endpoint[2],
                "gradio": call(gradio_url, Path(gradio_dir), endpoint, image),
                "lite": call(lite_url, Path(lite_dir), endpoint, image),
            }
        )
    )


if __name__ == "__main__":
    main()
