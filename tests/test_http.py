"""The ASGI scope of a request, made in one place for the browser and the test client."""

from __future__ import annotations

from lite_core.http import Request, http_scope


async def no_body() -> dict[str, object]:
    return {"type": "http.request", "body": b"", "more_body": False}


def test_the_path_is_decoded_and_the_query_kept_as_sent() -> None:
    scope = http_scope("get", "/gradio_api/file=/tmp/gradio/ab/my%20photo.png?x=a%26b", [("Content-Type", "image/png")])
    request = Request(scope, no_body)
    assert request.method == "GET"
    assert request.path == "/gradio_api/file=/tmp/gradio/ab/my photo.png"
    assert scope["query_string"] == b"x=a%26b" and request.query == {"x": "a&b"}
    assert request.headers == {"content-type": "image/png"}
