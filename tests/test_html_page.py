from html.parser import HTMLParser

from build_scripts.pages import page, playground, readable
from lite_core.html_page import document


class Outline(HTMLParser):
    """The tags a page opens, in order, and the text of its <h1>."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.heading = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)

    def handle_data(self, data: str) -> None:
        if self.tags and self.tags[-1] == "h1" and data.strip():
            self.heading += data


def outline(text: str) -> Outline:
    parsed = Outline()
    parsed.feed(text)
    return parsed


def test_the_app_sits_in_a_main_landmark_under_the_title_as_h1() -> None:
    parsed = outline(document("Fish & Chips", "<gradio-lite></gradio-lite>\n"))
    assert parsed.tags.count("main") == 1 and parsed.tags.count("h1") == 1
    assert parsed.tags.index("main") < parsed.tags.index("h1") < parsed.tags.index("gradio-lite")
    assert parsed.heading == "Fish & Chips"


def test_the_heading_is_hidden_from_sight_not_from_screen_readers() -> None:
    text = document("t", "")
    heading = text[text.index("<h1") : text.index("</h1>")]
    assert "clip" in heading and "display:none" not in heading and "aria-hidden" not in heading


def test_a_body_with_its_own_landmark_is_left_alone() -> None:
    assert outline(playground("print(1)")).tags.count("main") == 1
    assert outline(document("t", "<main></main>", landmark=False)).tags.count("h1") == 0


def test_example_pages_are_titled_as_a_reader_would_say_them() -> None:
    assert readable("calculator_examples") == "Calculator examples"
    assert outline(page("x = 1", readable("sepia"))).heading == "Sepia"
