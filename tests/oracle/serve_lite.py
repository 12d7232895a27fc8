"""Runs an app's file as `python app.py` would, with `import gradio` giving lite_core: the
app's own `demo.launch()` serves it with uvicorn (GRADIO_SERVER_PORT). Run by
test_runs_on_gradio.py with the oracle interpreter: python serve_lite.py app.py
"""

from __future__ import annotations

import os
import runpy
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def main() -> None:
    app = Path(sys.argv[1]).resolve()
    os.chdir(app.parent)
    sys.path[0] = str(app.parent)  # as `python app.py`: the app's folder comes first
    sys.path.insert(1, str(REPO))
    sys.argv = [str(app)]
    from lite_core import gradio_alias

    gradio_alias.install()
    runpy.run_path(str(app), run_name="__main__")


if __name__ == "__main__":
    main()
