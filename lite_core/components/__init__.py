"""Components, and the string shortcuts Interface accepts (`"text"`, `"slider"`, ...)."""

from __future__ import annotations

from typing import Any

from .audio import Audio, Microphone
from .base import Component
from .button import Button, ClearButton
from .checkbox import Checkbox
from .checkboxgroup import CheckboxGroup
from .dataframe import Dataframe
from .dataset import Dataset
from .dropdown import Dropdown
from .file import File
from .gallery import Gallery
from .html import HTML
from .image import Image
from .json_component import JSON
from .label import Label
from .markdown import Markdown
from .number import Number
from .radio import Radio
from .slider import Slider
from .state import State
from .textbox import Textbox
from .video import Video

SHORTCUTS: dict[str, type[Component]] = {
    "text": Textbox,
    "textbox": Textbox,
    "number": Number,
    "slider": Slider,
    "checkbox": Checkbox,
    "radio": Radio,
    "button": Button,
    "json": JSON,
    "dataframe": Dataframe,
    "file": File,
    "video": Video,
    "audio": Audio,
    "microphone": Microphone,
    "checkboxgroup": CheckboxGroup,
    "dropdown": Dropdown,
    "html": HTML,
    "label": Label,
    "image": Image,
    "gallery": Gallery,
    "markdown": Markdown,
    "state": State,
}


def get_component_instance(spec: Any, *, render: bool = False) -> Component:
    """A Component from a Component, a shortcut string or a class (Gradio's rules)."""
    if isinstance(spec, str):
        cls = SHORTCUTS.get(spec.lower())
        if cls is None:
            raise ValueError(
                f"No such component: {spec!r}. Known shortcuts: {', '.join(sorted(SHORTCUTS))}"
            )
        return cls(render=render)
    if isinstance(spec, type) and issubclass(spec, Component):
        return spec(render=render)
    if isinstance(spec, Component):
        return spec
    raise ValueError(
        f"Invalid component: {spec!r}. Use a gradio component, its class, or its name as a string."
    )


__all__ = [
    "Audio",
    "Microphone",
    "Button",
    "Checkbox",
    "CheckboxGroup",
    "ClearButton",
    "Component",
    "Dataframe",
    "Dataset",
    "Dropdown",
    "File",
    "Gallery",
    "HTML",
    "Image",
    "JSON",
    "Label",
    "Markdown",
    "Number",
    "Radio",
    "SHORTCUTS",
    "Slider",
    "State",
    "Textbox",
    "Video",
    "get_component_instance",
]
