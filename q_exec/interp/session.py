"""Running q text: script mode, console-session mode, and `value "text"`."""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Iterator
from typing import TextIO

from . import runtime
from .debugger import debug_line, suspend
from .errors import QError, QExit
from .stackroom import keep_recursion_room, recursion_room

PY_ERRORS = {
    "IndexError": "index",
    "ZeroDivisionError": "domain",
    "RecursionError": "stack",
    "MemoryError": "wsfull",
    "OverflowError": "domain",
}


def error_message(e: BaseException) -> str:
    """The q error text for any exception raised while evaluating."""
    if isinstance(e, QError):
        return e.msg
    name = type(e).__name__
    if name == "ValueError" and ("shape" in str(e) or "broadcast" in str(e)):
        return "length"
    return PY_ERRORS.get(name, "type")


def split_script(src: str) -> list[str]:
    """Group script lines into statements: continuation lines (leading blank) join the previous
    one; `/` comment lines and `/ ... \\` blocks are dropped; a lone `\\` ends the script."""
    chunks: list[str] = []
    in_block = False
    for raw in src.replace("\r\n", "\n").split("\n"):
        line = raw.rstrip()
        if in_block:
            if line == "\\":
                in_block = False
            continue
        if line == "/":
            in_block = True
            continue
        if line == "\\":
            break
        if not line.strip():
            continue
        if line.startswith("/"):
            continue
        if line[0] in " \t" and chunks:
            if line.lstrip().startswith("/"):
                continue
            chunks[-1] += "\n" + line
            continue
        chunks.append(line)
    return chunks


def _is_silent(stmts: list, text: str) -> bool:
    last = stmts[-1]
    return last[0] in ("assign", "passign", "nil") or text.rstrip().endswith(";")


def eval_text(text: str):
    """Evaluate q source in the current run (used by `value "..."`)."""
    from .compile import compile_program
    from .functions import IDENTITY
    from .parser import parse

    if text.lstrip().startswith("\\"):
        r = system_command(text.strip(), runtime.CUR, False)
        return IDENTITY if r is None else r
    stmts = parse(text)
    return compile_program(runtime.CUR, stmts)({})


def system_command(cmd: str, st: runtime.State, echo: bool):
    """Handle a `\\x ...` line; returns a value to echo or None."""
    parts = cmd[1:].strip().split(None, 1)
    if not parts:
        raise QExit(0)
    name, arg = parts[0], (parts[1] if len(parts) > 1 else "")
    if name == "\\":
        raise QExit(0)
    if name in ("t", "T") and not arg.strip():
        return _int_atom(0)  # no timer, no timeout
    if name in ("t", "ts") or name.startswith(("t:", "ts:")):
        t0 = time.perf_counter()
        eval_text(arg)
        ms = int((time.perf_counter() - t0) * 1000)
        return _ts_pair(ms) if name.startswith("ts") else ms
    if name == "c":
        if arg:
            r, c = (int(v) for v in arg.split()[:2])
            st.console = (r, c)
            return None
        import numpy as np

        from .values import INT, Vec

        return Vec(INT, np.array(st.console, dtype=np.int32))
    if name == "P":
        if arg:
            st.precision = int(arg) or 17
            return None
        from .values import INT, Atom

        return Atom(-INT, st.precision)
    if name == "S":
        if not arg.strip():
            return _int_atom(st.seed)
        st.seed = int(arg)
        return None
    if name in ("v", "f", "a", "b"):
        return _names(st, name, arg.strip() or st.ns)
    if name == "d":
        if not arg.strip():
            from .values import Atom

            return Atom(-11, st.ns)
        ns = arg.strip()
        if not ns.startswith("."):
            raise QError("type")
        st.ns = "." if ns == "." else ns.rstrip(".")
        return None
    if name in ("e", "g", "o", "p", "z", "s"):
        return _int_atom(0)
    if name == "W":
        return _int_atom(2)  # week offset: Saturday
    if name == "C":
        import numpy as np

        from .values import INT, Vec

        return Vec(INT, np.array([36, 2000], dtype=np.int32))
    if name == "B":
        return _names(st, "B", st.ns)
    if name in ("w", "x", "u"):
        return None
    raise QError("access")  # files (\\l, \\1, \\2, \\cd) and shell commands: closed in the sandbox


def _int_atom(n: int):
    from .values import INT, Atom

    return Atom(-INT, n)


def _names(st: runtime.State, kind: str, ns: str):
    """`\\v` variables, `\\f` functions, `\\a` tables, `\\b` views of a namespace, sorted."""
    from .compile import View
    from .functions import Lambda
    from .values import QDict, Table, symvec

    prefix = "" if ns == "." else ns + "."
    names = {}
    for k, v in st.g.items():
        rest = k[len(prefix) :] if k.startswith(prefix) else None
        if rest and "." not in rest:
            names[rest] = v
    keep = {
        "v": lambda v: type(v) is not View,
        "f": lambda v: isinstance(v, Lambda),
        "a": lambda v: type(v) is Table or (type(v) is QDict and type(v.k) is Table),
        "b": lambda v: type(v) is View,
        "B": lambda v: False,  # views are recomputed on every read: none is ever pending
    }[kind]
    return symvec(sorted(n for n, v in names.items() if keep(v)))


