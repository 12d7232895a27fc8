"""Lite: Gradio-style apps that run in the visitor's browser.

Inside the browser runtime `import gradio as gr` gives this package.
"""

from typing import TYPE_CHECKING, Any

from .blocks import Blocks, on
from .components import *  # noqa: F403 - every component, found by its file
from .components import COMPONENTS, Component
from .components.chatbot import ChatMessage
from .components.image_editor import Brush, Eraser, LayerOptions, WebcamOptions
from .event_data import EventData, KeyUpData, LikeData, SelectData
from .examples import Examples
from .exceptions import Error
from .interface import Interface
from .layouts import *  # noqa: F403 - Row, Column, Accordion, ...
from .layouts import __all__ as LAYOUTS
from .notices import Info, Success, Warning
from .progress import Progress
from .updates import skip, update
from .version import __version__

if TYPE_CHECKING:
    # The components are found by file (lite_core.components): a type checker sees them as Any.
    def __getattr__(name: str) -> Any: ...

else:
    _LAZY = {"themes": ("lite_core.themes", None), "ChatInterface": ("lite_core.chat_interface", "ChatInterface")}

    def __getattr__(name: str) -> Any:
        """What most apps never use is imported on first use: start-up in the browser pays
        for every module (gr.themes, gr.ChatInterface)."""
        if name not in _LAZY:
            raise AttributeError(f"module 'gradio' has no attribute {name!r}")
        import importlib

        module_name, attribute = _LAZY[name]
        module = importlib.import_module(module_name)
        value = module if attribute is None else getattr(module, attribute)
        globals()[name] = value
        return value


__all__ = [
    *COMPONENTS,
    *LAYOUTS,
    "Blocks",
    "Brush",
    "ChatInterface",  # noqa: F405 - imported on first use (__getattr__)
    "ChatMessage",
    "Component",
    "Eraser",
    "Error",
    "EventData",
    "Examples",
    "Info",
    "Interface",
    "KeyUpData",
    "LayerOptions",
    "LikeData",
    "Progress",
    "SelectData",
    "Success",
    "Warning",
    "WebcamOptions",
    "on",
    "themes",  # noqa: F405 - imported on first use (__getattr__)
    "skip",
    "update",
    "__version__",
]
