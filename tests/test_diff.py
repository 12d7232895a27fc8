from __future__ import annotations

import copy
from typing import Any

import pytest

from lite_core.diff import apply, diff


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("Hel", "Hello"),
        ("abc", "xyz"),
        (None, "text"),
        ([1, 2, 3], [1, 5]),
        ([1], [1, 2, 3]),
        ({"a": 1, "b": [1, 2]}, {"a": 2, "c": 3, "b": [1, 2, 3]}),
        ([[1, 2], "x"], [[1], "xy", {"k": None}]),
        (1, 1.0),
    ],
)
def test_applying_the_diff_gives_the_new_value(old: Any, new: Any) -> None:
    assert apply(copy.deepcopy(old), diff(old, new)) == new


def test_growing_text_sends_only_what_is_new() -> None:
    assert diff("Hello", "Hello, World") == [["append", [], ", World"]]
    assert diff(["ab"], ["abc"]) == [["append", [0], "c"]]


def test_equal_values_need_no_edit() -> None:
    assert diff({"a": [1]}, {"a": [1]}) == []
