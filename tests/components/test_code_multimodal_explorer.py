"""gr.Code, gr.MultimodalTextbox, gr.FileExplorer and gr.BrowserState: config, pre- and
postprocessing as Gradio 5.45 has them, and FileExplorer's `ls` over the router."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

import lite_core as gr
from lite_core import files
from lite_core.exceptions import InvalidPayload
from lite_core.interface import Interface
from lite_core.routing import App

from ..asgi_client import Client


def outputs(demo: gr.Blocks, data: list[Any], fn_index: int = 0) -> list[Any]:
    return [
        m["output"]["data"]
        for m in Client(App(demo)).predict(data, fn_index=fn_index)
        if m["msg"] in ("process_generating", "process_completed")
    ]


# --- Code ---------------------------------------------------------------------------------


def test_code_props_and_languages() -> None:
    with gr.Blocks() as demo:
        code = gr.Code("x = 1\n\n", language="python", lines=3, max_lines=2, show_line_numbers=False)
    props = demo.config()["components"][0]["props"]
    assert props["value"] == "x = 1"  # stripped, as Gradio shows it
    assert props["language"] == "python" and props["lines"] == 3 and props["max_lines"] == 3
    assert props["show_line_numbers"] is False and props["wrap_lines"] is False
    assert code.api_info() == {"type": "string"}
    assert "sql-pgSQL" in gr.Code.languages and None in gr.Code.languages
    with pytest.raises(ValueError, match="Language cobol not supported"):
        gr.Code(language="cobol")


def test_code_accepts_every_gradio_keyword() -> None:
    code = gr.Code("a", "json", every=None, inputs=None, preserved_by_key=["value"], autocomplete=True, wrap_lines=True)
    assert code.props()["autocomplete"] is True and code.props()["wrap_lines"] is True


def test_code_pre_and_postprocess() -> None:
    code = gr.Code()
    assert code.preprocess("print(1)\n") == "print(1)\n"
    assert code.postprocess("  print(2)  \n") == "print(2)" and code.postprocess(None) is None
    with pytest.raises(ValueError, match="does not support returning files as tuples"):
        code.postprocess(("file.py",))


def test_code_is_a_string_shortcut() -> None:
    demo = Interface(lambda x: x, "code", "code")
    types = [c["type"] for c in demo.config()["components"]]
    assert types.count("code") == 2
    assert outputs(demo, ["def f():\n    pass\n"])[-1] == ["def f():\n    pass"]


# --- MultimodalTextbox ---------------------------------------------------------------------


def upload(data: bytes, name: str) -> Any:
    return files.file_data(files.save_bytes(data, name))


def test_multimodal_preprocess_gives_text_and_paths() -> None:
    box = gr.MultimodalTextbox(file_count="multiple")
    a, b = upload(b"\x89PNG", "a.png"), upload(b"hi", "b.txt")
    payload = {"text": "look", "files": [a, b]}
    box.validate_payload(payload)
    assert box.preprocess(payload) == {"text": "look", "files": [a["path"], b["path"]]}
    assert box.preprocess(None) is None


def test_multimodal_refuses_unknown_files_and_wrong_types() -> None:
    box = gr.MultimodalTextbox(file_types=["image"])
    with pytest.raises(InvalidPayload):
        box.validate_payload({"text": "x", "files": [{"path": "/etc/passwd"}]})
    with pytest.raises(InvalidPayload):
        box.validate_payload({"text": 3, "files": []})
    with pytest.raises(gr.Error, match="Invalid file type"):
        box.preprocess({"text": "", "files": [upload(b"x", "x.txt")]})


def test_multimodal_postprocess(tmp_path: Path) -> None:
    image = tmp_path / "cat.png"
    image.write_bytes(b"\x89PNG")
    box = gr.MultimodalTextbox()
    assert box.postprocess("hello") == {"text": "hello", "files": []}
    shown = box.postprocess({"text": "see", "files": [str(image)]})
    assert shown is not None and shown["text"] == "see"
    assert shown["files"][0]["orig_name"] == "cat.png" and shown["files"][0]["mime_type"] == "image/png"
    assert files.is_allowed(shown["files"][0]["path"])  # the page may fetch it
    assert box.postprocess(None) is None
    with pytest.raises(ValueError, match="expects a string or a dictionary"):
        box.postprocess(3)


def test_multimodal_config_as_gradios() -> None:
    box = gr.MultimodalTextbox(sources="microphone", max_lines=0, html_attributes=None, every=None)
    props = box.props()
    assert props["sources"] == ["microphone"] and props["max_lines"] == 1
    assert props["submit_btn"] is True and props["stop_btn"] is False
    assert gr.MultimodalTextbox().props()["sources"] == ["upload"]
    with pytest.raises(ValueError, match="`sources` must"):
        gr.MultimodalTextbox(sources=["webcam"])


# --- ChatInterface(multimodal=True), additional_outputs, save_history ------------------------


def submit_of(chat: Any, dependencies: list[Any]) -> int:
    """The event of the chat's message box (Gradio keeps it out of the API: /chat is apart)."""
    return next(i for i, d in enumerate(dependencies) if [chat.textbox.id, "submit"] in map(list, d["targets"]))


