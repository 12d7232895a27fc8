#!/usr/bin/env bash
# Install everything the tests need on a fresh Debian machine, build dist/, run every test.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v chromium >/dev/null 2>&1; then
  apt-get update
  apt-get install -y chromium
fi
python3 -m venv .venv
.venv/bin/pip install --quiet --disable-pip-version-check -r requirements-test.txt
# Real Gradio 5.45, in a virtualenv of its own: the oracle tests/oracle compares Lite with.
python3 -m venv .cache/oracle
.cache/oracle/bin/pip install --quiet --disable-pip-version-check -r tests/oracle/requirements.txt
bash scripts/check.sh
(cd web && npm ci --no-audit --no-fund)
(cd tests/oracle/js_client && npm ci --no-audit --no-fund)
(cd web && npx tsc --noEmit -p .)
(cd web && npm run lint && npm run format:check)
(cd web && npm test)
.venv/bin/python -m build_scripts.build --requirements e2e/vendored-requirements.txt
# tests/ again inside the real Pyodide of dist/ under Node, with pytest's wheels pinned by hash.
.venv/bin/pip download --quiet --disable-pip-version-check --no-deps --only-binary=:all: --platform any \
  --python-version 3.12 --implementation py --abi none --require-hashes \
  -r tests/pyodide/requirements.txt -d .cache/pyodide-tests
node tests/pyodide/run.mjs

run_pytest() {
  set +e
  "$@"
  local status=$?
  set -e
  if [ "$status" -eq 5 ]; then
    echo "pytest collected no tests: that is a failure here" >&2
    exit 1
  fi
  if [ "$status" -ne 0 ]; then exit "$status"; fi
}
run_pytest .venv/bin/python -m pytest tests e2e "$@"
# e2e/ again, every app booting from the runtime snapshot a first visit leaves (repeat visits).
# The accessibility, keyboard and side-by-side screenshot checks look at what is drawn, which
# does not depend on how the runtime started: they run once, above.
LITE_E2E_BOOT=snapshot run_pytest .venv/bin/python -m pytest e2e \
  --ignore=e2e/test_a11y.py --ignore=e2e/test_keyboard.py --ignore=e2e/test_visual.py "$@"
