"""Embedded pure-Python q interpreter (see README.md).

Public API: `run_script(source, stdout, stderr) -> int`,
`run_session(source, stdout, stderr) -> int` and `keep_run_settings()`. Heavy modules load
lazily on first use.
"""

from __future__ import annotations

from typing import TextIO


def run_script(source: str, stdout: TextIO, stderr: TextIO) -> int:
    """Run q source like `q script.q`; returns the exit code (errors print 'msg, exit 1)."""
    from .session import run_script as _run

    return _run(source, stdout, stderr)


def run_session(source: str, stdout: TextIO, stderr: TextIO) -> int:
    """Run lines like `q < file`, echoing values; errors print and the session continues."""
    from .session import run_session as _run

    return _run(source, stdout, stderr)


def keep_run_settings() -> None:
    """Apply the per-run settings once, from the main thread of a process that only runs q
    (the sandbox's fork server); its later runs there skip setting and restoring them."""
    from .session import keep_run_settings as _keep

    _keep()


__all__ = ["keep_run_settings", "run_script", "run_session"]
