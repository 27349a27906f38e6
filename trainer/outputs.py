"""The run's output folder: its layout, default location and atomic file writes."""

import json
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

_SIZE = re.compile(r"(\d+(?:\.\d+)?)\s*[bB](?![a-zA-Z])")


@dataclass(frozen=True)
class RunPaths:
    """Where a run writes what (see the README's output layout)."""

    root: Path

    @property
    def checkpoints(self) -> Path:
        return self.root / "checkpoints"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def training_log(self) -> Path:
        return self.logs / "training_log.txt"

    @property
    def eval_results(self) -> Path:
        return self.logs / "eval_results.json"

    @property
    def config(self) -> Path:
        return self.root / "config.yaml"

    @property
    def final_model(self) -> Path:
        return self.root / "final_model"

    def create(self) -> None:
        self.logs.mkdir(parents=True, exist_ok=True)
        self.checkpoints.mkdir(parents=True, exist_ok=True)


def model_size_label(model: str | None) -> str:
    """'tiny' for the built-in model, else the size in the model name (e.g. '1.5b') or its name."""
    if model is None:
        return "tiny"
    found = _SIZE.findall(Path(model).name) or _SIZE.findall(model)
    return f"{found[-1]}b".lower() if found else Path(model.rstrip("/")).name.lower()


def default_output_dir(model: str | None, reasoning: bool) -> Path:
    """``final_outputs/<size>/<format>/`` as in the original experiments."""
    return (
        Path("final_outputs")
        / model_size_label(model)
        / ("reasoning" if reasoning else "non_reasoning")
    )


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` so that a reader (or a kill) never sees a half-written file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_json(path: Path, data: Any) -> None:
    write_atomic(path, json.dumps(data, indent=2, sort_keys=False) + "\n")


def write_yaml(path: Path, data: dict[str, Any]) -> None:
    write_atomic(path, yaml.safe_dump(data, sort_keys=True))