def test_multimodal_chat_shows_the_files_and_fn_gets_text_and_files() -> None:
    seen: list[Any] = []

    def echo(message: dict[str, Any], history: list[Any]) -> list[Any]:
        seen.append(message)
        return [f"got {message['text']}", gr.File(value=message["files"][0])]

    demo = gr.ChatInterface(echo, type="messages", multimodal=True)
    index = submit_of(demo, demo.config()["dependencies"])
    image = upload(b"\x89PNG", "pic.png")
    final = outputs(demo, [{"text": "hi", "files": [image]}, []], fn_index=index)[-1]
    history = final[0]
    assert seen == [{"text": "hi", "files": [image["path"]]}]
    assert history[0]["role"] == "user" and history[0]["content"]["path"] == image["path"]
    assert history[1] == {"role": "user", "metadata": {}, "content": "hi", "options": []}
    assert history[2]["content"] == "got hi" and history[3]["content"]["orig_name"] == "pic.png"
    assert final[1] == {"text": "", "files": []}  # the box is emptied
    types = [c["type"] for c in demo.config()["components"]]
    assert "multimodaltextbox" in types


def test_additional_outputs_get_the_rest_of_what_fn_returns() -> None:
    with gr.Blocks() as demo:
        code = gr.Code(render=False)
        chat = gr.ChatInterface(
            lambda m, h: ("see code", gr.Code("x = 1", language="python")), type="messages", additional_outputs=[code]
        )
        code.render()
    config = demo.config()
    submit = submit_of(chat, config["dependencies"])
    assert config["dependencies"][submit]["outputs"][-1] == code.id
    final = outputs(demo, ["python", []], fn_index=submit)[-1]
    assert final[0][-1]["content"] == "see code"
    assert final[2]["value"] == "x = 1" and final[2]["language"] == "python"
    assert chat.chatbot.id in {c["id"] for c in config["components"]}  # rendered into the Blocks


def test_save_history_keeps_conversations_in_browser_state() -> None:
    demo = gr.ChatInterface(lambda m, h: "ok", type="messages", save_history=True)
    config = demo.config()
    types = [c["type"] for c in config["components"]]
    assert "browserstate" in types and "dataset" in types
    deps = config["dependencies"]
    submit = submit_of(demo, deps)
    save = next(i for i, d in enumerate(deps) if d["trigger_after"] == submit)
    saved_id = demo.saved_conversations.id
    assert deps[save]["outputs"][-1] == saved_id
    conversation = [{"role": "user", "metadata": {}, "content": "hello there", "options": []}]
    out = outputs(demo, [None, conversation, [[{"role": "user", "content": "older"}]]], fn_index=save)[-1]
    assert out[0] is None  # the conversation's index is a gr.State: kept in the session
    assert [m["content"] for m in out[1][0]] == ["hello there"] and len(out[1]) == 2
    listed = next(
        i
        for i, d in enumerate(deps)
        if d["targets"] == [[saved_id, "change"]] or d["targets"] == [(saved_id, "change")]
    )
    titles = outputs(demo, [out[1]], fn_index=listed)[-1][0]
    assert titles["samples"] == [["hello there"], ["older"]]
    with pytest.raises(ValueError, match="save_history is only supported"):
        gr.ChatInterface(lambda m, h: "", save_history=True)


