"""q backend health: a kdb+ q that cannot start stops rl_trainer.py before training, with q's
own error text; a surge of q timeouts during training is warned about once, with the numbers."""

import logging
import os
from pathlib import Path

from transformers import TrainerControl, TrainerState, TrainingArguments

from tests.conftest import ROOT, run_trainer
from trainer.q_health import TimeoutSurgeWarning

STAND_IN_Q = ROOT / "tests" / "fixtures" / "fake_kdb" / "l64" / "q"
"""A shell script with q's start-up contract (see its header); it fails like q without q.k."""


def test_kdb_that_cannot_start_fails_before_training(tmp_path: Path) -> None:
    empty_qhome = tmp_path / "qhome"
    empty_qhome.mkdir()
    out = tmp_path / "run"
    proc = run_trainer(
        ["--q_backend", "kdb", "--q_binary", str(STAND_IN_Q), "--output_dir", str(out)],
        env={**os.environ, "QHOME": str(empty_qhome)},
        timeout=300,
    )
    assert proc.returncode == 2
    assert "rl_trainer.py: error: kdb+ q at" in proc.stderr
    assert "'q.k. OS reports: No such file or directory" in proc.stderr  # q's own words
    assert "Traceback" not in proc.stderr
    assert not (out / "config.yaml").exists()  # stopped before anything was trained or written


def _log(callback: TimeoutSurgeWarning, step: int, logs: dict, main: bool = True) -> None:
    state = TrainerState(global_step=step, is_world_process_zero=main)
    args = TrainingArguments(output_dir="unused", report_to="none")
    callback.on_log(args, state, TrainerControl(), logs=logs)


def test_timeout_surge_is_warned_once_with_the_numbers(caplog) -> None:
    watch = TimeoutSurgeWarning(q_timeout=5.0, q_workers=2)
    with caplog.at_level(logging.WARNING, logger="trainer.q_health"):
        for step, rate in [(1, 0.0), (2, 0.1), (3, 0.2), (4, 0.75), (5, 0.9)]:
            _log(watch, step, {"loss": 0.1, "q/timeout_rate": rate})
    warnings = [r.getMessage() for r in caplog.records]
    assert len(warnings) == 1
    assert "at step 4 (training) 75% of test runs hit the 5s limit" in warnings[0]
    assert "10% on average over the 3 logging steps before" in warnings[0]
    assert "--q_workers (now 2)" in warnings[0]


def test_no_warning_below_the_surge_rate_or_off_the_main_process(caplog) -> None:
    watch = TimeoutSurgeWarning(q_timeout=5.0, q_workers=2)
    with caplog.at_level(logging.WARNING, logger="trainer.q_health"):
        _log(watch, 1, {"q/timeout_rate": 0.49})
        _log(watch, 2, {"q/timeout_rate": 1.0}, main=False)
        _log(watch, 3, {"loss": 0.3})
    assert caplog.records == []


def test_evaluation_timeouts_count_too() -> None:
    watch = TimeoutSurgeWarning(q_timeout=2.0, q_workers=8)
    message = watch.check(25, {"eval_q/timeout_rate": 0.6})
    assert message is not None
    assert "at step 25 (evaluation) 60% of test runs hit the 2s limit" in message
    assert "from the first logging step" in message
