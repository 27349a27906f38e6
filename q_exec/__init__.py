"""Sandboxed q execution: run q scripts and (solution, test) pairs with kdb+ or the embedded
interpreter. See q_exec/README.md for what the sandbox guarantees on each backend."""

from q_exec.backends import QBackendError, find_q_binary
from q_exec.executor import Executor, default_workers
from q_exec.limits import SandboxLimits
from q_exec.results import RunResult, TestCase, TestOutcome

__all__ = [
    "Executor",
    "QBackendError",
    "RunResult",
    "SandboxLimits",
    "TestCase",
    "TestOutcome",
    "default_workers",
    "find_q_binary",
]