def test_browser_state_props() -> None:
    state = gr.BrowserState([1], storage_key="k", secret="s")
    assert state.props()["storage_key"] == "k" and state.props()["default_value"] == [1]
    assert state.preprocess(None) == [1] and state.preprocess([2]) == [2]
    with gr.Blocks():
        unnamed = gr.BrowserState()
    assert unnamed.props()["storage_key"].startswith("lite-browserstate-")  # stable across loads


# --- FileExplorer ------------------------------------------------------------------------


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.txt").write_text("a")
    (tmp_path / "docs" / "__init__.py").write_text("")
    (tmp_path / "b.py").write_text("b")
    (tmp_path / "c.txt").write_text("c")
    return tmp_path


def test_file_explorer_pre_and_postprocess(tree: Path) -> None:
    many = gr.FileExplorer(root_dir=tree)
    assert many.preprocess([["docs", "a.txt"], ["b.py"]]) == [str(tree / "docs" / "a.txt"), str(tree / "b.py")]
    assert many.postprocess([str(tree / "docs" / "a.txt")]) == [["docs", "a.txt"]]
    one = gr.FileExplorer(root_dir=tree, file_count="single")
    assert one.preprocess([["b.py"]]) == str(tree / "b.py") and one.preprocess([]) is None
    with pytest.raises(ValueError, match="Expected only one file, but 2 were selected"):
        one.preprocess([["b.py"], ["c.txt"]])
    assert one.postprocess("docs/a.txt") == [["docs", "a.txt"]]
    with pytest.raises(InvalidPayload):
        one.validate_payload([[1]])
    with pytest.raises(ValueError, match="Invalid value for parameter `file_count`"):
        gr.FileExplorer(file_count="directory")


def test_file_explorer_config_as_gradios(tree: Path) -> None:
    props = gr.FileExplorer("*.py", root_dir=tree, ignore_glob="**/__init__.py").props()
    assert props["root_dir"] == str(tree) and props["glob"] == "*.py" and props["server_fns"] == ["ls"]
    assert props["max_height"] == 500 and props["file_count"] == "multiple"
    assert gr.FileExplorer().props()["root_dir"] == os.path.abspath(".")


def test_ls_lists_folders_then_matching_files(tree: Path) -> None:
    explorer = gr.FileExplorer("**/*.txt", root_dir=tree)
    assert explorer.ls() == [
        {"name": "docs", "type": "folder", "valid": False},
        {"name": "c.txt", "type": "file", "valid": True},
    ]
    assert explorer.ls(["docs"]) == [{"name": "a.txt", "type": "file", "valid": True}]
    ignoring = gr.FileExplorer(root_dir=tree, ignore_glob="**/__init__.py")
    assert [e["name"] for e in ignoring.ls(["docs"])] == ["a.txt"]
    assert explorer.ls(["missing"]) == []
    with pytest.raises(InvalidPayload, match="outside"):
        explorer.ls([".."])


def test_ls_is_served_as_gradios_component_server(tree: Path) -> None:
    with gr.Blocks() as demo:
        explorer = gr.FileExplorer(root_dir=tree)
        box = gr.Textbox()
    client = Client(App(demo))
    body = {"component_id": explorer.id, "fn_name": "ls", "data": ["docs"], "session_hash": "s"}
    answer = client.post("/gradio_api/component_server", body)
    assert answer.status == 200 and [e["name"] for e in answer.json()] == ["__init__.py", "a.txt"]
    assert client.post("/gradio_api/component_server", {**body, "fn_name": "preprocess"}).status == 404
    assert client.post("/gradio_api/component_server", {**body, "component_id": box.id}).status == 404
    assert client.post("/gradio_api/component_server", {**body, "data": ["..", ".."]}).status == 422


