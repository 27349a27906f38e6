"""Conformance floor: the public q examples (real q output) run in-process via run_session.

Runs the same comparison as shared/q-conformance/run.py without one interpreter start-up per
case. FLOOR is the measured pass rate minus a small margin, so a regression fails the suite.
"""

from pathlib import Path

import pytest

from q_exec.interp.conformance import load_cases, run_case

CASES = Path("/work/shared/q-conformance/public.jsonl")
FLOOR = 67.0


@pytest.mark.skipif(not CASES.exists(), reason="shared conformance set not present")
def test_public_conformance_stays_above_floor():
    cases = load_cases(str(CASES))
    passed = sum(run_case(c)[0] for c in cases)
    pct = 100.0 * passed / len(cases)
    assert pct >= FLOOR, f"conformance {pct:.1f}% fell below {FLOOR}%"
