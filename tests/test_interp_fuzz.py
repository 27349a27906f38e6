"""Seeded mutants of the reference solutions: each ends in output or a q error, never in an
internal failure (see bench/interp_fuzz.py for larger runs)."""

from bench.interp_fuzz import mutants, run_case


def test_mutated_reference_solutions_fail_only_with_q_errors():
    findings = {}
    for src in mutants(400, seed=7):
        site = run_case(src, limit_s=2.0)
        if site not in (None, "timeout"):
            findings.setdefault(site, src)
    assert findings == {}
