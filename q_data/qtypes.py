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


def expect_atom(value: object, kind: type | tuple[type, ...], qtype: str) -> None:
    """Raise QTypeError unless `value` is an instance of `kind` (a bool only when kind is bool)."""
    if not isinstance(value, kind) or (isinstance(value, bool) and kind is not bool):
        raise QTypeError(f"{value!r} does not fit q type {qtype}")


def expect_list(value: object, qtype: str) -> list:
    """`value` as a list; QTypeError unless it is a list or tuple."""
    if not isinstance(value, list | tuple):
        raise QTypeError(f"{value!r} is not a list, expected {qtype}")
    return list(value)


def expect_char(value: object) -> str:
    """`value` as a single character; QTypeError otherwise."""
    expect_atom(value, str, "char")
    if len(value) != 1:
        raise QTypeError(f"{value!r} is not a single char")
    return value


def expect_symbol(value: object) -> str:
    """`value` as a symbol name made of letters, digits, '_' and '.'; QTypeError otherwise."""
    expect_atom(value, str, "sym")
    if not all(c.isalnum() or c in "_." for c in value):
        raise QTypeError(f"{value!r}: symbols are limited to letters, digits, '_' and '.'")
    return value
