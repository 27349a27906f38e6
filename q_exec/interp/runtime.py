"""Per-run interpreter state: global namespace and output streams.

`run_script`/`run_session` install a fresh :class:`State` in ``CUR`` for the duration of a run
and restore the previous one afterwards, so runs are independent.
"""

from __future__ import annotations

from typing import TextIO

from .errors import QError


class State:
    """Globals and output streams of one interpreter run."""

    def __init__(self, out: TextIO, err: TextIO):
        self.g: dict = {}
        self.out = out
        self.err = err
        self.console = (25, 80)
        self.precision = 7
        self.seed = 42
        self.ns = "."  # current namespace (`\\d`)
        self.suspended: list = []  # console debugger levels (debugger.Suspension), innermost last


CUR: State | None = None


def lookup(name: str):
    """Global (or builtin) value of a name; 'name error if undefined."""
    st = CUR
    v = st.g.get(name)
    if v is not None:
        return v
    from .builtins import KEYWORDS, Q_VALUES

    v = KEYWORDS.get(name)
    if v is not None:
        return v
    v = Q_VALUES.get(name)
    if v is not None:
        return v
    if "." in name:
        from .namespaces import resolve_dotted

        v = resolve_dotted(st, name)
        if v is not None:
            return v
    raise QError(name)


def write_handle(h: int, args: list):
    """`1 x`, `-1 x`, `2 x`, `-2 x`: write strings to stdout/stderr."""
    from .display import handle_text

    if len(args) != 1:
        raise QError("rank")
    x = args[0]
    st = CUR
    from .functions import Identity

    if type(x) is Identity:  # the generic null has no text to write
        raise QError("type")
    if h in (1, -1):
        stream = st.out
    elif h in (2, -2):
        stream = st.err
    elif h == 0:
        from .builtins import system_eval

        return system_eval(x)
    else:
        raise QError(f"Cannot write to handle {h}. OS reports: Bad file descriptor")
    stream.write(handle_text(x, newline=h < 0))
    return h
