"""Returned files are served only from where launch() allows, as in Gradio 5."""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

import lite_core as gr
from lite_core import appcontext, files, launching

from .asgi_client import Client


@pytest.fixture
def launch(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Callable[..., Client]]:
    """An app returning the path it is given, launched (not served) with `launch_kwargs`.
    The system's temp folder is one of the test's own, so other test folders are outside it."""
    monkeypatch.setattr(launching, "serve", lambda *args, **kwargs: None)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "system-temp"))
    clients: list[Client] = []

    def make(**launch_kwargs: Any) -> Client:
        demo = gr.Interface(lambda path: path, "text", "file")
        demo.launch(**launch_kwargs)
        clients.append(Client(appcontext.active().launched))
        return clients[-1]

    yield make
    for client in clients:
        client.close()


def returned(client: Client, path: str) -> dict[str, Any]:
    return next(m for m in client.predict([path]) if m["msg"] == "process_completed")


def write(path: Path, text: str = "data") -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return str(path)


def test_a_path_outside_the_allowed_folders_is_refused_and_the_app_keeps_working(
    launch: Callable[..., Client], tmp_path: Path
) -> None:
    client = launch(show_error=True)
    done = returned(client, "/etc/passwd")
    assert done["success"] is False
    error = done["output"]["error"]
    assert error.startswith("InvalidPathError: Cannot move /etc/passwd to the gradio cache dir because it was not ")
    assert "add /etc to the allowed_paths parameter of launch()." in error
    assert client.get("/gradio_api/file=/etc/passwd").status == 403
    assert returned(client, write(Path.cwd() / "ok.txt"))["success"] is True


def test_files_in_the_app_folder_and_in_allowed_paths_are_served(
    launch: Callable[..., Client], tmp_path_factory: pytest.TempPathFactory
) -> None:
    outside = tmp_path_factory.mktemp("elsewhere")
    refused = launch(show_error=True)
    assert "add " + str(outside) in returned(refused, write(outside / "allowed.txt", "allowed"))["output"]["error"]
    client = launch(allowed_paths=[str(outside)])
    for path in [write(Path.cwd() / "sub" / "in_cwd.txt", "cwd"), str(outside / "allowed.txt")]:
        done = returned(client, path)
        assert done["success"] is True, done
        url = done["output"]["data"][0]["url"]
        assert client.get(url).body.decode() in ("cwd", "allowed")


def test_blocked_paths_win_over_the_app_folder_and_allowed_paths(launch: Callable[..., Client]) -> None:
    secret = Path.cwd() / "secret"
    client = launch(show_error=True, allowed_paths=[str(secret)], blocked_paths=[str(secret)])
    done = returned(client, write(secret / "key.txt"))
    assert done["success"] is False
    assert "because it is located in one of the blocked_paths" in done["output"]["error"]


def test_dotfiles_in_the_app_folder_are_refused(launch: Callable[..., Client]) -> None:
    client = launch(show_error=True)
    done = returned(client, write(Path.cwd() / ".env"))
    assert done["success"] is False and "Dotfiles" in done["output"]["error"]


def test_uploaded_files_and_the_temp_folder_are_allowed(launch: Callable[..., Client]) -> None:
    client = launch()
    uploaded = files.save_bytes(b"up", "up.txt")
    assert returned(client, uploaded)["success"] is True
    assert returned(client, write(Path(tempfile.gettempdir()) / "t.txt"))["success"] is True
