"""Early copy of the pages every run writes: learning them from stopped sample runs, pinning
them, and the effect the kernel gives pinned pages at fork (copied, not faulted)."""

from __future__ import annotations

import ctypes
import mmap
import os
import signal
import subprocess
import sys

from q_exec import Executor, hot_pages
from q_exec.backends import EMBEDDED_WARMUP
from q_exec.sandbox_server import learning_samples

REGION_PAGES = 64


PINNING = hot_pages.io_uring_available()  # else every test checks the clean fallback


PIN_PROBE = """
import ctypes, mmap, os, resource
from q_exec import hot_pages

pages = 256
region = mmap.mmap(-1, pages * hot_pages.PAGE, flags=mmap.MAP_PRIVATE | mmap.MAP_ANONYMOUS)
for i in range(pages):
    region[i * hot_pages.PAGE] = 1
first = ctypes.addressof(ctypes.c_char.from_buffer(region)) // hot_pages.PAGE


def child_faults_writing_the_region():
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_minflt
    pid = os.fork()
    if pid == 0:
        for i in range(pages):
            region[i * hot_pages.PAGE] = 2
        os._exit(0)
    os.waitpid(pid, 0)
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_minflt - before


unpinned = child_faults_writing_the_region()
ring = hot_pages.pin(list(range(first, first + pages)))
pinned = child_faults_writing_the_region()
print(unpinned, pinned, ring is not None)
"""


def test_a_pinned_page_is_copied_at_fork_instead_of_faulting_in_the_child():
    probe = subprocess.run(
        [sys.executable, "-c", PIN_PROBE], capture_output=True, text=True, check=True
    )
    unpinned, pinned, registered = probe.stdout.split()
    if PINNING:
        assert registered == "True"
        # writing 256 shared pages faults on each; once pinned, they arrive copied
        assert int(unpinned) >= 256 and int(unpinned) - int(pinned) >= 240, probe.stdout
    else:  # refused by the kernel: nothing pinned, nothing changes
        assert registered == "False" and abs(int(unpinned) - int(pinned)) < 20


def test_learning_keeps_the_pages_that_every_sample_writes():
    flags = mmap.MAP_PRIVATE | mmap.MAP_ANONYMOUS
    region = mmap.mmap(-1, REGION_PAGES * hot_pages.PAGE, flags=flags)
    for i in range(REGION_PAGES):
        region[i * hot_pages.PAGE] = 1
    first = ctypes.addressof(ctypes.c_char.from_buffer(region)) // hot_pages.PAGE
    writes = {"a": range(0, 40), "b": range(20, 64), "c": range(10, 30)}

    def start_stopped(sample: str) -> int:
        pid = os.fork()
        if pid == 0:
            for i in writes[sample]:
                region[i * hot_pages.PAGE] = 2
            os.kill(os.getpid(), signal.SIGSTOP)
            os._exit(0)
        return pid

    learned = hot_pages.learn(start_stopped, ["a", "b", "c"])
    in_region = [p - first for p in learned if first <= p < first + REGION_PAGES]
    assert in_region == list(range(20, 30))


def test_a_sample_that_dies_before_stopping_teaches_nothing():
    def start_crashing(sample: str) -> int:
        pid = os.fork()
        if pid == 0:
            os._exit(3)
        return pid

    assert hot_pages.learn(start_crashing, ["x"]) == []


def test_pages_are_registered_as_runs_of_consecutive_pages():
    assert hot_pages.spans([3, 4, 5, 9, 11, 12]) == [(3, 3), (9, 1), (11, 2)]
    assert hot_pages.pin([]) is None


def test_learning_samples_are_the_warmup_and_groups_of_its_lines():
    samples = learning_samples(EMBEDDED_WARMUP)
    lines = [line for line in EMBEDDED_WARMUP.splitlines() if line.strip()]
    assert samples[0] == EMBEDDED_WARMUP
    assert sorted(line for group in samples[1:] for line in group.split("\n")) == sorted(lines)


def test_the_embedded_servers_pin_what_their_runs_write():
    with Executor("embedded", timeout=5.0, workers=1) as executor:
        pinned = executor.isolation["pinned_pages"]
        result = executor.run('-1 "still";\nshow 1+1\n')
    assert (result.stdout, result.exit_code) == ("still\n2\n", 0)
    if PINNING:
        assert pinned > 100, pinned
    else:
        assert pinned == 0
