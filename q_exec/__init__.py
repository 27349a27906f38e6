"""Sandboxed q execution: run q scripts and (solution, test) pairs with kdb+ or the embedded
interpreter. See q_exec/README.md for what the sandbox guarantees on each backend.

The public names load on first use (PEP 562), so the fork server, which imports only the
sandbox modules of this package, keeps a small memory image: every run forks that image.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

_HOMES = {
    "Executor": "q_exec.executor",
    "default_workers": "q_exec.executor",
    "QBackendError": "q_exec.backends",
    "find_q_binary": "q_exec.backends",
    "SandboxLimits": "q_exec.limits",
    "RunResult": "q_exec.results",
    "TestCase": "q_exec.results",
    "TestOutcome": "q_exec.results",
}

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

if TYPE_CHECKING:
    from q_exec.backends import QBackendError, find_q_binary
    from q_exec.executor import Executor, default_workers
    from q_exec.limits import SandboxLimits
    from q_exec.results import RunResult, TestCase, TestOutcome


def __getattr__(name: str) -> object:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'q_exec' has no attribute {name!r}")
    return getattr(importlib.import_module(home), name)
