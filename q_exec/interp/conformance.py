"""In-process conformance runner: same comparison as shared/q-conformance/run.py, but calls
`run_session` directly (no interpreter start-up per case), so the full public set runs in
seconds. Usage: python -m q_exec.interp.conformance CASES.jsonl [--failures N] [--page P]
"""

from __future__ import annotations

import argparse
import io
import json
import signal
import sys
from collections.abc import Iterable

MARK = "--8<--"


class CaseTimeout(Exception):
    """A case ran past its time limit."""


def _clean(text: str) -> list[str]:
    lines = [ln.rstrip() for ln in text.replace("\r\n", "\n").split("\n")]
    while lines and not lines[-1]:
        lines.pop()
    return lines


def _on_alarm(signum, frame):
    raise CaseTimeout


def run_case(case: dict, timeout: float = 5.0) -> tuple[bool, str]:
    """Run one case; returns (passed, explanation)."""
    from . import run_session

    script = "\n".join([*case["setup"], f'-1"{MARK}";', case["input"], ""])
    out, err = io.StringIO(), io.StringIO()
    old = signal.signal(signal.SIGALRM, _on_alarm)
    signal.setitimer(signal.ITIMER_REAL, timeout)
    try:
        run_session(script, out, err)
    except CaseTimeout:
        return False, "timeout"
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)
    stdout, stderr = out.getvalue(), err.getvalue()
    if MARK not in stdout:
        return False, f"no marker; stderr {stderr[:200]!r}"
    after = _clean(stdout.split(MARK, 1)[1].lstrip("\n"))
    if case.get("error"):
        errs = [ln.strip() for ln in _clean(stderr)]
        first = (after[:1] or errs[-3:] or [""])[0].strip()
        ok = first == case["error"] or case["error"] in errs
        return ok, f"expected error {case['error']!r}; stdout {after[:3]!r}; stderr {errs[-3:]!r}"
    want = _clean(case["output"])
    return after == want, f"expected {want!r}\n      got {after!r}; stderr {stderr[:200]!r}"


def load_cases(path: str, pages: Iterable[str] | None = None) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        cases = [json.loads(line) for line in fh if line.strip()]
    if pages:
        wanted = set(pages)
        cases = [c for c in cases if c["page"] in wanted]
    return cases


def score(cases: list[dict], failures: int = 0, stream=sys.stdout) -> float:
    """Run all cases, print failures and the per-page summary; returns the pass percentage."""
    by_page: dict[str, list[int]] = {}
    shown = passed = 0
    for case in cases:
        ok, why = run_case(case)
        tally = by_page.setdefault(case["page"], [0, 0])
        tally[0] += ok
        tally[1] += 1
        passed += ok
        if not ok and shown < failures:
            shown += 1
            stream.write(f"FAIL {case['id']}: q){case['input']}\n      {why}\n")
    pct = 100.0 * passed / len(cases) if cases else 0.0
    worst = sorted(by_page.items(), key=lambda kv: kv[1][0] / kv[1][1])[:10]
    stream.write("weakest pages: " + ", ".join(f"{p} {a}/{b}" for p, (a, b) in worst) + "\n")
    stream.write(f"conformance: {passed}/{len(cases)} ({pct:.1f}%)\n")
    return pct


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("cases")
    ap.add_argument("--failures", type=int, default=0)
    ap.add_argument("--page", action="append")
    args = ap.parse_args(argv)
    score(load_cases(args.cases, args.page), args.failures)
    return 0


if __name__ == "__main__":
    sys.exit(main())
