"""Client side of the sandbox: warm fork servers and a thread pool that feeds them."""

from __future__ import annotations

import json
import os
import queue
import select
import socket
import subprocess
import sys
import threading
import weakref
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from q_exec import linux
from q_exec.limits import LaunchSpec
from q_exec.protocol import recv_message, send_message
from q_exec.results import RunResult
from q_exec.run_dirs import remove_tree

PACKAGE_ROOT = str(Path(__file__).resolve().parent.parent)
_REPLY_GRACE_S = 30.0
PARK_AFTER_S = 0.05
# Active runs beyond `workers`: with exactly one run per CPU in flight, 9-10% of CPU time
# sat idle during hand-overs on the project's 2-CPU machine; with one more, about 1%.
RUNS_AHEAD = 1


class SandboxStartError(RuntimeError):
    """A fork server could not start (e.g. the runner failed to import)."""


def server_environment() -> dict[str, str]:
    """The scrubbed environment of a fork server: nothing of the caller's secrets."""
    return {
        "PATH": "/usr/local/bin:/usr/bin:/bin",
        "PYTHONPATH": PACKAGE_ROOT,
        "LANG": "C.UTF-8",
        "PYTHONDONTWRITEBYTECODE": "1",
        "OPENBLAS_NUM_THREADS": "1",
        "OMP_NUM_THREADS": "1",
        "MKL_NUM_THREADS": "1",
    }


class ForkServer:
    """One warm server process; runs one script at a time."""

    def __init__(self, spec: LaunchSpec, wait: bool = True) -> None:
        self.spec = spec
        self.isolation: dict = {}
        self._proc: subprocess.Popen | None = None
        self._sock: socket.socket | None = None
        self._base_dir = ""
        self.launch()
        if wait:
            self.wait_ready()

    def start(self) -> None:
        """Start the server process and wait for its readiness message."""
        self.launch()
        self.wait_ready()

    def launch(self) -> None:
        """Start the server process without waiting for it."""
        ours, theirs = socket.socketpair()
        spec_json = json.dumps(self.spec.to_json())
        cmd = [sys.executable, "-s", "-m", "q_exec.sandbox_server", str(theirs.fileno()), spec_json]
        self._proc = subprocess.Popen(
            cmd,
            pass_fds=[theirs.fileno()],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            env=server_environment(),
            cwd="/",
            start_new_session=True,  # no terminal signals (Ctrl-C goes to the trainer only)
        )
        theirs.close()
        self._sock = ours

    def wait_ready(self) -> None:
        """Wait for the readiness message; raise SandboxStartError if the server failed."""
        assert self._sock is not None
        hello = recv_message(self._sock)
        if not hello or not hello.get("ready"):
            reason = hello.get("error") if hello else "it exited during start-up"
            self.close()
            what = self.spec.target or self.spec.argv[0]
            raise SandboxStartError(f"sandbox server for {what} failed to start: {reason}")
        self.isolation = hello["isolation"]
        self._base_dir = hello["base_dir"]

    @property
    def pid(self) -> int | None:
        return self._proc.pid if self._proc else None

    def run(
        self, script: str, timeout: float, on_long_run: Callable[[], None] | None = None
    ) -> RunResult:
        """Run one script; a dead or hung server is replaced and the run reported as an error.

        `on_long_run` is called once if no reply has come PARK_AFTER_S seconds after the
        request (the run is long: likely a loop heading for its timeout).
        """
        try:
            assert self._sock is not None
            self._sock.settimeout(timeout + _REPLY_GRACE_S)
            send_message(self._sock, {"script": script, "timeout": timeout})
            if on_long_run is not None and not _readable(self._sock, PARK_AFTER_S):
                on_long_run()
            reply = recv_message(self._sock)
        except (OSError, ValueError):
            reply = None
        if reply is None:
            self.close()
            uid = self.isolation.get("sandbox_uid")
            if uid is not None:  # whatever the dead server's runs left behind
                linux.kill_processes_of_uid(uid)
            self.start()
            return RunResult(
                "", "q_exec: the sandbox server died during this run", -1, False, 0.0, False
            )
        return RunResult(**reply)

    def close(self) -> None:
        """Stop the server (it kills its children and removes its run directories)."""
        if self._sock is not None:
            self._sock.close()
            self._sock = None
        if self._proc is not None:
            try:
                self._proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self._proc.kill()
                self._proc.wait()
            self._proc = None
        if self._base_dir and os.path.isdir(self._base_dir):  # left behind by a killed server
            remove_tree(self._base_dir)
        self._base_dir = ""


