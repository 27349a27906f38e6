"""Render Python values the way the q console (and `show`) displays the matching q value.

Only displays we are sure of are produced; anything whose real-q rendering is uncertain (empty
general lists, float or symbol matrices, lines q would truncate) raises DisplayError so that
problem authors pick other inputs instead of shipping a guessed expected output.
"""

import math

from q_data.qtypes import (
    check_qtype,
    expect_atom,
    expect_char,
    expect_list,
    expect_symbol,
)

MAX_LINE = 76  # q truncates console lines at \c width (80 by default)
MAX_LINES = 20  # and rows at \c height (25 by default)


class DisplayError(ValueError):
    """The value has no display we can state with certainty."""


def show(value: object, qtype: str) -> str:
    """Return what `show value` prints in real q (without the final newline)."""
    check_qtype(qtype)
    text = _RENDERERS[qtype](value)
    lines = text.split("\n")
    if len(lines) > MAX_LINES or max(len(line) for line in lines) > MAX_LINE:
        raise DisplayError(f"display of {value!r} exceeds q's default console size")
    return text


def _vector(items: list[str], empty: str, join: str = " ", suffix: str = "") -> str:
    if not items:
        return empty
    body = join.join(items) + suffix
    return "," + body if len(items) == 1 else body


def _long_atom(value: object) -> str:
    expect_atom(value, int, "long")
    return str(value)


def _longs(value: object) -> str:
    return _vector([_long_atom(v) for v in expect_list(value, "longs")], "`long$()")


def _float_digits(value: object) -> str:
    expect_atom(value, (float, int), "float")
    number = float(value)
    if math.isnan(number) or math.isinf(number):
        raise DisplayError(f"{value!r}: null/infinite floats are not used in problems")
    if number == 0 and math.copysign(1.0, number) < 0:
        raise DisplayError("negative zero has no certain display")
    return f"{number:.7g}"


def _needs_f(digits: list[str]) -> bool:
    return not any("." in d or "e" in d for d in digits)


def _float_atom(value: object) -> str:
    digits = _float_digits(value)
    return digits + ("f" if _needs_f([digits]) else "")


def _floats(value: object) -> str:
    digits = [_float_digits(v) for v in expect_list(value, "floats")]
    return _vector(digits, "`float$()", suffix="f" if _needs_f(digits) else "")


def _bool_atom(value: object) -> str:
    expect_atom(value, bool, "bool")
    return "1b" if value else "0b"


def _bools(value: object) -> str:
    bits = [_bool_atom(v)[0] for v in expect_list(value, "bools")]
    return _vector(bits, "`boolean$()", join="", suffix="b")


def _printable(text: str) -> str:
    if any(c in '"\\' or not (" " <= c <= "~") for c in text):
        raise DisplayError(f"{text!r}: only printable ASCII without quotes/backslashes is used")
    return text


def _char_atom(value: object) -> str:
    return f'"{_printable(expect_char(value))}"'


def _string(value: object) -> str:
    expect_atom(value, str, "str")
    text = f'"{_printable(value)}"'
    return "," + text if len(value) == 1 else text


def _symbol_atom(value: object) -> str:
    return "`" + expect_symbol(value)


def _symbols(value: object) -> str:
    return _vector([_symbol_atom(v) for v in expect_list(value, "syms")], "`symbol$()", join="")


def _general(items: list[str]) -> str:
    if not items:
        raise DisplayError("an empty general list has no certain display")
    if len(items) == 1:
        return "," + items[0]
    return "\n".join(items)


def _strings(value: object) -> str:
    return _general([_string(v) for v in expect_list(value, "strs")])


def _long_rows(value: object) -> str:
    rows = [expect_list(row, "longss") for row in expect_list(value, "longss")]
    widths = {len(row) for row in rows}
    if len(rows) < 2 or len(widths) != 1:
        return _general([_longs(row) for row in rows])
    if widths.pop() < 2:
        raise DisplayError("a list of equal-length lists shorter than 2 has no certain display")
    return _matrix([[_long_atom(v) for v in row] for row in rows])


def _matrix(cells: list[list[str]]) -> str:
    """Equal-length simple lists are shown as a matrix with left-aligned, padded columns."""
    last = {len(row[-1]) for row in cells}
    if len(last) != 1:
        raise DisplayError("matrix whose last column varies in width: trailing padding unknown")
    widths = [max(len(row[i]) for row in cells) for i in range(len(cells[0]))]
    return "\n".join(
        " ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in cells
    )


_RENDERERS = {
    "long": _long_atom,
    "longs": _longs,
    "longss": _long_rows,
    "float": _float_atom,
    "floats": _floats,
    "bool": _bool_atom,
    "bools": _bools,
    "char": _char_atom,
    "str": _string,
    "strs": _strings,
    "sym": _symbol_atom,
    "syms": _symbols,
}
