"""The problem model shared by loaders, trainer and evaluation."""

from dataclasses import dataclass, field

from q_exec import TestCase

DIFFICULTIES = ("easy", "medium", "hard")
MIN_TESTS = 4  # test cases every bundled problem must have


class DataError(ValueError):
    """A problem source cannot be used; the message says what to change."""


class BadRecord(ValueError):
    """One problem record is unusable; the message says what is missing."""


@dataclass(frozen=True)
class Problem:
    """One q programming problem with its reference solution and test cases."""

    problem_id: str
    name: str
    description: str
    q_solution: str
    difficulty: str
    tags: list[str]
    tests: list[TestCase]
    python_solution: str | None = None


@dataclass
class LoadReport:
    """Problems loaded from one source and split, plus the records skipped as bad."""

    problems: list[Problem]
    skipped: list[tuple[str, str]] = field(default_factory=list)
    source: str = ""
