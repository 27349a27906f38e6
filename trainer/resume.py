"""``--resume_from_checkpoint latest|PATH``: find the checkpoint to continue and check it fits.

The Trainer restores the model, optimizer, scheduler, RNG states, step count and the position in
the (seeded) data order from a checkpoint; wandb continues the run whose id is stored in the
output dir. What this module adds: ``latest`` picks the newest *complete* checkpoint (a kill
during saving leaves a folder without ``trainer_state.json``, which the Trainer would happily
pick), a clear error when there is none, and a refusal to continue a run under settings that
change what the checkpoint means (another model, data, seed or batch layout).
"""

import logging
import re
from pathlib import Path
from typing import Any

import yaml

from trainer.cli import RunConfig, world_size
from trainer.outputs import RunPaths
from trainer.problem_datasets import data_source

logger = logging.getLogger(__name__)

LATEST = "latest"
STATE_FILE = "trainer_state.json"
_CHECKPOINT = re.compile(r"^checkpoint-(\d+)$")

MUST_MATCH = (
    "model",
    "data",
    "seed",
    "use_reasoning_format",
    "num_generations",
    "per_device_train_batch_size",
    "gradient_accumulation_steps",
    "world_size",
    "max_train_problems",
    "use_lora",
    "use_qlora",
    "lora_rank",
)
"""Settings a resumed run must share with the run that wrote the checkpoint."""


class ResumeError(ValueError):
    """The checkpoint to resume from is missing or does not fit this run (one sentence)."""


def checkpoint_step(path: Path) -> int | None:
    """N for a ``checkpoint-N`` folder, else None."""
    match = _CHECKPOINT.match(path.name)
    return int(match.group(1)) if match else None


def is_complete(checkpoint: Path) -> bool:
    """The Trainer writes ``trainer_state.json`` last, so its presence marks a finished save."""
    return (checkpoint / STATE_FILE).is_file()


def complete_checkpoints(checkpoints_dir: Path) -> list[Path]:
    """Complete ``checkpoint-N`` folders, oldest first."""
    if not checkpoints_dir.is_dir():
        return []
    found = [
        p
        for p in checkpoints_dir.iterdir()
        if p.is_dir() and checkpoint_step(p) is not None and is_complete(p)
    ]
    return sorted(found, key=lambda p: checkpoint_step(p) or 0)


def latest_checkpoint(checkpoints_dir: Path) -> Path | None:
    """The newest complete checkpoint, or None."""
    found = complete_checkpoints(checkpoints_dir)
    return found[-1] if found else None


def resolve_checkpoint(value: str | None, paths: RunPaths) -> Path | None:
    """The checkpoint folder ``--resume_from_checkpoint`` names, or None to start afresh."""
    if value is None:
        return None
    if value == LATEST:
        found = latest_checkpoint(paths.checkpoints)
        if found is None:
            raise ResumeError(
                f"--resume_from_checkpoint latest: no complete checkpoint (checkpoint-N with "
                f"{STATE_FILE}) in {paths.checkpoints}; pass the --output_dir of the run to "
                "continue, or leave out --resume_from_checkpoint to start a new run."
            )
        return found
    checkpoint = Path(value).expanduser()
    if not checkpoint.is_dir():
        raise ResumeError(f"--resume_from_checkpoint {value}: no such checkpoint directory.")
    if not is_complete(checkpoint):
        newest = latest_checkpoint(checkpoint / "checkpoints") or latest_checkpoint(checkpoint)
        hint = f"; did you mean {newest}?" if newest else "."
        raise ResumeError(
            f"--resume_from_checkpoint {value} is not a complete checkpoint (no {STATE_FILE}){hint}"
        )
    return checkpoint


def saved_run_config(checkpoint: Path) -> dict[str, Any] | None:
    """The ``config.yaml`` of the run that wrote ``checkpoint`` (OUT/checkpoints/checkpoint-N)."""
    file = checkpoint.parent.parent / "config.yaml"
    if not file.is_file():
        return None
    data = yaml.safe_load(file.read_text())
    return data if isinstance(data, dict) else None


def config_mismatches(saved: dict[str, Any], current: dict[str, Any]) -> list[str]:
    """``--flag saved → current`` for every MUST_MATCH setting that differs."""
    return [
        f"--{name} {saved[name]!r} → {current.get(name)!r}"
        for name in MUST_MATCH
        if name in saved and saved[name] != current.get(name)
    ]


def check_resumable(checkpoint: Path, current: dict[str, Any]) -> None:
    """Refuse to continue ``checkpoint`` with settings that change what it means."""
    saved = saved_run_config(checkpoint)
    if saved is None:
        logger.warning("no config.yaml next to %s; cannot check the settings match", checkpoint)
        return
    changed = config_mismatches(saved, current)
    if changed:
        raise ResumeError(
            f"cannot resume from {checkpoint}: the run was made with other settings "
            f"({'; '.join(changed)}); resume with the settings in "
            f"{checkpoint.parent.parent / 'config.yaml'}."
        )


def prepare_resume(config: RunConfig, paths: RunPaths) -> Path | None:
    """Resolve ``--resume_from_checkpoint`` and check it fits, before anything heavy loads."""
    checkpoint = resolve_checkpoint(config.resume_from_checkpoint, paths)
    if checkpoint is not None:
        current = {**vars(config), "data": data_source(config), "world_size": world_size()}
        check_resumable(checkpoint, current)
        logger.info("resuming from %s", checkpoint)
    return checkpoint
