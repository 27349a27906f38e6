"""Stop cleanly on SIGTERM/SIGINT (cluster pre-emption, Ctrl-C).

The first signal only raises a flag; at the next optimizer-step boundary the callback asks the
Trainer to save a checkpoint and stop. rl_trainer.py then skips the final save and evaluation,
flushes the logs and exits with 128 + the signal number, printing the command that resumes the
run. A second signal stops at once (no checkpoint). With several processes the flag is agreed
on by all of them at every step end, so every rank saves and stops at the same step.
"""

import logging
import os
import shlex
import signal
import sys
from pathlib import Path
from types import FrameType

from transformers import TrainerCallback

logger = logging.getLogger(__name__)

HANDLED = (signal.SIGTERM, signal.SIGINT)


class GracefulStop(TrainerCallback):
    """A TrainerCallback that turns SIGTERM/SIGINT into save-and-stop at the next step end."""

    def __init__(self, signals: tuple[signal.Signals, ...] = HANDLED):
        self.signals = signals
        self.received: signal.Signals | None = None
        self._previous: dict[signal.Signals, object] = {}

    def install(self) -> "GracefulStop":
        """Take over the signals (main thread only)."""
        for sig in self.signals:
            self._previous[sig] = signal.signal(sig, self._handle)
        return self

    def uninstall(self) -> None:
        """Give the signals back to their previous handlers."""
        for sig, handler in self._previous.items():
            signal.signal(sig, handler)
        self._previous.clear()

    def _handle(self, signum: int, frame: FrameType | None) -> None:
        if self.received is not None:
            self.uninstall()
            print(
                f"\nsecond {signal.Signals(signum).name}: stopping now, without a checkpoint",
                file=sys.stderr,
                flush=True,
            )
            raise KeyboardInterrupt
        self.received = signal.Signals(signum)
        print(
            f"\nreceived {self.received.name}: saving a checkpoint at the end of this step, then "
            "stopping (send it again to stop at once)",
            file=sys.stderr,
            flush=True,
        )

    @property
    def stopped(self) -> bool:
        return self.received is not None

    @property
    def exit_code(self) -> int:
        """128 + the signal number, as a shell reports a process ended by that signal."""
        return 128 + int(self.received) if self.received is not None else 0

    def _agreed(self, device) -> bool:
        """True when any process received a signal (an all-reduce when distributed)."""
        import torch.distributed as dist

        if not (dist.is_available() and dist.is_initialized()) or dist.get_world_size() == 1:
            return self.stopped
        import torch

        flag = torch.tensor([1.0 if self.stopped else 0.0], device=device)
        dist.all_reduce(flag, op=dist.ReduceOp.MAX)
        if flag.item() > 0 and self.received is None:
            self.received = signal.SIGTERM  # another rank was signalled
        return flag.item() > 0

    def on_step_end(self, args, state, control, **kwargs):
        if self._agreed(args.device):
            control.should_save = True
            control.should_training_stop = True
        return control


def resume_command(argv: list[str], output_dir: Path, cwd: str | None = None) -> str:
    """The shell command that continues this run: same flags, ``--resume_from_checkpoint latest``.

    ``argv`` is ``sys.argv`` (script first). The output dir is spelled out so that a default
    one is found again; a command launched by accelerate/torchrun gets the same launcher prefix.
    """
    args: list[str] = []
    skip = False
    for arg in argv[1:]:
        if skip:
            skip = False
        elif arg == "--resume_from_checkpoint":
            skip = True
        elif not arg.startswith("--resume_from_checkpoint="):
            args.append(arg)
    if not any(a == "--output_dir" or a.startswith("--output_dir=") for a in args):
        args += ["--output_dir", str(output_dir)]
    args += ["--resume_from_checkpoint", "latest"]
    script = [sys.executable, argv[0]]
    if int(os.environ.get("WORLD_SIZE", "1")) > 1:
        script = ["accelerate", "launch", "<your launch options>", argv[0]]
    return f"cd {shlex.quote(cwd or os.getcwd())} && {shlex.join([*script, *args])}"


def finish_interrupted(stop: GracefulStop, state, checkpoints_dir: Path, output_dir: Path) -> int:
    """Flush the logs, close wandb as pre-empted and print how to resume; the exit code."""
    name = stop.received.name if stop.received else "a signal"
    checkpoint = checkpoints_dir / f"checkpoint-{state.global_step}"
    if state.is_world_process_zero:
        logger.warning(
            "training stopped by %s at step %d of %d; checkpoint: %s",
            name,
            state.global_step,
            state.max_steps,
            checkpoint,
        )
        for handler in logging.getLogger().handlers:
            handler.flush()
        sys.stdout.flush()
        print(
            f"training interrupted by {name} at step {state.global_step}; resume with:\n"
            f"  {resume_command(sys.argv, output_dir)}",
            file=sys.stderr,
            flush=True,
        )
        _close_wandb(stop.exit_code)  # last, so that its console log holds the lines above
    return stop.exit_code


def _close_wandb(exit_code: int) -> None:
    wandb = sys.modules.get("wandb")
    run = getattr(wandb, "run", None) if wandb else None
    if run is not None:
        run.mark_preempting()
        wandb.finish(exit_code=exit_code)
