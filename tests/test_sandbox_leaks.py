"""Many runs, including timeouts, self-kills, floods and closed stdout, leave nothing behind.

Set Q_EXEC_LEAK_RUNS (default 1200) to run the long version, e.g. 10000.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from sandbox_support import open_fds, python_pool, run_dirs, zombies_under

from q_exec import Executor, TestCase
from q_exec.limits import SandboxLimits
from q_exec.linux import processes_of_uid
from q_exec.sandbox_server import SANDBOX_UID_BASE

ROOT = Path(__file__).resolve().parent.parent
RUNS = int(os.environ.get("Q_EXEC_LEAK_RUNS", "1200"))
QUICK = [
    "stdout.write('ok')",
    "raise ValueError('boom')",
    "import os\nos.kill(os.getpid(), 9)",
    "import os\nos._exit(3)",
    "import os\nos.close(1)\nstdout.write('x')",
    "while True:\n    stdout.write('y' * 65536)",
    "import os\ntry:\n    os.fork()\nexcept OSError:\n    pass",
]
LOOP = "while True:\n    pass"


def host_tmp_entries() -> set[str]:
    return {p.name for p in Path(tempfile.gettempdir()).glob("q_exec-*")}


def test_no_zombies_orphans_temp_dirs_or_fd_growth_after_many_runs():
    tmp_before = host_tmp_entries()
    with python_pool(workers=2, limits=SandboxLimits(output_bytes=200_000)) as pool:
        servers = pool.server_pids()
        pool.run_many(QUICK, 5)  # warm up: first-use allocations are not leaks
        fds_before = open_fds()
        server_fds_before = [open_fds(pid) for pid in servers]
        done = timeouts = 0
        while done < RUNS:
            quick = [QUICK[i % len(QUICK)] for i in range(done, done + 90)]
            results = pool.run_many(quick, 5) + pool.run_many([LOOP] * 10, 0.05)
            timeouts += sum(r.timed_out for r in results)
            done += len(results)
        assert timeouts >= RUNS // 10
        assert pool.server_pids() == servers  # no server crashed or was replaced
        assert open_fds() == fds_before
        assert [open_fds(pid) for pid in servers] == server_fds_before
        assert zombies_under({os.getpid(), *servers}) == []
        for pid in servers:
            assert run_dirs(pid) == []
            assert processes_of_uid(SANDBOX_UID_BASE + pid) == []
    for pid in servers:
        assert not Path(f"/proc/{pid}").exists()
    assert zombies_under({os.getpid()}) == []
    assert host_tmp_entries() <= tmp_before


def test_embedded_executor_leaves_nothing_behind():
    """The same through the public Executor and the real embedded interpreter."""
    tmp_before = host_tmp_entries()
    jobs = [("f:{x+1}", TestCase(f"show f {i}", str(i + 1))) for i in range(RUNS // 8)] + [
        ("f:{while[1b;]}", TestCase(f"f {i}", "")) for i in range(RUNS // 80)
    ]
    with Executor("embedded", timeout=0.1, workers=2) as executor:
        servers = executor.worker_pids()
        executor.run_tests('-1 "warm";', [TestCase("show 1", "1")])
        fds_before = open_fds()
        outcomes = executor.run_batch(jobs)
        assert sum(o.passed for o in outcomes) == RUNS // 8
        assert sum(o.kind == "timeout" for o in outcomes) == RUNS // 80
        assert open_fds() == fds_before
        assert zombies_under({os.getpid(), *servers}) == []
        for pid in servers:
            assert run_dirs(pid) == []
            assert processes_of_uid(SANDBOX_UID_BASE + pid) == []
    assert not any(Path(f"/proc/{pid}").exists() for pid in servers)
    assert host_tmp_entries() <= tmp_before


TRAINER = """
from q_exec import Executor, TestCase
executor = Executor("embedded", timeout=2.0, workers=2)
print(*executor.worker_pids(), flush=True)
executor.run_batch([("while[1b;]", TestCase(f"show {i}", "")) for i in range(2)])
"""


def test_a_killed_trainer_leaves_no_servers_or_runs_behind():
    trainer = subprocess.Popen(
        [sys.executable, "-c", TRAINER], cwd=ROOT, stdout=subprocess.PIPE, text=True
    )
    servers = [int(pid) for pid in trainer.stdout.readline().split()]
    time.sleep(0.5)  # both servers are now running a looping child
    trainer.kill()
    trainer.wait()
    deadline = time.monotonic() + 10
    while any(Path(f"/proc/{pid}").exists() for pid in servers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(Path(f"/proc/{pid}").exists() for pid in servers)
    for pid in servers:
        assert processes_of_uid(SANDBOX_UID_BASE + pid) == []
