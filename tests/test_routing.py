"""The router, called in-process, as the page and the Gradio clients call it."""

from __future__ import annotations

import pytest

import lite_core as gr
from lite_core.routing import App

from .asgi_client import Client


def test_config_describes_the_quickstart_layout(client: Client) -> None:
    config = client.get("/config").json()
    assert config["protocol"] == "sse_v3"
    assert config["api_prefix"] == "/gradio_api"
    by_id = {c["id"]: c for c in config["components"]}
    labels = [(c["type"], c["props"].get("label")) for c in config["components"] if c["type"] in ("textbox", "slider")]
    assert labels == [("textbox", "name"), ("slider", "intensity"), ("textbox", "output")]
    buttons = [c["props"]["value"] for c in config["components"] if c["type"] == "button"]
    assert buttons == ["Clear", "Submit", "Flag"]
    predict = config["dependencies"][0]
    assert predict["api_name"] == "predict"
    assert [by_id[i]["props"]["label"] for i in predict["inputs"]] == ["name", "intensity"]
    assert by_id[predict["targets"][0][0]]["props"]["value"] == "Submit"


def test_info_lists_predict_endpoint(client: Client) -> None:
    info = client.get("/gradio_api/info").json()
    params = info["named_endpoints"]["/predict"]["parameters"]
    assert [(p["parameter_name"], p["component"]) for p in params] == [("name", "Textbox"), ("intensity", "Slider")]
    # As Gradio: the range is the return's description, not the parameter's.
    assert params[1]["python_type"] == {"type": "float", "description": ""}


def test_predict_streams_gradio_messages(client: Client) -> None:
    events = client.predict(["World", 3])
    assert [e["msg"] for e in events] == ["estimation", "process_starts", "process_completed", "close_stream"]
    done = events[2]
    assert done["success"] is True
    assert done["output"]["data"] == ["Hello, World!!!"]
    assert done["output"]["is_generating"] is False


def test_out_of_range_slider_is_a_gradio_error_and_app_keeps_working(client: Client) -> None:
    done = client.predict(["World", 150])[2]
    assert done["success"] is False
    assert done["output"]["error"] == "Value 150 is greater than maximum value 100."
    assert client.predict(["again", 1])[2]["output"]["data"] == ["Hello, again!"]


def test_exception_in_user_code_hides_details_unless_show_error() -> None:
    def boom(x: str) -> str:
        raise RuntimeError("secret detail")

    demo = gr.Interface(boom, "text", "text")
    client = Client(App(demo))
    done = client.predict(["x"])[2]
    assert done["success"] is False and done["output"]["error"] is None
    demo.show_error = True
    assert client.predict(["x"])[2]["output"]["error"] == "RuntimeError: secret detail"


def test_gr_error_message_reaches_the_client() -> None:
    def divide(a: float, b: float) -> float:
        if b == 0:
            raise gr.Error("Cannot divide by zero!")
        return a / b

    client = Client(App(gr.Interface(divide, ["number", "number"], "number")))
    assert client.predict([1, 0])[2]["output"]["error"] == "Cannot divide by zero!"
    assert client.predict([1, 4])[2]["output"]["data"] == [0.25]


@pytest.mark.parametrize(
    ("body", "status", "detail"),
    [
        (b"{not json", 400, "Request body is not valid JSON"),
        ([1, 2], 422, "Request body must be a JSON object."),
        ({"data": ["a", 1], "fn_index": 0}, 400, "Session hash not found."),
        ({"data": ["a", 1], "fn_index": 9, "session_hash": "s"}, 422, "No Python event with fn_index 9."),
        ({"data": ["a", 1], "fn_index": 1, "session_hash": "s"}, 422, "No Python event with fn_index 1."),
        ({"data": "a", "fn_index": 0, "session_hash": "s"}, 422, "`data` must be a list"),
        ({"data": ["a"], "fn_index": 0, "session_hash": "s"}, 422, "/predict expects 2 input values, got 1."),
        (
            {"data": ["a", "three"], "fn_index": 0, "session_hash": "s"},
            422,
            "Input 2 of /predict (intensity, Slider) expects a number, got 'three' (str)",
        ),
        (
            {"data": [5, 1], "fn_index": 0, "session_hash": "s"},
            422,
            "Input 1 of /predict (name, Textbox) expects a string, got 5 (int)",
        ),
        (
            {"data": ["a", True], "fn_index": 0, "session_hash": "s"},
            422,
            "expects a number, got True (bool)",
        ),
    ],
)
def test_bad_join_requests_get_a_4xx_that_says_why(client: Client, body: object, status: int, detail: str) -> None:
    response = client.post("/gradio_api/queue/join", body)
    assert response.status == status
    assert detail in response.detail()
    assert client.predict(["still", 1])[2]["output"]["data"] == ["Hello, still!"]


def test_unknown_route_and_wrong_method(client: Client) -> None:
    missing = client.get("/nope")
    assert missing.status == 404 and missing.json() == {"detail": "Not Found: /nope"}
    wrong = client.post("/config", {})
    assert wrong.status == 405


def test_stream_without_a_pending_event_is_404(client: Client) -> None:
    response = client.get("/gradio_api/queue/data", "session_hash=nobody")
    assert response.status == 404
    assert response.json() == {"detail": "Session not found."}


