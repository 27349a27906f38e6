"""q values: type codes, atoms, typed vectors, dictionaries and tables.

Representation:
  * boolean atom -> Python ``bool``; long atom -> Python ``int``; float atom -> Python ``float``;
  * every other atom -> :class:`Atom` (type code < 0, value = int / float / str);
    char atoms hold their byte code (int), symbols hold a ``str``;
  * typed vector -> :class:`Vec` (type code > 0, numpy array);
  * general list -> Python ``list``;
  * dictionary -> :class:`QDict`, table -> :class:`Table`, keyed table -> QDict of two Tables;
  * functions live in :mod:`functions`.
"""

from __future__ import annotations

import numpy as np

from .errors import QError

BOOL, GUID, BYTE, SHORT, INT, LONG, REAL, FLOAT, CHAR, SYM = 1, 2, 4, 5, 6, 7, 8, 9, 10, 11
TIMESTAMP, MONTH, DATE, DATETIME, TIMESPAN, MINUTE, SECOND, TIME = range(12, 20)
TABLE, DICT = 98, 99

NULL_J = -(2**63)
INF_J = 2**63 - 1
NULL_I = -(2**31)
INF_I = 2**31 - 1
NULL_H = -(2**15)
INF_H = 2**15 - 1

DTYPES = {
    BOOL: np.bool_,
    GUID: object,
    BYTE: np.uint8,
    SHORT: np.int16,
    INT: np.int32,
    LONG: np.int64,
    REAL: np.float32,
    FLOAT: np.float64,
    CHAR: np.uint8,
    SYM: object,
    TIMESTAMP: np.int64,
    MONTH: np.int32,
    DATE: np.int32,
    DATETIME: np.float64,
    TIMESPAN: np.int64,
    MINUTE: np.int32,
    SECOND: np.int32,
    TIME: np.int32,
}
TYPE_CHARS = " bg xhijefcspmdznuvt"
TYPE_NAMES = {
    BOOL: "boolean",
    GUID: "guid",
    BYTE: "byte",
    SHORT: "short",
    INT: "int",
    LONG: "long",
    REAL: "real",
    FLOAT: "float",
    CHAR: "char",
    SYM: "symbol",
    TIMESTAMP: "timestamp",
    MONTH: "month",
    DATE: "date",
    DATETIME: "datetime",
    TIMESPAN: "timespan",
    MINUTE: "minute",
    SECOND: "second",
    TIME: "time",
}
INT_TYPES = {SHORT, INT, LONG}
FLOAT_TYPES = {REAL, FLOAT}
TEMPORAL = set(range(TIMESTAMP, TIME + 1))
NUMERIC = {BOOL, BYTE, SHORT, INT, LONG, REAL, FLOAT}
# int64-backed vs int32-backed integer representations
INT64_TYPES = {LONG, TIMESTAMP, TIMESPAN}
INT32_TYPES = {INT, MONTH, DATE, MINUTE, SECOND, TIME}


def null_of(t: int):
    """Raw null value of (positive) type t."""
    t = abs(t)
    if t in (REAL, FLOAT, DATETIME):
        return float("nan")
    if t in INT64_TYPES:
        return NULL_J
    if t in INT32_TYPES:
        return NULL_I
    if t == SHORT:
        return NULL_H
    if t == SYM:
        return ""
    if t == CHAR:
        return 32
    if t == GUID:
        return b"\0" * 16
    return 0


def inf_of(t: int):
    """Raw positive infinity of (positive) type t."""
    t = abs(t)
    if t in (REAL, FLOAT, DATETIME):
        return float("inf")
    if t in INT64_TYPES:
        return INF_J
    if t in INT32_TYPES:
        return INF_I
    if t == SHORT:
        return INF_H
    raise QError("type")


def _not_a_number(self):
    """A list, dictionary, table or non-numeric atom where a number is required: 'type."""
    raise QError("type")


class Atom:
    """An atom other than boolean, long or float."""

    __slots__ = ("t", "v")

    def __init__(self, t: int, v):
        self.t = t
        self.v = v

    def __eq__(self, other):
        return isinstance(other, Atom) and self.t == other.t and self.v == other.v

    def __hash__(self):
        return hash((self.t, self.v))

    def __repr__(self):
        return f"Atom({self.t},{self.v!r})"

    __int__ = __float__ = _not_a_number


