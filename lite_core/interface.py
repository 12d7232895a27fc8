"""Interface: a function wrapped in inputs, outputs and buttons, built as a Blocks."""

from __future__ import annotations

import inspect
import os
from collections.abc import Callable
from typing import Any, Literal

from .blocks import Blocks
from .components import Component, get_component_instance
from .components.button import Button, ClearButton
from .components.file import File
from .components.markdown import Markdown
from .components.state import State
from .components.textbox import Textbox
from .dependency import Dependency
from .examples import Examples
from .flagging import CSVLogger
from .layouts.accordion import Accordion
from .layouts.column import Column
from .layouts.row import Row
from .updates import update


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


def _flag_options(options: Any) -> list[tuple[str, str | None]]:
    """Gradio's buttons: "Flag" alone, or "Flag as X" per option (or (label, value) pairs)."""
    if options is None:
        return [("Flag", None)]
    if not isinstance(options, list):
        raise ValueError("flagging_options must be a list of strings or list of (string, string) tuples.")
    if all(isinstance(o, str) for o in options):
        return [(f"Flag as {o}", o) for o in options]
    if all(isinstance(o, tuple) for o in options):
        return list(options)
    raise ValueError("flagging_options must be a list of strings or list of (string, string) tuples.")


def _cache_mode(value: bool | Literal["lazy"] | None) -> bool | Literal["lazy"]:
    """Gradio's default: GRADIO_CACHE_EXAMPLES ("true" / "lazy"), else no caching."""
    if value is not None:
        return value
    env = os.environ.get("GRADIO_CACHE_EXAMPLES", "").lower()
    return "lazy" if env == "lazy" else env == "true"


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
        cache_examples: bool | Literal["lazy"] | None = None,
        submit_btn: str = "Submit",
        clear_btn: str | None = "Clear",
        api_name: str = "predict",
        flagging_mode: Literal["manual", "never", "auto"] | None = None,
        flagging_options: list[str] | list[tuple[str, str]] | None = None,
        flagging_dir: str = ".gradio/flagged",
        show_progress: Literal["full", "minimal", "hidden"] = "full",
        css: str | None = None,
        theme: Any = None,
        analytics_enabled: bool | None = None,
        **_unsupported: Any,
    ) -> None:
        if not callable(fn):
            raise TypeError(f"`fn` must be a function, got {fn!r}")
        super().__init__(
            title=title or "Gradio",
            css=css,
            theme=theme,
            js=_unsupported.get("js"),
            head=_unsupported.get("head"),
            mode="interface",
        )
        self.fn = fn
        self.live = live
        self.stream_every = stream_every
        self.stop_button: Button | None = None
        self.flagging_mode = flagging_mode or os.environ.get("GRADIO_FLAGGING_MODE", "manual")
        if self.flagging_mode not in ("manual", "never", "auto"):
            raise ValueError("Invalid value for `flagging_mode` parameter.Must be: 'auto', 'manual', or 'never'.")
        self.flagging_options = _flag_options(flagging_options)
        self.flagging_dir = flagging_dir
        self.main_inputs = [get_component_instance(c, unrender=True) for c in _as_list(inputs)]
        self.additional_inputs = [get_component_instance(c, unrender=True) for c in _as_list(additional_inputs)]
        self.input_components = self.main_inputs + self.additional_inputs
        self.additional_accordion = additional_inputs_accordion
        self.output_components = [get_component_instance(c, unrender=True) for c in _as_list(outputs)]
        _share_state(self.input_components, self.output_components)
        self._label_components()
        with self:
            if title:
                Markdown(f"<h1 style='text-align: center; margin-bottom: 1rem'>{title}</h1>")
            if description:
                Markdown(description)
            submit, clear = self._render_main(submit_btn, clear_btn)
            # predict is fn_index 0, as in Gradio, so it is wired before the examples.
            predict = self._attach_events(submit, clear, api_name, show_progress)
            if examples is not None:
                self.examples_handler = Examples(
                    examples,
                    self._visible(self.input_components),
                    outputs=self._visible(self.output_components),
                    predict=predict,
                    cache_examples=_cache_mode(cache_examples),
                    examples_per_page=examples_per_page,
                )
                self.startup_tasks.append(self.examples_handler.startup)
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
                with Column():
                    for component in self.main_inputs:
                        component.render()
                    self._render_additional_inputs()
                    submit, clear = self._render_buttons(submit_btn, clear_btn)
            if outputs and not unified:
                with Column():
                    for component in outputs:
                        if component not in inputs:
                            component.render()
                    if output_only:
                        submit, clear = self._render_buttons("Generate", clear_btn)
                    self._render_flagging()
            elif unified:
                self._render_flagging()
            else:  # input-only: nothing to flag beside the inputs, so no Flag button (as Gradio)
                self.flagging_mode = "never"
                self._render_flagging()
        return submit, clear

    def _render_flagging(self) -> None:
        """One Flag button per option, and the flagged data as a zip to download."""
        self.flag_buttons: list[tuple[Button, str | None]] = []
        if self.flagging_mode == "never":
            return
        if self.flagging_mode == "manual":
            with Row():
                self.flag_buttons = [(Button(label), value) for label, value in self.flagging_options]
        # The flagged data, kept in the browser's storage, offered as a zip.
        self.flagged_download = File(label="Flagged data", visible=False, interactive=False)

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

    def _attach_flagging(self, predict: Dependency) -> None:
        flagged = [c for c in self._visible(self.input_components)]
        flagged += [c for c in self._visible(self.output_components) if c not in flagged]
        logger = CSVLogger(flagged, self.flagging_dir)
        if self.flagging_mode == "auto":
            # As Gradio: every run that succeeds is flagged, inputs and outputs as shown.
            async def flag_run(*payloads: Any) -> Any:
                await logger.flag_stored(payloads)
                return update(value=logger.zip(), visible=True)

            auto = predict.success(flag_run, flagged, [self.flagged_download], api_name=False, show_progress="hidden")
            auto.preprocess = False
            return
        for button, option in self.flag_buttons:

            async def flag(*payloads: Any, option: str | None = option) -> Any:
                await logger.flag_stored(payloads, option)
                return update(value=logger.zip(), visible=True)

            dependency = self.set_event_trigger(
                [(button, "click")], flag, flagged, [self.flagged_download], api_name=False
            )
            dependency.preprocess = False

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
    ) -> Any:
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
        self._attach_flagging(predict)
        return predict
