"""`$`: casts between types, parsing text ("J"$"42"), symbol creation and padding."""

from __future__ import annotations

import ipaddress
import math

import numpy as np

from . import arith, runtime, temporal
from .errors import QError
from .values import (
    BOOL,
    BYTE,
    CHAR,
    DATE,
    DATETIME,
    DTYPES,
    FLOAT,
    GUID,
    INT,
    LONG,
    MINUTE,
    MONTH,
    REAL,
    SECOND,
    SHORT,
    SYM,
    TEMPORAL,
    TIME,
    TIMESPAN,
    TIMESTAMP,
    TYPE_CHARS,
    TYPE_NAMES,
    Atom,
    QDict,
    Table,
    Vec,
    atom_dom,
    atom_raw,
    count,
    enlist,
    from_items,
    inf_of,
    is_atom,
    items,
    make_atom,
    null_of,
    qtype,
    strv,
    vec_str,
)

NAME_TYPES = {v: k for k, v in TYPE_NAMES.items()}
NAME_TYPES["bool"] = BOOL
EXTRACT = {
    "year",
    "month",
    "mm",
    "dd",
    "hh",
    "uu",
    "ss",
    "week",
    "minute",
    "second",
    "date",
    "time",
}


def _target(x):
    """Type named by the left argument of `$` (symbol, char or short)."""
    t = qtype(x)
    if t == -SYM:
        name = x.v
        if name == "":
            return SYM, False
        if name in NAME_TYPES:
            return NAME_TYPES[name], False
        if name in EXTRACT:
            return name, False
        raise QError(name)
    if t == -CHAR:
        c = chr(x.v)
        if c == "*":
            return 0, True
        if c.isupper():
            i = TYPE_CHARS.find(c.lower())
            if i <= 0:
                raise QError(c)
            return i, True
        i = TYPE_CHARS.find(c)
        if i <= 0:
            raise QError(c)
        return i, False
    if t in (-SHORT, -INT, -LONG):
        v = int(atom_raw(x))
        return abs(v), v < 0
    raise QError("type")


def cast(x, y):
    """x$y."""
    if _is_float_matrix(x):
        from .builtins import mmu

        return mmu(x, y)
    negative_short = qtype(x) == -SHORT and atom_raw(x) < 0  # -8h$"3.14" parses
    if qtype(x) in (-LONG, -INT, -SHORT) and qtype(y) in (CHAR, -CHAR, 0, 99, 98):
        if negative_short and qtype(y) in (CHAR, -CHAR, 0):
            return tok(-atom_raw(x), y)
        if qtype(x) == -SHORT and qtype(y) in (CHAR, -CHAR):
            return cast_to(atom_raw(x), y)
        if type(y) is QDict:
            return QDict(y.k, cast(x, y.v))
        if type(y) is Table:
            return Table(y.names, [cast(x, c) for c in y.cols])
        if qtype(x) == -SHORT and qtype(y) == 0:
            if not y:
                return cast_to(abs(atom_raw(x)), y)
            return from_items([cast(x, v) for v in y])
        return pad(int(atom_raw(x)), y)
    if type(x) is Vec and x.t == SYM and type(y) is Table:
        return y
    if type(x) is Vec and x.t == SYM and type(y) is Vec and y.t == SYM:
        return y  # enumeration against a domain: values unchanged
    if type(x) is Vec and x.t in (CHAR,) and type(y) is list:
        if count(x) != count(y):
            raise QError("length")
        return from_items([cast(Atom(-CHAR, int(c)), v) for c, v in zip(x.a, y, strict=True)])
    if type(x) is Vec or type(x) is list:
        if type(y) is list or type(y) is Vec:
            if count(x) != count(y):
                raise QError("length")
            return from_items([cast(a, b) for a, b in zip(items(x), items(y), strict=True)])
        return from_items([cast(a, y) for a in items(x)])
    if _names_domain(x) and (qtype(y) in (SYM, -SYM) or is_key_domain(x.v)):
        from .enums import enumerate_over

        return enumerate_over(x.v, y)
    t, parse = _target(x)
    if parse:
        return tok(t, y)
    if type(y) is Vec and y.dom is not None and t != SYM:
        from .enums import indices

        y = indices(y)
    elif atom_dom(y) is not None and t != SYM:
        from .enums import indices

        y = indices(enlist(y)).a[0].item()  # an enumerated atom casts as its index
    return cast_to(t, y)


