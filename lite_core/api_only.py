"""gr.api (an endpoint without a UI) and gr.mcp's decorators.

gr.api adds an event with no trigger: the page shows nothing for it, and clients call it by
its api_name, as on Gradio. An MCP server needs a server; in the browser gr.mcp's decorators
leave each function as it is, so an app written for one still runs.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .blocks_base import current_context


def api(fn: Callable[..., Any], *, api_name: str | None = None, **options: Any) -> Any:
    context = current_context()
    app = context.attached_app() if context is not None else None
    if app is None:
        raise RuntimeError("gr.api() can only be used inside a `with gr.Blocks():` context")
    options.pop("show_api", None)
    dependency = app.set_event_trigger([], fn, None, None, api_name=api_name, **options)
    # No components: the function gets the JSON values the client sent, as they came.
    dependency.preprocess = False
    dependency.api_only = True
    return dependency


class _Mcp:
    @staticmethod
    def _unchanged(*args: Any, **kwargs: Any) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
        return lambda fn: fn

    tool = resource = prompt = _unchanged


mcp = _Mcp()
