"""Room for deep recursion: q code recurses (and nests data) far deeper than Python's default
limit, but a Python recursion limit above what the C stack holds crashes the process with a
segfault instead of raising RecursionError (which q reports as 'stack)."""

from __future__ import annotations

import contextlib
import sys
import threading
from collections.abc import Iterator

DEEP_LIMIT = 200_000  # Python frames: about 40,000 levels of q lambda recursion
DEEP_STACK = 512 << 20  # C stack that DEEP_LIMIT frames need on the worst path, with margin
SHALLOW_LIMIT = 8_000  # what a fixed 8 MiB thread stack holds on the worst path


def _grow_main_stack() -> tuple[int, int] | None:
    """Raise the soft RLIMIT_STACK so the main thread's stack can grow to DEEP_STACK (Linux
    grows it on demand up to the current limit); returns the old limits, or None if not done."""
    if sys.platform != "linux" or threading.current_thread() is not threading.main_thread():
        return None
    import resource

    soft, hard = resource.getrlimit(resource.RLIMIT_STACK)
    if soft == resource.RLIM_INFINITY or soft >= DEEP_STACK:
        return soft, hard
    if hard != resource.RLIM_INFINITY and hard < DEEP_STACK:
        return None
    try:
        resource.setrlimit(resource.RLIMIT_STACK, (DEEP_STACK, hard))
    except (ValueError, OSError):
        return None
    return soft, hard


def _safe_limit(grown: bool) -> int:
    """The recursion limit for q code: deep on a grown main-thread stack, else what a fixed
    thread stack holds (even below a higher limit set before: that one would segfault)."""
    return max(sys.getrecursionlimit(), DEEP_LIMIT) if grown else SHALLOW_LIMIT


def keep_recursion_room() -> None:
    """Give the process, for good, the room `recursion_room` gives one run (call it from the
    main thread; runs in other threads still lower the limit to what their stacks hold)."""
    sys.setrecursionlimit(_safe_limit(_grow_main_stack() is not None))


@contextlib.contextmanager
def recursion_room() -> Iterator[None]:
    """Run the body with as deep a Python recursion limit as the C stack safely allows."""
    old_limit = sys.getrecursionlimit()
    old_stack = _grow_main_stack()
    sys.setrecursionlimit(_safe_limit(old_stack is not None))
    try:
        yield
    finally:
        sys.setrecursionlimit(old_limit)
        if old_stack is not None and old_stack[0] < DEEP_STACK:
            import resource

            resource.setrlimit(resource.RLIMIT_STACK, old_stack)
