#!/usr/bin/env bash
# Create (or reuse) the project's virtual environment in .venv with the pinned CPU stack.
# Idempotent: a finished install is recorded in .venv/.installed-<hash of the requirements>.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
stamp=".venv/.installed-$(cat requirements.txt requirements-dev.txt | sha256sum | cut -c1-16)"
if [ -f "$stamp" ]; then
  exit 0
fi
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip
# torch first and pinned: an unpinned torch would pull a multi-GB CUDA build.
.venv/bin/python -m pip install --quiet "torch==2.13.0"
DS_BUILD_OPS=0 .venv/bin/python -m pip install --quiet -r requirements-dev.txt
touch "$stamp"
echo "environment ready: .venv"
