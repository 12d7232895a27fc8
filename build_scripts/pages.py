"""Static pages for the examples: each app's code, unchanged, inside <gradio-lite>."""

from __future__ import annotations

import html
from pathlib import Path

PAGE = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>{title}</title>
<script type="module" crossorigin src="{prefix}lite.js"></script>
<link rel="stylesheet" href="{prefix}lite.css">
</head>
<body>
<gradio-lite control-page-title>
{code}</gradio-lite>
</body>
</html>
"""


def page(code: str, title: str, prefix: str = "") -> str:
    # Escaped, so that `<` and `&` in Python reach the element's text unchanged.
    return PAGE.format(title=html.escape(title), prefix=prefix, code=html.escape(code, quote=False))


def write_pages(examples: Path, out: Path) -> list[Path]:
    """dist/index.html is the Quickstart; every example also gets examples/<name>.html."""
    written = []
    (out / "examples").mkdir(parents=True, exist_ok=True)
    for source in sorted(examples.glob("*.py")):
        target = out / "examples" / f"{source.stem}.html"
        target.write_text(page(source.read_text(), source.stem, prefix="../"))
        written.append(target)
    index = out / "index.html"
    index.write_text(page((examples / "quickstart.py").read_text(), "Quickstart"))
    return [index, *written]
