"""Theme fonts by name, as Gradio's `gr.themes.GoogleFont("Inter")`."""

from __future__ import annotations


class Font:
    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.name!r})"


class GoogleFont(Font):
    """A web font by name; the page never fetches it (no request leaves the page's origin)."""

    def __init__(self, name: str, weights: tuple[int, ...] = (400, 600)) -> None:
        super().__init__(name)
        self.weights = weights


class LocalFont(Font):
    pass