def test_an_update_changes_the_root_for_its_session_only(tree: Path) -> None:
    with gr.Blocks() as demo:
        explorer = gr.FileExplorer(root_dir=tree)
        folder = gr.Textbox(str(tree / "docs"))
        picked = gr.Textbox()
        folder.submit(lambda d: gr.FileExplorer(root_dir=d), folder, explorer)
        folder.change(lambda paths: ",".join(paths or []), explorer, picked)
    client = Client(App(demo))
    client.predict([str(tree / "docs")], fn_index=0, session_hash="moved")
    ls = {"component_id": explorer.id, "fn_name": "ls", "data": []}
    moved = client.post("/gradio_api/component_server", {**ls, "session_hash": "moved"}).json()
    assert [e["name"] for e in moved] == ["__init__.py", "a.txt"]
    other = client.post("/gradio_api/component_server", {**ls, "session_hash": "other"}).json()
    assert [e["name"] for e in other] == ["docs", "b.py", "c.txt"]
    # The session's function gets paths under its own root.
    done = [m for m in client.predict([[["a.txt"]]], fn_index=1, session_hash="moved") if "output" in m]
    assert done[-1]["output"]["data"] == [str(tree / "docs" / "a.txt")]


def test_change_events_default_to_always_last_as_in_gradio() -> None:
    with gr.Blocks() as demo:
        box = gr.Textbox()
        box.change(lambda x: x, box, box)
        box.input(lambda x: x, box, box)
        box.change(lambda x: x, box, box, trigger_mode="multiple")
    assert [d["trigger_mode"] for d in demo.config()["dependencies"]] == ["always_last", "once", "multiple"]


def test_an_interface_built_inside_blocks_is_part_of_it() -> None:
    with gr.Blocks() as demo:
        gr.Markdown("above")
        gr.Interface(lambda x: x.upper(), "text", "text")
    config = demo.config()
    assert any(c["type"] == "textbox" for c in config["components"])
    assert len(config["dependencies"]) >= 1
    submit = next(i for i, d in enumerate(config["dependencies"]) if d["backend_fn"])
    assert outputs(demo, ["hi"], fn_index=submit)[-1] == ["HI"]


def test_an_interface_built_apart_and_rendered_inside_blocks_works() -> None:
    io = gr.Interface(lambda x: x + "!", "code", "code", examples=[["a"]])
    with gr.Blocks() as demo:
        lang = gr.Dropdown(["python"], value="python")
        lang.change(lambda x: x, lang, lang)
        io.render()
    config = demo.config()
    ids = [c["id"] for c in config["components"]]
    assert len(ids) == len(set(ids)) and all(isinstance(i, int) for i in ids)
    deps = config["dependencies"]
    assert [d["id"] for d in deps] == list(range(len(deps)))
    submit = next(i for i, d in enumerate(deps) if d["api_name"] == "predict")
    assert all(target in ids for target, _ in deps[submit]["targets"])
    assert outputs(demo, ["x"], fn_index=submit)[-1] == ["x!"]


def test_chatbot_examples_serve_their_files_and_icons(tmp_path: Path) -> None:
    icon, sound = tmp_path / "icon.png", tmp_path / "a.wav"
    icon.write_bytes(b"\x89PNG")
    sound.write_bytes(b"RIFF")
    chatbot = gr.Chatbot(
        examples=[{"text": "hi", "icon": str(icon), "files": [str(sound)]}, {"text": "plain"}], bubble_full_width=False
    )
    shown = chatbot.props()["examples"]
    assert shown[0]["icon"]["orig_name"] == "icon.png" and files.is_allowed(shown[0]["icon"]["path"])
    assert shown[0]["files"][0]["mime_type"] in ("audio/wav", "audio/x-wav") and shown[1] == {"text": "plain"}
    with pytest.raises(ValueError, match="should be a list of file paths"):
        gr.Chatbot(examples=[{"text": "x", "files": "a.wav"}])
