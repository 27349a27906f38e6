"""Hostile payloads run through the real fork-server sandbox (no mocks).

Python payloads use the call path of the embedded q backend; shell payloads use the exec path
of the kdb+ backend. Guarantees that rest on dropping root are asserted only when running as
root with its capabilities (this project's CI machine does); without them the fallbacks are
checked (e.g. `setpriv --inh-caps=-all --bounding-set=-all pytest ...`).
"""

from __future__ import annotations

import os
import signal
import socket
import threading
import time
from pathlib import Path

import pytest
from sandbox_support import PRIVILEGED, python_pool, run_dirs, shell_pool

from q_exec.limits import SandboxLimits
from q_exec.linux import processes_of_uid
from q_exec.sandbox_server import SANDBOX_UID_BASE

needs_root = pytest.mark.skipif(not PRIVILEGED, reason="uid drop and namespaces need root")


@pytest.fixture(scope="module")
def pool():
    with python_pool(workers=2, limits=SandboxLimits(output_bytes=100_000)) as p:
        yield p


@pytest.fixture(scope="module")
def shell():
    with shell_pool(workers=1, processes=32) as p:
        yield p


def test_plain_run_prints_and_exits(pool):
    result = pool.run("stdout.write('hello\\n')", 5)
    assert (result.stdout, result.exit_code, result.timed_out) == ("hello\n", 0, False)


def test_infinite_loop_is_killed_at_the_wall_clock_timeout(pool):
    result = pool.run("while True:\n    pass", 0.5)
    assert result.timed_out
    assert 0.5 <= result.seconds < 2.0
    assert result.exit_code == -signal.SIGKILL


def test_sleeping_run_is_killed_at_the_timeout(pool):
    result = pool.run("import time\ntime.sleep(60)", 0.3)
    assert result.timed_out and result.seconds < 2.0


def test_memory_bomb_fails_inside_the_child(pool):
    result = pool.run("x = bytearray(16 << 30)", 10)
    assert result.exit_code == 1 and "MemoryError" in result.stderr
    grow = "chunks = []\nwhile True:\n    chunks.append(bytearray(64 << 20))"
    result = pool.run(grow, 20)
    assert not result.timed_out and "MemoryError" in result.stderr


@pytest.mark.skipif(
    os.geteuid() == 0 and not PRIVILEGED, reason="RLIMIT_NPROC does not apply to uid 0"
)
def test_forking_is_refused_in_the_embedded_path(pool):
    result = pool.run("import os\nos.fork()", 5)
    assert result.exit_code == 1 and "BlockingIOError" in result.stderr
    result = pool.run("import subprocess\nsubprocess.run(['/bin/true'])", 5)
    assert result.exit_code == 1 and "Error" in result.stderr


def test_a_crashing_run_dies_alone(pool):
    pids = pool.server_pids()
    result = pool.run("import ctypes\nctypes.string_at(0)", 5)
    assert result.exit_code == -signal.SIGSEGV
    c_stack_overflow = (
        "import sys\nsys.setrecursionlimit(10**9)\nf = lambda n: list(map(f, [n + 1]))\nf(0)"
    )
    assert pool.run(c_stack_overflow, 10).exit_code == -signal.SIGSEGV
    assert pool.server_pids() == pids
    assert pool.run("stdout.write('alive')", 5).stdout == "alive"


def test_output_flood_is_capped_and_marked(pool):
    start = time.perf_counter()
    result = pool.run("while True:\n    stdout.write('x' * 65536)", 30)
    assert result.truncated and not result.timed_out
    assert len(result.stdout) <= 100_000
    assert time.perf_counter() - start < 5


def test_stderr_flood_is_capped_too(pool):
    result = pool.run("while True:\n    stderr.write('e' * 65536)", 30)
    assert result.truncated and len(result.stderr) <= 100_000


