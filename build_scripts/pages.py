"""Static pages for the examples: each app's code, unchanged, inside <gradio-lite>."""

from __future__ import annotations

import html
import json
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


PLAYGROUND = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>Lite playground</title>
<link rel="stylesheet" href="lite.css">
<style>body {{ margin: 0 auto; padding: 1rem; max-width: 1400px; font-family: system-ui, sans-serif; }}</style>
</head>
<body>
<main>
<h1 style="font-size: 1.25rem">Lite playground</h1>
<div id="app"></div>
</main>
<script type="module">
import {{ createGradioApp, decodeApp }} from "./lite.js";

// A share link carries its app in the fragment (#app=...); without one, the Quickstart.
const target = document.getElementById("app");
let app = {{ files: {{ "app.py": {code} }}, entrypoint: "app.py", requirements: [] }};
try {{
  app = (await decodeApp(location.hash)) ?? app;
}} catch (e) {{
  const note = Object.assign(document.createElement("p"), {{ role: "alert" }});
  note.textContent = "This link's app could not be read (" + e.message + "): showing the Quickstart.";
  target.before(note);
}}
window.liteApp = await createGradioApp({{
  target, ...app, playground: true, layout: "horizontal", storageKey: "lite-playground", controlPageTitle: false,
}});
</script>
</body>
</html>
"""


def playground(code: str) -> str:
    # The default code as a JSON string; `</` escaped so that it cannot end the script.
    return PLAYGROUND.format(code=json.dumps(code).replace("</", "<\\/"))


def write_pages(examples: Path, out: Path) -> list[Path]:
    """dist/index.html is the Quickstart; every example also gets examples/<name>.html."""
    written = []
    (out / "examples").mkdir(parents=True, exist_ok=True)
    for source in sorted(examples.glob("*.py")):
        target = out / "examples" / f"{source.stem}.html"
        target.write_text(page(source.read_text(), source.stem, prefix="../"))
        written.append(target)
    (out / "playground.html").write_text(playground((examples / "quickstart.py").read_text()))
    index = out / "index.html"
    index.write_text(page((examples / "quickstart.py").read_text(), "Quickstart"))
    return [index, *written]
