"""Examples: sample inputs in a table under the Interface; a click fills the inputs.

With `cache_examples=True` the function runs on every example when the app starts
(in the browser: while it boots) and a click shows the saved outputs without running
it again; with "lazy" an example runs on its first click only. Outputs are saved in
their wire form under `GRADIO_EXAMPLES_CACHE` (default `.gradio/cached_examples`).
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Literal

from .components import Component
from .components.dataset import Dataset
from .dependency import Dependency
from .processing import iterate_dependency, run_dependency
from .updates import Processed

CacheMode = bool | Literal["lazy"]


def examples_from_directory(folder: str | os.PathLike[str], inputs: Sequence[Component]) -> list[list[Any]]:
    """Gradio's two layouts: a `log.csv` (a row per example, file cells relative to the
    folder), or, for a single input, every file of the folder as one example."""
    root = Path(folder)
    if not root.is_dir():
        raise ValueError(f"examples: {folder!r} is not a directory")
    log = root / "log.csv"
    if log.exists():
        import csv

        with open(log, newline="", encoding="utf-8") as f:
            table = list(csv.reader(f))[1:]
        return [[_in_folder(root, cell) for cell in row[: len(inputs)]] for row in table]
    if len(inputs) != 1:
        raise ValueError("A directory of examples without log.csv needs exactly one input component")
    return [[str(path)] for path in sorted(root.iterdir()) if path.is_file() and not path.name.startswith(".")]


def _in_folder(root: Path, cell: str) -> Any:
    """A cell that names a file in the folder becomes its path; anything else stays."""
    return str(root / cell) if cell and (root / cell).is_file() else cell


def normalize_examples(examples: Any, inputs: Sequence[Component]) -> list[list[Any]]:
    """A list of rows, one value per input: a flat list is accepted for a single input."""
    if examples is None:
        return []
    if isinstance(examples, (str, os.PathLike)):
        return examples_from_directory(examples, inputs)
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


def cache_root() -> Path:
    return Path(os.environ.get("GRADIO_EXAMPLES_CACHE", ".gradio/cached_examples"))


class Examples:
    def __init__(
        self,
        examples: Any,
        inputs: Sequence[Component],
        *,
        outputs: Sequence[Component] = (),
        predict: Dependency | None = None,
        cache_examples: CacheMode = False,
        examples_per_page: int = 10,
        label: str | None = "Examples",
    ) -> None:
        if cache_examples not in (True, False, "lazy"):
            raise ValueError(f"cache_examples must be True, False or 'lazy', got {cache_examples!r}")
        if cache_examples and predict is None:
            raise ValueError("cache_examples needs the function and its outputs to run the examples")
        self.inputs = list(inputs)
        self.outputs = list(outputs)
        self.predict = predict
        self.cache_mode: CacheMode = cache_examples
        self.cache: dict[int, list[Any]] = {}
        self.dataset = Dataset(
            components=self.inputs,
            samples=normalize_examples(examples, self.inputs),
            samples_per_page=examples_per_page,
            label=label,
            type="index",
        )
        targets = self.inputs + (self.outputs if cache_examples else [])
        self.dataset.click(self.load, [self.dataset], targets, api_name=False, show_progress="hidden")

    @property
    def cache_file(self) -> Path:
        assert self.predict is not None
        return cache_root() / f"{self.predict.api_name or self.predict.id}" / "cache.json"

    async def load(self, index: int) -> Any:
        sample = self.dataset.raw_samples[index]
        if not self.cache_mode:
            return sample[0] if len(self.inputs) == 1 else sample
        if index not in self.cache:
            await self.run(index)
        return [*sample, *(Processed(value) for value in self.cache[index])]

    async def run(self, index: int) -> None:
        """Run the function on one example and keep (and save) its outputs."""
        assert self.predict is not None
        sample = self.dataset.raw_samples[index]
        payloads = [component.postprocess(value) for component, value in zip(self.inputs, sample)]
        if self.predict.is_generator:
            outputs: list[Any] = []
            async for outputs in iterate_dependency(self.predict, payloads, {}):
                pass
        else:
            outputs = await run_dependency(self.predict, payloads, {})
        self.cache[index] = outputs
        self.cache_file.parent.mkdir(parents=True, exist_ok=True)
        self.cache_file.write_text(json.dumps({str(k): v for k, v in self.cache.items()}))

    async def startup(self) -> None:
        """cache_examples=True: every example runs now, before the app answers."""
        if self.cache_mode is True:
            for index in range(len(self.dataset.raw_samples)):
                await self.run(index)
