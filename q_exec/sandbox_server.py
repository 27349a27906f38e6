"""The fork server: a long-lived process that runs each script in a fresh sandboxed child.

Started by `q_exec.sandbox_pool.ForkServer` as `python -m q_exec.sandbox_server FD SPEC_JSON`.
It isolates itself once (private network and mount namespaces, private /tmp, subreaper) where
the kernel allows it, imports the runner once (call mode), then serves requests one at a time
over the socket FD: fork a child per run, collect its output under a cap and a deadline, kill
the child's whole process tree, reap it and remove its run directory.
"""

from __future__ import annotations

import contextlib
import dataclasses
import gc
import importlib
import io
import json
import os
import pkgutil
import select
import signal
import socket
import sys
import tempfile
import time

from q_exec import hot_pages, linux
from q_exec.limits import LaunchSpec
from q_exec.protocol import recv_message, send_message
from q_exec.run_dirs import remove_tree
from q_exec.sandbox_child import ChildPlan, Runner, run_child, standard_streams

SANDBOX_UID_BASE = 2_000_000_000
_PRIVATE_DIRS = ("/tmp", "/var/tmp", "/dev/shm")
_CHUNK = 65536
WARMUP_ROUNDS = 20
LEARNING_GROUPS = 4
LEARNING_TIMEOUT_S = 10.0


def isolate_server(spec: LaunchSpec) -> dict:
    """Apply process-wide isolation once; return a description of what holds."""
    root = os.geteuid() == 0
    report = {
        "root": root,
        "no_new_privileges": linux.forbid_new_privileges(),  # inherited by every run
        "subreaper": linux.become_subreaper(),
        "private_network": not spec.allow_network and linux.unshare(linux.CLONE_NEWNET),
        "private_tmp": False,
        "sandbox_uid": None,
    }
    shared = tmp_dirs_holding(needed_paths(spec))
    report["shared_tmp"] = shared
    if linux.unshare(linux.CLONE_NEWNS) and linux.make_mounts_private():
        mounted = [d for d in _PRIVATE_DIRS if os.path.isdir(d) and d not in shared]
        size = spec.limits.private_tmp_mb
        report["private_tmp"] = all(linux.mount_tmpfs(d, size) for d in mounted)
    uid = SANDBOX_UID_BASE + os.getpid()
    if root and linux.can_switch_to_uid(uid):
        report["sandbox_uid"] = uid
    return report


def needed_paths(spec: LaunchSpec) -> list[str]:
    """Paths a run must still see: the Python installation (lazy imports), the runner's
    package, the q binary and its QHOME/licence."""
    paths = [sys.prefix, sys.base_prefix, *spec.python_path]
    paths += [arg for arg in spec.argv if os.path.isabs(arg)]
    paths += [spec.env[key] for key in ("QHOME", "QLIC") if spec.env.get(key)]
    return paths


def tmp_dirs_holding(paths: list[str]) -> list[str]:
    """The temp dirs that contain any of `paths`: a private tmpfs over them would hide the
    program itself, so they stay shared (reported as ``shared_tmp``)."""
    resolved = [os.path.realpath(p) for p in paths]
    return [
        d
        for d in _PRIVATE_DIRS
        if any(
            p == os.path.realpath(d) or p.startswith(os.path.realpath(d) + os.sep) for p in resolved
        )
    ]


def import_target(target: str):
    """The function a "module:function" target names (importing its module)."""
    module_name, _, function_name = target.partition(":")
    return getattr(importlib.import_module(module_name), function_name)


def load_runner(spec: LaunchSpec) -> Runner | None:
    """Import the call-mode runner, run its setup and warm it up once, before any fork."""
    if spec.mode != "call":
        return None
    sys.path[:0] = list(spec.python_path)
    runner = import_target(spec.target)
    preload_package(spec.target.partition(":")[0])
    if spec.setup:
        import_target(spec.setup)()
    for _ in range(WARMUP_ROUNDS):
        runner(spec.warmup, io.StringIO(), io.StringIO())
    return runner


