"""gr.EventData and its kinds: what the page says about an event, for a function that asks.

A function gets one by annotating a parameter (`def on_select(evt: gr.SelectData)`), as in
Gradio; the page sends the data with the event (`event_data` of /queue/join).
"""

from __future__ import annotations

from typing import Any


class EventData:
    def __init__(self, target: Any, data: Any) -> None:
        self.target = target
        self._data = data if isinstance(data, dict) else {}


class SelectData(EventData):
    """A choice, a tab, a table cell or a gallery item was selected."""

    def __init__(self, target: Any, data: Any) -> None:
        super().__init__(target, data)
        self.index: int | tuple[int, int] | None = self._data.get("index")
        if isinstance(self.index, list):
            self.index = (self.index[0], self.index[1])
        self.value: Any = self._data.get("value")
        self.selected: bool = self._data.get("selected", True)
        self.row_value: list[Any] | None = self._data.get("row_value")
        self.col_value: list[Any] | None = self._data.get("col_value")


class LikeData(EventData):
    """A chatbot message was liked or disliked."""

    def __init__(self, target: Any, data: Any) -> None:
        super().__init__(target, data)
        self.index: int | tuple[int, int] | None = self._data.get("index")
        self.value: Any = self._data.get("value")
        self.liked: bool | str = self._data.get("liked", True)


class KeyUpData(EventData):
    def __init__(self, target: Any, data: Any) -> None:
        super().__init__(target, data)
        self.key: str | None = self._data.get("key")
        self.input_value: str | None = self._data.get("input_value")


class CopyData(EventData):
    """A message or value was copied (Chatbot's copy button)."""

    def __init__(self, target: Any, data: Any) -> None:
        super().__init__(target, data)
        self.value: Any = self._data.get("value")


class EditData(EventData):
    """A chatbot message was edited."""

    def __init__(self, target: Any, data: Any) -> None:
        super().__init__(target, data)
        self.index: int | tuple[int, int] | None = self._data.get("index")
        self.value: Any = self._data.get("value")
        self.previous_value: Any = self._data.get("previous_value")


class RetryData(EditData):
    pass


class UndoData(EditData):
    pass


class DeletedFileData(EventData):
    """A file was removed from a File component."""

    def __init__(self, target: Any, data: Any) -> None:
        super().__init__(target, data)
        self.file: Any = self._data.get("file")


class DownloadData(DeletedFileData):
    pass


KINDS: dict[str, type[EventData]] = {
    cls.__name__: cls
    for cls in (
        EventData,
        SelectData,
        LikeData,
        KeyUpData,
        CopyData,
        EditData,
        RetryData,
        UndoData,
        DeletedFileData,
        DownloadData,
    )
}


def kind_of(annotation: Any) -> type[EventData] | None:
    """The EventData class a parameter's annotation names (a class, or a string such as
    "gr.SelectData" under `from __future__ import annotations`)."""
    if isinstance(annotation, type) and issubclass(annotation, EventData):
        return annotation
    if isinstance(annotation, str):
        return KINDS.get(annotation.rsplit(".", 1)[-1])
    return None