class EnumSym(str):
    """The value of an enumerated symbol atom (type -20h): the symbol, tagged with the name of
    its domain. It compares and hashes as the plain symbol."""

    def __new__(cls, s: str, dom: str):
        self = super().__new__(cls, s)
        self.dom = dom
        return self


def enum_atom(s: str, dom: str) -> Atom:
    """An enumerated symbol atom (`` `dom$`s ``)."""
    return Atom(-SYM, EnumSym(s, dom))


def atom_dom(x) -> str | None:
    """Domain name of an enumerated atom, None for any other value."""
    return x.v.dom if type(x) is Atom and type(x.v) is EnumSym else None


class Vec:
    """A typed vector: q type code t > 0 and a 1-d numpy array.

    A symbol vector with `dom` set is an enumeration over the global list of that name
    (see :mod:`enums`)."""

    __slots__ = ("t", "a", "attr", "dom")

    def __init__(self, t: int, a, attr: str = "", dom: str | None = None):
        self.t = t
        self.a = a
        self.attr = attr
        self.dom = dom

    def __len__(self):
        return len(self.a)

    def __repr__(self):
        return f"Vec({self.t},{self.a!r})"

    __int__ = __float__ = _not_a_number


class QDict:
    """A dictionary: keys and values are q lists of equal count (or tables)."""

    __slots__ = ("k", "v", "sorted")

    def __init__(self, k, v, sorted_: bool = False):
        self.k = k
        self.v = v
        self.sorted = sorted_

    __int__ = __float__ = _not_a_number


class Table:
    """A table: column names (str) and column values (q lists of equal count)."""

    __slots__ = ("names", "cols")

    def __init__(self, names: list[str], cols: list):
        self.names = names
        self.cols = cols

    def col(self, name: str):
        """The column called name ('name when the table has none such)."""
        try:
            return self.cols[self.names.index(name)]
        except ValueError:
            raise QError(str(name) if type(name) is str else "type") from None

    __int__ = __float__ = _not_a_number


def sym(s: str) -> Atom:
    return Atom(-SYM, s)


def char(c: str) -> Atom:
    return Atom(-CHAR, ord(c) & 255 if c else 32)


def qtype(x) -> int:
    """q type code of any value."""
    tx = type(x)
    if tx is int:
        return -LONG
    if tx is float:
        return -FLOAT
    if tx is bool:
        return -BOOL
    if tx is Atom or tx is Vec:
        return x.t
    if tx is list:
        return 0
    if tx is QDict:
        return DICT
    if tx is Table:
        return TABLE
    return getattr(x, "qt", 100)


def is_atom(x) -> bool:
    tx = type(x)
    return (
        tx is int
        or tx is float
        or tx is bool
        or tx is Atom
        or (tx not in (Vec, list, QDict, Table) and hasattr(x, "qt"))
    )


def is_list(x) -> bool:
    """True for typed vectors and general lists."""
    return type(x) is Vec or type(x) is list


def strv(s: str) -> Vec:
    """A q string (char vector) from a Python str."""
    return Vec(CHAR, np.frombuffer(s.encode("utf-8", "surrogateescape"), dtype=np.uint8).copy())


def vec_str(v: Vec) -> str:
    return v.a.tobytes().decode("utf-8", "surrogateescape")


def symvec(names) -> Vec:
    a = np.empty(len(names), dtype=object)
    a[:] = list(names)
    return Vec(SYM, a)


def make_atom(t: int, v):
    """Atom of (negative) type t from a raw Python / numpy scalar."""
    if t == -LONG:
        return int(v)
    if t == -FLOAT:
        return float(v)
    if t == -BOOL:
        return bool(v)
    if t == -REAL:  # a real holds single precision
        return Atom(t, float(np.float32(v)))
    if t == -DATETIME:
        return Atom(t, float(v))
    if t == -SYM:
        return Atom(t, v)
    if t == -GUID:
        return Atom(t, v)
    return Atom(t, int(v))


def int_atom(x) -> int:
    """The value of an integer atom (boolean, byte, short, int or long); 'type for any other."""
    if qtype(x) not in (-BOOL, -BYTE, -SHORT, -INT, -LONG):
        raise QError("type")
    return int(atom_raw(x))


def atom_raw(x):
    """Raw Python value held by an atom."""
    tx = type(x)
    if tx is Atom:
        return x.v
    return x


def vec_of(t: int, values) -> Vec:
    """Typed vector of positive type t from an iterable of raw values."""
    if t in (SYM, GUID):
        a = np.empty(len(values), dtype=object)
        a[:] = list(values)
        return Vec(t, a)
    return Vec(t, np.array(values, dtype=DTYPES[t]))