def _ts_pair(ms: int):
    import numpy as np

    from .values import LONG, Vec

    return Vec(LONG, np.array([ms, 0], dtype=np.int64))


def _run_chunk(text: str, st: runtime.State, echo: bool, local: dict | None = None) -> None:
    """Run one console line (at top level, or in a suspended frame's `local` variables)."""
    from .compile import Compiler, Return, compile_program
    from .display import show_text
    from .functions import Identity
    from .parser import parse

    stripped = text.lstrip()
    if stripped.startswith("\\"):
        v = system_command(stripped, st, echo)
        if echo and v is not None:
            st.out.write(show_text(v))
        return
    stmts = parse(text)
    try:
        if local is None:
            v = compile_program(st, stmts)({})
        else:
            v = Compiler(st).block(stmts, True)(local)
    except Return as r:
        v = r.value
    if echo and not _is_silent(stmts, text) and not isinstance(v, Identity):
        st.out.write(show_text(v))


_settings_kept_by: int | None = None  # the thread whose run settings keep_run_settings fixed


def keep_run_settings() -> None:
    """Apply the settings every run needs (numpy floating-point warnings off, room for deep
    recursion) for good, so that later runs in the calling thread skip setting and restoring
    them: for the main thread of a process that only runs q, such as the sandbox's fork
    server, whose forked runs then start ready. Runs in other threads still set their own."""
    global _settings_kept_by
    import numpy as np

    np.seterr(all="ignore")
    keep_recursion_room()
    _settings_kept_by = threading.get_ident()


@contextlib.contextmanager
def _run_settings() -> Iterator[None]:
    """The settings of one run, restored afterwards (see keep_run_settings)."""
    if threading.get_ident() == _settings_kept_by:
        yield
        return
    import numpy as np

    np_err = np.seterr(all="ignore")
    try:
        with recursion_room():
            yield
    finally:
        np.seterr(**np_err)


def _run(source: str, stdout: TextIO, stderr: TextIO, session: bool) -> int:
    prev_state = runtime.CUR
    st = runtime.State(stdout, stderr)
    runtime.CUR = st
    try:
        with _run_settings():
            return _run_chunks(source, st, session)
    finally:
        with contextlib.suppress(OSError, ValueError):  # a closed or broken output stream
            stdout.flush() if hasattr(stdout, "flush") else None
        runtime.CUR = prev_state


def _run_chunks(source: str, st: runtime.State, session: bool) -> int:
    """Run the statements of a script, or the lines of a session, in the current state."""
    if session:
        chunks = [ln for ln in source.replace("\r\n", "\n").split("\n")]
    else:
        chunks = split_script(source)
    in_block = False
    for chunk in chunks:
        if session:
            if in_block:
                if chunk.rstrip() == "\\":
                    in_block = False
                continue
            if chunk.rstrip() == "/":
                in_block = True
                continue
            if not chunk.strip() or chunk.lstrip().startswith("/"):
                continue
        try:
            if session and chunk.lstrip().startswith(")"):
                debug_line(chunk.lstrip().lstrip(")"), st, _run_chunk)
            else:
                _run_chunk(chunk, st, echo=session)
        except QExit as e:
            return _on_exit(st, e.code)
        except Exception as e:  # noqa: BLE001 - every failure becomes a q error
            _report(st, e)
            if not session:
                return 1
            suspend(st, e, error_message(e))
    return _on_exit(st, 0)


def _report(st: runtime.State, e: BaseException) -> None:
    """Print a q error on the error stream (nothing more can be done if that stream fails)."""
    with contextlib.suppress(OSError, ValueError):
        st.err.write("'" + error_message(e) + "\n")


def _on_exit(st: runtime.State, code: int) -> int:
    """Leaving q (`exit n` or the end of input) calls a user `.z.exit` with the exit code."""
    from .functions import Fn
    from .values import INT, Atom

    handler = st.g.get(".z.exit")
    if isinstance(handler, Fn):
        try:
            handler.call([Atom(-INT, code)])
        except QExit:
            pass
        except Exception as e:  # noqa: BLE001 - a failing handler prints its error, q still exits
            _report(st, e)
    return code


def run_script(source: str, stdout: TextIO, stderr: TextIO) -> int:
    """Script mode (see package docstring)."""
    return _run(source, stdout, stderr, session=False)


def run_session(source: str, stdout: TextIO, stderr: TextIO) -> int:
    """Console-session mode (see package docstring)."""
    return _run(source, stdout, stderr, session=True)
