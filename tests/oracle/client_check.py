"""Gradio's official Python client against tests/oracle/client_app.py: run in the oracle
interpreter as `python client_check.py <url> <download folder>`, it prints as JSON what
each call gave."""

import importlib
import json
import sys
import time
from pathlib import Path
from typing import Any

# Imported by name: gradio_client is in the oracle interpreter, not in the type checker's.
gradio_client: Any = importlib.import_module("gradio_client")
Client, handle_file = gradio_client.Client, gradio_client.handle_file
AppError = importlib.import_module("gradio_client.exceptions").AppError

client = Client(sys.argv[1], verbose=False, download_files=sys.argv[2])
api = client.view_api(return_format="dict", print_info=False)["named_endpoints"]
out: dict[str, Any] = {}
out["endpoints"] = sorted(api)
out["parameters"] = [(p["parameter_name"], p["parameter_has_default"]) for p in api["/predict"]["parameters"]]
out["positional"] = client.predict("Ada", 3, api_name="/predict")
out["keyword"] = client.predict(name="Kay", intensity=1, api_name="/predict")
out["default"] = client.predict("Bo", api_name="/predict")
job = client.submit(4, api_name="/count")
out["generator_result"] = job.result()
out["generator_outputs"] = job.outputs()
out["status"] = job.status().code.value
job = client.submit(api_name="/forever")
while len(job.outputs()) < 2:
    time.sleep(0.05)
out["cancelled"] = job.cancel()
t = time.monotonic()
while not job.done() and time.monotonic() - t < 10:
    time.sleep(0.1)
out["cancel_done"] = job.done()
out["cancel_status"] = job.status().code.value
seen = len(job.outputs())
time.sleep(1)
out["outputs_stopped"] = len(job.outputs()) == seen
job = client.submit(3, api_name="/work")
progress = []
while not job.done():
    s = job.status()
    if s.progress_data:
        p = s.progress_data[0]
        item = [p.index, p.length, p.unit, p.desc]
        if item not in progress:
            progress.append(item)
    time.sleep(0.02)
out["work"] = job.result()
out["progress"] = progress
src = Path(sys.argv[2]) / "in.txt"
src.write_bytes(b"quiet words\n")
got = client.predict(handle_file(str(src)), api_name="/shout")
out["file_name"] = Path(got).name
out["file_bytes"] = Path(got).read_bytes().decode()
out["file_local"] = Path(got).is_file() and str(Path(got)).startswith(sys.argv[2])
out["state"] = [client.predict("a", api_name="/remember"), client.predict("b", api_name="/remember")]
try:
    client.predict("tea", api_name="/refuse")
    out["error"] = None
except AppError as e:
    out["error"] = [type(e).__name__, str(e)]
try:
    client.predict("Ann", "three", api_name="/predict")
    out["invalid"] = None
except Exception as e:  # noqa: BLE001 - which error a bad value raises is what is checked
    out["invalid"] = [type(e).__name__, str(e)]
out["after_invalid"] = client.predict("Al", 1, api_name="/predict")
print(json.dumps(out))
