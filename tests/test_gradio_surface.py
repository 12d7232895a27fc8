"""Gradio's constructor arguments and events on every block, callable values, and inputs or
outputs given as one block, a layout or a set."""

from __future__ import annotations

import pytest

import lite_core as gr
from lite_core.routing import App

from .asgi_client import Client


def answer(demo: gr.Blocks, data: list[object], fn_index: int = 0) -> list[object]:
    completed = [m for m in Client(App(demo)).predict(data, fn_index) if m["msg"] == "process_completed"]
    assert completed[0]["success"], completed[0]
    return completed[0]["output"]["data"]


def test_an_argument_gradio_takes_is_kept_and_an_unknown_one_is_refused() -> None:
    box = gr.Textbox(submit_btn=True, render=False)
    assert box.gradio_options == {"submit_btn": True}
    with pytest.raises(TypeError, match="Textbox\\(\\) got an unexpected keyword argument 'submit_btn_typo'"):
        gr.Textbox(submit_btn_typo=True, render=False)
    # Gradio's native plots take any keyword (older names); so do Lite's.
    gr.LinePlot(overlay_point=True, render=False)


def test_every_event_gradio_gives_a_block_can_be_wired() -> None:
    with gr.Blocks() as demo:
        state, image, box = gr.State(0), gr.Image(), gr.Textbox()
        state.change(lambda n: str(n), state, box)
        image.select(lambda: "picked", None, box)
        box.blur(lambda: "left", None, box)
    assert [fn.targets for fn in demo.fns] == [[(state.id, "change")], [(image.id, "select")], [(box.id, "blur")]]


def test_a_callable_value_is_computed_at_load_from_its_inputs() -> None:
    with gr.Blocks() as demo:
        name = gr.Textbox("Ada")
        greeting = gr.Textbox(lambda who: f"Hi {who}", inputs=[name])
        clock = gr.Number(lambda: 1, every=0.5)
    loads = [fn for fn in demo.fns if (0, "load") in fn.targets]
    assert [(fn.inputs, fn.outputs) for fn in loads] == [([name], [greeting]), ([], [clock])]
    assert greeting.value is None
    assert answer(demo, ["Ada"], demo.fns.index(loads[0])) == ["Hi Ada"]
    assert (name.id, "change") in loads[0].targets  # again when an input changes
    assert any(event == "tick" for _, event in loads[1].targets)  # every= repeats it


def test_inputs_as_a_set_give_the_function_one_dict() -> None:
    with gr.Blocks() as demo:
        a, b, total = gr.Number(), gr.Number(), gr.Number()
        gr.Button().click(lambda data: data[a] - data[b], {a, b}, total)
    order = demo.fns[0].inputs
    assert answer(demo, [7 if c is a else 2 for c in order]) == [5]


def test_a_layout_as_the_output_takes_its_props() -> None:
    with gr.Blocks() as demo:
        with gr.Row() as row:
            gr.Textbox()
        gr.Button().click(lambda: gr.Row(visible=False), None, row)
    assert answer(demo, []) == [{"__type__": "update", "visible": False}]


def test_a_clear_button_takes_one_component() -> None:
    with gr.Blocks() as demo:
        box = gr.Textbox("x")
        gr.ClearButton(box)
    assert demo.fns[0].outputs == [box]


def completed(demo: gr.Blocks, data: list[object], fn_index: int = 0) -> dict[str, object]:
    return next(m for m in Client(App(demo)).predict(data, fn_index) if m["msg"] == "process_completed")


def test_a_state_the_event_changed_is_named_for_the_page_to_fire_its_change() -> None:
    with gr.Blocks() as demo:
        count, same, shown = gr.State(0), gr.State(5), gr.Textbox()
        gr.Button().click(lambda n, s: (n + 1, s), [count, same], [count, same])
        count.change(lambda n: str(n), count, shown)
    assert completed(demo, [None, None])["output"]["changed_state_ids"] == [count.id]  # type: ignore[index]


