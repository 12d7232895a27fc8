"""gr.File and gr.Video: what the function gets, what the page gets, what is refused."""

from __future__ import annotations

from pathlib import Path

import pytest

import lite_core as gr
from lite_core import files
from lite_core.exceptions import InvalidPayload
from lite_core.protocol import FileData


def upload(data: bytes, name: str) -> FileData:
    return files.file_data(files.save_bytes(data, name))


def test_single_file_as_path_or_bytes() -> None:
    payload = upload(b"a,b\n1,2\n", "table.csv")
    assert gr.File().preprocess(payload) == payload["path"]
    assert gr.File(type="binary").preprocess(payload) == b"a,b\n1,2\n"


def test_multiple_files_are_a_list() -> None:
    payloads = [upload(b"1", "one.txt"), upload(b"2", "two.txt")]
    assert gr.File(file_count="multiple").preprocess(payloads) == [p["path"] for p in payloads]
    assert gr.File(file_count="multiple", type="binary").preprocess(payloads) == [b"1", b"2"]


def test_file_types_are_enforced_with_gradios_message() -> None:
    with pytest.raises(
        gr.Error, match=r"Invalid file type. Please upload a file that is one of these formats: \['.pdf'\]"
    ):
        gr.File(file_types=[".pdf"]).preprocess(upload(b"x", "x.txt"))
    assert gr.File(file_types=["text"]).preprocess(upload(b"y", "y.txt")).endswith("y.txt")


def test_outputs_are_served_file_data(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text("done")
    data = gr.File().postprocess(str(path))
    assert data["orig_name"] == "report.txt" and data["size"] == 4 and files.is_allowed(data["path"])
    assert [d["orig_name"] for d in gr.File().postprocess([str(path), str(path)])] == ["report.txt", "report.txt"]


def test_files_that_were_not_uploaded_are_refused() -> None:
    with pytest.raises(InvalidPayload):
        gr.File().validate_payload({"path": "/etc/hostname"})
    with pytest.raises(InvalidPayload, match="expects one file"):
        gr.File().validate_payload([upload(b"1", "a"), upload(b"2", "b")])


def test_video_wire_shape_is_video_and_subtitles(tmp_path: Path) -> None:
    clip = tmp_path / "clip.webm"
    clip.write_bytes(b"\x1aE\xdf\xa3")
    out = gr.Video().postprocess(str(clip))
    assert out["subtitles"] is None and out["video"]["orig_name"] == "clip.webm"
    assert gr.Video().preprocess({"video": upload(b"v", "in.mp4"), "subtitles": None}).endswith("in.mp4")
    with pytest.raises(InvalidPayload):
        gr.Video().validate_payload({"path": "x"})
