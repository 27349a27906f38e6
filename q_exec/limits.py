"""Resource limits and launch settings for sandboxed runs (shared by pool and server)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass(frozen=True)
class SandboxLimits:
    """Per-run limits. `memory_mb` is address space on top of the starting image."""

    memory_mb: int = 2048
    output_bytes: int = 1 << 20
    file_size_mb: int = 16
    open_files: int = 64
    processes: int = 1
    private_tmp_mb: int = 256


@dataclass(frozen=True)
class LaunchSpec:
    """How the fork server starts a run.

    mode "call": the child calls `target` ("module:function", imported once by the server)
    as `function(source, stdout, stderr) -> int`.
    mode "exec": the child writes the script to `script.q` in its run directory and execs
    `argv`, where the item "{script}" becomes that path; `env` is the whole environment.
    `allow_network` keeps the host network (otherwise runs get a private, empty one).
    `setup` ("module:function", optional) is called once by a call-mode server before the
    warm-up, to fix process-wide settings every run needs.
    `warmup` is run a few times by a call-mode server before it forks any run, so that lazy
    imports, caches and CPython's specialised bytecode are shared by every child.
    """

    mode: str
    target: str = ""
    argv: tuple[str, ...] = ()
    env: dict[str, str] = field(default_factory=dict)
    limits: SandboxLimits = SandboxLimits()
    python_path: tuple[str, ...] = ()
    allow_network: bool = False
    setup: str = ""
    warmup: str = ""

    def to_json(self) -> dict:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict) -> LaunchSpec:
        return cls(
            mode=data["mode"],
            target=data["target"],
            argv=tuple(data["argv"]),
            env=dict(data["env"]),
            limits=SandboxLimits(**data["limits"]),
            python_path=tuple(data["python_path"]),
            allow_network=bool(data["allow_network"]),
            setup=data["setup"],
            warmup=data["warmup"],
        )