def preload_package(module_name: str) -> None:
    """Import every module of the runner's package now: a child running as the sandbox uid
    may be unable to read the files of a module imported lazily later. Only that package:
    anything more would enlarge the image every run forks."""
    package = sys.modules[module_name]
    if not hasattr(package, "__path__"):  # a plain module: walk the package it belongs to
        if not package.__package__:
            return
        package = sys.modules[package.__package__]
    for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        if not info.name.endswith("__main__"):
            importlib.import_module(info.name)


def address_space_bytes() -> int:
    """Current virtual memory size of this process (the base a call-mode child starts from)."""
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmSize:"):
                return int(line.split()[1]) * 1024
    return 0


class RunSlot:
    """Runs one request at a time in a forked child and cleans up after it."""

    def __init__(self, spec: LaunchSpec, runner: Runner | None, report: dict, base_dir: str):
        self.spec = spec
        self.uid = report["sandbox_uid"]
        self.plan = ChildPlan(
            spec=spec,
            runner=runner,
            uid=self.uid,
            base_address_space=address_space_bytes() if spec.mode == "call" else 0,
            server_pid=os.getpid(),
            null_fd=os.open(os.devnull, os.O_RDONLY),
            streams=standard_streams() if spec.mode == "call" else None,
        )
        self.base_dir = base_dir
        self.fork = linux.fork_single_threaded if linux.thread_count() == 1 else os.fork
        self.count = 0
        self.pinned: int | None = None  # the io_uring descriptor holding the pinned pages

    def pin_hot_pages(self) -> int:
        """Pin the pages every run writes, so that each fork copies them up front instead of
        faulting on them one by one (see hot_pages); returns how many pages were pinned."""
        if self.spec.mode != "call":
            return 0  # an exec'd run replaces the whole image: nothing to copy early
        run_dir = self._new_run_dir()
        sink = os.open(os.devnull, os.O_WRONLY)
        stopping = dataclasses.replace(self.plan, stop_when_done=True)

        def start_stopped(script: str) -> int:
            pid = self.fork()
            if pid == 0:
                run_child(stopping, script, LEARNING_TIMEOUT_S, run_dir, sink, sink)
            return pid

        try:
            pages = hot_pages.learn(start_stopped, learning_samples(self.spec.warmup))
        except OSError:  # e.g. the runs' pagemap cannot be read here
            pages = []
        finally:
            os.close(sink)
            remove_tree(run_dir)
        self.pinned = hot_pages.pin(pages)
        return len(pages) if self.pinned is not None else 0

    def _new_run_dir(self) -> str:
        self.count += 1
        run_dir = os.path.join(self.base_dir, f"run{self.count}")
        os.mkdir(run_dir, 0o700)
        if self.uid is not None:
            os.chown(run_dir, self.uid, self.uid)
        return run_dir

    def run(self, script: str, timeout: float) -> dict:
        """Run one script; return the RunResult fields as a dict."""
        run_dir = self._new_run_dir()
        out_r, out_w = os.pipe()
        err_r, err_w = os.pipe()
        start = time.perf_counter()
        pid = self.fork()
        if pid == 0:
            os.close(out_r)
            os.close(err_r)
            run_child(self.plan, script, timeout, run_dir, out_w, err_w)
        os.close(out_w)
        os.close(err_w)
        try:
            result = self._collect(pid, out_r, err_r, start, timeout)
        finally:
            os.close(out_r)
            os.close(err_r)
            kill_descendants()
            remove_tree(run_dir)
        return result

    def _collect(self, pid: int, out_r: int, err_r: int, start: float, timeout: float) -> dict:
        pidfd = os.pidfd_open(pid)
        buffers = {out_r: bytearray(), err_r: bytearray()}
        open_fds = {out_r, err_r}
        cap = self.spec.limits.output_bytes
        timed_out = truncated = False
        status = None
        deadline = start + timeout
        try:
            while status is None or open_fds:
                if status is not None:
                    kill_descendants()  # the child is gone: nothing else may hold the pipes
                    _drain(open_fds, buffers)
                    break
                remaining = deadline - time.perf_counter()
                if remaining <= 0:
                    timed_out = True
                    break
                ready, _, _ = select.select([pidfd, *open_fds], [], [], remaining)
                for fd in ready:
                    if fd == pidfd:
                        status = os.waitpid(pid, 0)[1]
                        continue
                    chunk = os.read(fd, _CHUNK)
                    if chunk:
                        buffers[fd] += chunk
                    else:
                        open_fds.discard(fd)
                if len(buffers[out_r]) + len(buffers[err_r]) > cap:
                    truncated = True
                    break
            if status is None:
                _kill_group(pid)
                status = os.waitpid(pid, 0)[1]
        finally:
            os.close(pidfd)
        seconds = time.perf_counter() - start
        return {
            "stdout": bytes(buffers[out_r][:cap]).decode("utf-8", errors="replace"),
            "stderr": bytes(buffers[err_r][:cap]).decode("utf-8", errors="replace"),
            "exit_code": os.waitstatus_to_exitcode(status),
            "timed_out": timed_out,
            "seconds": seconds,
            "truncated": truncated,
        }


