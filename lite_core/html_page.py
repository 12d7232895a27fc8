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

# Visually hidden, still read: Gradio's pages show no page heading above the app, so ours
# look the same, while a screen reader's user finds the page's <h1> and <main> landmark.
# Inline, as the page's stylesheet is the app's (lite.css) and may load late or not at all.
HIDDEN = (
    "position:absolute;width:1px;height:1px;margin:-1px;padding:0;border:0;"
    "overflow:hidden;clip:rect(0 0 0 0);clip-path:inset(50%);white-space:nowrap"
)
MAIN = '<main class="lite-page">\n<h1 class="lite-page-heading" style="{hidden}">{title}</h1>\n{body}</main>\n'


def document(
    title: str, body: str, *, prefix: str = "", script: bool = True, head: str = "", landmark: bool = True
) -> str:
    """A page loading lite.css (and lite.js unless the body imports it) from `prefix`.

    `title` is text (escaped here); `body` and `head` are HTML. With `landmark` (unless the
    body brings its own), the body sits in a <main> headed by `title` as a visually hidden <h1>."""
    links = f'<script type="module" crossorigin src="{prefix}lite.js"></script>\n' if script else ""
    links += f'<link rel="stylesheet" href="{prefix}lite.css">\n'
    if landmark:
        body = MAIN.format(hidden=HIDDEN, title=html.escape(title), body=body)
    return TEMPLATE.format(title=html.escape(title), head=links + head, body=body)
