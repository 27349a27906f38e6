"""Helpers shared by the sandbox tests: payload pools and process/fd inspection."""

from __future__ import annotations

import os
from pathlib import Path

from q_exec.limits import LaunchSpec, SandboxLimits
from q_exec.sandbox_pool import SandboxPool

TESTS_DIR = str(Path(__file__).resolve().parent)


def _privileged() -> bool:
    """Root with the capabilities the sandbox uses (setuid/setgid, namespaces and mounts)."""
    status = Path("/proc/self/status").read_text()
    caps = int(status.split("CapEff:")[1].split()[0], 16)
    needed = (1 << 6) | (1 << 7) | (1 << 21)  # CAP_SETGID, CAP_SETUID, CAP_SYS_ADMIN
    return os.geteuid() == 0 and caps & needed == needed


PRIVILEGED = _privileged()


def python_pool(
    workers: int = 2, limits: SandboxLimits | None = None, setup: str = ""
) -> SandboxPool:
    """Fork servers whose children run Python payloads (see sandbox_python_runner)."""
    spec = LaunchSpec(
        mode="call",
        target="sandbox_python_runner:run_python",
        python_path=(TESTS_DIR,),
        limits=limits or SandboxLimits(),
        setup=setup,
    )
    return SandboxPool(spec, workers)


def shell_pool(workers: int = 1, processes: int = 32) -> SandboxPool:
    """Fork servers whose children exec `/bin/sh script` (the kdb+ backend's exec path)."""
    spec = LaunchSpec(
        mode="exec",
        argv=("/bin/sh", "{script}"),
        env={"PATH": "/usr/bin:/bin"},
        limits=SandboxLimits(processes=processes),
    )
    return SandboxPool(spec, workers)


def zombies_under(parents: set[int]) -> list[int]:
    """Zombie processes whose parent is one of `parents`."""
    found = []
    for name in os.listdir("/proc"):
        if name.isdigit():
            try:
                stat = Path(f"/proc/{name}/stat").read_text()
            except OSError:
                continue
            fields = stat.rsplit(")", 1)[1].split()
            if fields[0] == "Z" and int(fields[1]) in parents:
                found.append(int(name))
    return found


def open_fds(pid: int | str = "self") -> int:
    """Number of open file descriptors of a process."""
    return len(os.listdir(f"/proc/{pid}/fd"))


def run_dirs(server_pid: int, base_dir_prefix: str = "q_exec-") -> list[str]:
    """Run directories left in a fork server's (possibly private) /tmp."""
    root = Path(f"/proc/{server_pid}/root/tmp")
    return [str(run) for base in root.glob(f"{base_dir_prefix}*") for run in base.iterdir()]
