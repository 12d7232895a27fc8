"""Flagging writes Gradio 5's CSV layout and offers the folder as a zip."""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

import numpy as np
import PIL.Image

import lite_core as gr
from lite_core import files
from lite_core.flagging import csv_safe
from lite_core.routing import App

from .asgi_client import Client


def greet(name: str, intensity: float) -> str:
    return "Hello, " + name + "!" * int(intensity)


def flag_event(demo: gr.Interface, label: str) -> int:
    button = next(b for b, _ in demo.flag_buttons if b.initial_value == label)
    return next(fn.id for fn in demo.fns if fn.targets == [(button.id, "click")])


def rows(path: Path) -> list[list[str]]:
    with open(path, newline="") as f:
        return list(csv.reader(f))


def test_flag_writes_labels_values_and_timestamp(tmp_path: Path) -> None:
    demo = gr.Interface(greet, ["text", "slider"], "text", flagging_dir=str(tmp_path))
    client = Client(App(demo))
    done = client.predict(["World", 3, "Hello, World!!!"], fn_index=flag_event(demo, "Flag"))[-2]
    update = done["output"]["data"][0]
    assert update["__type__"] == "update" and update["visible"] is True
    table = rows(tmp_path / "dataset1.csv")
    assert table[0] == ["name", "intensity", "output", "timestamp"]
    assert table[1][:3] == ["World", "3", "Hello, World!!!"]
    with zipfile.ZipFile(update["value"]["path"]) as zf:
        assert f"{tmp_path.name}/dataset1.csv" in zf.namelist()


def test_flagging_options_add_a_flag_column_and_a_new_dataset(tmp_path: Path) -> None:
    demo = gr.Interface(
        greet, ["text", "slider"], "text", flagging_dir=str(tmp_path), flagging_options=["wrong", "offensive"]
    )
    assert [b.initial_value for b, _ in demo.flag_buttons] == ["Flag as wrong", "Flag as offensive"]
    Client(App(demo)).predict(["a", 1, "Hello, a!"], fn_index=flag_event(demo, "Flag as offensive"))
    table = rows(tmp_path / "dataset1.csv")
    assert table[0] == ["name", "intensity", "output", "flag", "timestamp"]
    assert table[1][3] == "offensive"


def test_files_are_copied_under_the_label_folder(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    PIL.Image.fromarray(np.zeros((2, 2, 3), dtype=np.uint8)).save(buffer, "png")
    image = files.file_data(files.save_bytes(buffer.getvalue(), "in.png"))
    demo = gr.Interface(lambda im: im, gr.Image(label="photo"), "image", flagging_dir=str(tmp_path))
    Client(App(demo)).predict([image, None], fn_index=flag_event(demo, "Flag"))
    cell = rows(tmp_path / "dataset1.csv")[1][0]
    assert Path(cell).parent.parent == tmp_path / "photo" and Path(cell).read_bytes() == buffer.getvalue()


def test_never_means_no_flag_button() -> None:
    demo = gr.Interface(greet, ["text", "slider"], "text", flagging_mode="never")
    assert "Flag" not in [c["props"].get("value") for c in demo.config()["components"]]


def test_csv_injection_is_quoted() -> None:
    assert csv_safe('=HYPERLINK("x")') == '\'=HYPERLINK("x")'
    assert csv_safe("a,=b") == "'a,=b"
    assert csv_safe("plain") == "plain" and csv_safe(3) == 3


def test_auto_flags_each_successful_run_after_it_ends(tmp_path: Path) -> None:
    demo = gr.Interface(greet, ["text", "slider"], "text", flagging_mode="auto", flagging_dir=str(tmp_path))
    config = demo.config()
    assert "Flag" not in [c["props"].get("value") for c in config["components"]]
    follower = next(d for d in config["dependencies"] if d["trigger_after"] == 0)
    assert follower["trigger_only_on_success"] is True and follower["backend_fn"] is True
    # The page runs it with what the inputs and outputs show once predict has finished.
    client = Client(App(demo))
    client.predict(["Ada", 1, "Hello, Ada!"], fn_index=follower["id"])
    assert rows(tmp_path / "dataset1.csv")[1][:3] == ["Ada", "1", "Hello, Ada!"]


def test_then_and_success_chain_events_in_blocks() -> None:
    with gr.Blocks():
        box = gr.Textbox()
        first = box.submit(lambda t: t, box, box)
        then = first.then(lambda t: t + "!", box, box)
        ok = then.success(lambda t: t + "?", box, box)
    assert (then.trigger_after, then.trigger_only_on_success) == (first.id, False)
    assert (ok.trigger_after, ok.trigger_only_on_success) == (then.id, True)
    assert then.targets == []


def test_a_flag_declares_its_row_as_appended_and_waits_until_it_is_stored(tmp_path: Path) -> None:
    import asyncio

    from lite_core import appcontext

    events: list[object] = []

    async def store() -> None:
        events.append("stored")

    app = appcontext.AppContext(
        folder=str(tmp_path),
        on_change=lambda later: events.append(("changed", later)),
        on_append=lambda path, data: events.append((path, data)),
        on_store=store,
    )
    logger = gr.CSVLogger()
    logger.setup([gr.Textbox(label="name")], "flagged")
    assert asyncio.run(appcontext.run_in(app, logger.flag_stored(["Ada"]))) == 1
    path = str(tmp_path / "flagged" / "dataset1.csv")
    appended = events[0]
    assert isinstance(appended, tuple) and appended[0] == path
    # Exactly the row's bytes, which a save adds to another tab's version of the file.
    assert Path(path).read_bytes().endswith(appended[1]) and appended[1].startswith(b"Ada,")
    assert events[1:] == [("changed", False), "stored"]
