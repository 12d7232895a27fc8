"""gr.DateTime: Gradio's formats, relative dates (`now - 24h`), and clear errors."""

from __future__ import annotations

import datetime as dt
import re

import pytest

import lite_core as gr
from lite_core.exceptions import Error


def test_timestamps_datetimes_and_strings() -> None:
    assert gr.DateTime(type="datetime").preprocess("2024-05-01 12:30:00") == dt.datetime(2024, 5, 1, 12, 30)
    stamp = gr.DateTime().preprocess("2024-05-01T12:30:00")
    assert dt.datetime.fromtimestamp(stamp) == dt.datetime(2024, 5, 1, 12, 30)
    assert gr.DateTime(include_time=False).postprocess(dt.datetime(2024, 5, 1, 9)) == "2024-05-01"


def test_now_and_now_minus_an_amount() -> None:
    before = dt.datetime.now()
    day_ago = gr.DateTime(type="datetime").preprocess("now - 24h")
    assert dt.timedelta(hours=23, minutes=59) < before - day_ago < dt.timedelta(hours=24, minutes=1)
    assert abs(gr.DateTime().preprocess("now") - before.timestamp()) < 60
    as_text = gr.DateTime(type="string").preprocess("now - 2d")
    assert as_text == (before - dt.timedelta(days=2)).strftime("%Y-%m-%d %H:%M:%S")[:16] + as_text[16:]
    assert gr.DateTime("now - 24h").value == "now - 24h"  # shown as written, as Gradio does


def test_a_date_that_cannot_be_read_says_which_formats_work() -> None:
    with pytest.raises(
        Error, match=re.escape("Invalid datetime: yesterday. Use the format %Y-%m-%d %H:%M:%S, or `now`")
    ):
        gr.DateTime().preprocess("yesterday")
