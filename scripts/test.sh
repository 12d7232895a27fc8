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
(cd web && npm ci --no-audit --no-fund)
(cd web && npx tsc --noEmit -p .)
.venv/bin/python -m build_scripts.build --requirements e2e/vendored-requirements.txt

set +e
.venv/bin/python -m pytest tests e2e "$@"
status=$?
set -e
if [ "$status" -eq 5 ]; then
  echo "pytest collected no tests: that is a failure here" >&2
  exit 1
fi
exit "$status"
