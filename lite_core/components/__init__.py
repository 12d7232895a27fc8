"""Every component, found by its file: adding one is adding its module here and
regenerating lite_core/block_index.py (`python -m build_scripts.gen_block_index`).

Each module of this package defines its component classes (and their props). They are
exported as `gr.<Name>`, each module imported when one of its classes is first asked for
(lite_core.registry), and reachable by the string shortcuts Interface accepts: the class
name in any case, underscores ignored (`"textbox"`, `"playable_video"`), as Gradio derives
them. An alias (`Text = Textbox`) or a template (`class TextArea(Textbox)`) in a module is a
name of its own.
"""

from __future__ import annotations

from typing import Any

from .. import block_index
from ..registry import lazy, load_all
from .base import Component

_component = lazy(__name__, block_index.COMPONENTS)


def __getattr__(name: str) -> Any:
    """A component class by its name (`Textbox`); `COMPONENTS`: every one, by name."""
    if name == "COMPONENTS":
        return load_all(__name__, block_index.COMPONENTS)
    return _component(name)


# Shortcut -> class name.
SHORTCUTS: dict[str, str] = {name.lower(): name for name in block_index.COMPONENTS}


def get_component_instance(spec: Any, *, render: bool = False, unrender: bool = False) -> Component:
    """A Component from a Component, a shortcut string or a class (Gradio's rules);
    `unrender`: a component already placed in a layout is taken out of it (and out of its
    app), for an Interface to place it in its own (`gr.Interface(inputs=gr.Textbox())`
    written inside a `with gr.Blocks()`)."""
    if isinstance(spec, str):
        # Gradio's rule: the class name, any case, underscores ignored ("playable_video").
        name = SHORTCUTS.get(spec.lower().replace("_", ""))
        if name is None:
            raise ValueError(f"No such component: {spec!r}. Known shortcuts: {', '.join(sorted(SHORTCUTS))}")
        cls: type[Component] = _component(name)
        return cls(render=render)
    if isinstance(spec, type) and issubclass(spec, Component):
        return spec(render=render)
    if isinstance(spec, Component):
        if unrender and spec.parent is not None:
            app = spec.attached_app()
            spec.parent.children.remove(spec)
            spec.parent = None
            if app is not None and app.blocks.get(spec._id) is spec:
                del app.blocks[spec._id]
                spec._id = -1
        return spec
    raise ValueError(f"Invalid component: {spec!r}. Use a gradio component, its class, or its name as a string.")


__all__ = ["SHORTCUTS", "Component", "get_component_instance", *sorted(block_index.COMPONENTS)]
