"""gr.render: a function that builds blocks and listeners again when its triggers fire."""

from __future__ import annotations

from typing import Any

import pytest

import lite_core as gr
from lite_core.routing import App

from .asgi_client import Client


def completed(client: Client, fn_index: int, data: list[Any], session: str = "s1") -> dict[str, Any]:
    messages = client.predict(data, fn_index=fn_index, session_hash=session)
    done = [m for m in messages if m["msg"] == "process_completed"]
    assert done and done[0]["success"], messages
    output: dict[str, Any] = done[0]["output"]
    return output


def split_demo() -> tuple[gr.Blocks, Any, Any]:
    with gr.Blocks() as demo:
        text = gr.Textbox(label="input")
        out = gr.Textbox(label="out")

        @gr.render(inputs=text)
        def boxes(value: str) -> None:
            for i, letter in enumerate(value):
                box = gr.Textbox(letter, label=f"Box {i}", key=f"box-{i}")
                go = gr.Button(f"Go {i}")
                go.click(lambda v: v.upper(), box, out)

    return demo, text, out


def test_the_app_config_has_an_empty_container_and_the_render_event() -> None:
    demo, text, _ = split_demo()
    config = demo.config()
    container = config["layout"]["children"][2]
    assert container == {"id": 3, "children": []}
    assert [c["type"] for c in config["components"]] == ["textbox", "textbox", "column"]
    [render] = config["dependencies"]
    assert render["targets"] == [(0, "load"), (text.id, "change")]
    assert render["inputs"] == [text.id] and render["outputs"] == [3]
    assert render["render_id"] == 0 and render["rendered_in"] is None
    assert render["trigger_mode"] == "always_last" and render["show_api"] is False


def test_a_run_sends_its_blocks_layout_and_listeners() -> None:
    demo, _, out = split_demo()
    client = Client(App(demo))
    output = completed(client, 0, ["ab"])
    assert output["data"] == [None]
    render = output["render_config"]
    assert render["render_id"] == 0
    layout = render["layout"]
    assert layout["id"] == 3 and len(layout["children"]) == 4
    by_id = {c["id"]: c for c in render["components"]}
    assert by_id[3]["type"] == "column"
    boxes = [by_id[node["id"]] for node in layout["children"] if by_id[node["id"]]["type"] == "textbox"]
    assert [b["props"]["value"] for b in boxes] == ["a", "b"]
    assert [b["key"] for b in boxes] == ["0:'box-0'", "0:'box-1'"]
    assert all(b["rendered_in"] == 0 and b["preserved_by_key"] == ["value"] for b in boxes)
    clicks = render["dependencies"]
    assert len(clicks) == 2 and all(d["rendered_in"] == 0 and d["outputs"] == [out.id] for d in clicks)
    # /config is still the app's: a render belongs to its session.
    assert len(client.get("/config").json()["components"]) == 3


def test_listeners_of_a_run_work_and_are_replaced_by_the_next_run() -> None:
    demo, _, _ = split_demo()
    client = Client(App(demo))
    first = completed(client, 0, ["ab"])["render_config"]["dependencies"]
    click = first[1]
    assert completed(client, click["id"], ["typed"])["data"] == ["TYPED"]
    second = completed(client, 0, ["xyz"])["render_config"]
    assert len(second["dependencies"]) == 3
    assert {d["id"] for d in second["dependencies"]}.isdisjoint({d["id"] for d in first})
    stale = client.post("/gradio_api/queue/join", {"data": ["x"], "fn_index": click["id"], "session_hash": "s1"})
    assert stale.status == 422


def test_a_key_keeps_the_block_id_across_runs_and_new_blocks_get_new_ids() -> None:
    demo, _, _ = split_demo()
    client = Client(App(demo))
    first = completed(client, 0, ["ab"])["render_config"]
    second = completed(client, 0, ["abc"])["render_config"]

    def ids(render: dict[str, Any], kind: str) -> list[int]:
        return [c["id"] for c in render["components"] if c["type"] == kind]

    assert ids(second, "textbox")[:2] == ids(first, "textbox")
    assert set(ids(second, "button")).isdisjoint(ids(first, "button"))
    assert max(ids(second, "textbox")) not in ids(first, "textbox")


def test_each_session_has_its_own_render() -> None:
    demo, _, _ = split_demo()
    client = Client(App(demo))
    mine = completed(client, 0, ["ab"], session="a")["render_config"]["dependencies"]
    completed(client, 0, ["x"], session="b")
    assert completed(client, mine[0]["id"], ["q"], session="a")["data"] == ["Q"]
    other = client.post("/gradio_api/queue/join", {"data": ["q"], "fn_index": mine[0]["id"], "session_hash": "b"})
    assert other.status == 422


