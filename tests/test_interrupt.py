"""SIGTERM/SIGINT: a real signal to a real training process saves a checkpoint at the step
boundary, flushes the logs and exits 143 with the command that resumes; plus the signal
handling itself on this process and the resume command's shape."""

import os
import shlex
import signal
import sys
from pathlib import Path

import pytest
from transformers import TrainerControl, TrainerState, TrainingArguments

from tests.conftest import ROOT
from tests.training_runs import MAX_STEPS, interrupted_run, resume_command
from trainer.interrupt import GracefulStop
from trainer.interrupt import resume_command as build_resume_command


@pytest.fixture(scope="module")
def interrupted(tmp_path_factory):
    return interrupted_run(tmp_path_factory.getbasetemp())


def _stop_step(out: Path) -> int:
    (checkpoint,) = (out / "checkpoints").glob("checkpoint-*")
    return int(checkpoint.name.split("-")[1])


def test_sigterm_exits_143_after_saving_a_checkpoint(interrupted) -> None:
    assert interrupted.returncode == 128 + signal.SIGTERM, interrupted.stderr[-3000:]
    assert "received SIGTERM: saving a checkpoint at the end of this step" in interrupted.stderr
    step = _stop_step(interrupted.output_dir)
    assert 1 <= step < MAX_STEPS
    checkpoint = interrupted.output_dir / "checkpoints" / f"checkpoint-{step}"
    for name in ("trainer_state.json", "optimizer.pt", "scheduler.pt", "rng_state.pth"):
        assert (checkpoint / name).is_file(), name
    assert f"training interrupted by SIGTERM at step {step}; resume with:" in interrupted.stderr


def test_no_final_model_or_evaluation_after_an_interrupt(interrupted) -> None:
    assert not (interrupted.output_dir / "final_model").exists()
    assert not (interrupted.output_dir / "logs" / "eval_results.json").exists()


def test_training_log_is_flushed_up_to_the_stop(interrupted) -> None:
    step = _stop_step(interrupted.output_dir)
    log = (interrupted.output_dir / "logs" / "training_log.txt").read_text().splitlines()
    train_steps = [line.split()[0] for line in log if " loss=" in line]
    assert train_steps == [f"step={n}" for n in range(1, step + 1)]


def test_printed_resume_command(interrupted) -> None:
    command = resume_command(interrupted)
    assert command.startswith(f"cd {shlex.quote(str(ROOT))} && ")
    args = shlex.split(command.split(" && ", 1)[1])
    assert args[:2] == [sys.executable, "rl_trainer.py"]
    assert args[-2:] == ["--resume_from_checkpoint", "latest"]
    assert args[args.index("--output_dir") + 1] == str(interrupted.output_dir)


def test_wandb_run_is_closed_after_the_resume_command(interrupted) -> None:
    (run_dir,) = (interrupted.output_dir / "wandb").glob("offline-run-*")
    assert list(run_dir.glob("run-*.wandb"))
    console = (run_dir / "files" / "output.log").read_text(errors="replace")
    assert "--resume_from_checkpoint latest" in console


def _step_end(stop: GracefulStop) -> TrainerControl:
    args = TrainingArguments(output_dir="unused", report_to="none")
    return stop.on_step_end(args, TrainerState(), TrainerControl())


def test_first_signal_only_requests_save_and_stop_at_step_end() -> None:
    stop = GracefulStop().install()
    try:
        control = _step_end(stop)
        assert not control.should_save and not control.should_training_stop
        os.kill(os.getpid(), signal.SIGINT)
        assert stop.received == signal.SIGINT and stop.exit_code == 130
        control = _step_end(stop)
        assert control.should_save and control.should_training_stop
    finally:
        stop.uninstall()


def test_second_signal_stops_at_once_and_restores_handlers() -> None:
    before = signal.getsignal(signal.SIGTERM)
    stop = GracefulStop().install()
    os.kill(os.getpid(), signal.SIGTERM)
    assert stop.stopped
    with pytest.raises(KeyboardInterrupt):
        os.kill(os.getpid(), signal.SIGTERM)
    assert signal.getsignal(signal.SIGTERM) is before


def test_resume_command_replaces_an_earlier_resume_flag() -> None:
    argv = ["rl_trainer.py", "--resume_from_checkpoint", "/old/ckpt", "--max_steps", "9"]
    command = build_resume_command(argv, Path("/runs/a b"), cwd="/work dir")
    assert command.startswith("cd '/work dir' && ")
    args = shlex.split(command.split(" && ", 1)[1])
    assert "/old/ckpt" not in args
    assert args[2:] == [
        "--max_steps", "9", "--output_dir", "/runs/a b", "--resume_from_checkpoint", "latest",
    ]  # fmt: skip
    kept = build_resume_command(["x.py", "--output_dir=o", "--resume_from_checkpoint=p"], Path("o"))
    assert shlex.split(kept.split(" && ", 1)[1])[2:] == [
        "--output_dir=o", "--resume_from_checkpoint", "latest",
    ]  # fmt: skip
