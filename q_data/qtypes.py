"""The small vocabulary of q types that bundled problems use for arguments and results."""

QTYPES: dict[str, str] = {
    "long": "a long integer",
    "longs": "a list of longs",
    "longss": "a list of long lists",
    "float": "a float",
    "floats": "a list of floats",
    "bool": "a boolean",
    "bools": "a list of booleans",
    "char": "a char",
    "str": "a string (char list)",
    "strs": "a list of strings",
    "sym": "a symbol",
    "syms": "a list of symbols",
}


class QTypeError(ValueError):
    """A Python value does not fit the q type it was declared with."""


def check_qtype(qtype: str) -> None:
    """Raise QTypeError unless `qtype` is one of QTYPES."""
    if qtype not in QTYPES:
        raise QTypeError(f"unknown q type {qtype!r}; expected one of {sorted(QTYPES)}")
