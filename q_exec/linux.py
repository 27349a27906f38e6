"""Thin wrappers over the Linux calls the sandbox needs (namespaces, mounts, prctl).

Each wrapper returns False instead of raising when the kernel or the privileges refuse, so
callers can fall back and report what actually holds.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import signal

_libc = ctypes.CDLL(None, use_errno=True)
_libc_holding_gil = ctypes.PyDLL(None, use_errno=True)

CLONE_NEWNS = 0x00020000
CLONE_NEWNET = 0x40000000
_MS_REC = 16384
_MS_PRIVATE = 1 << 18
_MS_NOSUID = 2
_MS_NODEV = 4
_PR_SET_PDEATHSIG = 1
_PR_SET_CHILD_SUBREAPER = 36
_PR_SET_NO_NEW_PRIVS = 38


def unshare(flags: int) -> bool:
    """Move this process into new namespaces given by CLONE_* flags; False if refused."""
    return _libc.unshare(ctypes.c_int(flags)) == 0


def make_mounts_private() -> bool:
    """Stop mount events of this mount namespace from propagating back to the host."""
    return _libc.mount(b"none", b"/", None, ctypes.c_ulong(_MS_REC | _MS_PRIVATE), None) == 0


def mount_tmpfs(path: str, size_mb: int) -> bool:
    """Mount a fresh, size-limited tmpfs (mode 1777) over `path`."""
    options = f"size={size_mb}m,mode=1777".encode()
    flags = ctypes.c_ulong(_MS_NOSUID | _MS_NODEV)
    return _libc.mount(b"tmpfs", path.encode(), b"tmpfs", flags, options) == 0


def _prctl(option: int, arg: int) -> bool:
    zero = ctypes.c_ulong(0)
    return _libc.prctl(option, ctypes.c_ulong(arg), zero, zero, zero) == 0


def die_with_parent() -> bool:
    """Ask the kernel to SIGKILL this process when its parent exits."""
    return _prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)


def become_subreaper() -> bool:
    """Make orphaned descendants re-parent to this process (so it can kill and reap them)."""
    return _prctl(_PR_SET_CHILD_SUBREAPER, 1)


def forbid_new_privileges() -> bool:
    """Make execve unable to grant privileges (setuid binaries, file capabilities)."""
    return _prctl(_PR_SET_NO_NEW_PRIVS, 1)


def fork_single_threaded() -> int:
    """fork(2) without CPython's after-fork hooks; only for a process with one thread.

    os.fork() re-initialises thread state and runs Python at-fork callbacks in the child;
    in a large single-threaded server that touches hundreds of copy-on-write pages (~0.7 ms
    per fork here), which matters when forking once per run. Returns like os.fork().
    """
    pid = _libc_holding_gil.fork()
    if pid < 0:
        err = ctypes.get_errno()
        raise OSError(err, os.strerror(err))
    return pid


def release_free_heap() -> bool:
    """Return the C heap's free pages to the kernel (glibc malloc_trim); False if unsupported."""
    trim = getattr(_libc, "malloc_trim", None)
    return bool(trim and trim(ctypes.c_size_t(0)))


def can_switch_to_uid(uid: int) -> bool:
    """Whether a child of this process can drop to `uid`/`uid` with no groups (tried in a fork)."""
    pid = os.fork()
    if pid == 0:
        try:
            os.setgroups([])
            os.setgid(uid)
            os.setuid(uid)
        except OSError:
            os._exit(1)
        os._exit(0)
    return os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]) == 0


def thread_count() -> int:
    """Number of OS threads in this process (C-level threads included)."""
    return len(os.listdir("/proc/self/task"))


def child_pids() -> list[int]:
    """PIDs of this process's direct children (orphans included once we are a subreaper)."""
    pid = os.getpid()
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as fh:
            return [int(p) for p in fh.read().split()]
    except OSError:
        return _child_pids_by_scan(pid)


def _child_pids_by_scan(parent: int) -> list[int]:
    children = []
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            with open(f"/proc/{name}/stat") as fh:
                stat = fh.read()
        except OSError:
            continue
        fields = stat.rsplit(")", 1)[1].split()
        if int(fields[1]) == parent:
            children.append(int(name))
    return children


def processes_of_uid(uid: int) -> list[int]:
    """PIDs of the processes whose real uid is `uid`."""
    found = []
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            with open(f"/proc/{name}/status") as fh:
                real_uid = next(int(line.split()[1]) for line in fh if line.startswith("Uid:"))
        except (OSError, StopIteration, ValueError):
            continue
        if real_uid == uid:
            found.append(int(name))
    return found


def kill_processes_of_uid(uid: int) -> None:
    """SIGKILL every process whose real uid is `uid` (a dead fork server's sandbox user)."""
    for pid in processes_of_uid(uid):
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
