"""Dependency: one event wiring (targets -> fn(inputs) -> outputs), as in Gradio's config."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

from .components.base import Component
from .protocol import DependencyConfig


@dataclass
class Dependency:
    id: int
    fn: Callable[..., Any] | None
    targets: list[tuple[int, str]]
    inputs: list[Component]
    outputs: list[Component]
    api_name: str | None
    js: str | None = None
    queue: bool = True
    show_progress: Literal["full", "minimal", "hidden"] = "full"
    trigger_mode: Literal["once", "multiple", "always_last"] = "once"
    scroll_to_output: bool = False
    show_api: bool = True
    trigger_after: int | None = None
    trigger_only_on_success: bool = False
    # Filled by the runner: how long the function took, for `average_duration`.
    durations: list[float] = field(default_factory=list)

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
            "outputs": [block.id for block in self.outputs],
            "backend_fn": self.fn is not None,
            "js": self.js,
            "queue": self.queue,
            "api_name": self.api_name,
            "scroll_to_output": self.scroll_to_output,
            "show_progress": self.show_progress,
            "trigger_mode": self.trigger_mode,
            "types": {"generator": self.is_generator, "cancel": False},
            "show_api": self.show_api,
            "trigger_after": self.trigger_after,
            "trigger_only_on_success": self.trigger_only_on_success,
        }
