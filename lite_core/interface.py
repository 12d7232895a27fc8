"""Interface: a function wrapped in inputs, outputs and buttons, built as a Blocks."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any, Literal

from .blocks import Blocks
from .components import Button, ClearButton, Component, Textbox, get_component_instance
from .layouts import Column, Row


def _as_list(spec: Any) -> list[Any]:
    if spec is None:
        return []
    return list(spec) if isinstance(spec, (list, tuple)) else [spec]


def _parameter_names(fn: Callable[..., Any]) -> list[str]:
    try:
        parameters = inspect.signature(fn).parameters.values()
    except (TypeError, ValueError):
        return []
    return [p.name for p in parameters if p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD)]


class Interface(Blocks):
    """`gr.Interface(fn, inputs, outputs)`: inputs left, outputs right, Clear and Submit."""

    def __init__(
        self,
        fn: Callable[..., Any],
        inputs: Any,
        outputs: Any,
        *,
        title: str | None = None,
        live: bool = False,
        submit_btn: str = "Submit",
        clear_btn: str | None = "Clear",
        api_name: str = "predict",
        show_progress: Literal["full", "minimal", "hidden"] = "full",
        css: str | None = None,
        theme: Any = None,
        analytics_enabled: bool | None = None,
        **_unsupported: Any,
    ) -> None:
        if not callable(fn):
            raise TypeError(f"`fn` must be a function, got {fn!r}")
        super().__init__(title=title or "Gradio", css=css, theme=theme, mode="interface")
        self.fn = fn
        self.interface_title = title
        self.live = live
        self.input_components = [get_component_instance(c) for c in _as_list(inputs)]
        self.output_components = [get_component_instance(c) for c in _as_list(outputs)]
        self._label_components()
        with self:
            with Row(equal_height=False):
                with Column(variant="panel"):
                    for component in self.input_components:
                        component.render()
                    with Row():
                        clear = ClearButton(value=clear_btn) if clear_btn is not None else None
                        submit = None if live else Button(submit_btn, variant="primary")
                with Column(variant="panel"):
                    for component in self.output_components:
                        component.render()
        self._attach_events(submit, clear, api_name, show_progress)

    def _label_components(self) -> None:
        for component, name in zip(self.input_components, _parameter_names(self.fn)):
            if component.label is None:
                component.label = name
        for component in self.input_components:
            if component.interactive is None:
                component.interactive = True
        outputs = self.output_components
        for i, component in enumerate(outputs):
            if component.label is None:
                component.label = "output" if len(outputs) == 1 else f"output {i}"
            if component.interactive is None:
                component.interactive = False

    def _attach_events(
        self,
        submit: Button | None,
        clear: ClearButton | None,
        api_name: str,
        show_progress: Literal["full", "minimal", "hidden"],
    ) -> None:
        if submit is not None:
            targets: list[tuple[Component, str]] = [(submit, "click")]
            targets += [(c, "submit") for c in self.input_components if isinstance(c, Textbox)]
        else:
            targets = [(c, "change") for c in self.input_components]
        self.set_event_trigger(
            targets,
            self.fn,
            self.input_components,
            self.output_components,
            api_name=api_name,
            show_progress=show_progress,
            trigger_mode="always_last" if self.live else "once",
        )
        if clear is not None:
            clear.add(self.input_components + self.output_components)
