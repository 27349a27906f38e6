"""Read problems stored with the released dataset's schema: JSONL, parquet or save_to_disk.

Each record has problem_id, problem_name, problem_description, q_solution, difficulty, tags and
test_cases = [{test_case_number, q_test_code, q_expected_output, ...}]; the split comes from a
`split` column, from separate files (DIR/train.jsonl, DIR/test.parquet, DIR/data/train-*.parquet)
or from the splits of a saved DatasetDict.
"""

import json
from collections.abc import Iterable
from pathlib import Path

from q_data.problem import BadRecord, DataError, Problem
from q_exec import TestCase

RECORD_SUFFIXES = (".jsonl", ".parquet")


def _tests(raw: object) -> list[TestCase]:
    if isinstance(raw, str):
        try:
            raw = json.loads(raw)
        except json.JSONDecodeError:
            raise BadRecord("test_cases is a string but not valid JSON") from None
    if not raw:
        raise BadRecord("no test cases (test_cases is empty)")
    if not isinstance(raw, list) or not all(isinstance(t, dict) for t in raw):
        raise BadRecord("test_cases is not a list of objects")
    tests = []
    for position, case in enumerate(sorted(raw, key=lambda t: t.get("test_case_number") or 0)):
        label = f"test case {case.get('test_case_number', position + 1)}"
        code, expected = case.get("q_test_code"), case.get("q_expected_output")
        if not isinstance(code, str) or not code.strip():
            raise BadRecord(f"{label} has no q_test_code")
        if not isinstance(expected, str):
            raise BadRecord(f"{label} has no q_expected_output")
        tests.append(TestCase(code=code.strip(), expected=expected.strip()))
    return tests


def problem_from_record(record: dict) -> Problem:
    """Build a Problem from one released-schema record; raise BadRecord naming what is missing."""
    description = record.get("problem_description")
    if not isinstance(description, str) or not description.strip():
        raise BadRecord("no problem_description")
    q_solution = record.get("q_solution")
    if not isinstance(q_solution, str) or not q_solution.strip():
        raise BadRecord("no q_solution")
    tags = record.get("tags") or []
    return Problem(
        problem_id=str(record["problem_id"]),
        name=str(record.get("problem_name") or record["problem_id"]),
        description=description.strip(),
        q_solution=q_solution,
        difficulty=str(record.get("difficulty") or "unknown"),
        tags=[str(t) for t in ([tags] if isinstance(tags, str) else tags)],
        tests=_tests(record.get("test_cases")),
        python_solution=record.get("python_solution"),
    )


def _read_jsonl(path: Path) -> list[dict]:
    records = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                records.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise DataError(f"{path}:{number} is not valid JSON ({exc.msg})") from None
    return records


def _read_parquet(path: Path) -> list[dict]:
    import pyarrow.parquet as pq

    try:
        return pq.read_table(path).to_pylist()
    except Exception as exc:  # pyarrow raises many types for a corrupt file
        raise DataError(f"{path} is not a readable parquet file ({exc})") from None


def read_record_file(path: Path) -> list[dict]:
    """All records of one .jsonl or .parquet file."""
    return _read_jsonl(path) if path.suffix == ".jsonl" else _read_parquet(path)


def _split_files(folder: Path, split: str) -> list[Path]:
    candidates = [folder / f"{split}{suffix}" for suffix in RECORD_SUFFIXES]
    candidates += sorted(folder.glob(f"data/{split}-*.parquet"))
    candidates += sorted(folder.glob(f"{split}-*.parquet"))
    return [p for p in candidates if p.is_file()]


def _from_saved_dataset(folder: Path, split: str) -> list[dict]:
    from datasets import DatasetDict, load_from_disk

    loaded = load_from_disk(str(folder))
    if isinstance(loaded, DatasetDict):
        if split not in loaded:
            raise DataError(f"{folder} has splits {sorted(loaded)}, not {split!r}")
        return loaded[split].to_list()
    return _select_split(loaded.to_list(), split, folder)


def _select_split(records: Iterable[dict], split: str, where: Path) -> list[dict]:
    records = list(records)
    if records and "split" not in records[0]:
        raise DataError(
            f"{where} has no 'split' column; add one or store train and test records in separate "
            f"files ({where.parent if where.is_file() else where}/train.jsonl, test.jsonl)"
        )
    return [r for r in records if r.get("split") == split]


def is_saved_dataset(folder: Path) -> bool:
    """True for a folder written by datasets' save_to_disk (Dataset or DatasetDict)."""
    return (folder / "dataset_dict.json").is_file() or (folder / "state.json").is_file()


def has_record_files(folder: Path) -> bool:
    """True for a folder holding per-split .jsonl/.parquet files."""
    return any(_split_files(folder, split) for split in ("train", "test"))


def load_record_split(path: Path, split: str) -> list[dict]:
    """The raw records of `split` from a record file, a split-files folder or a saved dataset."""
    if path.is_file():
        if path.suffix not in RECORD_SUFFIXES:
            raise DataError(f"{path}: expected a .jsonl or .parquet file")
        return _select_split(read_record_file(path), split, path)
    if is_saved_dataset(path):
        return _from_saved_dataset(path, split)
    files = _split_files(path, split)
    if not files:
        raise DataError(f"{path} has no {split}.jsonl, {split}.parquet or data/{split}-*.parquet")
    return [record for file in files for record in read_record_file(file)]


def problems_from_records(records: list[dict]) -> tuple[list[Problem], list[tuple[str, str]]]:
    """Problems from raw records, and (problem_id or "record #N", reason) for each bad one."""
    problems, skipped = [], []
    for position, record in enumerate(records):
        if not isinstance(record, dict):
            skipped.append((f"record #{position + 1}", "not a JSON object"))
            continue
        problem_id = str(record.get("problem_id") or f"record #{position + 1}")
        try:
            if record.get("problem_id") in (None, ""):
                raise BadRecord("no problem_id")
            problems.append(problem_from_record(record))
        except BadRecord as exc:
            skipped.append((problem_id, str(exc)))
    return problems, skipped
