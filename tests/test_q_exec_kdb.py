"""The kdb+ backend's command line, start-up checks and harness, with a stand-in `q`.

No licensed kdb+ is available here, so tests/fixtures/fake_kdb/l64/q (a shell script that
mimics q's start-up contract, not its language) stands in for the binary. What these tests
verify is our side: finding the binary, QHOME, the quiet flag, stdin closed, exit codes, the
marker harness through the exec path, and the error text when q cannot start.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from q_exec import Executor, QBackendError, TestCase, find_q_binary

FIXTURES = Path(__file__).resolve().parent / "fixtures"
FAKE_Q = FIXTURES / "fake_kdb" / "l64" / "q"


@pytest.fixture(scope="module")
def kdb():
    with pytest.MonkeyPatch.context() as mp:
        mp.delenv("QHOME", raising=False)
        mp.delenv("QLIC", raising=False)
        with Executor("kdb", q_binary=str(FAKE_Q), timeout=2, workers=1) as executor:
            yield executor


def test_kdb_backend_runs_q_quietly_with_qhome_found_next_to_the_binary(kdb):
    assert kdb.backend == "kdb" and kdb.q_binary == str(FAKE_Q)
    result = kdb.run('-1 "hello";\nexit 0\n')
    assert (result.stdout, result.stderr, result.exit_code) == ("hello\n", "", 0)


def test_exit_code_and_errors_pass_through(kdb):
    result = kdb.run("nonsense\nexit 3\n")
    assert result.exit_code == 3 and result.stderr == "'nonsense\n"


def test_script_without_exit_ends_because_stdin_is_closed(kdb):
    result = kdb.run('-1 "x";\n')
    assert result.stdout == "x\n" and not result.timed_out


def test_harness_through_the_exec_path(kdb):
    tests = [TestCase('-1 "42";', "42"), TestCase('-1 "41";', "42"), TestCase("", '""')]
    outcomes = kdb.run_tests('-1 "solution noise";', tests)
    assert [o.kind for o in outcomes] == ["pass", "wrong_output", "pass"]
    assert outcomes[0].stdout == "42\n"


def test_early_exit_cheat_does_not_pass(kdb):
    [outcome] = kdb.run_tests('-1 "42";\nexit 0', [TestCase('-1 "42";', "42")])
    assert not outcome.passed and outcome.kind == "no_output"


def test_infinite_loop_times_out(kdb):
    [outcome] = kdb.run_tests("while[1b;]", [TestCase('-1 "1";', "1")])
    assert outcome.kind == "timeout" and outcome.seconds < 4


def test_q_that_fails_to_start_gives_its_error_text(monkeypatch):
    monkeypatch.setenv("QHOME", str(FIXTURES))  # no q.k there
    with pytest.raises(QBackendError, match=r"kdb\+ q at .*fake_kdb/l64/q failed to start.*'q\.k"):
        Executor("kdb", q_binary=str(FAKE_Q), timeout=2, workers=1)


def test_kdb_without_any_binary_is_a_clear_error(monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.delenv("Q_INTERPRETER_PATH", raising=False)
    with pytest.raises(QBackendError, match="needs the kdb\\+ q binary but none was found"):
        Executor("kdb")


def test_a_bad_q_binary_is_named(monkeypatch):
    with pytest.raises(QBackendError, match="q_binary='/nonexistent/q' is not an executable"):
        Executor("kdb", q_binary="/nonexistent/q")
    monkeypatch.setenv("Q_INTERPRETER_PATH", str(FIXTURES))
    with pytest.raises(QBackendError, match="Q_INTERPRETER_PATH=.*fixtures"):
        find_q_binary()


def test_find_q_binary_prefers_argument_then_env_then_path(monkeypatch, tmp_path):
    other = tmp_path / "q"
    other.write_text("#!/bin/sh\n")
    other.chmod(0o755)
    monkeypatch.setenv("PATH", str(FAKE_Q.parent))
    monkeypatch.delenv("Q_INTERPRETER_PATH", raising=False)
    assert find_q_binary() == str(FAKE_Q)
    monkeypatch.setenv("Q_INTERPRETER_PATH", str(other))
    assert find_q_binary() == str(other)
    assert find_q_binary(str(FAKE_Q)) == str(FAKE_Q)


def test_unknown_backend_and_bad_settings_are_rejected():
    with pytest.raises(QBackendError, match="unknown q backend 'kbd'"):
        Executor("kbd")
    with pytest.raises(QBackendError, match="timeout must be a positive number.*-1"):
        Executor("kdb", q_binary=str(FAKE_Q), timeout=-1)
    with pytest.raises(QBackendError, match="workers must be at least 1, got 0"):
        Executor("kdb", q_binary=str(FAKE_Q), workers=0)
