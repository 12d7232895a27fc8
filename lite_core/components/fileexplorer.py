"""gr.FileExplorer: a tree of the files under `root_dir` to pick from.

As in Gradio, the tree is not in /config: the page asks for one folder at a time through
the component's server function `ls` (POST /gradio_api/component_server, `server_fns` in
the props), when the tree first shows and when a folder is opened. On the wire a selection
is a list of paths, each split into its parts relative to `root_dir`.

An event that returns a new root_dir, glob or ignore_glob (`gr.FileExplorer(root_dir=...)`)
changes them for its session only, as Gradio's per-session config does: `ls` and
preprocess read the session's settings.
"""

from __future__ import annotations

import fnmatch
import os
from pathlib import Path
from typing import Any, ClassVar, Literal, TypedDict

from ..blocks_base import event_listener
from ..exceptions import InvalidPayload
from ..protocol import ComponentProps
from ..updates import is_update
from .base import Component, describe

_SETTINGS = ("root_dir", "glob", "ignore_glob")


class FileExplorerEntry(TypedDict):
    """One item of a folder as `ls` lists it."""

    name: str
    type: Literal["file", "folder"]
    valid: bool


class FileExplorerProps(ComponentProps):
    glob: str
    ignore_glob: str | None
    root_dir: str
    file_count: Literal["single", "multiple"]
    height: int | str | None
    max_height: int | str | None
    min_height: int | str | None
    server_fns: list[str]


class FileExplorer(Component):
    block_type = "fileexplorer"
    Props = FileExplorerProps
    payload_types = (list,)
    payload_description = "a list of paths, each a list of its parts"
    python_type_name = "list[str] | str"
    # The methods the page may call by name (Gradio's @server functions).
    server_fns: ClassVar[list[str]] = ["ls"]

    def __init__(
        self,
        glob: str = "**/*",
        *,
        value: str | list[str] | None = None,
        file_count: Literal["single", "multiple"] = "multiple",
        root_dir: str | Path = ".",
        ignore_glob: str | None = None,
        every: Any = None,
        inputs: Any = None,
        height: int | str | None = None,
        max_height: int | str | None = 500,
        min_height: int | str | None = None,
        preserved_by_key: list[str] | str | None = "value",
        **kwargs: Any,
    ) -> None:
        del every, inputs, preserved_by_key  # accepted as Gradio's, unused here
        self.root_dir = os.path.abspath(root_dir)
        self.glob = glob
        self.ignore_glob = ignore_glob
        if file_count not in ("single", "multiple"):
            raise ValueError(
                f"Invalid value for parameter `file_count`: {file_count}. "
                "Please choose from one of: ['single', 'multiple']"
            )
        self.file_count = file_count
        self.height = height
        self.max_height = max_height
        self.min_height = min_height
        super().__init__(value, **kwargs)

    def validate_payload(self, payload: Any) -> None:
        super().validate_payload(payload)
        if payload is not None and not all(
            isinstance(path, list) and all(isinstance(part, str) for part in path) for path in payload
        ):
            raise InvalidPayload(f"expects {self.payload_description}, got {describe(payload)}")

    # --- settings an event changed for its session ---------------------------------------

    def _settings(self, state: dict[int, Any] | None) -> dict[str, Any]:
        mine = {"root_dir": self.root_dir, "glob": self.glob, "ignore_glob": self.ignore_glob}
        kept = state.get(self.id) if state else None
        return {**mine, **kept} if isinstance(kept, dict) else mine

    def keep_in_session(self, value: Any, state: dict[int, Any]) -> bool:
        if is_update(value):
            changed = {k: value[k] for k in _SETTINGS if k in value}
            if "root_dir" in changed:
                changed["root_dir"] = os.path.abspath(changed["root_dir"])
            if changed:
                state[self.id] = {**self._settings(state), **changed}
        return False  # the update still goes to the page

    def read_session(self, payload: Any, state: dict[int, Any]) -> Any:
        return self.preprocess(payload, self._settings(state)["root_dir"])

    def preprocess(self, payload: list[list[str]] | None, root_dir: str | None = None) -> list[str] | str | None:
        """The chosen path (file_count="single") or paths, absolute under `root_dir`."""
        if payload is None:
            return None
        root = root_dir or self.root_dir
        if self.file_count == "single":
            if len(payload) > 1:
                raise ValueError(f"Expected only one file, but {len(payload)} were selected.")
            if not payload:
                return None
            return os.path.normpath(os.path.join(root, *payload[0]))
        return [os.path.normpath(os.path.join(root, *path)) for path in payload]

    def _strip_root(self, path: str) -> str:
        return path[len(self.root_dir) + 1 :] if path.startswith(self.root_dir) else path

    def postprocess(self, value: str | list[str] | None) -> list[list[str]] | None:
        if value is None:
            return None
        listed = [value] if isinstance(value, str) else value
        return [self._strip_root(str(path)).split(os.path.sep) for path in listed]

    def ls(self, subdirectory: list[str] | None = None, state: dict[int, Any] | None = None) -> list[FileExplorerEntry]:
        """The folders then the files of a folder under `root_dir` (given as its parts), sorted,
        as the glob and ignore_glob let them through; a folder is always listed (it may hold
        matches), marked valid only when the glob matches it too. `state`: the session's."""
        settings = self._settings(state)
        glob, ignore_glob = settings["glob"], settings["ignore_glob"]
        folder = self._safe_join(settings["root_dir"], subdirectory or [])
        try:
            names = sorted(os.listdir(folder))
        except (FileNotFoundError, NotADirectoryError):
            return []
        found_files: list[FileExplorerEntry] = []
        folders: list[FileExplorerEntry] = []
        for name in names:
            full = os.path.join(folder, name)
            is_file = not os.path.isdir(full)
            valid = fnmatch.fnmatch(full, glob)
            if is_file and not valid:
                continue
            if ignore_glob and fnmatch.fnmatch(full, ignore_glob):
                continue
            entry: FileExplorerEntry = {"name": name, "type": "file" if is_file else "folder", "valid": valid}
            (found_files if is_file else folders).append(entry)
        return folders + found_files

    @staticmethod
    def _safe_join(root_dir: str, parts: list[str]) -> str:
        """The folder `parts` name under root_dir; a path that would leave it is refused."""
        if not isinstance(parts, list) or not all(isinstance(part, str) for part in parts):
            raise InvalidPayload(f"expects a folder as a list of names, got {describe(parts)}")
        root = os.path.realpath(root_dir)
        target = os.path.realpath(os.path.join(root, *parts))
        if target != root and not target.startswith(root + os.sep):
            raise InvalidPayload(f"the folder {'/'.join(parts)!r} is outside the explorer's root")
        return target

    def api_info(self) -> dict[str, Any]:
        return {"type": "array", "items": {"type": "array", "items": {"type": "string"}}}

    def example_payload(self) -> Any:
        return [["gradio", "app.py"]]

    def example_value(self) -> Any:
        return os.sep.join(["gradio", "app.py"])

    change = event_listener("change")
    input = event_listener("input")
