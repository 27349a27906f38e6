"""Run extracted q code against a problem's test cases and summarise the result per completion.

The scorer never raises: a completion whose scoring fails in any way scores zero and the failure
is counted, because an exception inside a TRL reward function ends the training run.
"""

import logging
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from q_exec import Executor, TestCase
from rewards.extract import extract_q_code

logger = logging.getLogger(__name__)

OUTCOME_KINDS = ("pass", "wrong_output", "error", "timeout", "no_output")


@dataclass(frozen=True)
class CompletionScore:
    """What happened when one completion was run against its tests."""

    passed: int
    total: int
    kinds: tuple[str, ...] = ()
    extraction_failed: bool = False
    scoring_failed: bool = False

    @property
    def fraction(self) -> float:
        return self.passed / self.total if self.total else 0.0

    @property
    def perfect(self) -> bool:
        return self.total > 0 and self.passed == self.total


@dataclass
class RewardStats:
    """Running counts of what scoring saw, for the logs."""

    completions: int = 0
    extraction_failures: int = 0
    scoring_failures: int = 0
    perfect: int = 0
    outcomes: Counter = field(default_factory=Counter)

    def add(self, score: CompletionScore) -> None:
        self.completions += 1
        self.extraction_failures += score.extraction_failed
        self.scoring_failures += score.scoring_failed
        self.perfect += score.perfect
        self.outcomes.update(score.kinds)

    def as_metrics(self) -> dict[str, float]:
        """Rates per completion (failures) and per test run (outcome kinds)."""
        runs = sum(self.outcomes.values())
        per_completion = max(self.completions, 1)
        metrics = {
            "q/extraction_failure_rate": self.extraction_failures / per_completion,
            "q/scoring_failure_rate": self.scoring_failures / per_completion,
            "q/perfect_rate": self.perfect / per_completion,
        }
        for kind in OUTCOME_KINDS:
            metrics[f"q/{kind}_rate"] = self.outcomes[kind] / runs if runs else 0.0
        return metrics


def as_test_cases(tests: Sequence[Mapping[str, str] | TestCase]) -> list[TestCase]:
    """Accept dataset rows ({"code", "expected"}) or TestCase objects."""
    return [t if isinstance(t, TestCase) else TestCase(t["code"], t["expected"]) for t in tests]


class TestScorer:
    """Scores completions by running their q code against (at most ``max_tests``) tests.

    The pass-fraction and perfect-bonus rewards score the same batch one after the other; the
    executor's result cache makes the second call free.
    """

    __test__ = False  # not a pytest test class

    def __init__(self, executor: Executor, max_tests: int | None):
        self.executor = executor
        self.max_tests = max_tests

    def score(
        self, completions: Sequence[str], tests: Sequence[Sequence[Mapping[str, str] | TestCase]]
    ) -> list[CompletionScore]:
        """One CompletionScore per completion, in order."""
        scores: list[CompletionScore | None] = []
        pending: list[tuple[int, str, list[TestCase]]] = []
        for index, (completion, problem_tests) in enumerate(zip(completions, tests, strict=True)):
            try:
                cases = as_test_cases(problem_tests)[: self.max_tests]
                code = extract_q_code(completion)
            except Exception:
                logger.exception("could not prepare a completion for scoring; it scores 0")
                scores.append(CompletionScore(0, 0, scoring_failed=True))
                continue
            if code is None:
                scores.append(CompletionScore(0, len(cases), extraction_failed=True))
                continue
            scores.append(None)
            pending.append((index, code, cases))
        for index, score in self._run(pending):
            scores[index] = score
        return scores  # type: ignore[return-value]

    def _run(
        self, pending: list[tuple[int, str, list[TestCase]]]
    ) -> list[tuple[int, CompletionScore]]:
        jobs = [(code, case) for _, code, cases in pending for case in cases]
        try:
            outcomes = self.executor.run_batch(jobs) if jobs else []
        except Exception:
            logger.exception("q execution failed for a whole batch; its completions score 0")
            return [(i, CompletionScore(0, len(c), scoring_failed=True)) for i, _, c in pending]
        results = []
        start = 0
        for index, _, cases in pending:
            mine = outcomes[start : start + len(cases)]
            start += len(cases)
            kinds = tuple(o.kind for o in mine)
            results.append((index, CompletionScore(sum(o.passed for o in mine), len(cases), kinds)))
        return results
