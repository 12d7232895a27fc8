"""Examples: sample inputs in a table under the Interface; a click fills the inputs."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .components import Component
from .components.dataset import Dataset


def normalize_examples(examples: Any, inputs: Sequence[Component]) -> list[list[Any]]:
    """A list of rows, one value per input: a flat list is accepted for a single input."""
    if examples is None:
        return []
    if isinstance(examples, str):
        raise NotImplementedError("examples from a directory are not supported yet")
    rows = list(examples)
    if len(inputs) == 1 and rows and not all(isinstance(row, (list, tuple)) for row in rows):
        return [[row] for row in rows]
    normalized = []
    for row in rows:
        if not isinstance(row, (list, tuple)):
            raise ValueError(f"Each example must be a list with one value per input, got {row!r}")
        if len(row) > len(inputs):
            raise ValueError(
                f"An example has {len(row)} values but there are {len(inputs)} inputs: {list(row)!r}"
            )
        normalized.append(list(row) + [None] * (len(inputs) - len(row)))
    return normalized


class Examples:
    def __init__(
        self,
        examples: Any,
        inputs: Sequence[Component],
        *,
        examples_per_page: int = 10,
        label: str | None = "Examples",
    ) -> None:
        self.inputs = list(inputs)
        self.dataset = Dataset(
            components=self.inputs,
            samples=normalize_examples(examples, self.inputs),
            samples_per_page=examples_per_page,
            label=label,
        )
        single = len(self.inputs) == 1

        def load_example(sample: list[Any]) -> Any:
            return sample[0] if single else sample

        self.dataset.click(load_example, [self.dataset], self.inputs, api_name=False, show_progress="hidden")
