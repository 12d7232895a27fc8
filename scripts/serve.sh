#!/usr/bin/env bash
# Build dist/ and serve the Quickstart at http://localhost:7860 with a plain static server.
set -euo pipefail
cd "$(dirname "$0")/.."
(cd web && npm ci --no-audit --no-fund)
python3 -m build_scripts.build
echo "Serving dist/ at http://localhost:7860"
exec python3 -m http.server 7860 --directory dist
