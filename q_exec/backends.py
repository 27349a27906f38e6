"""q backends: how the fork server runs a script with kdb+ or with the embedded interpreter."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from q_exec.limits import LaunchSpec, SandboxLimits

BACKENDS = ("auto", "kdb", "embedded")
EMBEDDED_RUNNER = "q_exec.interp:run_script"
EMBEDDED_SETUP = "q_exec.interp:keep_run_settings"
KDB_WORKSPACE_MB = 1024
KDB_THREADS = 8
ALLOW_NETWORK_ENV = "Q_EXEC_ALLOW_NETWORK"
# Everyday q for the embedded servers' warm-up (see LaunchSpec.warmup); errors are harmless.
# Each line stands alone: groups of lines are the sample runs whose written pages the server
# pins (sandbox_server.learning_samples).
EMBEDDED_WARMUP = """f:{[a;b] r:0;i:0; while[i<count a; if[a[i]>b; r+:a i]; i+:1]; r}; show f[3 1;0]
g:{$[x<2; x; x*y]}; show g[5;3]
show sum each (1 2;3 4 5)
show {x+y}/[til 10]
show {x,sum -2#x}/[5;0 1]
s:"hello world"; show (upper s; reverse s; s where s<>" "; string 42; "J"$"17")
show `a`b`c!1 2 3
show ([] n:`x`y`z; v:1.5 2 3f)
show select from ([] n:`x`y; v:1 2) where v>1
show asc distinct 3 1 3 2
show (1b; 0N; 2.5; `sym; 2024.01.01; "c")
show 10 vs 1234
show raze string 2 vs 10
x:`long$(); x,:1; show count x
-1 "marker"; -1 string 42;
exit 0
"""


class QBackendError(RuntimeError):
    """The requested q backend cannot be used (missing, not executable, or fails to start)."""


def find_q_binary(q_binary: str | None = None) -> str | None:
    """The kdb+ `q` to use: `q_binary`, else $Q_INTERPRETER_PATH, else `q` on PATH, else None.

    An explicitly named binary (argument or environment) that does not exist or is not
    executable raises QBackendError naming it.
    """
    named = (("q_binary", q_binary), ("Q_INTERPRETER_PATH", os.environ.get("Q_INTERPRETER_PATH")))
    for source, path in named:
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


def kdb_spec(q_binary: str, limits: SandboxLimits, allow_network: bool) -> LaunchSpec:
    """Run `q script.q -q -u 1 -w MB`: quiet (no banner), remote users restricted, capped heap."""
    argv = (q_binary, "{script}", "-q", "-u", "1", "-w", str(KDB_WORKSPACE_MB))
    kdb_limits = SandboxLimits(**{**limits.__dict__, "processes": KDB_THREADS})
    env = kdb_environment(q_binary)
    return LaunchSpec("exec", argv=argv, env=env, limits=kdb_limits, allow_network=allow_network)


def embedded_spec(limits: SandboxLimits, allow_network: bool) -> LaunchSpec:
    """Run the script with the embedded interpreter, imported once per fork server."""
    return LaunchSpec(
        "call",
        target=EMBEDDED_RUNNER,
        limits=limits,
        allow_network=allow_network,
        setup=EMBEDDED_SETUP,
        warmup=EMBEDDED_WARMUP,
    )


def kdb_start_hint() -> str:
    """What usually stops a working kdb+ install from starting inside the sandbox."""
    hint = "if kdb+ works outside the sandbox: its licence may need the network (set "
    hint += f"{ALLOW_NETWORK_ENV}=1)"
    if os.geteuid() == 0:
        hint += ", and q runs as an unprivileged user with a private /tmp, so the binary, "
        hint += "QHOME and the licence must be world-readable and outside /tmp"
    return hint


def network_allowed() -> bool:
    """Whether runs keep the host network ($Q_EXEC_ALLOW_NETWORK=1); off by default."""
    return os.environ.get(ALLOW_NETWORK_ENV, "") == "1"
