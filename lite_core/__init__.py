"""Lite: Gradio-style apps that run in the visitor's browser.

Inside the browser runtime `import gradio as gr` gives this package.
"""

from .blocks import Blocks
from .components import (
    Button,
    Checkbox,
    ClearButton,
    Component,
    Number,
    Radio,
    Slider,
    Textbox,
)
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
    "Error",
    "Interface",
    "Number",
    "Radio",
    "Row",
    "Slider",
    "Textbox",
    "__version__",
]
