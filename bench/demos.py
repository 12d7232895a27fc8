"""How many of Gradio's own demos start in Lite and answer their first event, with real
Gradio 5.45 as the oracle.

For each folder of Gradio's `demo/` (gradio-app/gradio at the v5.45.0 tag) with a run.py:
1. Eligible? It must need no package missing from Pyodide (its imports and requirements.txt
   are checked against the official Pyodide lock) and no network (no model hubs, HTTP
   clients or `gr.load`, no media fetched by URL). Each exclusion is listed with its reason.
2. Run it twice, each in its own process serving HTTP (bench/demo_probe.py): with Lite
   (`import gradio` gives lite_core, as in the page) and with real Gradio.
3. Speak Gradio's HTTP API to each, as a front end does: GET /config, then the first event a
   user can fire (the first dependency with a Python function, not a load or a timer tick,
   else the first load), sent with the values the config shows, then read the queue's SSE
   stream until `process_completed`.

A demo passes when Lite serves its config and answers the event as Gradio does: both succeed,
or both report an error (a function that fails on its default input fails in Gradio too).
Demos that real Gradio cannot start here (a file or the network it needs is missing) are
not counted. The criterion of the issue is >= 90% of the counted demos.

This measures lite_core on CPython through the same ASGI router the page uses; what differs
in the browser (Pyodide's packages, the front end) is covered by e2e tests.

Usage:
  python -m bench.demos --demos DIR/demo --gradio-python VENV/bin/python [--only a,b] [--jobs 2]
where VENV has gradio==5.45.0, uvicorn and the Pyodide packages demos import (numpy, pandas,
Pillow, matplotlib, scikit-learn, scipy). Writes bench/results/demos.json.
"""

from __future__ import annotations

import argparse
import ast
import json
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
LOCK = ROOT / "dist" / "pyodide" / "pyodide-lock.json"
RESULTS = ROOT / "bench" / "results" / "demos.json"
PROBE = ROOT / "bench" / "demo_probe.py"
START_TIMEOUT, EVENT_TIMEOUT = 60.0, 30.0

NETWORK_IMPORTS = {"requests", "httpx", "openai", "huggingface_hub", "gradio_client", "anthropic", "aiohttp"}
NETWORK_CODE = re.compile(r"\bgr\.load\(|\.load\(\s*['\"](models|spaces|huggingface)/|urlretrieve|urlopen")
# A URL that a demo fetches (media or data by address), not a link in its Markdown.
FETCHED_URL = re.compile(
    r"""['"]https?://[^'"\s]+\.(png|jpe?g|gif|webp|svg|mp4|webm|wav|mp3|ogg|csv|json|glb|gltf|obj|stl|pdf)['"]"""
    r"""|['"]https?://(raw\.githubusercontent|huggingface\.co|gradio-builds|upload\.wikimedia)[^'"]*['"]""",
    re.IGNORECASE,
)


@dataclass
class Outcome:
    demo: str
    lite: str  # started-ok | started-error | no-events | no-start | hung
    gradio: str
    passed: bool | None  # None: not counted (Gradio itself fails here)
    detail: str = ""


def pyodide_imports() -> set[str]:
    lock = json.loads(LOCK.read_text())
    names = set()
    for name, package in lock["packages"].items():
        names.add(name.lower().replace("-", "_"))
        names.update(package.get("imports", []))
    return names


def imported_modules(code: str) -> set[str]:
    modules: set[str] = set()
    for node in ast.walk(ast.parse(code)):
        if isinstance(node, ast.Import):
            modules |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            modules.add(node.module.split(".")[0])
    return modules


def requirement_names(folder: Path) -> set[str]:
    path = folder / "requirements.txt"
    if not path.exists():
        return set()
    names = set()
    for line in path.read_text().splitlines():
        line = line.split("#")[0].strip()
        if line and not line.startswith("-"):
            names.add(re.split(r"[<>=!~\[ ;@]", line)[0].lower().replace("-", "_"))
    return names


def exclusion(folder: Path, available: set[str]) -> str | None:
    """Why a demo is out of scope (needs a package Pyodide lacks, or the network), or None."""
    code = (folder / "run.py").read_text()
    try:
        modules = imported_modules(code)
    except SyntaxError as e:
        return f"run.py does not parse: {e}"
    local = {p.stem for p in folder.iterdir()}
    stdlib = set(sys.stdlib_module_names)
    needs_network = sorted(modules & NETWORK_IMPORTS)
    if needs_network:
        return f"network: imports {', '.join(needs_network)}"
    missing = sorted(m for m in modules - stdlib - local - available if not m.startswith("gradio"))
    missing += sorted(r for r in requirement_names(folder) - available - {"gradio"} if r not in modules)
    if missing:
        return f"not in Pyodide: {', '.join(dict.fromkeys(missing))}"
    if NETWORK_CODE.search(code) or FETCHED_URL.search(code):
        return "network: fetches by URL or loads a hosted model"
    return None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def http_json(url: str, body: Any = None, timeout: float = 10.0) -> Any:
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(url, data=data, headers={"content-type": "application/json"})
    with urllib.request.urlopen(request, timeout=timeout) as response:
        return json.loads(response.read())


