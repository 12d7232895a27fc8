"""A table typed into the page reaches pandas; pandas' answer shows as a table."""

from __future__ import annotations

import time

from playwright.sync_api import Page, expect

from .conftest import open_app, serve_app
from .server import StaticServer

TOTALS = """
import gradio as gr

def totals(df):
    df["price"] = df["price"].astype(float)
    df["qty"] = df["qty"].astype(int)
    df["total"] = df["price"] * df["qty"]
    return df.sort_values("total", ascending=False)

gr.Interface(totals, gr.Dataframe(headers=["item", "price", "qty"], row_count=2), "dataframe").launch()
"""


def test_pandas_computes_on_the_typed_table(page: Page, server: StaticServer) -> None:
    open_app(page, serve_app(page, server, "totals", TOTALS))
    for row, (item, price, qty) in enumerate((("tea", "2.5", "4"), ("cake", "4", "3")), start=1):
        page.get_by_label(f"item, row {row}").fill(item)
        page.get_by_label(f"price, row {row}").fill(price)
        page.get_by_label(f"qty, row {row}").fill(qty)
    page.get_by_label("qty, row 2").press("Tab")
    page.get_by_role("button", name="Submit").click()
    table = page.get_by_role("table", name="output")
    # The first call imports pandas in the page's Python: allow it the time.
    expect(table.get_by_role("columnheader")).to_have_text(["item", "price", "qty", "total"], timeout=20_000)
    expect(table.get_by_role("row").nth(1).get_by_role("cell")).to_have_text(["cake", "4", "3", "12"])
    expect(table.get_by_role("row").nth(2).get_by_role("cell")).to_have_text(["tea", "2.5", "4", "10"])


BIG = """
import gradio as gr

def big():
    return [[i, f"name {i}", i * 2, i % 7, f"row {i} end"] for i in range(100_000)]

def picked(evt: gr.SelectData):
    return f"{evt.index} {evt.value}"

with gr.Blocks() as demo:
    show = gr.Button("Show")
    table = gr.Dataframe(headers=["n", "name", "double", "mod", "tail"], label="big")
    where = gr.Textbox(label="picked")
    show.click(big, None, table)
    table.select(picked, None, where)

demo.launch()
"""


def test_a_hundred_thousand_rows_render_only_what_is_in_view(page: Page, server: StaticServer) -> None:
    open_app(page, serve_app(page, server, "big", BIG))
    started = time.monotonic()
    page.get_by_role("button", name="Show").click()
    table = page.get_by_role("table", name="big")
    expect(table.get_by_role("cell", name="name 0", exact=True)).to_be_visible(timeout=15_000)
    print(f"100,000 rows: first row shown in {time.monotonic() - started:.1f} s")
    assert table.locator("tr").count() < 200
    expect(table).to_have_attribute("aria-rowcount", "100001")
    table.locator("xpath=..").evaluate("(scroller) => { scroller.scrollTop = scroller.scrollHeight; }")
    last = table.get_by_role("cell", name="row 99999 end", exact=True)
    expect(last).to_be_visible()
    assert table.locator("tr").count() < 200
    # A cell far down selects with its real row index.
    last.click()
    expect(page.get_by_label("picked")).to_have_value("(99999, 4) row 99999 end")
    # Arrow keys walk past the rendered window: the rows come into view as focus reaches them,
    # and each step selects its real row (waited for: a select made while the one before
    # still runs is dropped, as Gradio's trigger_mode "once" does).
    picked = page.get_by_label("picked")
    for row in range(99998, 99938, -1):
        page.keyboard.press("ArrowUp")
        expect(picked).to_have_value(f"({row}, 4) row {row} end")
    expect(page.get_by_label("tail, row 99940")).to_be_focused()
