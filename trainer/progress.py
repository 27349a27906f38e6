"""The console progress line: one line per logging step with a bar, the step, reward, pass rate,
the q outcome breakdown (code not found, timeouts, errors, wrong output, passes) and the ETA.

It replaces the Trainer's tqdm bar, which prints raw metric dicts and garbles log files.
"""

import sys
import time
from typing import TextIO

from transformers import TrainerCallback
from transformers.trainer_callback import PrinterCallback, ProgressCallback

BAR_WIDTH = 20
BREAKDOWN = (
    ("no code", "q/extraction_failure_rate"),
    ("timeout", "q/timeout_rate"),
    ("error", "q/error_rate"),
    ("wrong", "q/wrong_output_rate"),
    ("no output", "q/no_output_rate"),
    ("pass", "q/pass_rate"),
)
"""Label and metric of each part of the reward breakdown (rates logged by rewards/)."""


def format_duration(seconds: float) -> str:
    """``1h02m``, ``4m05s`` or ``12s``."""
    seconds = max(0, round(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}h{minutes:02d}m"
    return f"{minutes}m{secs:02d}s" if minutes else f"{secs}s"


def progress_bar(done: int, total: int, width: int = BAR_WIDTH) -> str:
    """``[#######.............]  35%``."""
    fraction = min(done / total, 1.0) if total > 0 else 0.0
    filled = round(fraction * width)
    return f"[{'#' * filled}{'.' * (width - filled)}] {fraction:4.0%}"


def _percent(value: float) -> str:
    return f"{value * 100:.0f}%"


def format_progress(
    step: int, max_steps: int, logs: dict[str, float], seconds_per_step: float | None
) -> str:
    """``step 12/100 [##....] 12% | reward 1.21 pass 45% perfect 20% | q: no code 5% ... | ETA``."""
    parts = [f"step {step}/{max_steps} {progress_bar(step, max_steps)}"]
    scores = []
    if "reward" in logs:
        scores.append(f"reward {logs['reward']:.3f}")
    if "q/pass_rate" in logs:
        scores.append(f"pass {_percent(logs['q/pass_rate'])}")
    if "q/perfect_rate" in logs:
        scores.append(f"perfect {_percent(logs['q/perfect_rate'])}")
    if "loss" in logs:
        scores.append(f"loss {logs['loss']:.4g}")
    if scores:
        parts.append(" ".join(scores))
    breakdown = [f"{label} {_percent(logs[key])}" for label, key in BREAKDOWN if key in logs]
    if breakdown:
        parts.append("q: " + ", ".join(breakdown))
    if seconds_per_step is not None:
        left = max(max_steps - step, 0) * seconds_per_step
        parts.append(f"{seconds_per_step:.1f}s/step ETA {format_duration(left)}")
    return " | ".join(parts)


def format_eval(step: int, metrics: dict[str, float]) -> str:
    """``eval at step 25: reward 0.91 pass 40% perfect 25%``."""
    shown = [
        f"{label} {fmt(metrics[key])}"
        for label, key, fmt in (
            ("reward", "eval_reward", lambda v: f"{v:.3f}"),
            ("pass", "eval_q/pass_rate", _percent),
            ("perfect", "eval_q/perfect_rate", _percent),
            ("timeouts", "eval_q/timeout_rate", _percent),
        )
        if key in metrics
    ]
    return f"eval at step {step}: " + (" ".join(shown) or "no reward metrics")


class ProgressLine(TrainerCallback):
    """Prints the progress line on every training log and a summary of every evaluation."""

    def __init__(self, stream: TextIO | None = None):
        self.stream = stream
        self._start_time: float | None = None
        self._start_step = 0

    def _print(self, text: str) -> None:
        print(text, file=self.stream or sys.stdout, flush=True)

    def on_train_begin(self, args, state, control, **kwargs):
        self._start_time = None
        self._start_step = state.global_step

    def on_step_begin(self, args, state, control, **kwargs):
        if self._start_time is None:  # after any eval-on-start, from the (resumed) first step
            self._start_time = time.monotonic()
            self._start_step = state.global_step

    def seconds_per_step(self, step: int) -> float | None:
        done = step - self._start_step
        if self._start_time is None or done <= 0:
            return None
        return (time.monotonic() - self._start_time) / done

    def on_log(self, args, state, control, logs=None, **kwargs):
        if not state.is_world_process_zero or not logs or "loss" not in logs:
            return
        step = state.global_step
        self._print(format_progress(step, state.max_steps, logs, self.seconds_per_step(step)))

    def on_evaluate(self, args, state, control, metrics=None, **kwargs):
        if state.is_world_process_zero and metrics:
            self._print(format_eval(state.global_step, metrics))


def install_progress(trainer) -> ProgressLine:
    """Replace the Trainer's tqdm bar (or its raw metric printer) by the progress line."""
    trainer.remove_callback(ProgressCallback)
    trainer.remove_callback(PrinterCallback)
    line = ProgressLine()
    trainer.add_callback(line)
    return line
