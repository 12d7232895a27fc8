"""gr.Navbar: the navigation bar of Gradio's multipage apps."""

from __future__ import annotations

from typing import Any, Literal

from ..protocol import ComponentProps
from .base import Component


class NavbarProps(ComponentProps):
    main_page_name: str | Literal[False]


class Navbar(Component):
    """Gradio draws a bar of links to an app's pages (`demo.route(...)`) and to the extra
    `(name, path)` pairs of its value. Lite serves one page per app: `demo.route` pages are
    built (their events wired) but not shown, so the bar shows only the value's links, and
    only when it has some besides the main page; `visible` and `main_page_name` update as
    in Gradio."""

    block_type = "navbar"
    Props = NavbarProps

    def __init__(
        self,
        value: list[tuple[str, str]] | None = None,
        *,
        visible: bool = True,
        main_page_name: str | Literal[False] = "Home",
        **kwargs: Any,
    ) -> None:
        self.main_page_name = main_page_name
        super().__init__(value, visible=visible, **kwargs)

    def postprocess(self, value: Any) -> Any:
        return None if value is None else [list(pair) for pair in value]

    def preprocess(self, payload: Any) -> Any:
        return None if payload is None else [tuple(pair) for pair in payload]

    def api_info(self) -> dict[str, Any]:
        return {}
