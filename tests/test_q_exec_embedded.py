"""The Executor with the real embedded interpreter: harness verdicts, q-level hostile code,
cache and batching. Uses only simple q (`show`, `-1`, `while`, `exit`, lambdas)."""

from __future__ import annotations

import gc
import logging
import time
from pathlib import Path

import pytest

from q_exec import Executor, QBackendError, TestCase, default_workers
from q_exec.limits import SandboxLimits

FIXTURES = Path(__file__).resolve().parent / "fixtures"
FAKE_Q = str(FIXTURES / "fake_kdb" / "l64" / "q")


@pytest.fixture(scope="module")
def ex():
    limits = SandboxLimits(output_bytes=50_000)
    with Executor("embedded", timeout=2.0, workers=2, limits=limits) as executor:
        yield executor


def test_runs_a_script(ex):
    assert ex.backend == "embedded"
    result = ex.run('show 1+1\n-1 "x";\nexit 0\n')
    assert (result.stdout, result.exit_code, result.timed_out) == ("2\nx\n", 0, False)


def test_exit_code_and_error_text(ex):
    assert ex.run("exit 7\n").exit_code == 7
    result = ex.run("1+`a\n")
    assert result.exit_code == 1 and result.stderr.startswith("'type")


def test_harness_verdicts(ex):
    solution = "f:{x+1}"
    tests = [
        TestCase("show f 1", "2"),
        TestCase("show f 2", "2"),
        TestCase("show f `a", "2"),
        TestCase("while[1b;]", "2"),
        TestCase("f 1;", "2"),
        TestCase("f 1;", '""'),
    ]
    kinds = [o.kind for o in ex.run_tests(solution, tests)]
    assert kinds == ["pass", "wrong_output", "error", "timeout", "no_output", "pass"]


def test_printing_the_answer_and_exiting_early_does_not_pass(ex):
    cheats = ['-1 "2";\nexit 0', '-1 "2";', 'f:{-1 "2"; exit 0}']
    for cheat in cheats:
        [outcome] = ex.run_tests(cheat, [TestCase("show f 1", "2")])
        assert not outcome.passed, cheat


def test_an_infinite_loop_in_the_solution_times_out(ex):
    start = time.perf_counter()
    [outcome] = ex.run_tests("while[1b;]", [TestCase("show 1", "1")])
    assert outcome.kind == "timeout" and time.perf_counter() - start < 4


def test_output_flood_is_cut_and_scored_as_error(ex):
    [outcome] = ex.run_tests('while[1b;-1 "flood"]', [TestCase("show 1", "1")])
    assert outcome.kind == "error" and not outcome.passed
    assert ex.run('while[1b;-1 "flood"]').truncated


@pytest.mark.parametrize(
    "hostile",
    [
        'system "echo pwned"',
        '`:/tmp/q_exec_probe 0: enlist "pwned"',
        "read0 `:/etc/passwd",
        "hopen `:localhost:5000",
        "getenv `PATH",
    ],
)
def test_host_access_from_q_is_an_error(ex, hostile):
    result = ex.run(f'r:{hostile};\n-1 "reached";\nshow r\n')
    assert result.exit_code == 1 and result.stderr.startswith("'")
    assert result.stdout == ""


def test_deep_recursion_is_a_q_error(ex):
    result = ex.run("f:{f x+1}\nf 0\n")
    assert result.exit_code == 1 and result.stderr.startswith("'")


def test_memory_bomb_hits_the_address_space_limit(ex):
    # 2.4 GB: fine for the bare interpreter on this machine, over the sandbox's 2 GB budget
    result = ex.run("a:til 300000000\nshow count a\n")
    assert (result.exit_code, result.stderr, result.timed_out) == (1, "'wsfull\n", False)
    assert ex.run("show 1+1\n").stdout == "2\n"


def test_batch_keeps_order_and_runs_duplicates_once(ex):
    tests = [TestCase(f"show {i}", str(i)) for i in range(40)]
    jobs = [("", t) for t in tests] * 2
    outcomes = ex.run_batch(jobs)
    assert [o.stdout.strip() for o in outcomes] == [str(i) for i in range(40)] * 2
    assert all(o.passed for o in outcomes)
    assert all(a is b for a, b in zip(outcomes[:40], outcomes[40:], strict=True))
    again = ex.run_batch(jobs[:1])
    assert again[0] is outcomes[0]  # cached across calls
    ex.clear_cache()
    assert ex.run_batch(jobs[:1])[0] is not outcomes[0]


def test_bad_jobs_are_named():
    with Executor("embedded", workers=1) as executor, pytest.raises(TypeError, match="'show 1'"):
        executor.run_batch([("x", "show 1")])


def test_default_workers_divide_cpus_between_local_processes(monkeypatch):
    monkeypatch.delenv("LOCAL_WORLD_SIZE", raising=False)
    cpus = default_workers()
    assert cpus >= 1
    monkeypatch.setenv("LOCAL_WORLD_SIZE", str(cpus * 4))
    assert default_workers() == 1
    monkeypatch.setenv("LOCAL_WORLD_SIZE", "two")
    with pytest.raises(QBackendError, match="LOCAL_WORLD_SIZE='two'"):
        default_workers()


def test_auto_uses_embedded_without_q(monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.delenv("Q_INTERPRETER_PATH", raising=False)
    with Executor("auto", workers=1) as executor:
        assert executor.backend == "embedded"


def test_auto_falls_back_to_embedded_when_q_cannot_start(monkeypatch, caplog):
    monkeypatch.setenv("QHOME", str(FIXTURES))  # holds no q.k: the stand-in q refuses to start
    caplog.set_level(logging.WARNING, logger="q_exec")
    with Executor("auto", q_binary=FAKE_Q, workers=1) as executor:
        assert executor.backend == "embedded"
        assert executor.run("show 3\n").stdout == "3\n"
    assert "falling back to the embedded q interpreter" in caplog.text
    assert "'q.k" in caplog.text


def test_a_forgotten_executor_stops_its_servers_when_collected():
    executor = Executor("embedded", workers=2)
    pids = executor.worker_pids()
    assert executor.run("show 1\n").stdout == "1\n"
    del executor
    gc.collect()
    deadline = time.monotonic() + 5
    while any(Path(f"/proc/{pid}").exists() for pid in pids) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(Path(f"/proc/{pid}").exists() for pid in pids)
