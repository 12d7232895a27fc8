"""Each example app as real Gradio 5.45 describes it and as Lite does: the same components
in the same order, the same props, the same API endpoints with the same parameters.

Gradio runs in its own interpreter (LITE_ORACLE_PYTHON, by default .cache/oracle/bin/python,
which scripts/test.sh installs from tests/oracle/requirements.txt); both sides print their
/config and /gradio_api/info through dump.py. Differences Lite makes on purpose are listed
in DELIBERATE with the reason.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]
DUMP = Path(__file__).with_name("dump.py")
LAYOUTS = {"row", "column", "form", "group", "tabs", "tabitem", "accordion", "sidebar", "walkthrough", "step"}
# Props that are not the app's: Gradio's internal bookkeeping, or file URLs (each server its own).
UNCOMPARED_PROPS = {"name", "_selectable", "preserved_by_key", "elem_classes", "proxy_url", "root"}
# A Dataset's renderer props: ids each side numbers its own way, the sample components' props.
UNCOMPARED_PROPS |= {"component_ids", "component_props"}
EXAMPLES = sorted(p.name for p in (REPO / "examples").glob("*.py") if p.name != "unified_text_generation.py")

DELIBERATE: dict[str, str] = {
    "flagged-data": "Interface: Lite adds a hidden File offering the flagged rows as a zip (they live in "
    "the browser's storage; Gradio keeps them on its server)",
    "chat-internals": "ChatInterface: Gradio keeps four hidden States, a fake button and a null component "
    "for its event chain; Lite's chain needs one State and a hidden JSON: the endpoints are compared",
    "chat-label": "ChatInterface: Lite labels the message box 'Message' (hidden) so that assistive "
    "technology names it; Gradio leaves it unlabelled",
    "examples-dataset-type": "gr.Examples: Lite's examples Dataset sends the sample's index (Python holds "
    "the samples); Gradio's sends the sample (type 'tuple')",
}
# (component type, prop) pairs that differ for a reason in DELIBERATE.
DELIBERATE_PROPS = {("dataset", "type")}


@pytest.fixture(scope="module")
def examples(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of examples/: an app may write files beside itself when it starts."""
    copy = tmp_path_factory.mktemp("oracle") / "examples"
    shutil.copytree(REPO / "examples", copy)
    return copy


def dump(python: Path | str, mode: str, app: Path) -> dict[str, Any]:
    env = {**os.environ, "GRADIO_ANALYTICS_ENABLED": "False", "PYTHONPATH": ""}
    done = subprocess.run(
        [str(python), str(DUMP), mode, str(app)],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, f"{mode} could not build {app}:\n{done.stderr[-2000:]}"
    found: dict[str, Any] = json.loads(done.stdout)
    return found


def components(config: dict[str, Any]) -> list[dict[str, Any]]:
    shown = [c for c in config["components"] if c["type"] not in LAYOUTS]
    return [c for c in shown if c["props"].get("label") != "Flagged data" or c["type"] != "file"]


def _label(label: str) -> str:
    # An unlabelled component is named after its block id, which each side numbers its own way.
    return "<unlabelled>" if label.startswith(("parameter_", "value_")) else label


def endpoints(info: dict[str, Any]) -> dict[str, Any]:
    """What a client reads of each endpoint: how to call it and what comes back. (The
    schemas' Python type strings are not compared yet: Lite writes its own, Gradio derives
    them from JSON schemas; see the README.)"""
    return {
        name: {
            "parameters": [
                (
                    p["parameter_name"],
                    _label(p["label"]),
                    p["component"],
                    p["parameter_has_default"],
                    p["parameter_default"],
                )
                for p in endpoint["parameters"]
            ],
            "returns": [(_label(r["label"]), r["component"]) for r in endpoint["returns"]],
        }
        for name, endpoint in info["named_endpoints"].items()
    }


@pytest.mark.parametrize("app", EXAMPLES)
def test_lite_describes_the_app_as_gradio_does(app: str, oracle: Path, examples: Path) -> None:
    gradio, lite = dump(oracle, "gradio", examples / app), dump(sys.executable, "lite", examples / app)
    if "ChatInterface" in (REPO / "examples" / app).read_text():  # DELIBERATE["chat-label"]
        for endpoint in lite["info"]["named_endpoints"].values():
            for parameter in endpoint["parameters"][:1]:
                parameter["label"] = "parameter_" if parameter["label"] == "Message" else parameter["label"]
    assert endpoints(lite["info"]) == endpoints(gradio["info"])
    if "ChatInterface" in (REPO / "examples" / app).read_text():
        return  # DELIBERATE["chat-internals"]
    ours, theirs = components(lite["config"]), components(gradio["config"])
    assert [c["type"] for c in ours] == [c["type"] for c in theirs]
    differing = [
        f"{a['type']}.{key}: Gradio {b['props'][key]!r}, Lite {a['props'][key]!r}"
        for a, b in zip(ours, theirs)
        for key in sorted(set(a["props"]) & set(b["props"]) - UNCOMPARED_PROPS)
        if a["props"][key] != b["props"][key] and (a["type"], key) not in DELIBERATE_PROPS
    ]
    assert differing == []
