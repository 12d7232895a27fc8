"""/gradio_api/info: each named endpoint's parameters and returns, as Gradio 5 describes
them, so that its clients (gradio_client, @gradio/client) call a Lite app as they call
Gradio: parameters are named after the function's own, gr.State is left out (the session
holds it), and a parameter is optional when its component starts with a value or the
function gives it a default of None.
"""

from __future__ import annotations

import inspect
from typing import TYPE_CHECKING, Any

from .event_data import kind_of
from .protocol import ApiInfo, ApiParameter, ApiReturn, EndpointInfo
from .request import is_request_annotation

if TYPE_CHECKING:
    from .blocks import Blocks
    from .components.base import Component
    from .dependency import Dependency

# Names a client keeps for itself: a parameter so named is called param_<i>.
_RESERVED = {"api_name", "fn_index", "result_callbacks"}


def function_parameters(fn: Any) -> list[tuple[str, bool, Any]]:
    """(name, has_default, default) of the parameters the components fill: not *args or
    **kwargs, not those annotated gr.Request or gr.EventData (Lite fills them itself)."""
    try:
        parameters = inspect.signature(fn).parameters.values()
    except (TypeError, ValueError):
        return []
    found = []
    for p in parameters:
        if p.kind in (p.VAR_POSITIONAL, p.VAR_KEYWORD):
            break
        if kind_of(p.annotation) is not None or is_request_annotation(p.annotation):
            continue
        has_default = p.default is not inspect.Parameter.empty
        found.append((p.name, has_default, p.default if has_default else None))
    return found


def description(fn: Any) -> str:
    """The docstring's text before its Args:/Parameters:/Returns: section."""
    doc = inspect.getdoc(fn) or ""
    lines = []
    for line in doc.splitlines():
        if line.strip().rstrip(":").lower() in ("args", "arguments", "parameters", "returns", "examples"):
            break
        lines.append(line)
    return "\n".join(lines).strip()


def _component_name(block: Component) -> str:
    return str(block.block_type).capitalize()


def _skipped(block: Any) -> bool:
    """Left out of the API, as Gradio does: gr.State (the session holds it) and layouts
    (an event may update their props; they take and give no value)."""
    from .components.base import Component
    from .components.state import State

    return isinstance(block, State) or not isinstance(block, Component)


def endpoint(fn: Dependency) -> EndpointInfo:
    params = function_parameters(fn.fn)
    parameters: list[ApiParameter] = []
    for index, block in enumerate(fn.inputs):
        if _skipped(block):
            continue
        name = params[index][0] if index < len(params) and params[index][0] not in _RESERVED else f"param_{index}"
        value = block.value
        if value is not None:
            has_default, default = True, value
        elif index < len(params) and params[index][1] and params[index][2] is None:
            has_default, default = True, None
        else:
            has_default, default = False, None
        info = block.api_info()
        parameters.append(
            {
                "label": block.label or f"parameter_{block.id}",
                "parameter_name": name,
                "parameter_has_default": has_default,
                "parameter_default": default,
                "type": info,
                # As Gradio: a parameter's note is the schema's additional_description.
                "python_type": {
                    "type": block.python_type()["type"],
                    "description": info.get("additional_description", ""),
                },
                "component": _component_name(block),
                "example_input": block.example_value(),
            }
        )
    returns: list[ApiReturn] = []
    for block in fn.outputs:
        if _skipped(block):
            continue
        info = block.api_info()
        returns.append(
            {
                "label": block.label or f"value_{block.id}",
                "type": info,
                "python_type": {"type": block.python_type()["type"], "description": info.get("description", "")},
                "component": _component_name(block),
            }
        )
    return {"parameters": parameters, "returns": returns, "show_api": True, "description": description(fn.fn)}


def api_info(app: Blocks) -> ApiInfo:
    named = {f"/{fn.api_name}": endpoint(fn) for fn in app.fns if fn.api_name is not None and fn.show_api}
    return {"named_endpoints": named, "unnamed_endpoints": {}}
