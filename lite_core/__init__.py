"""Lite: Gradio-style apps that run in the visitor's browser.

Inside the browser runtime `import gradio as gr` gives this package.
"""

from typing import TYPE_CHECKING, Any

from . import themes
from .blocks import Blocks, on
from .chat_interface import ChatInterface
from .components import *  # noqa: F403 - every component, found by its file
from .components import COMPONENTS, Component
from .components.chatbot import ChatMessage
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


__all__ = [
    *COMPONENTS,
    *LAYOUTS,
    "Blocks",
    "ChatInterface",
    "ChatMessage",
    "Component",
    "Error",
    "EventData",
    "Examples",
    "Info",
    "Interface",
    "KeyUpData",
    "LikeData",
    "Progress",
    "SelectData",
    "Success",
    "Warning",
    "on",
    "themes",
    "skip",
    "update",
    "__version__",
]
