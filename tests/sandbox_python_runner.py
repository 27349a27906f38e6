"""A call-mode runner for sandbox tests: executes a *Python* payload in the sandboxed child.

It lets tests drive hostile code (fork bombs, sockets, signals, file writes) through exactly
the fork-server path the embedded q backend uses.
"""

import traceback


def run_python(source, stdout, stderr):
    """Execute `source` with `stdout`/`stderr` in scope; 0 on success, 1 on an exception."""
    try:
        exec(compile(source, "<payload>", "exec"), {"stdout": stdout, "stderr": stderr})
    except BaseException:  # noqa: BLE001 - report whatever the payload raised
        stderr.write(traceback.format_exc())
        return 1
    return 0


SETUP_CALLS = 0


def count_setup():
    """A LaunchSpec setup for tests: counts the calls in the fork server's process."""
    global SETUP_CALLS
    SETUP_CALLS += 1
