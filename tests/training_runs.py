"""Real short runs of rl_trainer.py shared by the resume, interrupt and report tests.

Each run is made at most once per test session (they take tens of seconds on 2 cores):
- ``interrupted_run``: a real SIGTERM sent to the training process once step 1 is logged;
- ``resumed_run``: that run continued with the command it printed;
- ``reference_run``: the same settings without interruption.
"""

import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from tests.conftest import ROOT, SMALL_RUN, run_trainer

MAX_STEPS = 4
RUN_FLAGS = [
    *SMALL_RUN,
    "--max_steps", str(MAX_STEPS),
    "--save_steps", "50",
    "--eval_steps", "3",
    "--simple_eval_problems", "1",
    "--repeat_eval_problems", "1",
    "--eval_problems", "2",
    "--generation_temp", "1.1",
    "--use_wandb",
]  # fmt: skip
"""Later flags win: one periodic eval, checkpoints only when stopped and at the end, and a
temperature at which the memorising tiny model's samples differ in reward (so steps update)."""

START_TIMEOUT = 600.0
"""Seconds to wait for step 1 of a run (the tiny model is built before, see ensure_tiny_model)."""


@dataclass
class Run:
    output_dir: Path
    returncode: int
    stdout: str
    stderr: str


_runs: dict[str, Run | Exception] = {}


def ensure_tiny_model() -> None:
    """Build (or find) the cached built-in model now, so that no run below times its build."""
    from trainer.cli import parse_args
    from trainer.model_setup import resolve_model_path

    resolve_model_path(parse_args([]))


def _once(name: str, make) -> Run:
    """The run called ``name``, made on first use; a failure is kept and raised again."""
    if name not in _runs:
        try:
            ensure_tiny_model()
            _runs[name] = make()
        except Exception as err:
            _runs[name] = err
    found = _runs[name]
    if isinstance(found, Exception):
        raise found
    return found


def _wait_for(path: Path, text: str, proc: subprocess.Popen, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if path.is_file() and text in path.read_text(errors="replace"):
            return
        if proc.poll() is not None:
            raise AssertionError(f"trainer exited with {proc.returncode} before {text!r}")
        time.sleep(0.2)
    proc.kill()
    raise AssertionError(f"no {text!r} in {path} within {timeout:.0f}s")


def interrupted_run(base: Path) -> Run:
    """Start a run, send SIGTERM once step 1 is in the training log, wait for it to stop."""

    def make() -> Run:
        out = base / "interrupted"
        stdout, stderr = base / "interrupted.stdout", base / "interrupted.stderr"
        with stdout.open("w") as so, stderr.open("w") as se:
            proc = subprocess.Popen(
                [sys.executable, "rl_trainer.py", *RUN_FLAGS, "--output_dir", str(out)],
                cwd=ROOT,
                stdout=so,
                stderr=se,
                text=True,
            )
            try:
                _wait_for(out / "logs" / "training_log.txt", "step=1 ", proc, START_TIMEOUT)
                os.kill(proc.pid, signal.SIGTERM)
                proc.wait(timeout=600)
            finally:
                if proc.poll() is None:
                    proc.kill()
                    proc.wait()
        return Run(out, proc.returncode, stdout.read_text(), stderr.read_text())

    return _once("interrupted", make)


def resume_command(run: Run) -> str:
    """The resume command the interrupted run printed (the line after 'resume with:')."""
    lines = run.stderr.splitlines()
    index = next(i for i, line in enumerate(lines) if line.endswith("resume with:"))
    return lines[index + 1].strip()


def resumed_run(base: Path) -> Run:
    """Run the printed resume command of the interrupted run in a shell."""

    def make() -> Run:
        interrupted = interrupted_run(base)
        proc = subprocess.run(
            resume_command(interrupted),
            shell=True,
            capture_output=True,
            text=True,
            timeout=900,
        )
        return Run(interrupted.output_dir, proc.returncode, proc.stdout, proc.stderr)

    return _once("resumed", make)


def reference_run(base: Path) -> Run:
    """The same settings, trained to the end without interruption."""

    def make() -> Run:
        out = base / "reference"
        proc = run_trainer([*RUN_FLAGS, "--output_dir", str(out)])
        return Run(out, proc.returncode, proc.stdout, proc.stderr)

    return _once("reference", make)
