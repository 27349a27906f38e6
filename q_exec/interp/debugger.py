"""The console debugger: an error inside a lambda suspends its stack (prompt `q))`); lines typed
there (shown with a leading `)` in transcripts) run in the innermost frame's variables, `\\`
leaves one level, `` ` `` and `.` move up and down the stack, and a new error nests a level."""

from __future__ import annotations

from . import runtime
from .errors import QSignal


class Suspension:
    """One debugger level: the error and the lambda frames it came through, innermost first."""

    def __init__(self, msg: str, frames: list, unwound: bool):
        self.msg = msg
        self.frames = frames
        self.pos = 0
        self.unwound = unwound  # a signal `'x` left no frame variables to look at

    def local(self) -> dict | None:
        """The variables lines at this level see (None: only globals)."""
        return None if self.unwound else self.frames[self.pos][1]

    def frame_text(self) -> str:
        """`  [n]  name:{src}` for the selected frame (n counts from the outermost lambda = 1)."""
        fn = self.frames[self.pos][0]
        n = len(self.frames) - self.pos
        return f"  [{n}]  {lambda_label(fn)}\n"


def lambda_label(fn) -> str:
    """A lambda as q names it in a backtrace: `name:{...}` for a global, else its source."""
    for name, v in runtime.CUR.g.items():
        if v is fn:
            return f"{name}:{fn.src}"
    return fn.src


def suspend(st: runtime.State, e: BaseException, msg: str) -> None:
    """After a console error: suspend the lambda frames it passed through (if any)."""
    frames = e.__dict__.get("q_frames")
    if frames:
        st.suspended.append(Suspension(msg, list(frames), isinstance(e, QSignal)))


def debug_line(text: str, st: runtime.State, run_chunk) -> None:
    """Run a line typed at the debugger prompt."""
    cmd = text.strip()
    if not st.suspended:
        if cmd and cmd != "\\":
            run_chunk(text, st, True)
        return
    level = st.suspended[-1]
    if cmd == "\\":
        st.suspended.pop()
    elif cmd in ("`", "."):
        step = 1 if cmd == "`" else -1
        level.pos = max(0, min(len(level.frames) - 1, level.pos + step))
        st.out.write(level.frame_text())
    elif cmd == "&":
        st.err.write(f"'{level.msg}\n")
    elif cmd:
        run_chunk(text, st, True, level.local())
