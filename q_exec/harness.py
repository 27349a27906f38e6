"""Test harness: build the script for one (solution, test) run and judge its result.

The script is the solution, a line printing a random per-run marker, the test code, the marker
again, then `exit 0`. Only stdout between the two markers counts, so a solution that prints the
expected text before the test runs, or exits from inside the test (e.g. `solve:{-1 "2"; exit 0}`),
cannot pass: the test has to run to its end.
"""

from __future__ import annotations

import secrets

from q_exec.results import RunResult, TestCase, TestOutcome

OUTCOME_TEXT_CHARS = 4096


def new_marker() -> str:
    """A marker line the solution cannot predict."""
    return f"q_exec-marker-{secrets.token_hex(16)}"


def build_script(solution: str, test: TestCase, marker: str) -> str:
    """The q script for one test run."""
    line = f'-1 "{marker}";'
    return f"{solution}\n{line}\n{test.code}\n{line}\nexit 0\n"


def test_output(stdout: str, marker: str) -> str | None:
    """Stdout printed between the two marker lines, or None unless both appeared."""
    parts = stdout.split(marker + "\n")
    return parts[1] if len(parts) >= 3 else None


def normalise(text: str) -> str:
    """Stripped output; an empty q string display `""` equals empty output (as originally)."""
    text = text.replace("\r\n", "\n").strip()
    return "" if text == '""' else text


def judge(result: RunResult, test: TestCase, marker: str) -> TestOutcome:
    """Turn one run's result into a pass/fail outcome of a known kind.

    The outcome keeps at most OUTCOME_TEXT_CHARS of the test's stdout and of stderr (outcomes
    are cached; a flood must not fill memory).
    """
    output = test_output(result.stdout, marker)
    shown = ("" if output is None else output)[:OUTCOME_TEXT_CHARS]
    stderr = result.stderr[:OUTCOME_TEXT_CHARS]
    failed = result.exit_code != 0 or bool(result.stderr.strip())

    def outcome(kind: str) -> TestOutcome:
        return TestOutcome(kind == "pass", kind, shown, stderr, result.seconds)

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