def empty(t: int) -> Vec | list:
    if t == 0:
        return []
    return vec_of(t, [])


def item(x, i: int):
    """Item i of a list (no bounds check)."""
    tx = type(x)
    if tx is list:
        return x[i]
    if tx is Vec:
        if x.dom is not None and x.t == SYM:
            return enum_atom(x.a[i], x.dom)
        return make_atom(-x.t, x.a[i])
    if tx is Table:
        return QDict(symvec(x.names), from_items([item(c, i) for c in x.cols]))
    raise QError("type")


def items(x) -> list:
    """The items of a list (or a table's rows, a dict's values) as a Python list."""
    tx = type(x)
    if tx is list:
        return x
    if tx is Vec:
        t = -x.t
        if t == -LONG:
            return x.a.tolist()
        if t == -FLOAT:
            return x.a.tolist()
        if t == -BOOL:
            return x.a.tolist()
        if x.dom is not None and t == -SYM:
            return [enum_atom(v, x.dom) for v in x.a]
        if t in (-SYM, -GUID):
            return [Atom(t, v) for v in x.a]
        return [Atom(t, v) for v in x.a.tolist()]
    if tx is Table:
        return [item(x, i) for i in range(count(x))]
    if tx is QDict:
        return items(x.v)
    return [x]


def count(x) -> int:
    tx = type(x)
    if tx is list:
        return len(x)
    if tx is Vec:
        return len(x.a)
    if tx is Table:
        return count(x.cols[0]) if x.cols else 0
    if tx is QDict:
        return count(x.k)
    return 1


def from_items(xs: list):
    """Collapse a Python list of q values into a typed vector when all are atoms of one type."""
    if not xs:
        return []
    t0 = qtype(xs[0])
    if t0 >= 0 or t0 < -19:
        if t0 == DICT and all(type(x) is QDict for x in xs):
            return dicts_to_table(xs) or list(xs)
        return list(xs)
    for x in xs:
        if qtype(x) != t0:
            return list(xs)
    t = -t0
    if t in (LONG, FLOAT, BOOL):
        return Vec(t, np.array(xs, dtype=DTYPES[t]))
    vals = [x.v for x in xs]
    if t == SYM and EnumSym in set(map(type, vals)):
        doms = {atom_dom(x) for x in xs}
        if len(doms) > 1:  # enumerations over different domains (or plain symbols) mix
            return list(xs)
        return Vec(SYM, vec_of(SYM, [str(v) for v in vals]).a, dom=doms.pop())
    return vec_of(t, vals)


def dicts_to_table(xs: list):
    """A list of dicts with identical symbol keys forms a table (or None)."""
    first = xs[0]
    if type(first.k) is not Vec or first.k.t != SYM:
        return None
    keys = list(first.k.a)
    for d in xs[1:]:
        if type(d.k) is not Vec or d.k.t != SYM or list(d.k.a) != keys:
            return None
    cols = [from_items([items(d.v)[j] for d in xs]) for j in range(len(keys))]
    return Table(keys, cols)


def enlist(x):
    """One-item list holding x."""
    t = qtype(x)
    if -20 < t < 0:
        if t == -SYM or t == -GUID:
            a = np.empty(1, dtype=object)
            a[0] = x.v
            if type(x.v) is EnumSym:
                a[0] = str(x.v)
                return Vec(SYM, a, dom=x.v.dom)
            return Vec(-t, a)
        return Vec(-t, np.array([atom_raw(x)], dtype=DTYPES[-t]))
    if type(x) is QDict and type(x.k) is Vec and x.k.t == SYM:
        return Table(list(x.k.a), [enlist(v) for v in items(x.v)])
    return [x]


def to_list(x) -> Vec | list:
    """x as a list: atoms are enlisted."""
    if type(x) is Vec or type(x) is list:
        return x
    return enlist(x)


def take_vec(x: Vec, idx) -> Vec:
    return Vec(x.t, x.a[idx])


def is_null_atom(x) -> bool:
    t = qtype(x)
    if t >= 0:
        return False
    v = atom_raw(x)
    if t in (-FLOAT, -REAL, -DATETIME):
        return v != v
    if t == -BOOL or t == -BYTE:
        return False
    return v == null_of(-t)


def generic_null(x) -> bool:
    return type(x).__name__ == "Identity"
