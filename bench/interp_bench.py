"""Timings of the embedded q interpreter on typical solution shapes.

Run: .venv/bin/python bench/interp_bench.py   (prints one line per benchmark, in seconds)
"""

from __future__ import annotations

import io
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from q_exec.interp import run_script  # noqa: E402

CASES = {
    "scalar while loop, 100k iterations (arithmetic + indexing)": (
        "v:til 100;s:0;i:0;while[i<100000;s+:v[i mod 100]*2;i+:1];show s"
    ),
    "each over 100,000 items (lambda)": "show sum {x*x} each til 100000",
    "vector ops on 10,000,000 longs": (
        "x:til 10000000;y:x*2;z:y+x;show sum z;show max z mod 7;show count where 0=x mod 3"
    ),
    "string building (20,000 appends + string/join)": (
        's:"";i:0;while[i<20000;s,:string i mod 10;i+:1];show count s;'
        'show count "," sv string til 20000'
    ),
    "dictionary updates in a loop (20,000)": (
        "d:()!();i:0;while[i<20000;d[i mod 100]+:1;i+:1];show sum d"
    ),
}


def python_baseline() -> float:
    """Seconds for a 1,000,000-iteration plain Python loop: a gauge of machine load."""
    t0 = time.perf_counter()
    acc = 0
    for i in range(1_000_000):
        acc += i
    return time.perf_counter() - t0


def main() -> None:
    print(f"{python_baseline():8.3f}s  [calibration] plain Python loop, 1,000,000 iterations")
    for name, src in CASES.items():
        out, err = io.StringIO(), io.StringIO()
        t0 = time.perf_counter()
        code = run_script(src, out, err)
        dt = time.perf_counter() - t0
        status = "ok" if code == 0 else f"exit {code}: {err.getvalue().strip()}"
        print(f"{dt:8.3f}s  {name}  [{status}] -> {out.getvalue().split()[:1]}")


if __name__ == "__main__":
    main()
