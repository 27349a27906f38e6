"""Write Python values as q source literals (the arguments of `solve[...]` in test cases)."""

from q_data.qtypes import QTypeError, check_qtype


def q_literal(value: object, qtype: str) -> str:
    """Return q source that evaluates to `value` as a q value of type `qtype`."""
    check_qtype(qtype)
    return _WRITERS[qtype](value)


def _atom_check(value: object, kind: type | tuple[type, ...], qtype: str) -> None:
    if not isinstance(value, kind) or (isinstance(value, bool) and kind is not bool):
        raise QTypeError(f"{value!r} does not fit q type {qtype}")


def _items(value: object, qtype: str) -> list:
    if not isinstance(value, list | tuple):
        raise QTypeError(f"{value!r} is not a list, expected {qtype}")
    return list(value)


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
    _atom_check(value, int, "long")
    return str(value)


def _float(value: object) -> str:
    _atom_check(value, (float, int), "float")
    return repr(float(value))


def _bool(value: object) -> str:
    _atom_check(value, bool, "bool")
    return "1b" if value else "0b"


def _quoted(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def _char(value: object) -> str:
    _atom_check(value, str, "char")
    if len(value) != 1:
        raise QTypeError(f"{value!r} is not a single char")
    return _quoted(value)


def _string(value: object) -> str:
    _atom_check(value, str, "str")
    return "enlist " + _quoted(value) if len(value) == 1 else _quoted(value)


def _symbol(value: object) -> str:
    _atom_check(value, str, "sym")
    if not all(c.isalnum() or c in "_." for c in value):
        raise QTypeError(f"{value!r}: symbols are limited to letters, digits, '_' and '.'")
    return "`" + value


_WRITERS = {
    "long": _long,
    "longs": lambda v: _simple([_long(x) for x in _items(v, "longs")], "`long$()"),
    "longss": lambda v: _general([_WRITERS["longs"](r) for r in _items(v, "longss")]),
    "float": _float,
    "floats": lambda v: _simple([_float(x) for x in _items(v, "floats")], "`float$()"),
    "bool": _bool,
    "bools": lambda v: _simple(
        [_bool(x)[0] for x in _items(v, "bools")], "`boolean$()", join="", suffix="b"
    ),
    "char": _char,
    "str": _string,
    "strs": lambda v: _general([_string(s) for s in _items(v, "strs")]),
    "sym": _symbol,
    "syms": lambda v: _simple([_symbol(s) for s in _items(v, "syms")], "`symbol$()", join=""),
}
