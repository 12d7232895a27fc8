"""The HTML page around an app, one template for every page the product writes: the
examples and playground (build_scripts/pages.py), `lite build`, `lite serve`, `lite dev`."""

from __future__ import annotations

import html

TEMPLATE = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>{title}</title>
{head}</head>
<body>
{body}</body>
</html>
"""


def document(title: str, body: str, *, prefix: str = "", script: bool = True, head: str = "") -> str:
    """A page loading lite.css (and lite.js unless the body imports it) from `prefix`.

    `title` is text (escaped here); `body` and `head` are HTML."""
    links = f'<script type="module" crossorigin src="{prefix}lite.js"></script>\n' if script else ""
    links += f'<link rel="stylesheet" href="{prefix}lite.css">\n'
    return TEMPLATE.format(title=html.escape(title), head=links + head, body=body)
