"""`load_problems`: one entry point for every supported problem source."""

import random
from pathlib import Path

from q_data.folder_source import is_folder_layout, load_folder_split
from q_data.hub_source import load_hub_split, looks_like_hub_name
from q_data.problem import DataError, LoadReport, Problem
from q_data.record_source import (
    has_record_files,
    is_saved_dataset,
    load_record_split,
    problems_from_records,
)

SPLITS = ("train", "test")


def _load_all(source: str, split: str) -> tuple[list[Problem], list[tuple[str, str]]]:
    path = Path(source).expanduser()
    if path.exists():
        if path.is_file() or is_saved_dataset(path) or has_record_files(path):
            return problems_from_records(load_record_split(path, split))
        if is_folder_layout(path):
            return load_folder_split(path, split)
        raise DataError(
            f"{source} is not a problem source: expected an SFT_Data folder (train/, test/), a "
            f".jsonl/.parquet file, a folder of train/test record files or a save_to_disk folder"
        )
    if looks_like_hub_name(source):
        return problems_from_records(load_hub_split(source, split))
    raise DataError(f"{source}: no such file or folder (and not a hub dataset name owner/name)")


def _sample(problems: list[Problem], max_problems: int | None, seed: int) -> list[Problem]:
    if max_problems is None or max_problems >= len(problems):
        return problems
    if max_problems < 0:
        raise DataError(f"max_problems must be >= 0, got {max_problems}")
    chosen = sorted(random.Random(seed).sample(range(len(problems)), max_problems))
    return [problems[i] for i in chosen]


def load_problems(
    source: str,
    split: str,
    strict: bool = False,
    max_problems: int | None = None,
    seed: int = 42,
) -> LoadReport:
    """Load the `split` problems of `source` (folder, record file/folder or hub dataset name).

    Bad records are skipped and listed in the report, or with `strict` raise one DataError.
    `max_problems` keeps a reproducible random subset (seeded by `seed`) in source order.
    """
    if split not in SPLITS:
        raise DataError(f"split must be one of {SPLITS}, got {split!r}")
    problems, skipped = _load_all(str(source), split)
    if strict and skipped:
        details = "; ".join(f"{pid}: {why}" for pid, why in skipped)
        raise DataError(f"{len(skipped)} bad {split} record(s) in {source}: {details}")
    if not problems and not skipped:
        raise DataError(f"{source} holds no {split} problems")
    return LoadReport(_sample(problems, max_problems, seed), skipped, str(source))
