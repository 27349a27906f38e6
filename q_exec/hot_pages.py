"""Copy the pages every run writes at fork time instead of on first write.

A forked run shares the fork server's memory copy-on-write. Executing even a tiny script
writes a few hundred of those pages (reference counts, allocator pools, bytecode caches), and
on a virtual machine each first write costs a page fault of ~3 us, more than a tenth of a
run. The kernel copies a page at fork time, with no fault, when the page is pinned for DMA
(Linux >= 5.11: "early COW for pinned pages"). So the server learns which of its anonymous
pages every run writes (from sample runs stopped before they exit) and pins those with an
io_uring buffer registration, which it never uses for I/O. Pinned pages also stay writable
in the server, so its own bookkeeping stops faulting after each fork.

Everything here is best effort: where io_uring is missing or refused (old kernel, seccomp,
`kernel.io_uring_disabled`, RLIMIT_MEMLOCK) or /proc/PID/pagemap cannot be read, nothing is
pinned and runs fault as before.
"""

from __future__ import annotations

import ctypes
import os
import signal
from array import array
from collections.abc import Callable, Iterable

PAGE = os.sysconf("SC_PAGE_SIZE")
_EXCLUSIVE = 1 << 56  # pagemap: the page is mapped by this process only (written since fork)
_PRESENT = 1 << 63
_SYS_IO_URING_SETUP = 425  # the same number on every architecture
_SYS_IO_URING_REGISTER = 427
_IORING_REGISTER_BUFFERS = 0
_IO_URING_PARAMS_SIZE = 120
_libc = ctypes.CDLL(None, use_errno=True)
_libc.syscall.restype = ctypes.c_long


class _Iovec(ctypes.Structure):
    _fields_ = [("base", ctypes.c_void_p), ("length", ctypes.c_size_t)]


def anonymous_ranges(pid: int | str = "self") -> list[tuple[int, int]]:
    """Address ranges of the heap and the anonymous mappings of a process (where a forked
    run's copy-on-write faults land; file-backed mappings cannot be pinned)."""
    ranges = []
    with open(f"/proc/{pid}/maps") as fh:
        for line in fh:
            fields = line.split()
            name = fields[5] if len(fields) > 5 else ""
            if fields[1].startswith("rw") and name in ("", "[heap]"):
                low, high = (int(x, 16) for x in fields[0].split("-"))
                ranges.append((low, high))
    return ranges


def written_pages(pid: int, ranges: Iterable[tuple[int, int]]) -> set[int]:
    """Page numbers in `ranges` that process `pid` maps exclusively: for a forked child,
    the pages it has written (and so copied) since the fork."""
    written = set()
    fd = os.open(f"/proc/{pid}/pagemap", os.O_RDONLY)
    try:
        for low, high in ranges:
            entries = array("Q", os.pread(fd, (high - low) // PAGE * 8, low // PAGE * 8))
            first = low // PAGE
            written.update(
                first + i
                for i, entry in enumerate(entries)
                if entry & _PRESENT and entry & _EXCLUSIVE
            )
    finally:
        os.close(fd)
    return written


def learn(start_paused: Callable[[str], int], samples: list[str]) -> list[int]:
    """The anonymous pages that every sample run writes, sorted.

    `start_paused(script)` forks a run of `script` that stops itself (SIGSTOP) when done
    instead of exiting, and returns its pid; each is read and then killed here.
    """
    ranges = anonymous_ranges()
    common: set[int] | None = None
    for script in samples:
        pid = start_paused(script)
        try:
            _, status = os.waitpid(pid, os.WUNTRACED)
            if not os.WIFSTOPPED(status):
                return []  # the sample failed before it finished: learn nothing
            pages = written_pages(pid, ranges)
        finally:
            _kill_and_reap(pid)
        common = pages if common is None else common & pages
    return sorted(common or ())


def _kill_and_reap(pid: int) -> None:
    try:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
    except (ProcessLookupError, ChildProcessError):
        pass


def spans(pages: list[int]) -> list[tuple[int, int]]:
    """Sorted page numbers as (first page, page count) runs of consecutive pages."""
    runs: list[list[int]] = []
    for page in pages:
        if runs and runs[-1][0] + runs[-1][1] == page:
            runs[-1][1] += 1
        else:
            runs.append([page, 1])
    return [(first, count) for first, count in runs]


def _ring() -> int | None:
    """A new one-entry io_uring descriptor, or None where io_uring is refused."""
    params = (ctypes.c_uint8 * _IO_URING_PARAMS_SIZE)()
    ring = _libc.syscall(ctypes.c_long(_SYS_IO_URING_SETUP), ctypes.c_long(1), params)
    return ring if ring >= 0 else None


def io_uring_available() -> bool:
    """Whether this process may create an io_uring (which pinning needs)."""
    ring = _ring()
    if ring is None:
        return False
    os.close(ring)
    return True


def pin(pages: list[int]) -> int | None:
    """Pin `pages` of this process for as long as the returned io_uring descriptor stays
    open; None if the kernel refuses (see the module docstring)."""
    runs = spans(pages)
    if not runs:
        return None
    ring = _ring()
    if ring is None:
        return None
    buffers = (_Iovec * len(runs))(*(_Iovec(first * PAGE, count * PAGE) for first, count in runs))
    args = (_IORING_REGISTER_BUFFERS, buffers, len(runs))
    if _libc.syscall(ctypes.c_long(_SYS_IO_URING_REGISTER), ctypes.c_long(ring), *args):
        os.close(ring)
        return None
    return ring
