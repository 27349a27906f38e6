"""The `.j` namespace: `.j.j` (q value to JSON text), `.j.jd` (the same, optionally writing
infinities as null) and `.j.k` (JSON text to a q value: numbers become floats, objects
dictionaries, arrays of objects with the same keys tables)."""

from __future__ import annotations

import json
import math

from .errors import QError
from .textio import iso8601
from .values import (
    BOOL,
    CHAR,
    FLOAT,
    REAL,
    SYM,
    TEMPORAL,
    Atom,
    QDict,
    Table,
    Vec,
    atom_raw,
    dicts_to_table,
    from_items,
    is_atom,
    items,
    qtype,
    strv,
    symvec,
    vec_str,
)

ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t"}


def to_json(x):
    """.j.j x."""
    return strv(_text(x, False))


def to_json_options(x):
    """.j.jd (x;d): .j.j x, with 0w and -0w written null when d has `null0w true."""
    if type(x) is not list or len(x) != 2 or type(x[1]) is not QDict:
        raise QError("type")
    from .apply import dict_get

    flag = dict_get(x[1], Atom(-SYM, "null0w")) if "null0w" in _keys(x[1]) else None
    return strv(_text(x[0], bool(atom_raw(flag)) if flag is not None else False))


def _keys(d: QDict) -> list[str]:
    return [str(atom_raw(k)) for k in items(d.k)]


def _text(x, null_inf: bool) -> str:
    tx = type(x)
    if tx is Table:
        names = symvec(x.names)
        rows = [QDict(names, list(row)) for row in zip(*map(items, x.cols), strict=True)]
        return "[" + ",".join(_text(r, null_inf) for r in rows) + "]"
    if tx is QDict:
        keys = [_key_text(k) for k in items(x.k)]
        vals = [_text(v, null_inf) for v in items(x.v)]
        return "{" + ",".join(f"{k}:{v}" for k, v in zip(keys, vals, strict=True)) + "}"
    if tx is Vec and x.t == CHAR:
        return _quote(vec_str(x))
    if tx is Vec or tx is list:
        return "[" + ",".join(_text(y, null_inf) for y in items(x)) + "]"
    return _atom_text(x, null_inf)


def _key_text(k) -> str:
    if type(k) is Vec and k.t == CHAR:
        return _quote(vec_str(k))
    return _quote(_plain(k))


def _plain(x) -> str:
    from .display import to_string

    s = to_string(x)
    if type(s) is not Vec:
        raise QError("type")
    return vec_str(s)


def _atom_text(x, null_inf: bool) -> str:
    t = -qtype(x)
    if t == BOOL:
        return "true" if atom_raw(x) else "false"
    if t in (FLOAT, REAL):
        v = float(atom_raw(x))
        if math.isnan(v):
            return "null"
        if math.isinf(v):
            return "null" if null_inf else ("inf" if v > 0 else "-inf")
        return _plain(x)
    if t in (5, 6, 7):
        s = _plain(x)
        return s if s else "null"
    if t in (SYM, CHAR):
        return _quote(_plain(x))
    if t in TEMPORAL:
        return _quote(iso8601(t, _plain(x)))  # dates with dashes, T before a time of day
    if t in (2, 4):
        return _quote(_plain(x))
    raise QError("type")


def _quote(s: str) -> str:
    out = []
    for c in s:
        if c in ESCAPES:
            out.append(ESCAPES[c])
        elif ord(c) < 32:
            out.append(f"\\u{ord(c):04x}")
        else:
            out.append(c)
    return '"' + "".join(out) + '"'


def from_json(x):
    """.j.k x."""
    if type(x) is Atom and x.t == -CHAR:
        x = strv(chr(x.v))
    if type(x) is not Vec or x.t != CHAR:
        raise QError("type")
    try:
        data = json.loads(vec_str(x), parse_constant=_constant)
    except (ValueError, RecursionError):
        raise QError("json") from None
    return _value(data)


def _constant(name: str) -> float:
    return {"Infinity": math.inf, "-Infinity": -math.inf}.get(name, math.nan)


def _value(d):
    if d is None:
        return math.nan
    if isinstance(d, bool):
        return d
    if isinstance(d, int | float):
        return float(d)
    if isinstance(d, str):
        return strv(d)
    if isinstance(d, dict):
        return _object(d)
    vals = [_value(y) for y in d]
    if vals and all(type(v) is QDict for v in vals):
        table = dicts_to_table(vals)
        return vals if table is None else table
    if vals and all(is_atom(v) for v in vals):
        return from_items(vals)
    return vals


def _object(d: dict):
    vals = [_value(v) for v in d.values()]
    return QDict(symvec(list(d)), from_items(vals) if vals else [])