def test_examples_with_fn_in_blocks_positional_and_cached(tmp_path: object, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GRADIO_EXAMPLES_CACHE", str(tmp_path))
    with gr.Blocks() as demo:
        a, b, total = gr.Number(), gr.Number(), gr.Number()
        examples = gr.Examples([[1, 2, "extra column"], [3, 4]], [a, b], total, lambda x, y: x + y, cache_examples=True)
    client = Client(App(demo))
    client.request("GET", "/config")
    import asyncio

    asyncio.new_event_loop().run_until_complete(demo.startup())
    assert examples.cache == {0: [3], 1: [7]}
    del client


def test_csv_logger_set_up_later_and_file_names_stay_in_its_folder(tmp_path: object) -> None:
    from pathlib import Path

    folder = Path(str(tmp_path))
    upload = folder / "upload.txt"
    upload.write_text("x")
    from lite_core import files

    files.allow(str(upload))
    with gr.Blocks():
        box = gr.File(label="doc")
    logger = gr.CSVLogger()
    logger.setup([box], folder / "flagged")
    logger.flag([{"path": str(upload), "orig_name": "../../../../planted.py", "meta": {"_type": "gradio.FileData"}}])
    written = [p for p in (folder / "flagged").rglob("*") if p.is_file() and p.suffix == ".py"]
    assert [p.name for p in written] == ["planted.py"]
    assert written[0].is_relative_to(folder / "flagged" / "doc")
    assert not (folder.parent / "planted.py").exists()


def test_clear_empties_an_app_to_build_it_anew() -> None:
    with gr.Blocks() as demo:
        gr.Textbox()
        gr.Button().click(lambda: None)
    with demo.clear():
        out = gr.Textbox()
    assert demo.fns == [] and list(demo.blocks.values()) == [demo, out]


def test_tabbed_interface_renders_each_app_in_a_tab() -> None:
    hello = gr.Interface(lambda name: f"Hello {name}", "text", "text")
    bye = gr.Interface(lambda name: f"Bye {name}", "text", "text")
    demo = gr.TabbedInterface([hello, bye], ["Hello", "Bye"])
    tabs = [b for b in demo.blocks.values() if type(b).__name__ == "Tab"]
    assert [t.label for t in tabs] == ["Hello", "Bye"]
    submits = [fn for fn in demo.fns if fn.api_name and fn.api_name.startswith("predict")]
    assert [fn.api_name for fn in submits] == ["predict", "predict_1"]
    assert answer(demo, ["Ada"], submits[1].id) == ["Bye Ada"]


def test_request_i18n_and_api() -> None:
    i18n = gr.I18n(en={"hi": "Hello"}, fr={"hi": "Bonjour"})
    assert i18n("hi") in ("Hello", "Bonjour") and i18n("missing") == "missing"

    def who(text: str, request: gr.Request) -> str:
        return f"{text} from {request.session_hash}"

    with gr.Blocks() as demo:
        box = gr.Textbox()
        box.submit(who, box, box)
        gr.api(lambda values: sorted(values), api_name="sort")
    assert answer(demo, ["hi"]) == ["hi from s1"]
    assert answer(demo, [[3, 1, 2]], 1) == [[1, 2, 3]]
    assert "/sort" in demo.api_info()["named_endpoints"]


def test_routes_make_pages_each_with_its_blocks_and_events() -> None:
    with gr.Blocks() as demo:
        name = gr.Textbox()
    with demo.route("Up Page") as up:
        count = gr.Number()
        up.load(lambda: 5, None, count)
    with demo.route("Other", "/up-page/"):
        pass
    config = demo.config()
    assert config["pages"] == [["", "Home"], ["up-page", "Up Page"], ["_up-page", "Other"]]
    assert config["page"]["up-page"] == {
        "layout": {"id": 0, "children": [{"id": count.id}]},
        "components": [count.id],
        "dependencies": [0],
    }
    assert config["page"][""]["components"] == [name.id]
    with pytest.raises(ValueError, match="cannot create a route while inside a Blocks"), gr.Blocks() as other:
        other.route("Nested")


def test_a_login_button_says_signing_in_needs_a_server_and_oauth_parameters_get_none() -> None:
    seen: list[object] = []

    def hello(profile: gr.OAuthProfile | None, token: gr.OAuthToken | None, text: str) -> str:
        seen.append((profile, token))
        return f"hi {text}"

    with gr.Blocks() as demo:
        login = gr.LoginButton()
        box = gr.Textbox()
        box.submit(hello, box, box)
    messages = Client(App(demo)).predict([], 0)
    notices = [m for m in messages if m["msg"] == "log"]
    assert demo.fns[0].targets == [(login.id, "click")]
    assert "needs a Gradio server" in notices[0]["log"]
    assert answer(demo, ["you"], 1) == ["hi you"] and seen == [(None, None)]
