"""Reward-execution throughput: our executor vs the original pipeline's method.

Workload: one training step at the paper's settings (8 generations x 7 processes x 8
accumulation steps = 448 completions, 3 tests each = 1,344 runs) over the bundled problems.
Each prompt's 8 completions are drawn (fixed seed) from: the reference solution (sometimes
repeated verbatim, as sampled generations often are), the reference reformatted, another
problem's reference (wrong), a solution that signals an error, and rarely one that loops.

(a) baseline, the original method: per run, write the script to a fresh temp dir and
    `subprocess.run` a fresh interpreter (`python -m q_exec.interp script.q`) with a timeout,
    sequentially. Measured on a stratified sample (--baseline_runs), every category included;
    runs/s = workload runs / (sum over categories of count x measured mean seconds).
(b) ours: Executor("embedded") (warm fork servers, all runs submitted at once, cache),
    timed over the whole workload in one run_batch call (best of --repeat, cache cleared
    before each); server start-up, paid once per training run, is reported apart.

Both use the embedded backend on this machine. The last line reads
`runs/s ours=X baseline=Y ratio=Z`.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import random
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from q_data import load_problems  # noqa: E402
from q_exec import Executor, TestCase  # noqa: E402
from q_exec.harness import build_script, new_marker  # noqa: E402

GENERATIONS = 8
COMPLETIONS = 448
TESTS_PER_PROBLEM = 3
ERROR_SOLUTION = 'solve:{\'"nyi"}'
LOOP_SOLUTION = "solve:{while[1b;];x}"
# weights per generation slot; "loop" is forced to --loops completions in the whole step
MIX = {"reference": 0.45, "reformatted": 0.15, "wrong": 0.25, "error": 0.15}

Job = tuple[str, TestCase, str]  # solution, test, category


def build_workload(data: str, loops: int, seed: int) -> list[Job]:
    """The fixed list of (solution, test, category) runs for one step."""
    problems = load_problems(data, "train").problems + load_problems(data, "test").problems
    if not problems:
        raise SystemExit(f"bench: no problems found in {data!r}")
    rng = random.Random(seed)
    categories = list(MIX)
    weights = list(MIX.values())
    kinds = [rng.choices(categories, weights)[0] for _ in range(COMPLETIONS)]
    for index in rng.sample(range(COMPLETIONS), loops):
        kinds[index] = "loop"
    jobs: list[Job] = []
    for index, kind in enumerate(kinds):
        problem = problems[(index // GENERATIONS) % len(problems)]
        other = problems[
            (index // GENERATIONS + 1 + rng.randrange(len(problems) - 1)) % len(problems)
        ]
        solution = {
            "reference": problem.q_solution,
            "reformatted": f"/ attempt {rng.randrange(4)}\n{problem.q_solution}\n",
            "wrong": other.q_solution,
            "error": ERROR_SOLUTION,
            "loop": LOOP_SOLUTION,
        }[kind]
        jobs.extend((solution, test, kind) for test in problem.tests[:TESTS_PER_PROBLEM])
    return jobs


def run_baseline_once(solution: str, test: TestCase, timeout: float) -> float:
    """One run the original way: temp dir, script file, fresh interpreter process."""
    start = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "solution.q"
        path.write_text(build_script(solution, test, new_marker()))
        with contextlib.suppress(subprocess.TimeoutExpired):
            subprocess.run(
                [sys.executable, "-m", "q_exec.interp", str(path)],
                cwd=tmp,
                capture_output=True,
                timeout=timeout,
                stdin=subprocess.DEVNULL,
                env={**os.environ, "PYTHONPATH": str(ROOT)},
            )
    return time.perf_counter() - start


def measure_baseline(jobs: list[Job], sample_size: int, timeout: float) -> tuple[float, str]:
    """Estimated baseline seconds for the whole workload, and a description of the sample."""
    by_kind: dict[str, list[Job]] = {}
    for job in jobs:
        by_kind.setdefault(job[2], []).append(job)
    total = 0.0
    notes = []
    for kind, members in by_kind.items():
        share = max(1, round(sample_size * len(members) / len(jobs)))
        sample = members[:: max(1, len(members) // share)][:share]
        seconds = [run_baseline_once(sol, test, timeout) for sol, test, _ in sample]
        mean = sum(seconds) / len(seconds)
        total += mean * len(members)
        notes.append(f"{kind} {len(sample)}x{mean * 1000:.0f}ms")
    return total, ", ".join(notes)


def cpu_seconds(pids: list[int]) -> float:
    """CPU time of this process, and of `pids` with their reaped children."""
    own = os.times()
    total = own.user + own.system
    for pid in pids:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        total += sum(int(f) for f in fields[11:15]) / os.sysconf("SC_CLK_TCK")
    return total


def measure_ours(jobs: list[Job], args: argparse.Namespace) -> tuple[float, float, str]:
    """Best of --repeat timed run_batch calls over the whole workload (cache cleared between).

    Returns (best seconds, CPU seconds of that step, description).
    """
    start = time.perf_counter()
    with Executor("embedded", timeout=args.timeout, workers=args.workers) as executor:
        startup = time.perf_counter() - start
        times = []
        for _ in range(args.repeat):
            executor.clear_cache()
            cpu = cpu_seconds(executor.worker_pids())
            start = time.perf_counter()
            outcomes = executor.run_batch([(sol, test) for sol, test, _ in jobs])
            times.append((time.perf_counter() - start, cpu_seconds(executor.worker_pids()) - cpu))
        workers = executor.workers
    passed = Counter(kind for (_, _, kind), o in zip(jobs, outcomes, strict=True) if o.passed)
    verdicts = Counter(o.kind for o in outcomes)
    note = (
        f"{workers} workers, start-up {startup:.2f}s (once per training run, not timed); "
        f"seconds per step {', '.join(f'{t:.2f}' for t, _ in times)}; outcomes {dict(verdicts)}; "
        f"passes by category {dict(passed)}"
    )
    best, cpu = min(times)
    return best, cpu, note


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", default=str(ROOT / "data"), help="bundled problem set")
    parser.add_argument("--timeout", type=float, default=1.0, help="per-run seconds (both)")
    parser.add_argument("--loops", type=int, default=1, help="looping completions per step")
    parser.add_argument("--workers", type=int, default=None, help="default: CPUs")
    parser.add_argument("--repeat", type=int, default=3, help="timed steps for ours (best)")
    parser.add_argument("--baseline_runs", type=int, default=60)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()

    jobs = build_workload(args.data, args.loops, args.seed)
    counts = Counter(kind for _, _, kind in jobs)
    unique = len({(sol, test) for sol, test, _ in jobs})
    print(
        f"workload: {len(jobs)} runs ({COMPLETIONS} completions x <= {TESTS_PER_PROBLEM} "
        f"tests), {unique} distinct; {dict(counts)}; timeout {args.timeout}s; "
        f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs"
    )
    ours_seconds, ours_cpu, note = measure_ours(jobs, args)
    print(f"ours: {note}")
    print(
        f"ours: {ours_cpu:.2f} CPU-seconds for the best step (executor, servers and runs); "
        f"on 2 otherwise idle cores that is about {len(jobs) / (ours_cpu / 2):.0f} runs/s "
        f"(a looping run burns a whole core for its timeout there, less under contention)"
    )
    baseline_seconds, sample = measure_baseline(jobs, args.baseline_runs, args.timeout)
    print(f"baseline: sample {sample}; estimated {baseline_seconds:.1f}s for the workload")
    ours = len(jobs) / ours_seconds
    baseline = len(jobs) / baseline_seconds
    print(f"runs/s ours={ours:.1f} baseline={baseline:.2f} ratio={ours / baseline:.1f}")


if __name__ == "__main__":
    main()
