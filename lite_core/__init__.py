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
from .layouts import Column, Row
from .version import __version__

__all__ = [
    "Blocks",
    "Button",
    "Checkbox",
    "ClearButton",
    "Column",
    "Component",
    "Dataset",
    "Examples",
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
