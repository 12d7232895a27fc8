"""Static pages for the examples: each app's code, unchanged, inside <gradio-lite>."""

from __future__ import annotations

import html
import json
from pathlib import Path

from lite_core.html_page import document


def readable(stem: str) -> str:
    """A file's stem as a page title a reader would say: "calculator_examples" -> "Calculator examples"."""
    return stem.replace("_", " ").capitalize()


def page(code: str, title: str, prefix: str = "") -> str:
    # Escaped, so that `<` and `&` in Python reach the element's text unchanged.
    body = f"<gradio-lite control-page-title>\n{html.escape(code, quote=False)}</gradio-lite>\n"
    return document(title, body, prefix=prefix)


PLAYGROUND_STYLE = (
    "<style>body { margin: 0 auto; padding: 1rem; max-width: 1400px; font-family: system-ui, sans-serif; }</style>\n"
)
PLAYGROUND_BODY = """<main>
<h1 style="font-size: 1.25rem">Lite playground</h1>
<div id="app"></div>
</main>
<script type="module">
import {{ createGradioApp, decodeApp }} from "./lite.js";

// A share link carries its app in the fragment (#app=...); without one, the Quickstart.
// A link's app keeps its files apart from the playground's and from other links' (its own
// storage key); what keeps it from the origin's other storage is serving the playground
// from an origin of its own (README, "Storage and isolation").
const target = document.getElementById("app");
let app = {{ files: {{ "app.py": {code} }}, entrypoint: "app.py", requirements: [] }};
let storageKey = "lite-playground";
try {{
  const shared = await decodeApp(location.hash);
  if (shared) {{
    app = shared;
    storageKey = "lite-playground/link/" + location.hash.slice(5);
  }}
}} catch (e) {{
  const note = Object.assign(document.createElement("p"), {{ role: "alert" }});
  note.textContent = "This link's app could not be read (" + e.message + "): showing the Quickstart.";
  target.before(note);
}}
window.liteApp = await createGradioApp({{
  target, ...app, playground: true, layout: "horizontal", storageKey, controlPageTitle: false,
}});
</script>
"""


def playground(code: str) -> str:
    # The default code as a JSON string; `</` escaped so that it cannot end the script.
    body = PLAYGROUND_BODY.format(code=json.dumps(code).replace("</", "<\\/"))
    return document("Lite playground", body, script=False, head=PLAYGROUND_STYLE, landmark=False)


def write_pages(examples: Path, out: Path) -> list[Path]:
    """dist/index.html is the Quickstart; every example also gets examples/<name>.html."""
    written = []
    (out / "examples").mkdir(parents=True, exist_ok=True)
    for source in sorted(examples.glob("*.py")):
        target = out / "examples" / f"{source.stem}.html"
        target.write_text(page(source.read_text(), readable(source.stem), prefix="../"))
        written.append(target)
    (out / "playground.html").write_text(playground((examples / "quickstart.py").read_text()))
    index = out / "index.html"
    index.write_text(page((examples / "quickstart.py").read_text(), "Quickstart"))
    return [index, *written]