def _is_float_matrix(x) -> bool:
    """True for a float vector or a list of float vectors: `$` is then matrix multiply."""
    if type(x) is Vec:
        return x.t in (FLOAT, REAL)
    return type(x) is list and bool(x) and all(type(r) is Vec and r.t == FLOAT for r in x)


def is_key_domain(name: str) -> bool:
    """True when name is a global keyed table (`` `kt$y `` makes a foreign key)."""
    from .enums import table_keys

    return table_keys(runtime.CUR.g.get(name)) is not None


def _names_domain(x) -> bool:
    """True when x is a symbol naming a variable rather than a type (`` `d$y `` enumerates)."""
    return (
        type(x) is Atom
        and x.t == -SYM
        and x.v != ""
        and x.v not in NAME_TYPES
        and x.v not in EXTRACT
    )


def pad(n: int, s):
    if type(s) is list:
        return [pad(n, v) for v in s]
    if qtype(s) not in (CHAR, -CHAR):
        raise QError("type")  # only text pads
    if type(s) is Atom:
        s = strv(chr(s.v))
    txt = vec_str(s)
    if abs(n) >= 1 << 40:  # 0N or another width no workspace holds
        raise QError("wsfull")
    if n >= 0:
        return strv(txt[:n].ljust(n))
    w = -n
    return strv(txt.rjust(w) if len(txt) < w else txt[len(txt) - w :])


def cast_to(t, y):
    """`type$y` for a (positive) type code or an extraction name like `year`."""
    ty = type(y)
    if ty is list and not y and isinstance(t, int) and 0 < t < 20:
        from .values import empty

        return empty(t)
    if ty is list:
        if t == SYM and all(type(v) is Vec and v.t == CHAR or qtype(v) == -CHAR for v in y):
            return from_items([cast_to(t, v) for v in y])
        return from_items([cast_to(t, v) for v in y])
    if ty is QDict:
        return QDict(y.k, cast_to(t, y.v))
    if ty is Table:
        return Table(y.names, [cast_to(t, c) for c in y.cols])
    if isinstance(t, str):
        return extract(t, y)
    src = abs(qtype(y))
    if t == SYM:
        if ty is Vec and y.t == CHAR:
            return Atom(-SYM, vec_str(y).strip())
        if src == CHAR:
            return Atom(-SYM, chr(atom_raw(y)))
        if src == SYM:
            return y
        raise QError("type")
    if t == 0:
        return y
    if src == t:
        return y
    scalar = is_atom(y)
    if src == SYM or t == GUID:  # only guids (and text, parsed elsewhere) become guids
        raise QError("type")
    if t not in DTYPES or src not in DTYPES:  # no such type, or a function to convert
        raise QError("type")
    a = np.atleast_1d(np.asarray(atom_raw(y))) if scalar else y.a
    r = convert_array(src, t, a)
    if scalar:
        return make_atom(-t, r[0])
    return Vec(t, r)


def _null_mask(t, a):
    if t in (REAL, FLOAT, DATETIME):
        return np.isnan(a)
    if t in (BOOL, BYTE, CHAR):
        return np.zeros(a.shape, dtype=bool)
    return a == null_of(t)


def _inf_mask(t, a):
    if t in (REAL, FLOAT, DATETIME):
        return np.isinf(a)
    if t in (BOOL, BYTE, CHAR):
        return np.zeros(a.shape, dtype=bool)
    inf = inf_of(t)
    return (a == inf) | (a == -inf)


