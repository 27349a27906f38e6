"""Run extracted q code against a problem's test cases and summarise the result per completion.

The scorer never raises: a completion whose scoring fails in any way scores zero and the failure
is counted, because an exception inside a TRL reward function ends the training run.
"""

import logging
from collections import Counter, OrderedDict
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
    """Scores completions by running their q code; remembers recent results.

    Two reward functions (pass fraction and perfect bonus) score the same batch one after the
    other; the cache makes the second call free.
    """

    __test__ = False  # not a pytest test class

    def __init__(self, executor: Executor, max_tests: int | None, cache_size: int = 4096):
        self.executor = executor
        self.max_tests = max_tests
        self.cache_size = cache_size
        self._cache: OrderedDict[tuple, CompletionScore] = OrderedDict()

    def score(
        self, completions: Sequence[str], tests: Sequence[Sequence[Mapping[str, str] | TestCase]]
    ) -> list[CompletionScore]:
        """One CompletionScore per completion, in order."""
        keys: list[tuple] = []
        pending: dict[tuple, tuple[str, list[TestCase]]] = {}
        scores: dict[tuple, CompletionScore] = {}
        for completion, problem_tests in zip(completions, tests, strict=True):
            key, entry = self._prepare(completion, problem_tests)
            keys.append(key)
            if isinstance(entry, CompletionScore):
                scores[key] = entry
            elif key in self._cache:
                scores[key] = self._cache[key]
            else:
                pending[key] = entry
        scores.update(self._run(pending))
        return [scores[key] for key in keys]

    def _prepare(self, completion, problem_tests) -> tuple[tuple, CompletionScore | tuple]:
        try:
            cases = as_test_cases(problem_tests)[: self.max_tests]
            code = extract_q_code(completion)
            key = (code, tuple(cases))
            if code is None:
                return key, CompletionScore(0, len(cases), extraction_failed=True)
            return key, (code, cases)
        except Exception:
            logger.exception("could not prepare a completion for scoring; it scores 0")
            return (id(completion), "failed"), CompletionScore(0, 0, scoring_failed=True)

    def _run(
        self, pending: dict[tuple, tuple[str, list[TestCase]]]
    ) -> dict[tuple, CompletionScore]:
        jobs = [(code, case) for code, cases in pending.values() for case in cases]
        try:
            outcomes = self.executor.run_batch(jobs) if jobs else []
        except Exception:
            logger.exception("q execution failed for a whole batch; its completions score 0")
            return {
                k: CompletionScore(0, len(c), scoring_failed=True) for k, (_, c) in pending.items()
            }
        results: dict[tuple, CompletionScore] = {}
        start = 0
        for key, (_, cases) in pending.items():
            mine = outcomes[start : start + len(cases)]
            start += len(cases)
            score = CompletionScore(
                passed=sum(o.passed for o in mine),
                total=len(cases),
                kinds=tuple(o.kind for o in mine),
            )
            results[key] = score
            self._remember(key, score)
        return results

    def _remember(self, key: tuple, score: CompletionScore) -> None:
        self._cache[key] = score
        self._cache.move_to_end(key)
        while len(self._cache) > self.cache_size:
            self._cache.popitem(last=False)
