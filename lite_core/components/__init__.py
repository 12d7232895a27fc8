"""Every component, found by its file: adding one is adding its module here, nothing else.

Each module of this package defines its component classes (and their props). They are
collected when the package is imported, exported as `gr.<Name>`, and reachable by the
string shortcuts Interface accepts: the class name in any case, underscores ignored
(`"textbox"`, `"playable_video"`), as Gradio derives them. An alias (`Text = Textbox`)
or a template (`class TextArea(Textbox)`) in a module is a name of its own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..registry import discover
from .base import Component

# Classes that are bases for others, not components of a page.
_BASES = ("Component", "FileComponent", "NativePlot")


COMPONENTS = discover(__path__, __name__, Component, _BASES)
globals().update(COMPONENTS)

if TYPE_CHECKING:
    # Found at import time, so a type checker cannot list them: `gr.Textbox` is Any to it.
    def __getattr__(name: str) -> Any: ...


SHORTCUTS: dict[str, type[Component]] = {name.lower(): cls for name, cls in COMPONENTS.items()}


def get_component_instance(spec: Any, *, render: bool = False, unrender: bool = False) -> Component:
    """A Component from a Component, a shortcut string or a class (Gradio's rules);
    `unrender`: a component already placed in a layout is taken out of it (and out of its
    app), for an Interface to place it in its own (`gr.Interface(inputs=gr.Textbox())`
    written inside a `with gr.Blocks()`)."""
    if isinstance(spec, str):
        # Gradio's rule: the class name, any case, underscores ignored ("playable_video").
        cls = SHORTCUTS.get(spec.lower().replace("_", ""))
        if cls is None:
            raise ValueError(f"No such component: {spec!r}. Known shortcuts: {', '.join(sorted(SHORTCUTS))}")
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


__all__ = ["COMPONENTS", "SHORTCUTS", "Component", "get_component_instance", *sorted(COMPONENTS)]
