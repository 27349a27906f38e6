"""``logs/training_log.txt``: one readable line per logging step (and per evaluation)."""

import time
from pathlib import Path

from transformers import TrainerCallback

_FIRST = ("loss", "reward", "rewards/test_pass_reward/mean", "q/pass_rate", "q/perfect_rate")
_SCALARS = ("kl", "entropy", "grad_norm", "completions/mean_length")


def _wanted(key: str) -> bool:
    """The figures worth a column: losses, reward means, q outcome rates, a few diagnostics."""
    base = key.removeprefix("eval_")
    return (
        base in _FIRST
        or base in _SCALARS
        or base.startswith("q/")
        or (base.startswith("rewards/") and base.endswith("/mean"))
    )


def format_log_line(
    step: int, logs: dict[str, float], seconds: float, eta: float | None = None
) -> str:
    """``step=12 loss=0.0131 reward=0.8125 … lr=2e-06 seconds=41.3`` with the key figures first.

    Evaluation lines carry the same figures prefixed ``eval_``.
    """

    def order(key: str) -> tuple[int, str]:
        base = key.removeprefix("eval_")
        return (_FIRST.index(base) if base in _FIRST else len(_FIRST), key)

    keys = sorted((k for k in logs if _wanted(k)), key=order)
    parts = [f"step={step}"]
    parts += [f"{k}={logs[k]:.4g}" for k in keys if isinstance(logs[k], int | float)]
    if "learning_rate" in logs:
        parts.append(f"lr={logs['learning_rate']:.3g}")
    parts.append(f"seconds={seconds:.1f}")
    if eta is not None:
        parts.append(f"eta={eta:.0f}s")
    return " ".join(parts)


class TrainingLogCallback(TrainerCallback):
    """Appends a line to the training log on every log event of the main process."""

    def __init__(self, path: Path):
        self.path = path
        self.started = time.monotonic()
        self.first_step = 0

    def on_train_begin(self, args, state, control, **kwargs):
        self.first_step = state.global_step  # non-zero when resuming

    def on_log(self, args, state, control, logs=None, **kwargs):
        if not state.is_world_process_zero or not logs:
            return
        seconds = time.monotonic() - self.started
        done = state.global_step - self.first_step
        eta = None
        if "loss" in logs and done > 0 and state.max_steps > 0:
            eta = seconds / done * (state.max_steps - state.global_step)
        line = format_log_line(state.global_step, logs, seconds, eta)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self.path.open("a", encoding="utf-8") as handle:
            handle.write(line + "\n")


class EvalHistoryCallback(TrainerCallback):
    """Keeps the periodic evaluation metrics (eval every ``--eval_steps`` and at start)."""

    def __init__(self):
        self.history: list[dict[str, float]] = []

    def on_evaluate(self, args, state, control, metrics=None, **kwargs):
        if state.is_world_process_zero and metrics:
            self.history.append({"step": state.global_step, **metrics})
