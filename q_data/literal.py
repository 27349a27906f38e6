"""Write Python values as q source literals (the arguments of `solve[...]` in test cases)."""

from q_data.qtypes import check_qtype, expect_atom, expect_char, expect_list, expect_symbol


def q_literal(value: object, qtype: str) -> str:
    """Return q source that evaluates to `value` as a q value of type `qtype`."""
    check_qtype(qtype)
    return _WRITERS[qtype](value)


def _simple(parts: list[str], empty: str, join: str = " ", suffix: str = "") -> str:
    if not parts:
        return empty
    body = join.join(parts) + suffix
    return "enlist " + body if len(parts) == 1 else body


def _general(parts: list[str]) -> str:
    if not parts:
        return "()"
    return "enlist " + parts[0] if len(parts) == 1 else "(" + ";".join(parts) + ")"


def _long(value: object) -> str:
    expect_atom(value, int, "long")
    return str(value)


def _float(value: object) -> str:
    expect_atom(value, (float, int), "float")
    return repr(float(value))


def _bool(value: object) -> str:
    expect_atom(value, bool, "bool")
    return "1b" if value else "0b"


def _quoted(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def _char(value: object) -> str:
    return _quoted(expect_char(value))


def _string(value: object) -> str:
    expect_atom(value, str, "str")
    return "enlist " + _quoted(value) if len(value) == 1 else _quoted(value)


def _symbol(value: object) -> str:
    return "`" + expect_symbol(value)


_WRITERS = {
    "long": _long,
    "longs": lambda v: _simple([_long(x) for x in expect_list(v, "longs")], "`long$()"),
    "longss": lambda v: _general([_WRITERS["longs"](r) for r in expect_list(v, "longss")]),
    "float": _float,
    "floats": lambda v: _simple([_float(x) for x in expect_list(v, "floats")], "`float$()"),
    "bool": _bool,
    "bools": lambda v: _simple(
        [_bool(x)[0] for x in expect_list(v, "bools")], "`boolean$()", join="", suffix="b"
    ),
    "char": _char,
    "str": _string,
    "strs": lambda v: _general([_string(s) for s in expect_list(v, "strs")]),
    "sym": _symbol,
    "syms": lambda v: _simple([_symbol(s) for s in expect_list(v, "syms")], "`symbol$()", join=""),
}
