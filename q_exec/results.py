"""Plain value types passed between the executor and its callers."""

from __future__ import annotations

from dataclasses import dataclass

OUTCOME_KINDS = ("pass", "wrong_output", "error", "timeout", "no_output")


@dataclass(frozen=True)
class TestCase:
    """One test: q code that calls the solution and prints, and the exact expected output."""

    __test__ = False  # not a pytest test class

    code: str
    expected: str


@dataclass(frozen=True)
class RunResult:
    """What one sandboxed run of a q script produced."""

    stdout: str
    stderr: str
    exit_code: int
    timed_out: bool
    seconds: float
    truncated: bool = False


@dataclass(frozen=True)
class TestOutcome:
    """The verdict for one (solution, test) run; `kind` is one of OUTCOME_KINDS."""

    __test__ = False

    passed: bool
    kind: str
    stdout: str
    stderr: str
    seconds: float
