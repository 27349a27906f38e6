"""--test_reward_function: probe completions (reference, empty, wrong, early-exit cheat) scored
by the real reward functions and the real embedded q backend on bundled problems; a broken
reference is reported with why it fails; the CLI check passes, or aborts with exit code 1."""

import dataclasses
import shutil
from pathlib import Path

import pytest

from q_data import load_problems
from q_exec import Executor, TestCase
from rewards import RewardSettings, TestScorer, build_reward_funcs
from tests.conftest import ROOT, run_trainer
from trainer.reward_check import MAX_REPORTED, RewardCheckRow, check_rewards, verdict

DATA = ROOT / "data"


@pytest.fixture(scope="module")
def executor():
    with Executor("embedded", timeout=5.0, workers=2) as ex:
        yield ex


@pytest.fixture(scope="module")
def problems():
    return load_problems(str(DATA), "train", max_problems=4, seed=1).problems


def _check(problems, executor, settings: RewardSettings):
    funcs, weights = build_reward_funcs(settings, TestScorer(executor, 3))
    return check_rewards(problems, funcs, weights, settings, executor)


def test_bundled_references_earn_the_full_reward_and_probes_none(problems, executor) -> None:
    rows, found = _check(problems, executor, RewardSettings())
    assert found == []
    assert [r.problem_id for r in rows] == [p.problem_id for p in problems]
    for row in rows:
        assert row.reference == pytest.approx(2.0)  # pass fraction 1 + perfect bonus 1
        assert (row.empty, row.wrong, row.cheat) == (0.0, 0.0, 0.0)


def test_reasoning_format_probes_earn_only_the_format_reward(problems, executor) -> None:
    rows, found = _check(problems[:2], executor, RewardSettings(use_reasoning_format=True))
    assert found == []
    for row in rows:
        assert row.reference == pytest.approx(3.0)
        assert row.empty == 0.0
        assert row.wrong == pytest.approx(1.0) and row.cheat == pytest.approx(1.0)


def test_a_reference_with_a_wrong_expected_output_is_reported_with_why(problems, executor):
    good = problems[0]
    first = good.tests[0]
    bad = dataclasses.replace(
        good, tests=[TestCase(first.code, first.expected + "0"), *good.tests[1:]]
    )
    rows, found = _check([bad, problems[1]], executor, RewardSettings())
    assert len(found) == 1
    assert found[0].startswith(f"{bad.problem_id}: reference earned ")
    assert f"(test 1 wrong_output: printed {first.expected.strip()!r}" in found[0]
    assert rows[1].reference == pytest.approx(2.0)


def test_a_reference_that_errors_shows_qs_error(problems, executor) -> None:
    broken = dataclasses.replace(problems[0], q_solution="solve:1+`sym")
    _, found = _check([broken], executor, RewardSettings())
    assert len(found) == 1
    assert "test 1 error: 'type" in found[0]


def test_verdict_when_every_reference_fails() -> None:
    rows = [RewardCheckRow(f"p{i}", 0.0, 0.0, 0.0, 0.0) for i in range(12)]
    found = [f"p{i}: reference earned 0, expected 2" for i in range(12)]
    lines = verdict(rows, found)
    assert lines[0].startswith("no reference solution earned the full reward (12 tried)")
    assert lines[1 : 1 + MAX_REPORTED] == found[:MAX_REPORTED]
    assert lines[-1] == "… and 2 more"
    assert verdict(rows[:3], []) == [
        "reward check passed on 3 problems: every reference earned the full reward; empty, "
        "wrong and cheating completions earned no test reward"
    ]


def test_cli_check_passes_on_the_bundled_data() -> None:
    proc = run_trainer(["--test_reward_function", "--max_train_problems", "5"], timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
    table = proc.stdout
    assert "problem" in table and "reference" in table and "cheat" in table
    assert len([ln for ln in table.splitlines() if ln.rstrip().endswith("0.000")]) >= 5
    assert "reward check passed on 5 problems" in proc.stdout + proc.stderr


def _copy_problem(source: Path, target: Path) -> Path:
    shutil.copytree(source, target / source.name)
    return target / source.name


def test_cli_aborts_when_a_reference_fails(tmp_path: Path) -> None:
    data = tmp_path / "SFT_Data"
    for split in ("train", "test"):
        for problem in sorted((DATA / split).iterdir())[:2]:
            _copy_problem(problem, data / split)
    broken = sorted((data / "train").iterdir())[0]
    answer = broken / "q_exact_ans_test_case_1.txt"
    answer.write_text(answer.read_text().strip() + "999\n")
    proc = run_trainer(["--data", str(data), "--test_reward_function"], timeout=300)
    assert proc.returncode == 1
    assert f"{broken.name}: reference earned" in proc.stderr
    assert "test 1 wrong_output" in proc.stderr
    assert "the reward is broken" in proc.stderr
    assert "Traceback" not in proc.stderr
