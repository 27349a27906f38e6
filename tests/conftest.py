"""Shared test fixtures: environment for offline runs and a small-settings trainer command."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# Built once per machine (cached by content hash) and shared by every test that trains.
os.environ.setdefault("Q_RL_CACHE", str(ROOT / ".cache" / "q-rl"))
os.environ.setdefault("WANDB_MODE", "offline")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

SMALL_RUN = [
    "--num_generations", "4",
    "--gradient_accumulation_steps", "2",
    "--per_device_train_batch_size", "2",
    "--max_completion_length", "96",
    "--simple_eval_problems", "2",
    "--repeat_eval_problems", "2",
    "--eval_problems", "3",
    "--eval_k", "2",
    "--max_train_problems", "16",
    "--max_test_problems", "6",
    "--learning_rate", "1e-4",
]  # fmt: skip
"""Flags that keep a real GRPO run on the tiny model to seconds per step on 2 cores."""


def run_trainer(args: list[str], timeout: float = 900, **kwargs) -> subprocess.CompletedProcess:
    """Run rl_trainer.py in a real subprocess and return the finished process."""
    return subprocess.run(
        [sys.executable, str(ROOT / "rl_trainer.py"), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=ROOT,
        **kwargs,
    )


@pytest.fixture(scope="session")
def small_run() -> list[str]:
    return list(SMALL_RUN)
