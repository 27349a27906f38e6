"""Read problems stored in the original SFT_Data layout: ROOT/{train,test}/<problem>/..."""

import json
import re
from pathlib import Path

from q_data.problem import BadRecord, DataError, Problem
from q_exec import TestCase

TEST_FILE = re.compile(r"q_test_case_(\d+)\.q")


def is_folder_layout(root: Path) -> bool:
    """True when `root` has a train/ or test/ folder holding problem folders."""
    return root.is_dir() and any((root / split).is_dir() for split in ("train", "test"))


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise BadRecord(f"missing {path.name}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise BadRecord(f"cannot read {path.name}: {exc}") from None


def _tests(folder: Path) -> list[TestCase]:
    numbered = sorted(
        (int(m.group(1)), p) for p in folder.iterdir() if (m := TEST_FILE.fullmatch(p.name))
    )
    if not numbered:
        raise BadRecord("no test cases (q_test_case_N.q files)")
    tests = []
    for number, path in numbered:
        answer = folder / f"q_exact_ans_test_case_{number}.txt"
        if not answer.exists():
            raise BadRecord(f"{path.name} has no {answer.name}")
        tests.append(TestCase(code=_read(path).strip(), expected=_read(answer).strip()))
    return tests


def _entry(folder: Path) -> dict:
    path = folder / "entry.json"
    if not path.exists():
        return {}
    try:
        entry = json.loads(_read(path))
    except json.JSONDecodeError as exc:
        raise BadRecord(f"entry.json is not valid JSON: {exc}") from None
    if not isinstance(entry, dict):
        raise BadRecord("entry.json does not hold a JSON object")
    return entry


def read_problem_folder(folder: Path) -> Problem:
    """Build a Problem from one problem folder; raise BadRecord naming what is missing."""
    description = _read(folder / "problem_description.txt").strip()
    if not description:
        raise BadRecord("empty problem_description.txt")
    q_solution = _read(folder / "q_sol.q")
    python_path = folder / "python_sol.py"
    entry = _entry(folder)
    return Problem(
        problem_id=str(entry.get("id", folder.name)),
        name=str(entry.get("name", folder.name)),
        description=description,
        q_solution=q_solution,
        difficulty=str(entry.get("difficulty", "unknown")),
        tags=[str(t) for t in entry.get("tags", [])],
        tests=_tests(folder),
        python_solution=_read(python_path) if python_path.exists() else None,
    )


def load_folder_split(root: Path, split: str) -> tuple[list[Problem], list[tuple[str, str]]]:
    """All problems of ROOT/split sorted by folder name, and (folder, reason) for bad ones."""
    split_dir = root / split
    if not split_dir.is_dir():
        raise DataError(f"{root} has no {split}/ folder (the SFT_Data layout has train/ and test/)")
    problems, skipped = [], []
    for folder in sorted(p for p in split_dir.iterdir() if p.is_dir()):
        try:
            problems.append(read_problem_folder(folder))
        except BadRecord as exc:
            skipped.append((folder.name, str(exc)))
    return problems, skipped
