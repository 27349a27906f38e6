"""What a forked run does before and while executing untrusted code (never returns)."""

from __future__ import annotations

import contextlib
import io
import math
import os
import resource
import signal
import traceback
from collections.abc import Callable
from dataclasses import dataclass

from q_exec import linux
from q_exec.limits import LaunchSpec

Runner = Callable[[str, io.TextIOBase, io.TextIOBase], int]
SCRIPT_NAME = "script.q"


@dataclass(frozen=True)
class ChildPlan:
    """What every child of one fork server needs besides its script."""

    spec: LaunchSpec
    runner: Runner | None
    uid: int | None  # sandbox uid/gid to drop to; None when the server cannot switch uid
    base_address_space: int  # the call-mode child starts with the server's image
    server_pid: int
    null_fd: int  # /dev/null, opened once by the server, becomes the run's stdin
    streams: tuple[io.TextIOWrapper, io.TextIOWrapper] | None = None  # see standard_streams
    stop_when_done: bool = False  # SIGSTOP instead of exiting (see hot_pages.learn)


def run_child(
    plan: ChildPlan, script: str, timeout: float, run_dir: str, out_fd: int, err_fd: int
) -> None:
    """Enter the sandbox and run `script`; always ends the process with os._exit."""
    code = 127
    try:
        _enter_sandbox(plan, timeout, run_dir, out_fd, err_fd)
        linux.die_with_parent()  # set after the uid change, which clears it
        if os.getppid() != plan.server_pid:  # the server died before that
            os._exit(code)
        if plan.spec.mode == "exec":
            _exec_script(plan.spec, script, run_dir)
        else:
            code = _call_runner(plan, script)
            if plan.stop_when_done:
                os.kill(os.getpid(), signal.SIGSTOP)
    except BaseException:  # noqa: BLE001 - the child must report and exit, never unwind
        with contextlib.suppress(OSError):
            os.write(2, traceback.format_exc().encode(errors="replace"))
    os._exit(code)


def _enter_sandbox(plan: ChildPlan, timeout: float, run_dir: str, out_fd: int, err_fd: int) -> None:
    """Own session, standard streams, rlimits, run directory and uid. no_new_privs, set once
    by the server, is inherited."""
    os.setsid()
    os.dup2(plan.null_fd, 0)
    os.dup2(out_fd, 1)
    os.dup2(err_fd, 2)
    os.closerange(3, resource.getrlimit(resource.RLIMIT_NOFILE)[1])
    limits = plan.spec.limits
    cpu = math.ceil(timeout) + 1
    address_space = plan.base_address_space + limits.memory_mb * (1 << 20)
    _limit(resource.RLIMIT_CPU, cpu, cpu + 1)
    _limit(resource.RLIMIT_AS, address_space)
    _limit(resource.RLIMIT_FSIZE, limits.file_size_mb * (1 << 20))
    _limit(resource.RLIMIT_NOFILE, limits.open_files)
    _limit(resource.RLIMIT_CORE, 0)
    _limit(resource.RLIMIT_NPROC, limits.processes)
    os.chdir(run_dir)
    os.umask(0o077)
    if plan.uid is not None:
        os.setgroups([])
        os.setgid(plan.uid)
        os.setuid(plan.uid)


def _limit(kind: int, soft: int, hard: int | None = None) -> None:
    resource.setrlimit(kind, (soft, soft if hard is None else hard))


def _exec_script(spec: LaunchSpec, script: str, run_dir: str) -> None:
    path = os.path.join(run_dir, SCRIPT_NAME)
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(script)
    argv = [path if arg == "{script}" else arg for arg in spec.argv]
    os.execve(argv[0], argv, spec.env)


def standard_streams() -> tuple[io.TextIOWrapper, io.TextIOWrapper]:
    """Text streams on fds 1 and 2 for call-mode runs, built once by the server (empty at
    every fork): the child points those fds at its pipes, and building the wrappers in each
    child would cost more than the run itself."""
    return _text_stream(1), _text_stream(2)


def _call_runner(plan: ChildPlan, script: str) -> int:
    assert plan.runner is not None, "call mode needs a runner"
    stdout, stderr = plan.streams or standard_streams()
    code = plan.runner(script, stdout, stderr)
    for stream in (stdout, stderr):
        with contextlib.suppress(OSError, ValueError):
            stream.flush()
    return int(code) & 0xFF


def _text_stream(fd: int) -> io.TextIOWrapper:
    raw = io.FileIO(fd, "w", closefd=False)
    return io.TextIOWrapper(io.BufferedWriter(raw), encoding="utf-8", errors="replace")
