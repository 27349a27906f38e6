"""Weights & Biases run set-up: project, name, entity, tags and the resolved config."""

import os
from pathlib import Path
from typing import Any

from trainer.outputs import write_atomic

RUN_ID_FILE = "wandb_run_id"


def start_wandb(
    config_dict: dict[str, Any],
    project: str,
    name: str | None,
    entity: str | None,
    tags: list[str] | None,
    output_dir: Path,
) -> Any:
    """Start (or resume, by the id stored in the output dir) the wandb run the Trainer will use."""
    import wandb

    id_file = output_dir / RUN_ID_FILE
    run_id = id_file.read_text().strip() if id_file.is_file() else None
    os.environ["WANDB_PROJECT"] = project
    run = wandb.init(
        project=project,
        name=name,
        entity=entity,
        tags=tags or None,
        config=config_dict,
        id=run_id,
        resume="allow" if run_id else None,
        dir=str(output_dir),
    )
    write_atomic(id_file, run.id)
    return run
