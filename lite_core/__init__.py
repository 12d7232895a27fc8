"""Lite: Gradio-style apps that run in the visitor's browser.

Inside the browser runtime `import gradio as gr` gives this package.
"""

from typing import TYPE_CHECKING, Any

from . import block_index, components, layouts
from .api_only import api, mcp
from .blocks import Blocks, on
from .components import Component
from .event_data import (
    CopyData,
    DeletedFileData,
    DownloadData,
    EditData,
    EventData,
    KeyUpData,
    LikeData,
    RetryData,
    SelectData,
    UndoData,
)
from .examples import Examples
from .exceptions import Error
from .i18n import I18n
from .interface import Interface
from .notices import Info, Success, Warning
from .options import WaveformOptions
from .progress import Progress
from .renderable import render
from .request import OAuthProfile, OAuthToken, Request
from .updates import skip, update
from .version import __version__

# Gradio's reload mode re-runs an app's file on save; code under `if gr.NO_RELOAD:` runs
# once. Lite runs the file once per start, so it always runs.
NO_RELOAD = True

if TYPE_CHECKING:
    # The components are found by file (lite_core.components): a type checker sees them as Any.
    def __getattr__(name: str) -> Any: ...

else:
    _LAZY = {
        "themes": ("lite_core.themes", None),
        "ChatInterface": ("lite_core.chat_interface", "ChatInterface"),
        "TabbedInterface": ("lite_core.tabbed_interface", "TabbedInterface"),
        "CSVLogger": ("lite_core.flagging", "CSVLogger"),
        "ChatMessage": ("lite_core.components.chatbot", "ChatMessage"),
        **{
            name: ("lite_core.components.image_editor", name)
            for name in ("Brush", "Eraser", "LayerOptions", "WebcamOptions")
        },
    }

    def __getattr__(name: str) -> Any:
        """What most apps never use is imported on first use: start-up in the browser pays
        for every module (gr.themes, gr.ChatInterface, each component and layout)."""
        if name in block_index.COMPONENTS:
            value = getattr(components, name)
        elif name in block_index.LAYOUTS:
            value = getattr(layouts, name)
        elif name not in _LAZY:
            raise AttributeError(f"module 'gradio' has no attribute {name!r}")
        else:
            import importlib

            module_name, attribute = _LAZY[name]
            module = importlib.import_module(module_name)
            value = module if attribute is None else getattr(module, attribute)
        globals()[name] = value
        return value


__all__ = [
    *block_index.COMPONENTS,
    *block_index.LAYOUTS,
    "Blocks",
    "Brush",
    "ChatInterface",
    "ChatMessage",
    "Component",
    "CopyData",
    "DeletedFileData",
    "DownloadData",
    "EditData",
    "Eraser",
    "Error",
    "EventData",
    "I18n",
    "NO_RELOAD",
    "OAuthProfile",
    "OAuthToken",
    "Request",
    "RetryData",
    "TabbedInterface",
    "UndoData",
    "WaveformOptions",
    "api",
    "mcp",
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
    "render",
    "themes",
    "skip",
    "update",
    "__version__",
]
