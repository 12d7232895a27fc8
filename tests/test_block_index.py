"""Blocks are imported when first asked for, from a generated index that matches the files."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import lite_core as gr
from build_scripts import gen_block_index
from lite_core import block_index


@pytest.mark.skipif(sys.platform == "emscripten", reason="build_scripts are not in the browser runtime")
def test_the_index_matches_the_files() -> None:
    assert gen_block_index.main(["--check"]) == 0, f"lite_core/block_index.py is stale: {gen_block_index.COMMAND}"


def test_every_indexed_name_is_its_class_through_gradio() -> None:
    for name in [*block_index.COMPONENTS, *block_index.LAYOUTS]:
        assert getattr(gr, name).__name__ in (name, getattr(gr, name).__name__)
        assert isinstance(getattr(gr, name), type)
    assert gr.Text is gr.Textbox


STARTUP = """
import json, sys
import lite_core as gr
before = sorted(m for m in sys.modules if m.startswith("lite_core.components."))
gr.Interface(lambda x: x, "text", gr.Image())
after = sorted(m for m in sys.modules if m.startswith("lite_core.components."))
print(json.dumps({"before": before, "after": after, "pkgutil": "pkgutil" in sys.modules}))
"""


@pytest.mark.skipif(sys.platform == "emscripten", reason="no subprocesses in the browser runtime")
def test_start_up_imports_only_the_components_an_app_asks_for() -> None:
    repo = Path(__file__).resolve().parent.parent
    run = subprocess.run([sys.executable, "-c", STARTUP], capture_output=True, text=True, cwd=repo)
    assert run.returncode == 0, run.stderr
    out = run.stdout
    seen = json.loads(out)
    # Interface's own (buttons, the textbox, markdown, file, state) and their bases.
    assert len(seen["before"]) <= 12, seen["before"]
    assert "lite_core.components.image" not in seen["before"]
    assert "lite_core.components.image" in seen["after"]
    assert "lite_core.components.chatbot" not in seen["after"]
    assert not seen["pkgutil"]


def test_an_unknown_name_is_an_attribute_error_naming_it() -> None:
    try:
        gr.Textboxx  # noqa: B018 - the lookup is the test
    except AttributeError as error:
        assert "Textboxx" in str(error)
    else:
        raise AssertionError("gr.Textboxx did not fail")