def _drain(fds: set[int], buffers: dict[int, bytearray]) -> None:
    for fd in list(fds):
        os.set_blocking(fd, False)
        try:
            while chunk := os.read(fd, _CHUNK):
                buffers[fd] += chunk
        except BlockingIOError:
            pass
    fds.clear()


def _kill_group(pid: int) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pid, signal.SIGKILL)


def kill_descendants() -> None:
    """SIGKILL and reap every process below this (subreaper) server until none is left."""
    while True:
        children = linux.child_pids()
        if not children:
            return
        for child in children:
            _kill_group(child)
            with contextlib.suppress(ProcessLookupError):
                os.kill(child, signal.SIGKILL)
        for child in children:
            with contextlib.suppress(ChildProcessError):
                os.waitpid(child, 0)


def learning_samples(warmup: str) -> list[str]:
    """Scripts whose common written pages are pinned: the warm-up and groups of its lines
    (each line of the warm-up stands alone), so that only what every run writes is kept."""
    lines = [line for line in warmup.splitlines() if line.strip()]
    groups = ["\n".join(lines[i::LEARNING_GROUPS]) for i in range(LEARNING_GROUPS)]
    return [warmup, *(group for group in groups if group)]


def prepare_image(spec: LaunchSpec) -> None:
    """Make the server's memory image cheap to fork: every run starts as a copy of it.

    The runs' environment is set here once instead of in each child; freed heap memory goes
    back to the kernel (fewer pages to map in each fork) and the warm objects are frozen out
    of the garbage collector (children never traverse, and so never copy, them).
    """
    os.environ.clear()
    os.environ.update(spec.env)
    gc.collect()
    linux.release_free_heap()
    gc.freeze()


def serve(sock: socket.socket, spec: LaunchSpec) -> None:
    """Isolate, announce readiness, then answer run requests until the socket closes."""
    try:
        runner = load_runner(spec)
    except Exception as exc:  # noqa: BLE001 - reported to the executor as a startup failure
        send_message(sock, {"ready": False, "error": f"{type(exc).__name__}: {exc}"})
        return
    report = isolate_server(spec)
    base_dir = tempfile.mkdtemp(prefix="q_exec-")
    os.chmod(base_dir, 0o711)  # the sandbox uid may pass through to its run dir, not list
    slot = RunSlot(spec, runner, report, base_dir)
    prepare_image(spec)
    report["pinned_pages"] = slot.pin_hot_pages()
    send_message(sock, {"ready": True, "isolation": report, "base_dir": base_dir})
    try:
        while (request := recv_message(sock)) is not None:
            send_message(sock, slot.run(request["script"], float(request["timeout"])))
    except (BrokenPipeError, ConnectionResetError):
        pass  # the executor went away mid-run
    finally:
        kill_descendants()
        remove_tree(base_dir)


def main() -> None:
    fd, spec_json = int(sys.argv[1]), sys.argv[2]
    sock = socket.socket(fileno=fd)
    serve(sock, LaunchSpec.from_json(json.loads(spec_json)))


if __name__ == "__main__":
    main()
