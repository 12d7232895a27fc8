"""Upload and file serving through the router."""

from __future__ import annotations

from lite_core import files

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
    for name, ends in [("..", "/file"), (".", "/file"), ("..\\..\\x.txt", "/x.txt"), ("../../app/csv.py", "/csv.py")]:
        body, content_type = multipart(name, b"planted?")
        response = client.request("POST", "/gradio_api/upload", body, headers={"content-type": content_type})
        (path,) = response.json()
        assert path.endswith(ends), (name, path)
        assert client.get(f"/gradio_api/file={path}").body == b"planted?"
