"""q backends: how the fork server runs a script with kdb+ or with the embedded interpreter."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from q_exec.limits import LaunchSpec, SandboxLimits

BACKENDS = ("auto", "kdb", "embedded")
EMBEDDED_RUNNER = "q_exec.interp:run_script"
KDB_WORKSPACE_MB = 1024
KDB_THREADS = 8


class QBackendError(RuntimeError):
    """The requested q backend cannot be used (missing, not executable, or fails to start)."""


def find_q_binary(q_binary: str | None = None) -> str | None:
    """The kdb+ `q` to use: `q_binary`, else $Q_INTERPRETER_PATH, else `q` on PATH, else None.

    An explicitly named binary (argument or environment) that does not exist or is not
    executable raises QBackendError naming it.
    """
    for source, value in (("q_binary", q_binary), ("Q_INTERPRETER_PATH", None)):
        path = value if source == "q_binary" else os.environ.get(source)
        if path:
            resolved = shutil.which(path) or path
            if not (os.path.isfile(resolved) and os.access(resolved, os.X_OK)):
                raise QBackendError(
                    f"{source}={path!r} is not an executable file; point it at the kdb+ q binary "
                    "(e.g. ~/q/l64/q) or use --q_backend embedded"
                )
            return os.path.abspath(resolved)
    return shutil.which("q")


def kdb_environment(q_binary: str) -> dict[str, str]:
    """The whole environment a kdb+ run gets: QHOME/QLIC (found or inherited), nothing else."""
    qhome = os.environ.get("QHOME")
    if not qhome:
        parent = Path(q_binary).resolve().parent
        guesses = [parent.parent, parent]
        qhome = str(next((g for g in guesses if (g / "q.k").is_file()), parent.parent))
    env = {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "QHOME": qhome, "HOME": "/nonexistent"}
    env["QLIC"] = os.environ.get("QLIC", qhome)
    return env


def kdb_spec(q_binary: str, limits: SandboxLimits) -> LaunchSpec:
    """Run `q script.q -q -u 1 -w MB`: quiet (no banner), remote users restricted, capped heap."""
    argv = (q_binary, "{script}", "-q", "-u", "1", "-w", str(KDB_WORKSPACE_MB))
    kdb_limits = SandboxLimits(**{**limits.__dict__, "processes": KDB_THREADS})
    return LaunchSpec(mode="exec", argv=argv, env=kdb_environment(q_binary), limits=kdb_limits)


def embedded_spec(limits: SandboxLimits) -> LaunchSpec:
    """Run the script with the embedded interpreter, imported once per fork server."""
    return LaunchSpec(mode="call", target=EMBEDDED_RUNNER, limits=limits)
