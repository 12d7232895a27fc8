"""What a restored runtime re-draws (lite_core._pyodide.snapshot); it needs no browser."""

from __future__ import annotations

import random
import tempfile

from lite_core._pyodide.snapshot import reseed


def test_reseed_gives_random_a_new_sequence() -> None:
    random.seed(12345)
    frozen = [random.random() for _ in range(3)]
    random.seed(12345)  # as a restored snapshot would replay it
    reseed()
    assert [random.random() for _ in range(3)] != frozen


def test_reseed_gives_temp_names_a_new_generator() -> None:
    tempfile.mktemp()  # makes tempfile's name generator
    made = tempfile._name_sequence  # type: ignore[attr-defined]
    reseed()
    assert tempfile._name_sequence is None  # type: ignore[attr-defined]
    tempfile.mktemp()
    assert tempfile._name_sequence is not made  # type: ignore[attr-defined]


def test_warm_imports_every_block_and_the_modules_apps_import_later() -> None:
    import sys

    from lite_core import block_index
    from lite_core._pyodide.snapshot import ON_FIRST_USE, warm

    warm()
    for module in {*block_index.COMPONENTS.values()}:
        assert f"lite_core.components.{module}" in sys.modules
    for module in ON_FIRST_USE:
        assert module in sys.modules
