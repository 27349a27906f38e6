"""q backend health during training: warn (once) when q runs start timing out en masse.

A q backend that cannot start at all is caught earlier: ``q_exec.Executor`` probes kdb+ and
raises QBackendError with q's own error text, which rl_trainer.py reports before training.
"""

import logging

from transformers import TrainerCallback

logger = logging.getLogger(__name__)

SURGE_RATE = 0.5
"""Share of test runs hitting the time limit in one logging step that counts as a surge."""

TIMEOUT_KEYS = ("q/timeout_rate", "eval_q/timeout_rate")


class TimeoutSurgeWarning(TrainerCallback):
    """Logs one warning, with the numbers, the first time the timeout rate reaches SURGE_RATE."""

    def __init__(self, q_timeout: float, q_workers: int, surge_rate: float = SURGE_RATE):
        self.q_timeout = q_timeout
        self.q_workers = q_workers
        self.surge_rate = surge_rate
        self.rates: list[float] = []
        self.warning: str | None = None

    def check(self, step: int, logs: dict[str, float]) -> str | None:
        """Record the step's timeout rate; the warning text the first time it surges."""
        for key in TIMEOUT_KEYS:
            rate = logs.get(key)
            if not isinstance(rate, int | float):
                continue
            before = sum(self.rates) / len(self.rates) if self.rates else None
            self.rates.append(rate)
            if self.warning is None and rate >= self.surge_rate:
                self.warning = self._message(step, key, rate, before)
                return self.warning
        return None

    def _message(self, step: int, key: str, rate: float, before: float | None) -> str:
        where = "evaluation" if key.startswith("eval_") else "training"
        history = (
            f"{before:.0%} on average over the {len(self.rates) - 1} logging steps before"
            if before is not None
            else "from the first logging step"
        )
        return (
            f"q runs are timing out en masse: at step {step} ({where}) {rate:.0%} of test runs hit "
            f"the {self.q_timeout:g}s limit, {history}. If the completions are not endless "
            f"loops, the machine is overloaded: lower --q_workers (now {self.q_workers}) or raise "
            "--q_timeout. This warning is shown once."
        )

    def on_log(self, args, state, control, logs=None, **kwargs):
        if state.is_world_process_zero and logs:
            message = self.check(state.global_step, logs)
            if message:
                logger.warning(message)
