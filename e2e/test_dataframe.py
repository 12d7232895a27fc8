"""A table typed into the page reaches pandas; pandas' answer shows as a table."""

from __future__ import annotations

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
