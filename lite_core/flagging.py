"""Flagging: inputs and outputs saved as CSV rows, in Gradio 5's layout.

`<flagging_dir>/dataset1.csv` has a column per component (its label), then `flag`
when an option was chosen, then `timestamp`. Files are copied under
`<flagging_dir>/<label>/` and their paths go in the cells. Cells that a spreadsheet
would run as a formula are quoted (CSV injection).
"""

from __future__ import annotations

# csv, datetime, shutil and zipfile are imported where used: every Interface imports
# this module, and the browser pays for each import at start-up, flag or not.
import json
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from . import files, frames, storage
from .components.base import Component

_FORMULA_START = ("=", "+", "-", "@", "\t", "\n")
_FORMULA_INSIDE = (",=", ",+", ",-", ",@", ",\t", ",\n")


def csv_safe(value: Any) -> Any:
    if isinstance(value, (int, float)):
        return value
    text = str(value)
    if text.startswith(_FORMULA_START) or any(s in text for s in _FORMULA_INSIDE):
        return "'" + text
    return text


def folder_name(label: str) -> str:
    return re.sub(r"[^\w\-. ]", "", label).strip() or "component"


def is_file_data(value: Any) -> bool:
    return isinstance(value, dict) and isinstance(value.get("path"), str) and "meta" in value


def frame_png(path: str) -> str | None:
    """A kept frame as a PNG file the app serves, or None when it is gone."""
    import io

    frame = frames.get(path)
    if frame is None:
        return None
    buffer = io.BytesIO()
    frames.to_image(frame).save(buffer, "png")
    return files.save_bytes(buffer.getvalue(), "frame.png")


class CSVLogger:
    """Flagged rows in a CSV file. As in Gradio, `gr.CSVLogger()` then `.setup(components,
    flagging_dir)` before `.flag(values)`; Interface passes both at once."""

    def __init__(
        self,
        components: Sequence[Component] | None = None,
        flagging_dir: str | Path | None = None,
        *,
        simplify_file_data: bool = True,
        verbose: bool = True,
        dataset_file_name: str | None = None,
    ) -> None:
        self.setup(components or [], flagging_dir or ".gradio/flagged")

    def setup(self, components: Sequence[Component], flagging_dir: str | Path) -> None:
        self.components = list(components)
        self.flagging_dir = Path(flagging_dir)
        self.labels = [c.label or f"component {i}" for i, c in enumerate(self.components)]

    def datasets(self) -> list[Path]:
        """dataset1.csv, dataset2.csv... in order (a new one when the headers changed)."""
        return sorted(self.flagging_dir.glob("dataset*.csv"), key=lambda p: int(re.sub(r"\D", "", p.stem) or 0))

    def dataset(self, with_option: bool) -> Path:
        """The CSV with these headers: the newest dataset file, or a new one if they changed."""
        import csv

        headers = [csv_safe(h) for h in [*self.labels, *(["flag"] if with_option else []), "timestamp"]]
        self.flagging_dir.mkdir(parents=True, exist_ok=True)
        numbered = self.datasets()
        if numbered:
            with open(numbered[-1], newline="", encoding="utf-8") as f:
                if next(csv.reader(f), None) == headers:
                    return numbered[-1]
        path = self.flagging_dir / f"dataset{len(numbered) + 1}.csv"
        with open(path, "w", newline="", encoding="utf-8") as f:
            csv.writer(f).writerow(headers)
        return path

    def cell(self, label: str, payload: Any) -> str:
        if payload is None:
            return ""
        if is_file_data(payload):
            return self.copy_file(label, payload)
        if isinstance(payload, list) and payload and all(is_file_data(p) for p in payload):
            return json.dumps([self.copy_file(label, p) for p in payload])
        return payload if isinstance(payload, str) else json.dumps(payload)

    def copy_file(self, label: str, data: dict[str, Any]) -> str:
        import shutil

        if frames.is_frame(data["path"]):  # a streamed frame: flagged as the PNG of it
            png = frame_png(data["path"])
            data = {**data, "path": png, "orig_name": "frame.png"} if png else data
        source = Path(data["path"])
        if not files.is_allowed(str(source)):
            return data.get("url") or str(source)
        target_dir = self.flagging_dir / folder_name(label) / source.parent.name
        target_dir.mkdir(parents=True, exist_ok=True)
        # The page names the file: only its last part counts (files.base_name).
        target = target_dir / (files.base_name(str(data.get("orig_name") or "")) or source.name)
        shutil.copyfile(source, target)
        return str(target)

    def flag(self, payloads: Sequence[Any], option: str | None = None, username: str | None = None) -> int:
        """Append one row; the number of rows flagged so far."""
        import csv
        import datetime
        import io

        path = self.dataset(option is not None)
        row = [self.cell(label, payload) for label, payload in zip(self.labels, payloads)]
        row += [option] if option is not None else []
        row.append(str(datetime.datetime.now()))
        line = io.StringIO(newline="")
        csv.writer(line).writerow([csv_safe(value) for value in row])
        with open(path, "a", newline="", encoding="utf-8") as f:
            f.write(line.getvalue())
        # In the browser: saved so that a reload keeps the row, beside rows other tabs flag.
        storage.appended(str(path), line.getvalue().encode())
        storage.changed()
        return self.count()

    async def flag_stored(self, payloads: Sequence[Any], option: str | None = None) -> int:
        """`flag`, returning once the row is in the browser's storage (with rows other tabs
        flagged meanwhile): a flag the page acknowledges survives a reload."""
        self.flag(payloads, option)
        await storage.stored()
        return self.count()

    def count(self) -> int:
        """Rows in the newest dataset file."""
        import csv

        numbered = self.datasets()
        if not numbered:
            return 0
        with open(numbered[-1], newline="", encoding="utf-8") as f:
            return sum(1 for _ in csv.reader(f)) - 1

    def zip(self) -> str:
        """The whole flagging folder as a zip the page can download."""
        import io
        import zipfile

        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
            for path in sorted(self.flagging_dir.rglob("*")):
                if path.is_file():
                    zf.write(path, path.relative_to(self.flagging_dir.parent).as_posix())
        return files.save_bytes(buffer.getvalue(), "flagged.zip")
