"""Lite: Gradio-style apps that run in the visitor's browser.

Inside the browser runtime `import gradio as gr` gives this package.
"""

from .blocks import Blocks
from .components import (
    Audio,
    Microphone,
    Button,
    Checkbox,
    CheckboxGroup,
    ClearButton,
    Component,
    Dataframe,
    Dataset,
    Dropdown,
    File,
    Gallery,
    HTML,
    Image,
    JSON,
    Label,
    Markdown,
    Number,
    Radio,
    Slider,
    State,
    Textbox,
    Video,
)
from .examples import Examples
from .exceptions import Error
from .interface import Interface
from .layouts import Accordion, Column, Row
from .notices import Info, Success, Warning
from .progress import Progress
from .updates import update
from .version import __version__

__all__ = [
    "Audio",
    "Microphone",
    "Accordion",
    "Blocks",
    "Button",
    "Checkbox",
    "CheckboxGroup",
    "ClearButton",
    "Column",
    "Component",
    "Dataframe",
    "Dataset",
    "Dropdown",
    "Error",
    "Examples",
    "File",
    "Gallery",
    "HTML",
    "Image",
    "Info",
    "Interface",
    "JSON",
    "Label",
    "Markdown",
    "Number",
    "Progress",
    "Radio",
    "Row",
    "Slider",
    "State",
    "Success",
    "Textbox",
    "Video",
    "Warning",
    "update",
    "__version__",
]