def test_two_events_in_one_session_share_one_stream(client: Client) -> None:
    for name in ("a", "b"):
        client.post("/gradio_api/queue/join", {"data": [name, 1], "fn_index": 0, "session_hash": "x"})
    events = client.get("/gradio_api/queue/data", "session_hash=x").events()
    outputs = sorted(e["output"]["data"][0] for e in events if e["msg"] == "process_completed")
    assert outputs == ["Hello, a!", "Hello, b!"]
    assert events[-1]["msg"] == "close_stream"


def test_sse_messages_leave_one_chunk_each(client: Client) -> None:
    client.post("/gradio_api/queue/join", {"data": ["a", 1], "fn_index": 0, "session_hash": "c"})
    response = client.get("/gradio_api/queue/data", "session_hash=c")
    assert response.headers["content-type"] == "text/event-stream"
    assert next(c for c in response.chunks if c).startswith(b"data: {")
    assert len([c for c in response.chunks if c]) == 4


def test_info_and_warning_reach_the_page_before_the_result() -> None:
    def check(x: str) -> str:
        gr.Info("Checking " + x)
        gr.Warning("Careful", duration=3)
        return x.upper()

    events = Client(App(gr.Interface(check, "text", "text"))).predict(["abc"])
    logs = [e for e in events if e["msg"] == "log"]
    assert [(e["level"], e["log"], e["title"]) for e in logs] == [
        ("info", "Checking abc", "Info"),
        ("warning", "Careful", "Warning"),
    ]
    assert logs[1]["duration"] == 3
    assert events[-2]["output"]["data"] == ["ABC"]


def test_info_outside_an_event_goes_to_stderr(capsys: pytest.CaptureFixture[str]) -> None:
    gr.Info("loaded")
    assert "Info: loaded" in capsys.readouterr().err


def test_config_reports_the_gradio_version_its_api_follows() -> None:
    # Gradio's clients choose their protocol by this version (an unknown one reads as old Gradio).
    config = gr.Interface(lambda x: x, "text", "text").config()
    assert config["version"] == "5.45.0" and config["lite_version"] == gr.__version__


def test_nan_and_infinity_reach_the_client_as_null_and_the_app_keeps_working() -> None:
    def numbers(n: float) -> tuple[float, dict[str, float]]:
        return (float("nan") if n == 0 else n, {"inf": float("inf"), "ok": 0.5})

    client = Client(App(gr.Interface(numbers, "number", ["number", "label"])))
    done = client.predict([0])[2]
    assert done["success"] is True
    number, label = done["output"]["data"]
    assert number is None
    assert {c["label"]: c["confidence"] for c in label["confidences"]} == {"inf": None, "ok": 0.5}
    assert client.predict([2])[2]["output"]["data"][0] == 2


def test_a_handler_failing_after_its_response_began_ends_it_without_a_second_start() -> None:
    import asyncio

    from lite_core.http import http_scope

    app = App(gr.Interface(lambda x: x, "text", "text"))

    async def half_then_boom(request: object, send: object) -> None:
        await send({"type": "http.response.start", "status": 200, "headers": []})  # type: ignore[operator]
        await send({"type": "http.response.body", "body": b"data: 1\n\n", "more_body": True})  # type: ignore[operator]
        raise RuntimeError("mid-stream")

    app.routes[("GET", "/boom")] = half_then_boom
    sent: list[dict[str, object]] = []

    async def receive() -> dict[str, object]:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: dict[str, object]) -> None:
        sent.append(message)

    asyncio.run(app(http_scope("GET", "/boom", []), receive, send))  # type: ignore[arg-type]
    assert [m["type"] for m in sent] == ["http.response.start", "http.response.body", "http.response.body"]
    assert sent[-1]["more_body"] is False
    assert Client(app).get("/gradio_api/info").status == 200


def test_json_nested_too_deep_is_a_400_and_the_app_keeps_working(client: Client) -> None:
    """Found by the router fuzz: a 5,000-deep body was a 500 here, and overflows the stack in the browser."""
    for body in [b"[" * 5000 + b"]" * 5000, b'{"data": ' * 3000]:
        response = client.post("/gradio_api/queue/join", body)
        assert response.status == 400 and "nested more than 200 levels" in response.json()["detail"]
    # Brackets inside strings are text, and moderate nesting is a value like any other.
    join = {"data": ["[" * 1000 + "{" * 1000, 1], "fn_index": 0, "session_hash": "deep", "event_data": [[[[[]]]]]}
    assert client.post("/gradio_api/queue/join", join).status == 200
    assert client.predict(["ok", 1])[2]["output"]["data"] == ["Hello, ok!"]


def test_a_component_server_call_naming_no_block_is_a_404(client: Client) -> None:
    """Found by the router fuzz: a list as component_id was a 500 (unhashable)."""
    for component_id in [[], {}, "1", 1.5, True, None]:
        body = {"component_id": component_id, "fn_name": "ls", "data": None, "session_hash": "s"}
        response = client.post("/gradio_api/component_server", body)
        assert response.status == 404 and "has no server function" in response.json()["detail"]