class SandboxPool:
    """Fork servers behind a thread pool; `run_many` runs scripts in parallel.

    At most `workers` + RUNS_AHEAD runs are active at once: the one beyond `workers` covers
    the hand-over between two runs (the finished run's exit, clean-up and reply, the next
    run's request and fork), during which a CPU would otherwise sit idle. A run still going
    after PARK_AFTER_S (typically a loop waiting for its timeout) is parked: it keeps its
    server and its deadline but frees its active slot, so the next run starts beside it
    instead of waiting out the timeout. Up to `workers` runs can be parked, so the pool
    starts 2 x `workers` + RUNS_AHEAD servers.
    """

    def __init__(self, spec: LaunchSpec, workers: int) -> None:
        if workers < 1:
            raise ValueError(f"workers must be at least 1, got {workers}")
        self.spec = spec
        self.workers = workers
        active = workers + RUNS_AHEAD
        servers = active + workers
        self._active = threading.Semaphore(active)
        self._idle: queue.Queue[ForkServer] = queue.Queue()
        self._servers: list[ForkServer] = []
        self._threads = ThreadPoolExecutor(servers, thread_name_prefix="q_exec")
        # servers are stopped on close(), or when a forgotten pool is garbage-collected
        self._finalizer = weakref.finalize(self, _shut_down, self._threads, self._servers)
        try:
            self._servers.extend(ForkServer(spec, wait=False) for _ in range(servers))
            for server in self._servers:
                server.wait_ready()
                self._idle.put(server)
        except BaseException:
            self.close()
            raise

    @property
    def isolation(self) -> dict:
        """What the sandbox guarantees here (as reported by the first server)."""
        return self._servers[0].isolation

    def server_pids(self) -> list[int]:
        return [s.pid for s in self._servers if s.pid is not None]

    def run(self, script: str, timeout: float) -> RunResult:
        """Run one script on the next idle server once an active slot is free."""
        self._active.acquire()
        slot = _ActiveSlot(self._active)
        server = self._idle.get()
        try:
            return server.run(script, timeout, on_long_run=slot.release)
        finally:
            self._idle.put(server)
            slot.release()

    def run_many(self, scripts: Sequence[str], timeout: float) -> list[RunResult]:
        """Run all scripts at once across the servers; results in input order."""
        return list(self._threads.map(lambda s: self.run(s, timeout), scripts))

    def close(self) -> None:
        """Stop the threads and the servers."""
        self._finalizer()

    def __enter__(self) -> SandboxPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class _ActiveSlot:
    """One acquired unit of the pool's active-run semaphore, released at most once."""

    def __init__(self, semaphore: threading.Semaphore) -> None:
        self._semaphore = semaphore
        self._held = True

    def release(self) -> None:
        if self._held:
            self._held = False
            self._semaphore.release()


def _readable(sock: socket.socket, seconds: float) -> bool:
    """Whether `sock` has data to read within `seconds`."""
    return bool(select.select([sock], [], [], seconds)[0])


def _shut_down(threads: ThreadPoolExecutor, servers: list[ForkServer]) -> None:
    threads.shutdown(wait=True)
    for server in servers:
        server.close()
    servers.clear()
