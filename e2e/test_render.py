"""gr.render in the page: the dynamic part follows its inputs, its buttons work, keys keep
what the user typed."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from .conftest import open_app
from .server import StaticServer


def test_boxes_follow_the_words_their_buttons_work_and_keyed_notes_survive(page: Page, server: StaticServer) -> None:
    open_app(page, f"{server.url}/examples/render_notes.html")
    notes = page.get_by_label("Note on", exact=False)
    expect(page.get_by_text("No words yet.")).to_be_visible()
    expect(notes).to_have_count(0)

    page.get_by_label("Words").fill("ada bob")
    expect(notes).to_have_count(2)
    expect(page.get_by_text("2 notes")).to_be_visible()
    expect(page.get_by_text("No words yet.")).to_have_count(0)

    page.get_by_label("Note on ada").fill("hello")
    page.get_by_role("button", name="Shout ada").click()
    expect(page.get_by_label("Shouted")).to_have_value("ada: HELLO!")

    # One more word: a new box, and ada's note keeps what was typed (its key).
    page.get_by_label("Words").fill("ada bob cy")
    expect(notes).to_have_count(3)
    expect(page.get_by_text("3 notes")).to_be_visible()
    expect(page.get_by_label("Note on ada")).to_have_value("hello")
    page.get_by_label("Note on cy").fill("new")
    page.get_by_role("button", name="Shout cy").click()
    expect(page.get_by_label("Shouted")).to_have_value("cy: NEW!")

    # Fewer words: the boxes of words gone leave, with their buttons.
    page.get_by_label("Words").fill("cy")
    expect(notes).to_have_count(1)
    expect(page.get_by_role("button", name="Shout ada")).to_have_count(0)
    expect(page.get_by_label("Note on cy")).to_have_value("new")
    expect(page.get_by_role("alert")).to_have_count(0)
