"""q errors: a signalled q error carries its message (printed as 'msg)."""


class QError(Exception):
    """A q error such as 'type, 'length or a user signal."""

    def __init__(self, msg: str):
        super().__init__(msg)
        self.msg = msg


class QSignal(QError):
    """An error signalled by the program itself with `'x`: it unwinds the frame that signalled
    it, so the console debugger does not evaluate in that frame's variables."""


class QExit(Exception):
    """Raised by `exit n` / `\\\\` to stop the program with an exit code."""

    def __init__(self, code: int):
        super().__init__(code)
        self.code = code
