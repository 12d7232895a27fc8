"""Gradio's REST form (POST /call/<api_name>, then GET /call/<api_name>/<event_id>), the
errors a join answers, and the absolute URLs an app served over HTTP gives, as Gradio's
clients and a curl user read them."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import lite_core as gr
from lite_core.http import http_scope
from lite_core.routing import App
from lite_core.types import Message

from .asgi_client import Client

HOST = {"content-type": "application/json", "host": "example.org:7860"}


def sse(body: bytes) -> list[tuple[str, object]]:
    """(event, data) of each `event:`/`data:` block."""
    found = []
    for block in body.decode().split("\n\n"):
        if block:
            event, data = block.split("\n")
            assert event.startswith("event: ") and data.startswith("data: ")
            found.append((event[len("event: ") :], json.loads(data[len("data: ") :])))
    return found


def call(client: Client, api_name: str, data: list[object]) -> list[tuple[str, object]]:
    posted = client.post(f"/gradio_api/call/{api_name}", {"data": data})
    assert posted.status == 200, posted.body
    return sse(client.get(f"/gradio_api/call/{api_name}/{posted.json()['event_id']}").body)


def count(n: int) -> Iterator[str]:
    for i in range(n):
        yield f"step {i}"


def refuse(text: str) -> str:
    raise gr.Error(f"No thanks: {text}")


def test_call_answers_with_the_outputs_in_a_complete_event(client: Client) -> None:
    assert call(client, "predict", ["World", 3]) == [("complete", ["Hello, World!!!"])]


def test_call_streams_every_value_of_a_generator_whole_then_completes() -> None:
    client = Client(App(gr.Interface(count, gr.Number(precision=0), "text", api_name="count")))
    events = call(client, "count", [3])
    assert events == [
        ("generating", ["step 0"]),
        ("generating", ["step 1"]),
        ("generating", ["step 2"]),
        ("complete", ["step 2"]),
    ]


def test_a_gr_error_arrives_as_an_error_event_with_its_message() -> None:
    client = Client(App(gr.Interface(refuse, "text", "text")))
    [(event, data)] = call(client, "predict", ["tea"])
    assert event == "error"
    assert isinstance(data, dict) and data["error"] == "No thanks: tea"


def test_call_to_an_unknown_endpoint_is_404(client: Client) -> None:
    response = client.post("/gradio_api/call/nope", {"data": []})
    assert response.status == 404 and response.json() == {"detail": "No API endpoint named /nope."}
    assert client.get("/gradio_api/call/predict/nobody").status == 404


def test_a_bad_input_is_a_422_listing_a_verdict_per_input(client: Client) -> None:
    response = client.post("/gradio_api/call/predict", {"data": ["a", "three"]})
    assert response.status == 422
    assert response.json()["detail"] == [
        {"is_valid": True, "message": ""},
        {
            "__type__": "validate",
            "is_valid": False,
            "message": "Input 2 of /predict (intensity, Slider) expects a number, got 'three' (str)",
            "parameter_name": "intensity",
        },
    ]


def test_a_malformed_join_is_a_422_with_fastapi_field_errors(client: Client) -> None:
    response = client.post("/gradio_api/queue/join", {"data": "a", "fn_index": 0, "session_hash": "s"})
    assert response.status == 422
    [error] = response.json()["detail"]
    assert error["loc"] == ["body", "data"] and "must be a list" in error["msg"]


def file_app(tmp_path: Path) -> App:
    (tmp_path / "note.txt").write_text("hi")
    return App(gr.Interface(lambda _: str(tmp_path / "note.txt"), "text", "file"))


def file_url(client: Client, headers: dict[str, str]) -> str:
    joined = client.request(
        "POST", "/gradio_api/queue/join", {"data": ["x"], "fn_index": 0, "session_hash": "s"}, headers=headers
    )
    assert joined.status == 200, joined.body
    done = client.get("/gradio_api/queue/data", "session_hash=s").events()[-2]
    url = done["output"]["data"][0]["url"]
    assert isinstance(url, str)
    return url


def test_over_http_the_root_and_file_urls_are_absolute(tmp_path: Path) -> None:
    client = Client(file_app(tmp_path))
    config = client.request("GET", "/config", headers=HOST).json()
    assert config["root"] == "http://example.org:7860"
    url = file_url(client, HOST)
    assert url.startswith("http://example.org:7860/gradio_api/file=") and url.endswith("note.txt")
    assert client.get(url[len("http://example.org:7860") :]).body == b"hi"


def test_behind_a_proxy_the_forwarded_host_and_protocol_make_the_root(tmp_path: Path) -> None:
    client = Client(file_app(tmp_path))
    proxied = {**HOST, "x-forwarded-host": "apps.example.com, inner", "x-forwarded-proto": "https"}
    assert client.request("GET", "/config", headers=proxied).json()["root"] == "https://apps.example.com"
    assert file_url(client, proxied).startswith("https://apps.example.com/gradio_api/file=")


def test_without_a_host_the_browser_runtime_keeps_urls_relative(tmp_path: Path) -> None:
    client = Client(file_app(tmp_path))
    assert client.get("/config").json()["root"] == ""
    assert file_url(client, {"content-type": "application/json"}).startswith("/gradio_api/file=")


def test_reset_after_a_cancel_answers_as_gradio(client: Client) -> None:
    # @gradio/client posts it after /cancel; Gradio answers it without doing anything.
    response = client.post("/gradio_api/reset", {"event_id": "any"})
    assert response.status == 200 and response.json() == {"success": True}


def test_call_data_lines_are_spaced_as_gradio_writes_them(client: Client) -> None:
    posted = client.post("/gradio_api/call/predict", {"data": ["A", 1]})
    body = client.get(f"/gradio_api/call/predict/{posted.json()['event_id']}").body
    assert body == b'event: complete\ndata: ["Hello, A!"]\n\n'


def test_under_a_root_path_routes_answer_and_the_root_includes_it(tmp_path: Path) -> None:
    app = file_app(tmp_path)
    scope = {**http_scope("GET", "/sub/config", [("host", "example.org")]), "root_path": "/sub"}
    sent: list[Message] = []

    async def receive() -> Message:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: Message) -> None:
        sent.append(message)

    Client(app).loop.run_until_complete(app(scope, receive, send))  # the loop the suite runs on
    assert sent[0]["status"] == 200
    assert json.loads(sent[1]["body"])["root"] == "http://example.org/sub"
