"""Runs one of Gradio's demos and serves it over HTTP, with Lite or with real Gradio.

Usage (by bench.demos, one process per demo): python bench/demo_probe.py lite|gradio DEMO_DIR PORT

With `lite`, `import gradio` gives lite_core, as it does in the page; with `gradio` the
interpreter's own Gradio serves. Either way the demo's run.py runs as `__main__` in its own
folder, and `launch()` serves on PORT (GRADIO_SERVER_PORT, which both honour).
"""

from __future__ import annotations

import os
import runpy
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def alias_gradio() -> None:
    sys.path.insert(0, str(REPO))
    from lite_core import gradio_alias

    gradio_alias.install()


def main() -> None:
    mode, folder, port = sys.argv[1], Path(sys.argv[2]), sys.argv[3]
    os.environ.update(GRADIO_SERVER_PORT=port, GRADIO_SERVER_NAME="127.0.0.1", GRADIO_ANALYTICS_ENABLED="False")
    os.chdir(folder)
    sys.path.insert(0, str(folder))
    sys.argv = [str(folder / "run.py")]
    if mode == "lite":
        alias_gradio()
    scope = runpy.run_path(str(folder / "run.py"), run_name="__main__")
    # Reached when run.py builds its app without launching it (no `__main__` guard).
    demo = scope.get("demo")
    if demo is None:
        raise SystemExit("run.py defines no `demo` and launched nothing")
    demo.launch()


if __name__ == "__main__":
    main()
