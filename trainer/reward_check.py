"""Check the reward before spending a node on it: references must earn the full reward, and an
empty answer, a wrong solution and a cheat (prints the expected text, then exits) must earn none
of the test reward."""

from collections.abc import Sequence
from dataclasses import dataclass

from q_data import Problem
from q_exec import Executor
from rewards import RewardSettings
from rewards.functions import RewardFunc
from trainer.prompts import format_completion

WRONG_SOLUTION = "solve:{[x] -424242}"
MAX_REPORTED = 10
"""Problems listed one by one; the rest are counted."""


@dataclass(frozen=True)
class RewardCheckRow:
    problem_id: str
    reference: float
    empty: float
    wrong: float
    cheat: float


def _q_string(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{escaped}"'


def probe_completions(problem: Problem, reasoning: bool) -> dict[str, str]:
    """The four probe completions for one problem."""
    expected = problem.tests[0].expected if problem.tests else ""
    cheat = f"-1 {_q_string(expected)};\nexit 0"
    return {
        "reference": format_completion(problem.description, problem.q_solution, reasoning),
        "empty": "",
        "wrong": format_completion(problem.description, WRONG_SOLUTION, reasoning),
        "cheat": format_completion(problem.description, cheat, reasoning),
    }


def check_rewards(
    problems: Sequence[Problem],
    funcs: list[RewardFunc],
    weights: list[float],
    settings: RewardSettings,
    executor: Executor | None = None,
) -> tuple[list[RewardCheckRow], list[str]]:
    """Score the probes with the real reward functions; return the table and the problems found.

    With ``executor``, a reference that misses the full reward is run again to say why (the
    first failing test's outcome and q's output).
    """
    probes = [probe_completions(p, settings.use_reasoning_format) for p in problems]
    kinds = ["reference", "empty", "wrong", "cheat"]
    completions = [probe[kind] for probe in probes for kind in kinds]
    tests = [
        [{"code": t.code, "expected": t.expected} for t in p.tests] for p in problems for _ in kinds
    ]
    totals = [0.0] * len(completions)
    for func, weight in zip(funcs, weights, strict=True):
        for i, value in enumerate(func(completions=completions, tests=tests)):
            totals[i] += weight * value
    full = settings.base_reward_weight + settings.perfect_bonus * settings.perfect_reward_weight
    if settings.use_reasoning_format:
        full += settings.format_reward_weight
    format_part = settings.format_reward_weight if settings.use_reasoning_format else 0.0
    rows, problems_found = [], []
    for index, problem in enumerate(problems):
        ref, empty, wrong, cheat = totals[index * 4 : index * 4 + 4]
        rows.append(RewardCheckRow(problem.problem_id, ref, empty, wrong, cheat))
        if abs(ref - full) > 1e-6:
            why = f" ({reference_failure(problem, executor)})" if executor else ""
            problems_found.append(
                f"{problem.problem_id}: reference earned {ref:.3g}, expected {full:.3g}{why}"
            )
        if empty > 0:
            problems_found.append(f"{problem.problem_id}: an empty completion earned {empty:.3g}")
        for kind, value in (("a wrong solution", wrong), ("the early-exit cheat", cheat)):
            if value > format_part + 1e-6:
                problems_found.append(f"{problem.problem_id}: {kind} earned {value:.3g}")
    return rows, problems_found


def _one_line(text: str, limit: int = 80) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def reference_failure(problem: Problem, executor: Executor) -> str:
    """Why the reference solution fails: its first failing test, outcome and q's output."""
    if not problem.tests:
        return "the problem has no tests"
    outcomes = executor.run_tests(problem.q_solution, problem.tests)
    for number, (test, outcome) in enumerate(zip(problem.tests, outcomes, strict=True), 1):
        if outcome.passed:
            continue
        if outcome.kind == "wrong_output":
            detail = f"printed {_one_line(outcome.stdout)!r}, expected {_one_line(test.expected)!r}"
        elif outcome.kind == "timeout":
            detail = f"no result within {executor.timeout:g}s"
        else:
            detail = _one_line(outcome.stderr or outcome.stdout) or "nothing printed"
        return f"test {number} {outcome.kind}: {detail}"
    return "passes when run alone: the reward functions disagree with the executor"


def verdict(rows: list[RewardCheckRow], found: list[str]) -> list[str]:
    """Lines that sum the check up; a broken reward lists (at most MAX_REPORTED) problems."""
    if not found:
        return [
            f"reward check passed on {len(rows)} problems: every reference earned the full "
            "reward; empty, wrong and cheating completions earned no test reward"
        ]
    failed_refs = sum("reference earned" in line for line in found)
    lines = []
    if rows and failed_refs == len(rows):
        lines.append(
            f"no reference solution earned the full reward ({len(rows)} tried): the q backend "
            "or the reward is broken, not the data"
        )
    lines += found[:MAX_REPORTED]
    if len(found) > MAX_REPORTED:
        lines.append(f"… and {len(found) - MAX_REPORTED} more")
    return lines


def format_table(rows: list[RewardCheckRow]) -> str:
    """A fixed-width table of the probe rewards."""
    header = f"{'problem':<32} {'reference':>9} {'empty':>6} {'wrong':>6} {'cheat':>6}"
    lines = [header, "-" * len(header)]
    lines += [
        f"{r.problem_id[:32]:<32} {r.reference:>9.3f} "
        f"{r.empty:>6.3f} {r.wrong:>6.3f} {r.cheat:>6.3f}"
        for r in rows
    ]
    return "\n".join(lines)