def convert_array(src: int, t: int, a):
    """Convert a numpy array of q type src to type t (nulls and infinities preserved)."""
    nm = _null_mask(src, a)
    im = _inf_mask(src, a)
    if t in TEMPORAL and src in TEMPORAL:
        vals = []
        for v, n_, i_ in zip(
            np.atleast_1d(a).tolist(), np.atleast_1d(nm), np.atleast_1d(im), strict=True
        ):
            if n_:
                vals.append(null_of(t))
            elif i_:
                vals.append(inf_of(t) if v > 0 else -inf_of(t))
            else:
                r = temporal.convert(src, t, v)
                if r is None:
                    raise QError("type")
                vals.append(r)
        if DTYPES[t] == np.int32:  # a count of units beyond 32 bits wraps, as q's ints do
            vals = [arith.wrap32(v) if type(v) is int else v for v in vals]
        out = np.array(vals, dtype=DTYPES[t])
        return out.reshape(a.shape)
    if t in (REAL, FLOAT, DATETIME):
        out = a.astype(np.float64)
        if src not in (REAL, FLOAT, DATETIME):
            out[nm] = np.nan
        return out.astype(DTYPES[t])
    if t == BOOL:
        if src in (REAL, FLOAT):
            return a != 0
        return a.astype(np.int64) != 0
    if t in (BYTE, CHAR):
        if src in (REAL, FLOAT):
            a = np.where(np.isnan(a), 0, np.round(a))
        return a.astype(np.int64).astype(np.uint8)
    if src in (REAL, FLOAT, DATETIME):
        with np.errstate(all="ignore"):
            r = np.where(nm | im, 0, a)
            r = np.floor(r + 0.5) if src != DATETIME else np.floor(r)
            r = r.astype(np.int64)
    else:
        r = a.astype(np.int64)
    out = r.astype(DTYPES[t])
    if src not in (BOOL, BYTE, CHAR):
        out[nm] = null_of(t)
        if im.any():
            out[im & (a > 0)] = inf_of(t)
            out[im & (a < 0)] = -inf_of(t)
    return out


def extract(name: str, y):
    src = abs(qtype(y))
    scalar = is_atom(y)
    vals = np.atleast_1d(np.asarray(atom_raw(y) if scalar else y.a))
    out = []
    for v in vals.tolist():
        ns = temporal.to_ns(src, v)
        if ns is None:
            raise QError("type")
        days, rem = divmod(ns, temporal.NS_DAY)
        if name in ("year", "month", "mm", "dd"):
            yy, mm, dd = temporal.days_to_ymd(days)
            if src == MONTH:
                yy, mm = 2000 + v // 12, v % 12 + 1
            r = {"year": yy, "mm": mm, "dd": dd, "month": (yy - 2000) * 12 + mm - 1}[name]
        elif name == "week":
            r = days - (days + 5) % 7
        elif name == "date":
            r = days
        else:
            r = {
                "hh": rem // 3_600_000_000_000,
                "uu": rem // 60_000_000_000 % 60,
                "ss": rem // 1_000_000_000 % 60,
                "minute": rem // 60_000_000_000,
                "second": rem // 1_000_000_000,
                "time": rem // 1_000_000,
            }[name]
        out.append(r)
    rt = {
        "year": INT,
        "mm": INT,
        "dd": INT,
        "hh": INT,
        "uu": INT,
        "ss": INT,
        "month": MONTH,
        "week": DATE,
        "date": DATE,
        "minute": MINUTE,
        "second": SECOND,
        "time": TIME,
    }[name]
    if scalar:
        return make_atom(-rt, out[0])
    return Vec(rt, np.array(out, dtype=DTYPES[rt]))


def tok(t: int, y):
    """Parse text y as type t ("J"$"42")."""
    if type(y) is list:
        return from_items([tok(t, v) for v in y])
    if type(y) is Atom and y.t == -CHAR:
        y = strv(chr(y.v))
    if type(y) is not Vec or y.t != CHAR:
        if t == 0:
            return y
        raise QError("type")
    s = vec_str(y)
    if t == 0:
        return y
    return make_atom(-t, parse_text(t, s.strip()))


