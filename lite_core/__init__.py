"""Lite: Gradio-style apps that run in the visitor's browser.

Inside the browser runtime `import gradio as gr` gives this package.
"""

from .blocks import Blocks
from .components import (
    Button,
    Checkbox,
    ClearButton,
    Component,
    Dataset,
    Gallery,
    Image,
    JSON,
    Markdown,
    Number,
    Radio,
    Slider,
    State,
    Textbox,
)
from .examples import Examples
from .exceptions import Error
from .interface import Interface
from .layouts import Accordion, Column, Row
from .notices import Info, Success, Warning
from .version import __version__

__all__ = [
    "Accordion",
    "Blocks",
    "Button",
    "Checkbox",
    "ClearButton",
    "Column",
    "Component",
    "Dataset",
    "Examples",
    "Gallery",
    "Image",
    "Info",
    "JSON",
    "Markdown",
    "Error",
    "Interface",
    "Number",
    "Radio",
    "Row",
    "Slider",
    "Success",
    "State",
    "Textbox",
    "Warning",
    "__version__",
]
