"""Helpers for the embedded-interpreter tests: run q text in-process and capture output."""

from __future__ import annotations

import io

from q_exec.interp import run_script, run_session


def session(src: str) -> str:
    """Interleaved stdout and stderr of a console session (like `q < file`)."""
    both = io.StringIO()
    run_session(src, both, both)
    return both.getvalue()


def q(expr: str) -> str:
    """Console echo of q text, trailing blanks removed from each line (as run.py compares)."""
    return "\n".join(ln.rstrip() for ln in session(expr).split("\n")).rstrip("\n")


def script(src: str) -> tuple[int, str, str]:
    """(exit code, stdout, stderr) of a script run."""
    out, err = io.StringIO(), io.StringIO()
    code = run_script(src, out, err)
    return code, out.getvalue(), err.getvalue()