def _normalise_temporal_text(t: int, s: str) -> str:
    """Accept ISO-like separators: 2000-12-12, 2000/12/12, 20191122-11:11:11 (date part)."""
    import re

    m = re.match(r"^(\d{4})[-/](\d\d)[-/](\d\d)(.*)$", s)
    if m:
        return f"{m.group(1)}.{m.group(2)}.{m.group(3)}{m.group(4)}"
    m = re.match(r"^(\d{4})(\d\d)(\d\d)[-T D](\d.*)$", s)
    if m and t in (TIMESTAMP, DATETIME):
        sep = "D" if t == TIMESTAMP else "T"
        return f"{m.group(1)}.{m.group(2)}.{m.group(3)}{sep}{m.group(4)}"
    if t == TIMESTAMP and re.match(r"^\d{4}\.\d\d\.\d\dT", s):
        return s.replace("T", "D", 1)
    if t == DATETIME and re.match(r"^\d{4}\.\d\d\.\d\dD", s):
        return s.replace("D", "T", 1)
    return s


def _parse_ipv4(s: str) -> int:
    """Parse an IPv4 address ("I"$"192.168.1.34") as a signed 32-bit int; null if malformed."""
    try:
        raw = ipaddress.IPv4Address(s).packed
    except ValueError:
        return null_of(INT)
    return int.from_bytes(raw, "big", signed=True)


def _parse_guid(s: str) -> bytes:
    """Parse a guid: hex digits (dashes optional) or an IPv6 / IPv4 address (as ::ffff:a.b.c.d)."""
    try:
        raw = bytes.fromhex(s.replace("-", ""))
        return raw if len(raw) == 16 else null_of(GUID)
    except ValueError:
        pass
    try:
        if ":" not in s:
            s = "::ffff:" + s
        return ipaddress.IPv6Address(s).packed
    except ValueError:
        return null_of(GUID)


def parse_text(t: int, s: str):
    if t == SYM:
        return s.strip()
    if t == CHAR:
        return ord(s[0]) if s else 32
    if t == BOOL:
        return s[:1] in ("1", "t", "T", "y", "Y", "x", "X")
    if t == GUID:
        return _parse_guid(s)
    if t == INT and s.count(".") == 3:
        return _parse_ipv4(s)
    if t in (SHORT, INT, LONG):
        try:
            v = int(s)
        except ValueError:
            try:
                f = float(s)
                v = int(math.floor(f + 0.5))
            except (ValueError, OverflowError):
                return null_of(t)
        if not -inf_of(t) <= v <= inf_of(t):
            return null_of(t)
        return v
    if t in (REAL, FLOAT):
        infinite = {"0w": math.inf, "-0w": -math.inf}.get(s.lower())
        if infinite is not None:
            return infinite
        if any(c.isalpha() and c not in "eE" for c in s):  # not "inf" / "nan" as Python reads
            return math.nan
        try:
            return float(s)
        except ValueError:
            return math.nan
    if t == BYTE:
        try:
            return int(s, 16)
        except ValueError:
            return 0
    if t in TEMPORAL:
        s = _normalise_temporal_text(t, s)
        if (
            t == TIMESTAMP
            and s.isdigit()
            and len(s) >= 10
            or (
                t == TIMESTAMP
                and "." in s
                and s.split(".")[0].isdigit()
                and len(s.split(".")[0]) >= 10
            )
        ):
            whole, _, frac = s.partition(".")
            if frac and not frac.isdigit():
                return null_of(t)  # not a number of seconds: text that does not parse
            ns = int(whole) * 10**9 + int((frac + "0" * 9)[:9])
            return ns - 946_684_800 * 10**9
        if t in (TIMESPAN, TIME) and s.isdigit() and len(s) > 9:
            ns = ((int(s[:2]) * 60 + int(s[2:4])) * 60 + int(s[4:6])) * 10**9 + int(
                (s[6:] + "0" * 9)[:9]
            )
            return ns if t == TIMESPAN else ns // 10**6
        v = temporal.parse_as(t, s)
        return null_of(t) if v is None else v
    raise QError("nyi")
