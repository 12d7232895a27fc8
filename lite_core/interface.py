"""Interface: a function wrapped in inputs, outputs and buttons, built as a Blocks."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any, Literal

from .blocks import Blocks
from .components import Button, ClearButton, Component, Textbox, get_component_instance
from .components.markdown import Markdown
from .components.state import State
from .examples import Examples
from .layouts import Accordion, Column, Row


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


def _is_generator(fn: Callable[..., Any]) -> bool:
    return inspect.isgeneratorfunction(fn) or inspect.isasyncgenfunction(fn)


def _share_state(inputs: list[Component], outputs: list[Component]) -> None:
    """Gradio's rule: one State in, one State out, and they are the same value."""
    ins = [i for i, c in enumerate(inputs) if isinstance(c, State)]
    outs = [i for i, c in enumerate(outputs) if isinstance(c, State)]
    if not ins and not outs:
        return
    if len(ins) != 1 or len(outs) != 1:
        raise ValueError("If using 'state', there must be exactly one state input and one state output.")
    outputs[outs[0]] = inputs[ins[0]]


class Interface(Blocks):
    """`gr.Interface(fn, inputs, outputs)`: inputs left, outputs right, Clear and Submit."""

    def __init__(
        self,
        fn: Callable[..., Any],
        inputs: Any,
        outputs: Any,
        examples: Any = None,
        *,
        additional_inputs: Any = None,
        additional_inputs_accordion: str | Accordion | None = None,
        title: str | None = None,
        description: str | None = None,
        article: str | None = None,
        live: bool = False,
        stream_every: float = 0.5,
        examples_per_page: int = 10,
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
        self.live = live
        self.stream_every = stream_every
        self.stop_button: Button | None = None
        self.main_inputs = [get_component_instance(c) for c in _as_list(inputs)]
        self.additional_inputs = [get_component_instance(c) for c in _as_list(additional_inputs)]
        self.input_components = self.main_inputs + self.additional_inputs
        self.additional_accordion = additional_inputs_accordion
        self.output_components = [get_component_instance(c) for c in _as_list(outputs)]
        _share_state(self.input_components, self.output_components)
        self._label_components()
        with self:
            if title:
                Markdown(f"<h1 style='text-align: center; margin-bottom: 1rem'>{title}</h1>")
            if description:
                Markdown(description)
            submit, clear = self._render_main(submit_btn, clear_btn)
            # predict is fn_index 0, as in Gradio, so it is wired before the examples.
            self._attach_events(submit, clear, api_name, show_progress)
            if examples is not None:
                Examples(examples, self._visible(self.input_components), examples_per_page=examples_per_page)
            if article:
                Markdown(article)

    @staticmethod
    def _visible(components: list[Component]) -> list[Component]:
        return [c for c in components if not isinstance(c, State)]

    def _render_main(self, submit_btn: str, clear_btn: str | None) -> tuple[Button | None, ClearButton | None]:
        inputs, outputs = self.input_components, self.output_components
        unified = bool(inputs) and inputs == outputs
        output_only = not inputs
        with Row(equal_height=False):
            if inputs:
                with Column(variant="panel"):
                    for component in self.main_inputs:
                        component.render()
                    self._render_additional_inputs()
                    submit, clear = self._render_buttons(submit_btn, clear_btn)
            if outputs and not unified:
                with Column(variant="panel"):
                    for component in outputs:
                        if component not in inputs:
                            component.render()
                    if output_only:
                        submit, clear = self._render_buttons("Generate", clear_btn)
        return submit, clear

    def _render_additional_inputs(self) -> None:
        if not self.additional_inputs:
            return
        accordion = self.additional_accordion
        if accordion is None or isinstance(accordion, str):
            accordion = Accordion(accordion or "Additional Inputs", open=False, render=False)
        accordion.render()
        with accordion:
            for component in self.additional_inputs:
                component.render()

    def _render_buttons(self, submit_btn: str, clear_btn: str | None) -> tuple[Button | None, ClearButton | None]:
        with Row():
            clear = ClearButton(value=clear_btn) if clear_btn is not None else None
            submit = None if self.live and self.input_components else Button(submit_btn, variant="primary")
            if submit is not None and _is_generator(self.fn):
                # Shown by the page in Submit's place while the generator runs.
                self.stop_button = Button("Stop", variant="stop", visible=False)
        return submit, clear

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
        visible_inputs = self._visible(self.input_components)
        if submit is not None:
            targets: list[tuple[Component, str]] = [(submit, "click")]
            targets += [(c, "submit") for c in visible_inputs if isinstance(c, Textbox)]
        else:
            # Live: a streaming input (webcam) fires "stream" per frame, others "change".
            targets = [(c, "stream" if getattr(c, "streaming", False) else "change") for c in visible_inputs]
        streaming = any(event == "stream" for _, event in targets)
        predict = self.set_event_trigger(
            targets,
            self.fn,
            self.input_components,
            self.output_components,
            api_name=api_name,
            show_progress="hidden" if streaming else show_progress,
            trigger_mode="always_last" if self.live else "once",
        )
        if streaming:
            predict.stream_every = self.stream_every
        if self.stop_button is not None:
            self.set_event_trigger([(self.stop_button, "click")], None, None, None, cancels=predict, api_name=False)
        if clear is not None:
            seen: list[Component] = []
            for component in visible_inputs + self._visible(self.output_components):
                if component not in seen:
                    seen.append(component)
            clear.add(seen)
