"""A start-up error's traceback begins at the author's file, without Lite's frames."""

from __future__ import annotations

import runpy
from pathlib import Path

import pytest

from lite_core.tracebacks import user_traceback


def failure_of(folder: Path, code: str, **modules: str) -> str:
    """What the page shows when `code` (app.py, beside `modules`) fails as it starts."""
    for name, source in modules.items():
        (folder / f"{name}.py").write_text(source)
    app = folder / "app.py"
    app.write_text(code)
    with pytest.MonkeyPatch.context() as patch:
        patch.syspath_prepend(str(folder))
        try:
            runpy.run_path(str(app), run_name="__main__")
        except BaseException as e:  # noqa: BLE001
            return user_traceback(e, str(app))
    raise AssertionError("the code did not fail")


def frames(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip().startswith("File ")]


def test_an_error_at_the_top_level_starts_at_the_authors_line(tmp_path: Path) -> None:
    text = failure_of(tmp_path, "x = 1\n1 / 0\n")
    assert text.startswith(f'Traceback (most recent call last):\n  File "{tmp_path}/app.py", line 2, in <module>')
    assert text.endswith("ZeroDivisionError: division by zero")
    assert len(frames(text)) == 1


def test_an_error_in_gradios_arguments_shows_no_lite_frames(tmp_path: Path) -> None:
    text = failure_of(tmp_path, "import lite_core as gr\n\ngr.Interface(lambda x: x, 'no_such_component', 'text')\n")
    assert frames(text) == [f'File "{tmp_path}/app.py", line 3, in <module>']
    assert "lite_core" not in text and "runpy" not in text
    name_error = failure_of(tmp_path, "import lite_core as gr\n\ngr.Interface(greet, 'text', 'text')\n")
    assert frames(name_error) == [f'File "{tmp_path}/app.py", line 3, in <module>']
    assert name_error.endswith("NameError: name 'greet' is not defined")


def test_frames_of_the_authors_modules_and_of_libraries_are_kept(tmp_path: Path) -> None:
    text = failure_of(
        tmp_path, "import helpers\n\nhelpers.load()\n", helpers="import json\n\ndef load():\n    json.loads('{')\n"
    )
    shown = frames(text)
    assert shown[:2] == [
        f'File "{tmp_path}/app.py", line 3, in <module>',
        f'File "{tmp_path}/helpers.py", line 4, in load',
    ]
    assert any("json" in frame for frame in shown[2:])


def test_a_syntax_error_names_the_line_and_nothing_else(tmp_path: Path) -> None:
    text = failure_of(tmp_path, "def f(:\n    pass\n")
    assert "Traceback" not in text and "runpy" not in text
    assert f'File "{tmp_path}/app.py", line 1' in text and "SyntaxError" in text


def test_a_chained_error_is_trimmed_too(tmp_path: Path) -> None:
    code = (
        "import lite_core as gr\ntry:\n    gr.Interface(lambda x: x, 'nope', 'text')\n"
        "except Exception as e:\n    raise RuntimeError('wrapped') from e\n"
    )
    text = failure_of(tmp_path, code)
    assert "lite_core" not in text and "runpy" not in text
    assert "The above exception was the direct cause" in text
