"""Dependency: one event wiring (targets -> fn(inputs) -> outputs), as in Gradio's config."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal

from .components.base import Component
from .event_data import EventData, kind_of
from .protocol import DependencyConfig
from .request import filled_kind, is_request_annotation

if TYPE_CHECKING:
    from .blocks_base import Key
    from .renderable import Renderable


class Dependency:
    # A plain class, not a dataclass: importing dataclasses costs ~40 ms at start-up
    # in the browser, for nothing this needs.
    def __init__(
        self,
        id: int,
        fn: Callable[..., Any] | None,
        targets: list[tuple[int, str]],
        inputs: list[Component],
        outputs: list[Component],
        api_name: str | None,
        js: str | None = None,
        queue: bool = True,
        show_progress: Literal["full", "minimal", "hidden"] = "full",
        trigger_mode: Literal["once", "multiple", "always_last"] = "once",
        scroll_to_output: bool = False,
        show_api: bool = True,
    ) -> None:
        self.id = id
        self.fn = fn
        self.targets = targets
        self.inputs = inputs
        self.outputs = outputs
        self.api_name = api_name
        self.js = js
        self.queue = queue
        self.show_progress = show_progress
        self.trigger_mode = trigger_mode
        self.scroll_to_output = scroll_to_output
        self.show_api = show_api
        self.trigger_after: int | None = None
        self.trigger_only_on_success = False
        self.trigger_only_on_failure = False
        # Events (fn indexes) this one stops, as a Stop button does.
        self.cancels: list[int] = []
        # For streaming inputs: how often the page sends a new chunk or frame, in seconds.
        self.stream_every: float | None = None
        # gr.api: no components; the function gets and returns JSON values as they are.
        self.api_only = False
        # False: the function gets the wire values as they came (flagging saves those).
        self.preprocess = True
        # Recent run times, for `average_duration`.
        self.durations: list[float] = []
        # Set by Blocks.set_event_trigger: where `.then()` adds the next event.
        self.chain: Callable[..., Dependency] | None = None
        # Inputs given as a set: the function gets one dict, {component: value}.
        self.inputs_as_dict = False
        # The gr.render this event runs (its function builds the render's blocks)...
        self.renderable: Renderable | None = None
        # ...or the one whose function set this listener (replaced at its next run), and
        # the listener's key there (a keyed listener keeps its id from run to run).
        self.rendered_in: Renderable | None = None
        self.key: Key | None = None

    def then(
        self, fn: Callable[..., Any] | None, inputs: Any = None, outputs: Any = None, **options: Any
    ) -> Dependency:
        """An event that runs after this one ends (Gradio's `.then`)."""
        if self.chain is None:
            raise RuntimeError("This event is not part of a Blocks app.")
        follower = self.chain([], fn, inputs, outputs, **options)
        follower.trigger_after = self.id
        return follower

    def success(
        self, fn: Callable[..., Any] | None, inputs: Any = None, outputs: Any = None, **options: Any
    ) -> Dependency:
        """An event that runs after this one ends without an error (Gradio's `.success`)."""
        follower = self.then(fn, inputs, outputs, **options)
        follower.trigger_only_on_success = True
        return follower

    def failure(
        self, fn: Callable[..., Any] | None, inputs: Any = None, outputs: Any = None, **options: Any
    ) -> Dependency:
        """An event that runs after this one fails (Gradio's `.failure`)."""
        follower = self.then(fn, inputs, outputs, **options)
        follower.trigger_only_on_failure = True
        return follower

    @cached_property
    def event_parameters(self) -> list[tuple[int, type[EventData]]]:
        """(position, kind) of the function's parameters annotated gr.EventData or a kind of it."""
        fn = self.renderable.fn if self.renderable is not None else self.fn
        if fn is None:
            return []
        try:
            parameters = list(inspect.signature(fn).parameters.values())
        except (TypeError, ValueError):  # a builtin without a signature
            return []
        found = [(i, kind_of(p.annotation)) for i, p in enumerate(parameters)]
        return [(i, kind) for i, kind in found if kind is not None]

    @cached_property
    def request_parameters(self) -> list[int]:
        """Positions of the function's parameters annotated gr.Request."""
        if self.fn is None:
            return []
        try:
            parameters = list(inspect.signature(self.fn).parameters.values())
        except (TypeError, ValueError):
            return []
        return [i for i, p in enumerate(parameters) if is_request_annotation(p.annotation)]

    @cached_property
    def oauth_parameters(self) -> set[int]:
        """Of request_parameters, those annotated gr.OAuthProfile / gr.OAuthToken: None."""
        if self.fn is None:
            return set()
        parameters = list(inspect.signature(self.fn).parameters.values())
        return {i for i in self.request_parameters if filled_kind(parameters[i].annotation) != "Request"}

    @property
    def is_generator(self) -> bool:
        return inspect.isgeneratorfunction(self.fn) or inspect.isasyncgenfunction(self.fn)

    @property
    def name(self) -> str:
        return getattr(self.fn, "__name__", "fn")

    def config(self) -> DependencyConfig:
        return {
            "id": self.id,
            "targets": self.targets,
            "inputs": [block.id for block in self.inputs],
            # A render's event outputs its container (the page shows it pending meanwhile).
            "outputs": [block.id for block in self.outputs]
            + ([self.renderable.container.id] if self.renderable is not None else []),
            "backend_fn": self.fn is not None,
            "js": self.js,
            "queue": self.queue,
            "api_name": self.api_name,
            "scroll_to_output": self.scroll_to_output,
            "show_progress": self.show_progress,
            "trigger_mode": self.trigger_mode,
            "types": {"generator": self.is_generator, "cancel": bool(self.cancels)},
            "show_api": self.show_api,
            "trigger_after": self.trigger_after,
            "trigger_only_on_success": self.trigger_only_on_success,
            "trigger_only_on_failure": self.trigger_only_on_failure,
            "collects_event_data": bool(self.event_parameters),
            "cancels": self.cancels,
            "stream_every": self.stream_every,
            "rendered_in": self.rendered_in.id if self.rendered_in is not None else None,
            "render_id": self.renderable.id if self.renderable is not None else None,
        }
