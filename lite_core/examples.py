"""Examples: sample inputs in a table under the Interface; a click fills the inputs.

With `cache_examples=True` the function runs on every example when the app starts
(in the browser: while it boots) and a click shows the saved outputs without running
it again; with "lazy" an example runs on its first click only. Outputs are saved in
their wire form under `GRADIO_EXAMPLES_CACHE` (default `.gradio/cached_examples`),
with copies of the files they name, and reused on the next start (in the browser:
the next visit) as long as the app's code and its examples are the same.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Literal

from . import files, storage
from .appcontext import active
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
        # Values beyond the inputs are left out, as Gradio does (a log's extra columns).
        normalized.append(list(row)[: len(inputs)] + [None] * (len(inputs) - len(row)))
    return normalized


def cache_root() -> Path:
    return Path(os.environ.get("GRADIO_EXAMPLES_CACHE", ".gradio/cached_examples"))


class Examples:
    def __init__(
        self,
        examples: Any,
        inputs: Component | Sequence[Component],
        outputs: Component | Sequence[Component] | None = None,
        fn: Callable[..., Any] | None = None,
        cache_examples: CacheMode | None = None,
        cache_mode: Literal["eager", "lazy"] | None = None,
        examples_per_page: int = 10,
        label: str | None = "Examples",
        *,
        run_on_click: bool = False,
        predict: Dependency | None = None,
        **gradio_options: Any,
    ) -> None:
        from .blocks_base import gradio_arguments

        unknown = [name for name in gradio_options if name not in gradio_arguments(Examples)]
        if unknown:
            raise TypeError(f"Examples() got an unexpected keyword argument {unknown[0]!r}")
        if cache_examples and cache_mode == "lazy":
            cache_examples = "lazy"
        cache_examples = cache_examples or False
        if cache_examples not in (True, False, "lazy"):
            raise ValueError(f"cache_examples must be True, False or 'lazy', got {cache_examples!r}")
        self.inputs = [inputs] if isinstance(inputs, Component) else list(inputs)
        self.outputs = [outputs] if isinstance(outputs, Component) else list(outputs or [])
        if fn is not None and predict is None:
            # `gr.Examples(..., fn=)` in Blocks: the function runs as an event of its own
            # (no trigger in the page), which caching and run_on_click use.
            predict = (
                self.inputs[0]
                .app()
                .set_event_trigger([], fn, self.inputs, self.outputs, api_name=False, show_progress="hidden")
            )
        if cache_examples and predict is None:
            raise ValueError("cache_examples needs the function and its outputs to run the examples")
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
        loaded = self.dataset.click(self.load, [self.dataset], targets, api_name=False, show_progress="hidden")
        if run_on_click and not cache_examples and predict is not None and predict.fn is not None:
            loaded.then(predict.fn, self.inputs, self.outputs, api_name=False)
        if cache_examples and fn is not None:
            self.inputs[0].app().startup_tasks.append(self.startup)

    @property
    def cache_file(self) -> Path:
        assert self.predict is not None
        return cache_root() / f"{self.predict.api_name or self.predict.id}" / "cache.json"

    def fingerprint(self) -> str:
        """What the cached outputs depend on: the app's code, the function, the examples."""
        import hashlib

        assert self.predict is not None
        code = getattr(self.predict.fn, "__code__", None)
        parts = [
            active().fingerprint,
            getattr(self.predict.fn, "__qualname__", ""),
            hashlib.sha256(code.co_code).hexdigest() if code else "",
            json.dumps(self.dataset.raw_samples, default=str),
        ]
        return hashlib.sha256("\0".join(parts).encode()).hexdigest()

    def load_saved(self) -> None:
        """Outputs cached by an earlier start of the same app, if still valid."""
        try:
            saved = json.loads(self.cache_file.read_text())
        except (OSError, ValueError):
            return
        if not isinstance(saved, dict) or saved.get("fingerprint") != self.fingerprint():
            return
        self.cache = {int(index): outputs for index, outputs in saved.get("outputs", {}).items()}
        for outputs in self.cache.values():
            _walk_files(outputs, lambda data: files.allow(data["path"]) and None)

    def save(self) -> None:
        self.cache_file.parent.mkdir(parents=True, exist_ok=True)
        outputs = {str(k): v for k, v in self.cache.items()}
        self.cache_file.write_text(json.dumps({"fingerprint": self.fingerprint(), "outputs": outputs}))
        storage.changed()

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
            async for outputs in iterate_dependency(self.predict, payloads, {}):  # noqa: B007 - keeps the last
                pass
        else:
            outputs = await run_dependency(self.predict, payloads, {})
        folder = self.cache_file.parent / "files"
        self.cache[index] = _walk_files(outputs, lambda data: _keep_file(data, folder))
        self.save()

    async def startup(self) -> None:
        """Saved outputs first; then, for cache_examples=True, every example not saved."""
        if not self.cache_mode:
            return
        self.load_saved()
        if self.cache_mode is True:
            for index in range(len(self.dataset.raw_samples)):
                if index not in self.cache:
                    await self.run(index)


def _walk_files(value: Any, visit: Any) -> Any:
    """`value` with each FileData in it replaced by `visit(file_data)` (or kept if None)."""
    if isinstance(value, dict):
        if isinstance(value.get("path"), str) and "meta" in value:
            return visit(value) or value
        return {k: _walk_files(v, visit) for k, v in value.items()}
    if isinstance(value, list):
        return [_walk_files(v, visit) for v in value]
    return value


def _keep_file(data: dict[str, Any], folder: Path) -> dict[str, Any] | None:
    """A temporary file an output names, copied beside the cache so that it lasts."""
    import shutil

    source = Path(data["path"])
    if not files.is_allowed(str(source)) or not source.is_relative_to(files.cache_dir()):
        return None
    target = folder / source.parent.name / source.name
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
    path = files.allow(target)
    return {**data, "path": path, "url": files.file_url(path)}
