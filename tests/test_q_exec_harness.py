"""Judging rules of the test harness (pure functions over run results)."""

from __future__ import annotations

import pytest

from q_exec import RunResult, TestCase
from q_exec.harness import OUTCOME_TEXT_CHARS, build_script, judge, new_marker, normalise

MARK = new_marker()


def result(stdout="", stderr="", exit_code=0, timed_out=False, truncated=False) -> RunResult:
    return RunResult(stdout, stderr, exit_code, timed_out, 0.01, truncated)


def test_markers_are_unique_per_run():
    assert len({new_marker() for _ in range(100)}) == 100


def test_script_puts_the_marker_between_solution_and_test():
    script = build_script("f:{x+1}", TestCase("show f 1", "2"), MARK)
    marker_line = f'-1 "{MARK}";'
    assert script.splitlines() == ["f:{x+1}", marker_line, "show f 1", marker_line, "exit 0"]


@pytest.mark.parametrize(
    ("run", "expected", "kind"),
    [
        (result(f"noise\n{MARK}\n2\n{MARK}\n"), "2", "pass"),
        (result(f"{MARK}\n  2 \n\n{MARK}\n"), "2\n", "pass"),
        (result(f"{MARK}\n2{MARK}\n"), "2", "pass"),
        (result(f"{MARK}\n{MARK}\n"), '""', "pass"),
        (result(f"{MARK}\n3\n{MARK}\n"), "2", "wrong_output"),
        (result(f"{MARK}\n3\n{MARK}\n", "'type\n", 1), "2", "error"),
        (result(f"{MARK}\n3\n", "'type\n", 1), "2", "error"),
        (result(f"{MARK}\n", "'type\n", 1), '""', "error"),
        (result(f"{MARK}\n{MARK}\n"), "2", "no_output"),
        (result(f"{MARK}\n2\n"), "2", "no_output"),
        (result("2\n"), "2", "no_output"),
        (result("", "'length\n", 1), "2", "error"),
        (result(f"{MARK}\n2\n{MARK}\n", timed_out=True, exit_code=-9), "2", "timeout"),
        (result(f"{MARK}\n2\n{MARK}\n" + "x" * 10, truncated=True), "2", "error"),
    ],
)
def test_judge_kinds(run, expected, kind):
    outcome = judge(run, TestCase("t", expected), MARK)
    assert outcome.kind == kind
    assert outcome.passed == (kind == "pass")


def test_text_printed_before_the_marker_does_not_count():
    cheat = result(f"2\n{MARK[:-1]}\n")  # expected text, then a guess at the marker
    assert judge(cheat, TestCase("show 2", "2"), MARK).kind == "no_output"


def test_outcome_carries_only_the_test_part_of_stdout():
    outcome = judge(result(f"secret\n{MARK}\n2\n{MARK}\nafter\n"), TestCase("t", "2"), MARK)
    assert outcome.stdout == "2\n"


def test_normalise_treats_an_empty_q_string_as_no_output():
    assert normalise('""\n') == "" == normalise("  \n")
    assert normalise("a\r\nb\n") == "a\nb"


def test_outcome_text_is_bounded():
    flood = result(f"{MARK}\n" + "x" * 100_000 + f"\n{MARK}\n", "e" * 100_000, 1)
    outcome = judge(flood, TestCase("t", "2"), MARK)
    assert outcome.kind == "error"
    assert len(outcome.stdout) == len(outcome.stderr) == OUTCOME_TEXT_CHARS