def test_closing_stdout_ends_the_run_without_hurting_the_server(pool):
    result = pool.run("import os\nos.close(1)\nos.close(2)\nwhile True:\n    pass", 0.5)
    assert result.timed_out and result.stdout == ""
    assert pool.run("stdout.write('still fine')", 5).stdout == "still fine"


def test_killing_the_parent_is_refused_or_survived(pool):
    payload = (
        "import os, signal\n"
        "for target in (os.getppid(), 1):\n"
        "    try:\n"
        "        os.kill(target, signal.SIGKILL)\n"
        "        stdout.write(f'killed {target}\\n')\n"
        "    except PermissionError:\n"
        "        stdout.write(f'refused {target}\\n')\n"
    )
    pids = pool.server_pids()
    result = pool.run(payload, 5)
    if PRIVILEGED:  # another uid: refused
        assert result.stdout.count("refused") == 2
        assert pool.server_pids() == pids
    else:  # same uid: the server may die; the run is an error and the server is replaced
        assert "killed" not in result.stdout
    assert pool.run("stdout.write('alive')", 5).stdout == "alive"


def kill_busy_server_soon(pool, victims: list[int]) -> threading.Thread:
    """In 0.5 s, SIGKILL the fork server that is running something; note the pids it had."""

    def kill() -> None:
        time.sleep(0.5)
        for server in pool.server_pids():
            children = Path(f"/proc/{server}/task/{server}/children").read_text().split()
            if children:
                victims.extend([server, *map(int, children)])
                os.kill(server, signal.SIGKILL)

    thread = threading.Thread(target=kill)
    thread.start()
    return thread


def is_gone(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] in "ZX"
    except OSError:
        return True


def test_server_killed_mid_run_reports_an_error_and_leaves_nothing(pool):
    victims: list[int] = []
    killer = kill_busy_server_soon(pool, victims)
    result = pool.run("stdout.write('cheat')\nwhile True:\n    pass", 10)
    killer.join()
    assert victims, "the test did not find the busy server"
    assert result.exit_code == -1 and result.stdout == "" and "died" in result.stderr
    assert pool.run("stdout.write('recovered')", 5).stdout == "recovered"
    time.sleep(0.2)
    assert all(is_gone(pid) for pid in victims)  # the run's child died with its server


@needs_root
def test_server_killed_mid_run_takes_escaped_processes_along(shell):
    victims: list[int] = []
    uid = shell.isolation["sandbox_uid"]
    killer = kill_busy_server_soon(shell, victims)
    result = shell.run("setsid sleep 300 &\nsleep 300\n", 10)
    killer.join()
    assert victims and result.exit_code == -1
    time.sleep(0.2)
    assert [pid for pid in processes_of_uid(uid) if not is_gone(pid)] == []
    assert shell.run("echo ok", 5).stdout == "ok\n"


def test_environment_is_scrubbed_and_cwd_is_a_fresh_run_dir(pool):
    os.environ["Q_EXEC_TEST_SECRET"] = "hunter2"
    try:
        payload = "import os\nstdout.write(repr(dict(os.environ)) + '\\n' + os.getcwd())"
        first = pool.run(payload, 5)
        second = pool.run(payload, 5)
    finally:
        del os.environ["Q_EXEC_TEST_SECRET"]
    assert "hunter2" not in first.stdout
    env, cwd = first.stdout.split("\n")
    assert env == "{}"
    assert cwd != second.stdout.split("\n")[1]
    assert not Path(cwd).exists()


def test_runs_cannot_gain_privileges_through_exec(pool, shell):
    status = "stdout.write(open('/proc/self/status').read())"
    assert "NoNewPrivs:\t1" in pool.run(status, 5).stdout
    assert shell.run("grep NoNewPrivs /proc/self/status", 5).stdout.split() == ["NoNewPrivs:", "1"]
    assert pool.isolation["no_new_privileges"]


