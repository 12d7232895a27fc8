"""Upload and file serving through the router."""

from __future__ import annotations

from pathlib import Path

import pytest

import lite_core as gr
from lite_core import files
from lite_core.routing import App

from .asgi_client import Client


def multipart(name: str, data: bytes, boundary: str = "XyZ") -> tuple[bytes, str]:
    body = (
        (
            f'--{boundary}\r\nContent-Disposition: form-data; name="files"; filename="{name}"\r\n'
            f"Content-Type: application/octet-stream\r\n\r\n"
        ).encode()
        + data
        + f"\r\n--{boundary}--\r\n".encode()
    )
    return body, f"multipart/form-data; boundary={boundary}"


def test_upload_then_download_the_same_bytes(client: Client) -> None:
    body, content_type = multipart("notes.txt", b"line 1\r\nline 2\n\x00\xff")
    response = client.request("POST", "/gradio_api/upload", body, headers={"content-type": content_type})
    assert response.status == 200
    (path,) = response.json()
    assert path.endswith("/notes.txt")
    served = client.get(f"/gradio_api/file={path}")
    assert served.status == 200 and served.body == b"line 1\r\nline 2\n\x00\xff"
    assert served.headers["content-type"] == "text/plain"


def test_files_the_app_did_not_make_are_forbidden(client: Client) -> None:
    response = client.get("/gradio_api/file=/etc/passwd")
    assert response.status == 403 and response.json() == {"detail": "File not allowed: /etc/passwd."}


def test_upload_without_multipart_is_a_400(client: Client) -> None:
    response = client.request("POST", "/gradio_api/upload", b"{}", headers={"content-type": "application/json"})
    assert response.status == 400 and "multipart/form-data" in response.json()["detail"]


def test_same_bytes_same_path() -> None:
    assert files.save_bytes(b"abc", "a.txt") == files.save_bytes(b"abc", "a.txt")


def test_an_upload_over_the_limit_is_a_413_and_the_app_keeps_working(client: Client) -> None:
    from lite_core.protocol import MAX_BODY_BYTES

    body, content_type = multipart("big.bin", b"x" * (MAX_BODY_BYTES + 1))
    response = client.request("POST", "/gradio_api/upload", body, headers={"content-type": content_type})
    assert response.status == 413 and response.json() == {"detail": "Request body is larger than 64 MB."}
    assert client.predict(["ok", 1])[2]["output"]["data"] == ["Hello, ok!"]


def test_an_upload_named_dot_dot_is_a_file_not_the_upload_folder(client: Client) -> None:
    # A backslash is part of a name on POSIX (one harmless file in the upload's folder).
    cases = [("..", "/file"), (".", "/file"), ("..\\..\\x.txt", "/..\\..\\x.txt"), ("../../app/csv.py", "/csv.py")]
    for name, ends in cases:
        body, content_type = multipart(name, b"planted?")
        response = client.request("POST", "/gradio_api/upload", body, headers={"content-type": content_type})
        (path,) = response.json()
        assert path.endswith(ends), (name, path)
        assert client.get(f"/gradio_api/file={path}").body == b"planted?"


NAMES = [
    "a#b.txt",
    "a?b.txt",
    "100%.txt",
    "a%41.txt",
    'a"b.txt',
    "a\\b.txt",
    "a b.txt",
    "a\nb.txt",
    'a#b?c%d"e.txt',
    "é ü.txt",
]


def browser_multipart(name: str, data: bytes) -> tuple[bytes, str]:
    """As a browser's FormData writes a file name (the HTML standard's escapes)."""
    return multipart(name.replace('"', "%22").replace("\r", "%0D").replace("\n", "%0A"), data)


@pytest.mark.parametrize("name", NAMES)
def test_names_with_url_characters_reach_the_function_and_download(name: str) -> None:
    demo = gr.Interface(lambda path: (Path(path).name, path), "file", ["text", "file"])
    client = Client(App(demo))
    body, content_type = browser_multipart(name, b"bytes of " + name.encode())
    (path,) = client.request("POST", "/gradio_api/upload", body, headers={"content-type": content_type}).json()
    assert Path(path).name == name
    upload = {"path": path, "orig_name": name, "meta": {"_type": "gradio.FileData"}}
    done = next(m for m in client.predict([upload]) if m["msg"] == "process_completed")
    received, returned = done["output"]["data"]
    assert received == name
    assert returned["orig_name"] == name and "#" not in returned["url"] and "?" not in returned["url"]
    served = client.get(returned["url"])
    assert served.status == 200 and served.body == b"bytes of " + name.encode()
    client.close()


@pytest.mark.parametrize(
    ("url", "says"),
    [
        ("/gradio_api/file=/tmp/a%00b.txt", "NUL"),
        ("/gradio_api/file=/tmp/a%zzb.txt", "invalid percent-escape"),
        ("/gradio_api/file=/tmp/100%", "invalid percent-escape"),
        ("/gradio_api/file=/tmp/%ff.txt", "UTF-8"),
    ],
)
def test_a_path_that_cannot_be_read_is_a_400(client: Client, url: str, says: str) -> None:
    response = client.get(url)
    assert response.status == 400 and says in response.json()["detail"]
    assert client.predict(["ok", 1])[2]["output"]["data"] == ["Hello, ok!"]


@pytest.mark.parametrize(
    ("name", "disposition"),
    [
        *[(name, "attachment") for name in ("page.html", "a.htm", "pic.svg", "x.xml", "s.js", "doc.xhtml")],
        *[("pic.png", None), ("notes.txt", None)],
    ],
)
def test_files_a_browser_would_run_are_served_as_attachments(
    client: Client, name: str, disposition: str | None
) -> None:
    body, content_type = multipart(name, b"<script>window.name='ran'</script>")
    (path,) = client.request("POST", "/gradio_api/upload", body, headers={"content-type": content_type}).json()
    served = client.get(files.file_url(path))
    assert served.status == 200 and served.headers.get("content-disposition") == disposition
    assert served.headers["x-content-type-options"] == "nosniff"
