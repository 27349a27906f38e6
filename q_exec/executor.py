"""The executor: one object that runs q scripts and (solution, test) pairs in the sandbox."""

from __future__ import annotations

import logging
import os
import threading
from collections import OrderedDict
from collections.abc import Sequence

from q_exec.backends import (
    BACKENDS,
    QBackendError,
    embedded_spec,
    find_q_binary,
    kdb_spec,
    kdb_start_hint,
    network_allowed,
)
from q_exec.harness import build_script, judge, new_marker
from q_exec.limits import SandboxLimits
from q_exec.results import RunResult, TestCase, TestOutcome
from q_exec.sandbox_pool import SandboxPool, SandboxStartError

logger = logging.getLogger("q_exec")
_READY_LINE = "q_exec-ready"

CacheKey = tuple[str, str, str]


def default_workers() -> int:
    """CPUs available to this process divided by the local process count (LOCAL_WORLD_SIZE)."""
    cpus = len(os.sched_getaffinity(0))
    local = os.environ.get("LOCAL_WORLD_SIZE", "1")
    if not local.isdigit() or int(local) < 1:
        raise QBackendError(f"LOCAL_WORLD_SIZE={local!r} is not a positive whole number")
    return max(1, cpus // int(local))


class Executor:
    """Runs q code in sandboxed subprocesses with the kdb+ or the embedded backend.

    `backend`: "auto" (kdb+ when a q binary is found, else embedded), "kdb" or "embedded".
    `timeout`: wall-clock seconds per run. `workers`: parallel runs (default: see
    default_workers). Results of identical (solution, test) runs are cached (LRU, `cache_size`).
    `limits`: per-run resource limits (SandboxLimits). `allow_network`: keep the host network
    in runs (default: $Q_EXEC_ALLOW_NETWORK == "1"). Raises QBackendError for a bad setting or
    a backend that cannot start.
    """

    def __init__(
        self,
        backend: str = "auto",
        q_binary: str | None = None,
        timeout: float = 5.0,
        workers: int | None = None,
        *,
        limits: SandboxLimits | None = None,
        cache_size: int = 8192,
        allow_network: bool | None = None,
    ) -> None:
        if backend not in BACKENDS:
            raise QBackendError(f"unknown q backend {backend!r}; choose one of {BACKENDS}")
        if not timeout > 0:
            raise QBackendError(f"q timeout must be a positive number of seconds, got {timeout!r}")
        workers = default_workers() if workers is None else workers
        if workers < 1:
            raise QBackendError(f"q workers must be at least 1, got {workers!r}")
        self.timeout = float(timeout)
        self.q_binary: str | None = None
        self._limits = limits or SandboxLimits()
        self._allow_network = network_allowed() if allow_network is None else allow_network
        self._cache: OrderedDict[CacheKey, TestOutcome] = OrderedDict()
        self._cache_size = cache_size
        self._lock = threading.Lock()
        self.backend, self._pool = self._open(backend, q_binary, workers)
        logger.info(
            "q backend: %s (%d workers)%s",
            self.backend,
            workers,
            f", q binary {self.q_binary}" if self.q_binary else "",
        )

    def _open(self, backend: str, q_binary: str | None, workers: int) -> tuple[str, SandboxPool]:
        if backend == "embedded":
            return "embedded", self._open_embedded(workers)
        found = find_q_binary(q_binary)
        if found is None:
            if backend == "kdb":
                raise QBackendError(
                    "q backend 'kdb' needs the kdb+ q binary but none was found: pass "
                    "--q_binary PATH, set Q_INTERPRETER_PATH, put q on PATH, "
                    "or use --q_backend embedded"
                )
            logger.info("no kdb+ q binary found; using the embedded q interpreter")
            return "embedded", self._open_embedded(workers)
        try:
            return "kdb", self._open_kdb(found, workers)
        except QBackendError as err:
            if backend == "kdb":
                raise
            logger.warning("%s; falling back to the embedded q interpreter", err)
            return "embedded", self._open_embedded(workers)

    def _open_embedded(self, workers: int) -> SandboxPool:
        try:
            return SandboxPool(embedded_spec(self._limits, self._allow_network), workers)
        except SandboxStartError as err:
            raise QBackendError(f"the embedded q interpreter could not start: {err}") from None

    def _open_kdb(self, q_binary: str, workers: int) -> SandboxPool:
        try:
            spec = kdb_spec(q_binary, self._limits, self._allow_network)
            pool = SandboxPool(spec, workers)
        except SandboxStartError as err:
            raise QBackendError(f"kdb+ q at {q_binary} could not start: {err}") from None
        probe = pool.run(f'-1 "{_READY_LINE}";\nexit 0\n', max(self.timeout, 10.0))
        if probe.stdout.strip() != _READY_LINE:
            pool.close()
            said = (probe.stderr.strip() or probe.stdout.strip() or "no output")[:500]
            raise QBackendError(
                f"kdb+ q at {q_binary} failed to start (exit code {probe.exit_code}): {said} "
                f"({kdb_start_hint()})"
            )
        self.q_binary = q_binary
        return pool

    @property
    def workers(self) -> int:
        return self._pool.workers

    def worker_pids(self) -> list[int]:
        """PIDs of the fork servers (one per worker), e.g. for monitoring."""
        return self._pool.server_pids()

    @property
    def isolation(self) -> dict:
        """What the sandbox holds on this machine (namespaces, dedicated uid, ...)."""
        return dict(self._pool.isolation)

    def run(self, script: str) -> RunResult:
        """Run one q script as is."""
        return self._pool.run(script, self.timeout)

    def run_tests(self, solution: str, tests: Sequence[TestCase]) -> list[TestOutcome]:
        """Run `solution` against each test (in parallel)."""
        return self.run_batch([(solution, test) for test in tests])

    def run_batch(self, jobs: Sequence[tuple[str, TestCase]]) -> list[TestOutcome]:
        """Run all (solution, test) jobs at once across the workers; outcomes in input order."""
        keys = [_cache_key(job) for job in jobs]
        with self._lock:
            known = {k: self._cache[k] for k in keys if k in self._cache}
        todo = [
            (k, TestCase(k[1], k[2]), new_marker()) for k in dict.fromkeys(keys) if k not in known
        ]
        scripts = [build_script(key[0], test, marker) for key, test, marker in todo]
        results = self._pool.run_many(scripts, self.timeout)
        fresh = {
            key: judge(result, test, marker)
            for (key, test, marker), result in zip(todo, results, strict=True)
        }
        self._remember(fresh)
        known.update(fresh)
        return [known[k] for k in keys]

    def _remember(self, outcomes: dict[CacheKey, TestOutcome]) -> None:
        with self._lock:
            for key, outcome in outcomes.items():
                self._cache[key] = outcome
                self._cache.move_to_end(key)
            while len(self._cache) > self._cache_size:
                self._cache.popitem(last=False)

    def clear_cache(self) -> None:
        with self._lock:
            self._cache.clear()

    def close(self) -> None:
        """Stop the workers (kills anything still running, removes temp dirs)."""
        self._pool.close()

    def __enter__(self) -> Executor:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _cache_key(job: tuple[str, TestCase]) -> CacheKey:
    try:
        solution, test = job
    except (TypeError, ValueError):
        raise TypeError(f"a job must be a (solution, TestCase) pair, got {job!r:.200}") from None
    if not isinstance(solution, str) or not isinstance(test, TestCase):
        raise TypeError(f"a job must be a (str, TestCase) pair, got {job!r:.200}")
    return solution, test.code, test.expected