@needs_root
def test_runs_as_an_unprivileged_dedicated_uid(pool):
    result = pool.run("import os\nstdout.write(f'{os.getuid()} {os.getgid()} {os.getgroups()}')", 5)
    uid, gid, groups = result.stdout.split(" ", 2)
    assert int(uid) - SANDBOX_UID_BASE in pool.server_pids()  # one uid per fork server
    assert int(gid) == int(uid) and groups == "[]"


@needs_root
def test_reads_of_protected_files_are_refused(pool):
    result = pool.run("open('/etc/shadow').read()", 5)
    assert "PermissionError" in result.stderr


@needs_root
def test_writes_outside_the_run_dir_are_refused_or_private(pool):
    target = Path(__file__).with_name("sandbox-escape-probe.txt")
    payload = (
        f"try:\n    open({str(target)!r}, 'w').write('x')\n"
        "except PermissionError:\n    stdout.write('refused\\n')\n"
        "open('/tmp/q_exec_escape_probe', 'w').write('x')\n"
        "stdout.write('private tmp written')\n"
    )
    result = pool.run(payload, 5)
    assert result.stdout == "refused\nprivate tmp written", result.stderr
    assert not target.exists()
    probe = Path("/tmp/q_exec_escape_probe")
    if "/tmp" in pool.isolation["shared_tmp"]:  # this checkout itself lives under /tmp
        probe.unlink()
    else:
        assert not probe.exists()
        assert pool.isolation["private_tmp"]


def test_temp_dirs_holding_the_program_stay_shared():
    from q_exec.sandbox_server import tmp_dirs_holding

    assert tmp_dirs_holding(["/tmp/checkout/.venv", "/usr/lib/python3"]) == ["/tmp"]
    assert tmp_dirs_holding(["/opt/q/l64/q", "/work/repo"]) == []
    assert tmp_dirs_holding(["/tmpfoo/x", "/dev/shm"]) == ["/dev/shm"]


@needs_root
def test_network_is_unreachable(pool):
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    listener.settimeout(0.5)
    port = listener.getsockname()[1]
    try:
        payload = (
            "import socket\n"
            f"socket.socket().connect(('127.0.0.1', {port}))\n"
            "stdout.write('connected')"
        )
        result = pool.run(payload, 5)
        assert result.stdout == "" and "Network is unreachable" in result.stderr
        with pytest.raises(TimeoutError):
            listener.accept()
    finally:
        listener.close()
    assert pool.isolation["private_network"]


@needs_root
def test_shell_fork_bomb_is_contained_and_fully_cleaned_up(shell):
    uid = shell.isolation["sandbox_uid"]
    result = shell.run("bomb() { bomb | bomb & }\nbomb\nsleep 30\n", 2)
    assert result.timed_out or result.exit_code != 0
    assert processes_of_uid(uid) == []
    assert shell.run("echo ok", 5).stdout == "ok\n"


def test_escaped_background_processes_are_killed_after_the_run(shell):
    token = f"q_exec_escape_{os.getpid()}"
    script = (
        f"setsid sh -c 'exec -a {token} sleep 300' &\n"
        "nohup sleep 301 >/dev/null 2>&1 &\n"
        "echo started\n"
    )
    result = shell.run(script, 5)
    assert result.stdout == "started\n" and not result.timed_out
    time.sleep(0.1)
    leftovers = [p for p in os.listdir("/proc") if p.isdigit() and _cmdline(p).startswith(token)]
    assert leftovers == []
    if PRIVILEGED:
        assert processes_of_uid(shell.isolation["sandbox_uid"]) == []


def _cmdline(pid: str) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
    except OSError:
        return ""


def test_run_dir_is_removed_even_when_made_unreadable(shell):
    result = shell.run("mkdir -p a/b && touch a/b/f && chmod 000 a/b a && echo made\n", 5)
    assert result.stdout == "made\n"
    assert run_dirs(shell.server_pids()[0]) == []