def test_a_render_reads_state_and_reruns_when_an_event_changes_it() -> None:
    with gr.Blocks() as demo:
        count = gr.State(1)
        add = gr.Button("Add")
        add.click(lambda n: n + 1, count, count)

        @gr.render(inputs=count)
        def boxes(n: int) -> None:
            for i in range(n):
                gr.Textbox(key=i, label=f"Box {i}")

    client = Client(App(demo))
    assert demo.fns[1].targets == [(0, "load"), (count.id, "change")]
    assert len(completed(client, 1, [None])["render_config"]["layout"]["children"]) == 1
    assert completed(client, 0, [None])["changed_state_ids"] == [count.id]
    assert len(completed(client, 1, [None])["render_config"]["layout"]["children"]) == 2


def test_a_state_changed_in_place_counts_as_changed() -> None:
    with gr.Blocks() as demo:
        tasks = gr.State([])
        add = gr.Button()

        def append(items: list[str]) -> list[str]:
            items.append("task")
            return items

        add.click(append, tasks, tasks)
        add.click(lambda items: items, tasks, tasks)
    client = Client(App(demo))
    assert completed(client, 0, [None])["changed_state_ids"] == [tasks.id]
    assert completed(client, 1, [None])["changed_state_ids"] == []


def test_triggers_replace_the_default_ones_and_listeners_may_target_blocks_outside() -> None:
    with gr.Blocks() as demo:
        text = gr.Textbox()
        with gr.Row():

            @gr.render(inputs=[text], triggers=[text.submit])
            def letters(value: str) -> None:
                boxes = [gr.Textbox(letter) for letter in value]
                merge.click(lambda *v: "".join(v), boxes, out)

        merge = gr.Button("Merge")
        out = gr.Textbox()

    config = demo.config()
    render = config["dependencies"][0]
    assert render["targets"] == [(text.id, "submit")]
    row = config["layout"]["children"][1]
    container = next(c for c in config["components"] if c["id"] == row["children"][0]["id"])
    assert container["type"] == "row"  # a render in a Row lays its blocks out in a row
    client = Client(App(demo))
    click = completed(client, 0, ["hi"])["render_config"]["dependencies"][0]
    assert click["targets"] == [[merge.id, "click"]]
    assert completed(client, click["id"], ["h", "i"])["data"] == ["hi"]


def test_inputs_as_a_set_give_the_function_a_dict() -> None:
    with gr.Blocks() as demo:
        a, b = gr.Number(1), gr.Number(2)
        out = gr.Number()
        go = gr.Button()
        go.click(lambda values: values[a] * 10 + values[b], {b, a}, out)
    assert demo.config()["dependencies"][0]["inputs"] == [a.id, b.id]
    assert completed(Client(App(demo)), 0, [1, 2])["data"] == [12]


def test_a_keyed_listener_keeps_its_id() -> None:
    with gr.Blocks() as demo:
        n = gr.Number(1)

        @gr.render(inputs=n)
        def show(value: float) -> None:
            a, b = gr.Textbox(key="a"), gr.Textbox(key="b")
            a.change(lambda x: x, a, b, key="a-b")

    client = Client(App(demo))
    first = completed(client, 0, [1])["render_config"]["dependencies"]
    second = completed(client, 0, [2])["render_config"]["dependencies"]
    assert [d["id"] for d in first] == [d["id"] for d in second]


def test_select_data_reaches_a_render_function() -> None:
    with gr.Blocks() as demo:
        chat = gr.Chatbot([["a", "b"]])

        @gr.render(triggers=[chat.select])
        def show(selection: gr.SelectData) -> None:
            gr.Textbox(str(selection.index), label="index")

    assert demo.config()["dependencies"][0]["collects_event_data"] is True


def test_render_needs_a_blocks() -> None:
    with pytest.raises(ValueError, match="inside a Blocks"):
        gr.render()


def test_a_function_as_value_runs_on_load_and_every_tick_also_in_a_render() -> None:
    with gr.Blocks() as demo:
        clock = gr.Textbox(value=lambda: "now", every=0.2, label="Time")
        n = gr.Slider(1, 3, step=1)

        @gr.render(inputs=n)
        def boxes(count: int) -> None:
            for i in range(count):
                gr.Textbox(value=lambda i=i: f"box {i}", label=f"Box {i}")

    config = demo.config()
    assert clock.initial_value == "now"  # called once for the first page, as Gradio does
    timer = next(c for c in config["components"] if c["type"] == "timer")
    load = next(d for d in config["dependencies"] if d["outputs"] == [clock.id])
    assert load["targets"] == [(timer["id"], "tick"), (0, "load")] and load["show_progress"] == "hidden"
    client = Client(App(demo))
    assert completed(client, load["id"], [])["data"] == ["now"]
    render = completed(client, 0, [2])["render_config"]
    loads = [d for d in render["dependencies"] if [0, "load"] in d["targets"]]
    assert len(loads) == 2
    assert completed(client, loads[1]["id"], [])["data"] == ["box 1"]
