"""A component's props are declared once (its `Props`), and a new component is one file."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import lite_core as gr
from build_scripts import gen_protocol
from build_scripts.gen_block_index import found_in
from lite_core.blocks_base import Block, prop_names
from lite_core.components import COMPONENTS, Component
from lite_core.layouts import LAYOUTS
from lite_core.registry import lazy


@pytest.mark.parametrize("cls", [*COMPONENTS.values(), *LAYOUTS.values()], ids=lambda c: c.__name__)
def test_props_are_exactly_the_declared_ones(cls: type[Block]) -> None:
    with gr.Blocks():
        block = cls(components=[gr.Textbox()], samples=[["a"]]) if cls is gr.Dataset else cls()
    assert list(block.props()) == list(prop_names(cls.Props))


def test_every_declared_props_type_reaches_typescript() -> None:
    generated = gen_protocol.OUT.read_text()
    for cls in COMPONENTS.values():
        assert f"export interface {cls.Props.__name__} " in generated


TOY = """
from __future__ import annotations

from lite_core.components.base import Component
from lite_core.protocol import ComponentProps


class ToyProps(ComponentProps):
    sides: int


class Toy(Component):
    block_type = "toy"
    Props = ToyProps

    def __init__(self, value=None, *, sides: int = 6, **kwargs):
        self.sides = sides
        super().__init__(value, **kwargs)
"""


def test_a_new_component_is_one_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    package = tmp_path / "toy_components"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "toy.py").write_text(TOY)
    monkeypatch.syspath_prepend(str(tmp_path))
    index = found_in("toy_components", Component)
    assert index == {"Toy": "toy"}
    toy_class = lazy("toy_components", index)("Toy")
    toy = toy_class(sides=20, label="dice")
    assert toy.props()["sides"] == 20 and toy.props()["label"] == "dice"
    assert (
        gen_protocol.ts_props_interface(toy_class.Props)
        == "export interface ToyProps extends ComponentProps {\n  sides: number;\n}"
    )
    sys.modules.pop("toy_components.toy", None)
    sys.modules.pop("toy_components", None)


def test_a_plot_passes_plot_data_through_and_names_what_it_cannot_draw() -> None:
    data = {"type": "matplotlib", "plot": "data:image/png;base64,AAAA"}
    assert gr.Plot().postprocess(data) == data
    with pytest.raises(ValueError, match="a builtins figure is not supported"):
        gr.Plot().postprocess(object())


def test_highlighted_text_from_pairs_and_from_entities() -> None:
    pairs = gr.HighlightedText(combine_adjacent=True).postprocess([("a", None), ("b", "X"), ("c", "X")])
    assert pairs == [{"token": "a", "class_or_confidence": None}, {"token": "bc", "class_or_confidence": "X"}]
    entities = {
        "text": "Ada lives in Oslo",
        "entities": [{"entity": "PER", "start": 0, "end": 3}, {"entity": "LOC", "start": 13, "end": 17}],
    }
    assert gr.HighlightedText().postprocess(entities) == [
        {"token": "Ada", "class_or_confidence": "PER"},
        {"token": " lives in ", "class_or_confidence": None},
        {"token": "Oslo", "class_or_confidence": "LOC"},
    ]
