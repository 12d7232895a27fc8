"""Property-based fuzz of the router: whatever a client sends, the app answers once with
a status below 500, no exception escapes it, and it still serves a normal event after."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from typing import Any
from urllib.parse import quote, quote_from_bytes

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import lite_core as gr
from lite_core.http import http_scope
from lite_core.routing import App
from lite_core.types import Message, Scope

from .asgi_client import exchange

FUZZ = settings(
    max_examples=400,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

ROUTES = [
    "/config",
    "/gradio_api/info",
    "/gradio_api/queue/join",
    "/gradio_api/queue/data",
    "/gradio_api/upload",
    "/gradio_api/frame",
    "/gradio_api/cancel",
    "/gradio_api/reset",
    "/gradio_api/component_server",
    "/gradio_api/call/predict",
    "/gradio_api/call/predict/abc",
    "/gradio_api/file=",
]
METHODS = ["GET", "POST", "PUT", "DELETE", "HEAD", "OPTIONS", "PATCH", "get", "BREW"]

# Text a URL may carry, percent-escapes (valid or not) included.
url_text = st.lists(
    st.one_of(
        st.text(st.characters(min_codepoint=0x21, max_codepoint=0x7E), max_size=8),
        st.sampled_from(["%", "%0", "%00", "%2F", "%2e%2e/", "%ff", "%C3%A9", "%zz", "..", "//", "#", "?"]),
    ),
    max_size=6,
).map("".join)

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=10),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner, max_size=4),
    max_leaves=12,
)

join_bodies = st.fixed_dictionaries(
    {},
    optional={
        "data": json_values,
        "fn_index": st.one_of(st.integers(-3, 5), json_values),
        "session_hash": st.one_of(st.text(max_size=8), json_values),
        "event_data": json_values,
        "trigger_id": json_values,
        "event_id": json_values,
        "component_id": json_values,
        "fn_name": st.sampled_from(["ls", "__init__", "postprocess"]) | st.text(max_size=5),
    },
).map(lambda body: json.dumps(body).encode())


def multipart_junk(boundary: str, parts: list[tuple[str, bytes]], ending: str) -> bytes:
    body = b"".join(
        f'--{boundary}\r\nContent-Disposition: form-data; name="files"; filename="{name}"\r\n\r\n'.encode(
            "utf-8", "replace"
        )
        + data
        + b"\r\n"
        for name, data in parts
    )
    return body + ending.encode()


multipart_bodies = st.builds(
    multipart_junk,
    st.just("B"),
    st.lists(st.tuples(st.text(max_size=10), st.binary(max_size=20)), max_size=3),
    st.sampled_from(["--B--\r\n", "", "--B", "garbage"]),
)

NASTY = [b"NaN", b"[1e400]", b"{", b"[" * 5000 + b"]" * 5000, b'{"data": ' * 3000, b'{"data": [NaN]}', b"\xff\xfe"]
bodies = st.one_of(
    st.sampled_from(NASTY),
    join_bodies,
    st.binary(max_size=64),
    json_values.map(lambda value: json.dumps(value).encode()),
    multipart_bodies,
)

content_types = st.sampled_from(
    [
        "application/json",
        "multipart/form-data; boundary=B",
        "multipart/form-data",
        'multipart/form-data; boundary=""',
        "text/plain",
        "",
    ]
)


@st.composite
def requests(draw: st.DrawFn) -> tuple[str, str, bytes, str]:
    """Mostly a real route with its own method (so the handlers, not only the 404s, are
    reached), with junk around it; sometimes anything."""
    route = draw(st.sampled_from(ROUTES))
    usual = "GET" if route in ("/config", "/gradio_api/info", "/gradio_api/queue/data", "/gradio_api/file=") else "POST"
    method = draw(st.sampled_from([usual] * 6 + METHODS))
    path = draw(st.one_of(st.just(route), url_text.map(lambda tail: route + tail), url_text.map(lambda t: "/" + t)))
    query = draw(st.one_of(url_text, st.just("session_hash=s1"), st.just("width=2&height=1&channels=4")))
    return method, f"{path}?{query}" if query else path, draw(bodies), draw(content_types)


LOOP = asyncio.new_event_loop()  # one loop, as in the browser: events outlive requests
# What the loop saw fail outside any request: an event's task that died unhandled.
UNHANDLED: list[dict[str, Any]] = []
LOOP.set_exception_handler(lambda loop, context: UNHANDLED.append(context))


def call(app: App, scope: Scope, body: bytes) -> list[Message]:
    """Run one request to the end; every message the app sent."""
    return LOOP.run_until_complete(exchange(app, scope, body, timeout=5))


def check_answer(sent: list[Message]) -> None:
    starts = [m for m in sent if m["type"] == "http.response.start"]
    assert len(starts) == 1, sent
    assert starts[0]["status"] < 500, sent
    assert not sent[-1].get("more_body", False), sent


@pytest.fixture(scope="module")
def app() -> Iterator[App]:
    """One app for the whole module: the last test checks it still works after the fuzz."""

    def greet(name: str, intensity: float) -> str:
        return "Hello, " + name + "!" * int(intensity)

    with gr.Blocks() as demo:
        name, intensity, out = gr.Textbox(), gr.Slider(), gr.Textbox()
        upload, shown = gr.File(), gr.File()
        gr.Button().click(greet, [name, intensity], out, api_name="predict")
        upload.change(lambda f: f, upload, shown)
        gr.FileExplorer(root_dir=".")
    yield App(demo)


def still_answers(app: App) -> None:
    join = {"data": ["ok", 2], "fn_index": 0, "session_hash": "after-fuzz"}
    joined = call(app, http_scope("POST", "/gradio_api/queue/join", []), json.dumps(join).encode())
    assert joined[0]["status"] == 200
    stream = call(app, http_scope("GET", "/gradio_api/queue/data?session_hash=after-fuzz", []), b"")
    events = [json.loads(chunk[6:]) for m in stream for chunk in m.get("body", b"").split(b"\n\n") if chunk]
    done = next(m for m in events if m["msg"] == "process_completed")
    assert done["success"] and done["output"]["data"] == ["Hello, ok!!"]


@FUZZ
@given(request=requests())
def test_any_request_is_answered_once_below_500(app: App, request: tuple[str, str, bytes, str]) -> None:
    method, target, body, content_type = request
    scope = http_scope(method, target, [("content-type", content_type)] if content_type else [])
    check_answer(call(app, scope, body))


@settings(FUZZ, max_examples=200)
@given(
    path=st.one_of(
        st.text(max_size=30).map(lambda text: quote(text, safe="/")), st.binary(max_size=30).map(quote_from_bytes)
    )
)
def test_any_file_path_is_answered_once_below_500(app: App, path: str) -> None:
    """Any text after file= as the page sends it (percent-encoded once), or any bytes."""
    scope = http_scope("GET", "/gradio_api/file=" + path, [])
    check_answer(call(app, scope, b""))


def test_the_app_answers_normally_after_the_fuzz(app: App) -> None:
    """Runs after the fuzz tests above (pytest keeps a module's order), on the same app."""
    LOOP.run_until_complete(asyncio.sleep(0.2))  # events the fuzz joined finish
    still_answers(app)
    assert UNHANDLED == []
