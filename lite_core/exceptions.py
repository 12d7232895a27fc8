"""Exceptions an app author raises, with Gradio's names and arguments."""

from __future__ import annotations


class Error(Exception):
    """Shown to the user in the page; the app keeps running.

    `gr.Error("Cannot divide by zero!")` ends the event with that message, as in Gradio.
    """

    def __init__(
        self,
        message: str = "Error raised.",
        duration: float | None = 10,
        visible: bool = True,
        title: str = "Error",
        print_exception: bool = True,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.duration = duration
        self.visible = visible
        self.title = title
        self.print_exception = print_exception

    def __str__(self) -> str:
        return repr(self.message)


class InvalidPayload(ValueError):
    """A request carried a value a component cannot accept (a 4xx, not an app error)."""


class InvalidPathError(ValueError):
    """A function returned a file the app may not serve (Gradio's name): outside the
    app's folder, the temp folder and launch(allowed_paths=...), or in blocked_paths."""
