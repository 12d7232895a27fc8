"""Prints the /config and /gradio_api/info an app's file gives, as JSON: with real Gradio
(`gradio`) or with Lite (`lite`, `import gradio` giving lite_core). Run by test_oracle.py
with each interpreter: python dump.py lite|gradio APP.py
"""

from __future__ import annotations

import json
import os
import runpy
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]


def main() -> None:
    mode, app = sys.argv[1], Path(sys.argv[2]).resolve()
    os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"
    os.chdir(app.parent)
    if mode == "lite":
        sys.path.insert(0, str(REPO))
        from lite_core import gradio_alias

        gradio_alias.install()
    import gradio  # type: ignore[import-not-found,unused-ignore]  # lite_core under the alias

    launched: list[Any] = []
    gradio.Blocks.launch = lambda self, *a, **k: launched.append(self)
    scope = runpy.run_path(str(app), run_name="__main__")
    demo = launched[0] if launched else scope["demo"]
    if mode == "lite":
        config, info = demo.config(), demo.api_info()
    else:
        config = demo.get_config_file()
        info = demo.get_api_info()
    json.dump({"config": config, "info": info}, sys.stdout, default=str)


if __name__ == "__main__":
    main()
