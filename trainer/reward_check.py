"""Check the reward before spending a node on it: references must earn the full reward, and an
empty answer, a wrong solution and a cheat (prints the expected text, then exits) must earn none
of the test reward."""

from collections.abc import Sequence
from dataclasses import dataclass

from q_data import Problem
from rewards import RewardSettings
from rewards.functions import RewardFunc
from trainer.prompts import format_completion

WRONG_SOLUTION = "solve:{[x] -424242}"


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
) -> tuple[list[RewardCheckRow], list[str]]:
    """Score the probes with the real reward functions; return the table and the problems found."""
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
            problems_found.append(
                f"{problem.problem_id}: reference earned {ref:.3g}, expected {full:.3g}"
            )
        if empty > 0:
            problems_found.append(f"{problem.problem_id}: an empty completion earned {empty:.3g}")
        for kind, value in (("a wrong solution", wrong), ("the early-exit cheat", cheat)):
            if value > format_part + 1e-6:
                problems_found.append(f"{problem.problem_id}: {kind} earned {value:.3g}")
    return rows, problems_found


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
