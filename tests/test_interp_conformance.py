"""Conformance floor: the public q examples (with real q output) run in-process via run_session.

Same comparison as shared/q-conformance/run.py, without one interpreter start-up per case.
The cases are a copy of shared/q-conformance/public.jsonl. FLOOR is the measured pass rate
minus about one point, so a regression fails the suite.
"""

from pathlib import Path

from q_exec.interp.conformance import load_cases, run_case

CASES = Path(__file__).resolve().parent / "interp_fixtures" / "q_conformance_public.jsonl"
FLOOR = 82.5


def test_public_conformance_stays_above_floor():
    cases = load_cases(str(CASES))
    assert len(cases) > 2000
    passed = sum(run_case(c)[0] for c in cases)
    pct = 100.0 * passed / len(cases)
    assert pct >= FLOOR, f"conformance {pct:.1f}% fell below {FLOOR}%"
