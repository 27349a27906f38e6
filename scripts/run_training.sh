#!/usr/bin/env bash
# Set up the environment if needed, then train: the built-in tiny model on the bundled problems
# with the embedded q interpreter (or kdb+ if a q binary is found). Extra flags go to rl_trainer.py.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup_env.sh
export WANDB_MODE=${WANDB_MODE:-offline} HF_HUB_OFFLINE=${HF_HUB_OFFLINE:-1}
exec .venv/bin/python rl_trainer.py "$@"