def first_event(config: dict[str, Any]) -> tuple[int, dict[str, Any]] | None:
    """The first dependency a user fires (not a load or tick), else the first load."""
    deps = [(i, d) for i, d in enumerate(config.get("dependencies", [])) if d.get("backend_fn", True)]
    passive = {"load", "tick", "unload"}
    for i, dep in deps:
        if any(target[1] not in passive for target in dep.get("targets", [])):
            return i, dep
    return deps[0] if deps else None


def input_values(config: dict[str, Any], dep: dict[str, Any]) -> list[Any]:
    by_id = {c["id"]: c for c in config.get("components", [])}
    values = []
    for input_id in dep.get("inputs", []):
        component = by_id.get(input_id, {})
        value = component.get("props", {}).get("value")
        if value is None and component.get("type") in ("textbox", "code"):
            value = ""  # what the front end sends for an empty box
        values.append(value)
    return values


def fire(base: str, config: dict[str, Any]) -> tuple[str, str]:
    chosen = first_event(config)
    if chosen is None:
        return "no-events", ""
    fn_index, dep = chosen
    session = f"bench{fn_index}"
    target = next((t[0] for t in dep.get("targets", []) if t[0] is not None), None)
    body = {"data": input_values(config, dep), "fn_index": fn_index, "session_hash": session, "trigger_id": target}
    body["event_data"] = None
    try:
        http_json(f"{base}/gradio_api/queue/join", body)
    except urllib.error.HTTPError as e:
        return "started-error", f"join {e.code}: {e.read()[:300].decode(errors='replace')}"
    url = f"{base}/gradio_api/queue/data?session_hash={session}"
    deadline = time.monotonic() + EVENT_TIMEOUT
    with urllib.request.urlopen(url, timeout=EVENT_TIMEOUT) as stream:
        for raw in stream:
            if time.monotonic() > deadline:
                break
            line = raw.decode(errors="replace").strip()
            if not line.startswith("data:"):
                continue
            message = json.loads(line[5:])
            if message.get("msg") == "process_completed":
                if message.get("success"):
                    return "started-ok", ""
                output = message.get("output", {})
                return "started-error", str(output.get("error") or output.get("title") or message)[:300]
            if message.get("msg") == "close_stream":
                break
    return "hung", "no process_completed within the timeout"


def run(mode: str, python: str, folder: Path) -> tuple[str, str]:
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    process = subprocess.Popen(
        [python, str(PROBE), mode, str(folder), str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + START_TIMEOUT
        config = None
        while config is None and time.monotonic() < deadline and process.poll() is None:
            try:
                config = http_json(f"{base}/config", timeout=2)
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                time.sleep(0.3)
        if config is None:
            process.kill()
            err = process.communicate()[1] or ""
            return "no-start", last_error(err)
        try:
            return fire(base, config)
        except (urllib.error.URLError, TimeoutError, ConnectionError) as e:
            return "hung", str(e)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()


def last_error(stderr: str) -> str:
    """The exception line of a traceback (not the `^^^` under the code above it)."""
    lines = [line for line in stderr.strip().splitlines() if line.strip() and not set(line.strip()) <= set("^~ ")]
    return lines[-1][:300] if lines else "exited without serving /config"


def judge(folder: Path, gradio_python: str, lite_python: str) -> Outcome:
    g, g_detail = run("gradio", gradio_python, folder)
    lite, l_detail = run("lite", lite_python, folder)
    if g in ("no-start", "hung"):
        return Outcome(folder.name, lite, g, None, f"gradio: {g_detail}")
    # Lite answering where Gradio reports an error counts: Gradio's error then comes from
    # what the bench sends (no event data for a key_up, say), not from the demo.
    passed = lite == g or (lite == "started-ok" and g == "started-error")
    return Outcome(folder.name, lite, g, passed, l_detail if not passed else "")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--demos", type=Path, required=True, help="Gradio's demo/ folder (v5.45.0)")
    parser.add_argument("--gradio-python", required=True, help="a Python with gradio==5.45.0 and uvicorn")
    parser.add_argument("--lite-python", help="the Python that runs Lite (default: --gradio-python)")
    parser.add_argument("--only", help="comma-separated demo names")
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    available = pyodide_imports()
    folders = sorted(p.parent for p in args.demos.glob("*/run.py"))
    if args.only:
        folders = [f for f in folders if f.name in args.only.split(",")]
    excluded = {f.name: reason for f in folders if (reason := exclusion(f, available))}
    eligible = [f for f in folders if f.name not in excluded]
    lite_python = args.lite_python or args.gradio_python
    with ThreadPoolExecutor(args.jobs) as pool:
        outcomes = list(pool.map(lambda f: judge(f, args.gradio_python, lite_python), eligible))
    counted = [o for o in outcomes if o.passed is not None]
    passed = sum(1 for o in counted if o.passed)
    for o in outcomes:
        if o.passed is False:
            print(f"FAIL {o.demo}: lite {o.lite}, gradio {o.gradio}: {o.detail}")
    rate = passed / len(counted) if counted else 0.0
    print(f"{passed}/{len(counted)} demos pass ({rate:.0%}); {len(outcomes) - len(counted)} not counted")
    print(f"(Gradio fails them here); {len(excluded)} excluded (network or packages Pyodide lacks)")
    RESULTS.parent.mkdir(exist_ok=True)
    summary = {"passed": passed, "counted": len(counted), "rate": round(rate, 3), "excluded": excluded}
    RESULTS.write_text(json.dumps({**summary, "outcomes": [asdict(o) for o in outcomes]}, indent=1) + "\n")


if __name__ == "__main__":
    main()
