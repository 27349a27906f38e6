"""Test harness: build the script for one (solution, test) run and judge its result.

The script is `solution`, then a line printing a random per-run marker, then the test code,
then `exit 0`. Only stdout after the marker counts, so a solution that prints the expected
text and exits early (or fakes output before the test runs) cannot pass.
"""

from __future__ import annotations

import secrets

from q_exec.results import RunResult, TestCase, TestOutcome


def new_marker() -> str:
    """A marker line the solution cannot predict."""
    return f"q_exec-marker-{secrets.token_hex(16)}"


def build_script(solution: str, test: TestCase, marker: str) -> str:
    """The q script for one test run."""
    return f'{solution}\n-1 "{marker}";\n{test.code}\nexit 0\n'


def test_output(stdout: str, marker: str) -> str | None:
    """Stdout printed after the marker line, or None when the marker never appeared."""
    head, found, tail = stdout.partition(marker + "\n")
    if not found:
        return None
    return tail


def normalise(text: str) -> str:
    """Stripped output; an empty q string display `""` equals empty output (as originally)."""
    text = text.replace("\r\n", "\n").strip()
    return "" if text == '""' else text


def judge(result: RunResult, test: TestCase, marker: str) -> TestOutcome:
    """Turn one run's result into a pass/fail outcome of a known kind."""
    output = test_output(result.stdout, marker)
    shown = "" if output is None else output
    failed = result.exit_code != 0 or bool(result.stderr.strip())

    def outcome(kind: str) -> TestOutcome:
        return TestOutcome(kind == "pass", kind, shown, result.stderr, result.seconds)

    if result.timed_out:
        return outcome("timeout")
    if result.truncated:  # stopped for flooding its output
        return outcome("error")
    if output is not None:
        expected = normalise(test.expected)
        if normalise(output) == expected and (expected or not failed):
            return outcome("pass")
        if normalise(output):
            return outcome("error" if failed else "wrong_output")
    return outcome("error" if failed else "no_output")
