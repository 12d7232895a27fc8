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
    "JSON",
    "Markdown",
    "Error",
    "Interface",
    "Number",
    "Radio",
    "Row",
    "Slider",
    "State",
    "Textbox",
    "__version__",
]
