#!/usr/bin/env bash
# The Python quality gate: ruff's lint and formatter, then mypy --strict (settings in
# pyproject.toml, tools pinned in requirements-test.txt). scripts/test.sh runs it first;
# alone: `bash scripts/check.sh` after `.venv/bin/pip install -r requirements-test.txt`.
# Every step runs even when one fails, so one run lists everything to fix.
set -uo pipefail
cd "$(dirname "$0")/.."

failed=()
step() {
  local name=$1
  shift
  echo "== $name: $*"
  if "$@"; then
    echo
  else
    failed+=("$name")
    echo
  fi
}

step "lint" .venv/bin/ruff check --output-format concise .
step "format" .venv/bin/ruff format --check .
step "types" .venv/bin/mypy
# lite_core again as the browser runs it: code under `sys.platform == "emscripten"` is
# skipped by a check for this machine's platform.
step "types (browser)" .venv/bin/mypy --platform emscripten --cache-dir .mypy_cache/emscripten lite_core

if [ "${#failed[@]}" -ne 0 ]; then
  echo "check.sh: FAILED: ${failed[*]} (errors above)." >&2
  echo "  lint/format: .venv/bin/ruff check --fix <file>; .venv/bin/ruff format <file>" >&2
  exit 1
fi
echo "check.sh: lint, format and types all pass"
