"""`lite build app.py -o site/`: a static folder any host serves, with no request off its
origin: the web build (lite.js, its chunks, the verified Pyodide runtime and its packages),
the app's files under app/, and the wheels its requirements need, vendored with their
sha256 in the runtime's lock (build_scripts/vendor.py, as the product's own build does).
"""

from __future__ import annotations

import html
import json
import os
import shutil
import tempfile
from pathlib import Path
from urllib.parse import quote

from . import app_files, html_page, web_assets

# A site this command made: safe to replace on the next build.
MARKER = ".lite-site"
# Lite is the `gradio` of the page: a requirements.txt written for Spaces lists these.
PROVIDED = {"gradio", "gradio-client", "gradio_client", "lite-core", "lite_core"}


def requirement_name(line: str) -> str:
    name = line.split(";", 1)[0].split("[", 1)[0]
    for sep in "=<>!~ @":
        name = name.split(sep, 1)[0]
    return name.strip().lower()


def app_requirements(entry: Path, given: list[Path]) -> list[str]:
    return [line for line in app_files.requirements_of(entry, given) if requirement_name(line) not in PROVIDED]


def prepare(out: Path) -> None:
    if out.exists() and any(out.iterdir()) and not (out / MARKER).exists():
        raise SystemExit(f"lite: {out} is not empty and was not made by `lite build`; choose another -o folder.")
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    (out / MARKER).write_text("made by `lite build`; replaced by the next build\n")


def copy_tree(source: Path, target: Path) -> None:
    """Hard links where the file system allows (the runtime is ~70 MB), copies otherwise."""

    def link_or_copy(src: str, dst: str) -> None:
        try:
            os.link(src, dst)
        except OSError:
            shutil.copy2(src, dst)

    shutil.copytree(source, target, copy_function=link_or_copy)


def vendor(lines: list[str], runtime_dir: Path) -> int:
    """Wheels for `lines` into the site's runtime, with entries in its lock."""
    try:
        from build_scripts import vendor as vendoring
    except ImportError as e:
        raise SystemExit(f"lite build: vendoring requirements needs `packaging` ({e}); pip install packaging") from e
    lock_path = runtime_dir / "pyodide-lock.json"
    lock = json.loads(lock_path.read_text())
    with tempfile.TemporaryDirectory() as tmp:
        requirements = Path(tmp) / "requirements.txt"
        requirements.write_text("\n".join(lines) + "\n")
        entries = vendoring.vendor([requirements], lock, runtime_dir)
    lock["packages"].update(entries)
    # A fresh file, not the hard link to the web build's lock.
    lock_path.unlink()
    lock_path.write_text(json.dumps(lock, indent=1, sort_keys=True))
    return len(entries)


def build(entry: Path, out: Path, requirements: list[Path], *, offline: bool = False) -> Path:
    entry = entry.resolve()
    out = out.resolve()
    assets = web_assets.find()
    files = app_files.collect(entry, exclude=out)
    lines = app_requirements(entry, requirements)
    prepare(out)
    for item in assets.iterdir():
        if item.name in web_assets.NOT_SHIPPED:
            continue
        if item.is_dir():
            copy_tree(item, out / item.name)
        else:
            shutil.copy2(item, out / item.name)
    tags = []
    for name, path in files.items():
        target = out / "app" / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(path, target)
        attributes = f'name="{html.escape(name)}" url="app/{html.escape(quote(name))}"'
        tags.append(f"<gradio-file {attributes}{' entrypoint' if path == entry else ''}></gradio-file>\n")
    vendored = vendor(lines, out / "pyodide") if lines else 0
    block = "<gradio-requirements>\n" + "\n".join(html.escape(line) for line in lines) + "\n</gradio-requirements>\n"
    attributes = "control-page-title offline" if offline else "control-page-title"
    body = f"<gradio-lite {attributes}>\n{''.join(tags)}{block if lines else ''}</gradio-lite>\n"
    (out / "index.html").write_text(html_page.document(entry.stem, body, prefix="./"))
    size = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
    print(f"lite build: {out} ({len(files)} app files, {vendored} vendored wheels, {size / 1e6:.1f} MB)")
    print(f"  serve it with any static server, e.g. `python -m http.server -d {out} 7860`")
    return out
