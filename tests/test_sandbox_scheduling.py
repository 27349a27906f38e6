"""How the pool schedules runs: long runs are parked, concurrency stays bounded, and the fork
server's memory image (which every run copies) holds only the sandbox and the runner."""

from __future__ import annotations

import threading
import time

from sandbox_support import python_pool

from q_exec import Executor, TestCase
from q_exec.sandbox_pool import RUNS_AHEAD

LOOP = "while True:\n    pass\n"
QUICK = "stdout.write('ok')"


def test_a_long_run_does_not_hold_up_the_runs_behind_it():
    with python_pool(workers=1) as pool:
        looped = []
        loop = threading.Thread(target=lambda: looped.append(pool.run(LOOP, 3.0)))
        loop.start()
        time.sleep(0.3)  # the loop is parked once it has run PARK_AFTER_S
        quick = pool.run_many([QUICK] * 4, 3.0)
        loop_still_running = loop.is_alive()
        loop.join()
    assert [r.stdout for r in quick] == ["ok"] * 4
    assert loop_still_running, "the quick runs waited for the loop's timeout"
    assert looped[0].timed_out


def test_the_pool_runs_at_most_one_run_per_server_at_once():
    servers = 2 * 1 + RUNS_AHEAD  # active (workers + RUNS_AHEAD) and parked (workers)
    with python_pool(workers=1) as pool:
        assert len(pool.server_pids()) == servers
        start = time.perf_counter()
        results = pool.run_many([LOOP] * (servers + 1), 1.0)
        elapsed = time.perf_counter() - start
    assert all(r.timed_out for r in results)
    # one loop per server side by side, the last one only after one of them ends
    loops = servers + 1
    assert elapsed >= 1.9, f"{loops} loops of 1 s on 1 worker finished in {elapsed:.2f}s"


def test_the_runner_setup_runs_once_per_server_before_any_run():
    payload = (
        "import sandbox_python_runner as runner\n"
        "runner.SETUP_CALLS += 10  # a run's changes stay in its own process\n"
        "stdout.write(str(runner.SETUP_CALLS))"
    )
    with python_pool(workers=1, setup="sandbox_python_runner:count_setup") as pool:
        results = pool.run_many([payload] * 6, 5.0)
    assert [r.stdout for r in results] == ["11"] * 6, results[0].stderr


def test_the_fork_server_image_holds_no_trainer_side_modules():
    payload = (
        "import sys\n"
        "heavy = ('q_exec.executor', 'q_exec.sandbox_pool', 'subprocess', 'logging',\n"
        "         'concurrent.futures', 'torch', 'transformers')\n"
        "stdout.write(' '.join(m for m in heavy if m in sys.modules) or 'none')"
    )
    with python_pool(workers=1) as pool:
        result = pool.run(payload, 5.0)
    assert result.stdout == "none", result.stderr


def test_embedded_batch_with_a_timeout_scores_the_other_runs():
    jobs = [
        ("f:{while[1b;];x}", TestCase("show f 1", "1")),
        ("f:{x*7}", TestCase("show f 6", "42")),
        ("f:{x*7}", TestCase("show f 2", "14")),
    ]
    with Executor("embedded", timeout=1.0, workers=1) as executor:
        outcomes = executor.run_batch(jobs)
    assert [o.kind for o in outcomes] == ["timeout", "pass", "pass"]
