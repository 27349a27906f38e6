"""Reward values on hand-made completions, scored by the real embedded q backend."""

import pytest

from q_exec import Executor
from rewards import RewardSettings, TestScorer, build_reward_funcs
from rewards.functions import bracket_score

TESTS = [
    {"code": "show solve 1", "expected": "2"},
    {"code": "show solve 5", "expected": "6"},
    {"code": "show solve 10", "expected": "11"},
    {"code": "show solve 20", "expected": "21"},
]
CORRECT = "```q\nsolve:{x+1}\n```"
PARTLY = "solve:{$[x>3;x+1;0]}"  # right for 5 and 10 of the first three tests
WRONG = "solve:{x-1}"
CHEAT = '-1 "2";\nexit 0'
REASONING = "<reasoning>add one</reasoning>\n<answer>\nsolve:{x+1}\n</answer>"


@pytest.fixture(scope="module")
def executor():
    with Executor("embedded", timeout=5.0, workers=2) as ex:
        yield ex


def total_rewards(settings: RewardSettings, executor, completions, tests=None, max_tests=3):
    funcs, weights = build_reward_funcs(settings, TestScorer(executor, max_tests))
    tests = tests or [TESTS] * len(completions)
    per_func = [f(completions=completions, tests=tests) for f in funcs]
    return [
        sum(w * v[i] for w, v in zip(weights, per_func, strict=True))
        for i in range(len(completions))
    ], {f.__name__: v for f, v in zip(funcs, per_func, strict=True)}


def test_reward_values(executor) -> None:
    settings = RewardSettings(base_reward_weight=1.0, perfect_reward_weight=2.0, perfect_bonus=0.5)
    totals, parts = total_rewards(settings, executor, [CORRECT, PARTLY, WRONG, "", CHEAT])
    assert set(parts) == {"test_pass_reward", "perfect_bonus"}
    assert totals[0] == pytest.approx(1.0 + 0.5 * 2.0)  # all 3 (capped) tests + bonus
    assert totals[1] == pytest.approx(2 / 3)
    assert totals[2] == 0.0
    assert totals[3] == 0.0  # no code
    assert totals[4] == 0.0  # prints the expected text, exits before the test runs


def test_max_tests_caps_the_tests_run(executor) -> None:
    settings = RewardSettings()
    totals, _ = total_rewards(settings, executor, [PARTLY], max_tests=4)
    assert totals[0] == pytest.approx(3 / 4)


def test_reasoning_format_reward(executor) -> None:
    settings = RewardSettings(use_reasoning_format=True, format_reward_weight=0.25)
    totals, parts = total_rewards(settings, executor, [REASONING, CORRECT])
    assert parts["format_reward"] == [1.0, 0.0]
    assert totals[0] == pytest.approx(1.0 + 1.0 + 0.25)
    assert totals[1] == pytest.approx(2.0)  # code still runs, format reward not earned


def test_exception_inside_scoring_scores_zero_and_is_counted(executor) -> None:
    metrics: dict[str, float] = {}
    funcs, _ = build_reward_funcs(RewardSettings(), TestScorer(executor, 3))
    broken_tests = [{"code": "show solve 1"}]  # no expected output: scoring this raises inside
    values = funcs[0](
        completions=[CORRECT, CORRECT],
        tests=[broken_tests, TESTS],
        log_metric=lambda name, value: metrics.__setitem__(name, value),
    )
    assert values == [0.0, 1.0]
    assert metrics["q/scoring_failure_rate"] == pytest.approx(0.5)
    assert metrics["q/pass_rate"] == pytest.approx(1.0)


def test_a_dead_executor_gives_zero_not_an_exception() -> None:
    executor = Executor("embedded", timeout=5.0, workers=1)
    executor.close()
    funcs, _ = build_reward_funcs(RewardSettings(), TestScorer(executor, 3))
    assert funcs[0](completions=[CORRECT], tests=[TESTS]) == [0.0]


def test_outcome_metrics_are_logged(executor) -> None:
    metrics: dict[str, float] = {}
    funcs, _ = build_reward_funcs(RewardSettings(), TestScorer(executor, 3))
    funcs[0](
        completions=[CORRECT, "no code here ```q\n```", "solve:{x+`a}", "solve:{while[1b;]; x}"],
        tests=[TESTS] * 4,
        log_metric=lambda name, value: metrics.__setitem__(name, value),
    )
    assert metrics["q/extraction_failure_rate"] == pytest.approx(0.25)
    assert metrics["q/error_rate"] == pytest.approx(3 / 9)
    assert metrics["q/pass_rate"] == pytest.approx(3 / 9)


def test_conversational_completions_are_accepted(executor) -> None:
    funcs, _ = build_reward_funcs(RewardSettings(), TestScorer(executor, 3))
    completion = [{"role": "assistant", "content": CORRECT}]
    assert funcs[0](completions=[completion], tests=[TESTS]) == [1.0]


@pytest.mark.parametrize(
    ("text", "score"),
    [("solve:{x[0]}", 0.2), ("f:{(x", 0.0), ("}{", 0.0), ("no brackets", 0.0), ("()" * 20, 1.0)],
)
def test_dummy_bracket_reward(text: str, score: float) -> None:
    assert bracket_score(text) == pytest.approx(score)
    funcs, weights = build_reward_funcs(RewardSettings(dummy_reward=True), None)
    assert [f.__name__ for f in funcs] == ["bracket_reward"] and weights == [1.0]
    assert funcs[0](completions=[text]) == [pytest.approx(score)]
