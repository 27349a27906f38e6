"""Enumerations: a symbol vector whose `dom` names the global symbol list it enumerates over.

`` `d$y `` enumerates symbols y over d ('cast when one is missing), `` `d?y `` first appends the
missing ones to d, `` `d!i `` builds one from indices. An enumeration behaves as its symbols
everywhere else; it shows as `` `d$`a`b ``, has type 20h, `key` gives its domain name, `value`
its plain symbols and casting to a number gives its indices into the domain. An enumerated
atom holds a `values.EnumSym` (type -20h, shown as `` `d$`a ``).

A keyed table with one key column is a domain too: `` `kt$y `` checks y against its keys and
tags y with the table's name (a foreign key, shown `` `kt$1 2 ``; `meta` names kt in its f
column, and `fk.col` in qSQL reads kt's column col at those keys).
"""

from __future__ import annotations

import numpy as np

from . import runtime
from .errors import QError
from .values import LONG, SYM, Atom, QDict, Table, Vec, count, enum_atom, is_atom, symvec, to_list

ENUM_TYPE = 20


def _domain(name: str) -> Vec:
    """The values name enumerates over: a global symbol list, or the key column of a keyed
    table with one key column (a foreign key)."""
    dom = runtime.lookup(name)
    keys = table_keys(dom)
    if keys is not None:
        return keys
    if type(dom) is not Vec or dom.t != SYM:
        raise QError("type")
    return dom


def table_keys(kt) -> Vec | None:
    """The key column of a keyed table with a single simple key column (else None)."""
    if type(kt) is QDict and type(kt.k) is Table and len(kt.k.names) == 1:
        col = kt.k.cols[0]
        return col if type(col) is Vec else None
    return None


def foreign_column(fk: Vec, field: str):
    """`fk.field` in qSQL: column field of the keyed table the foreign key fk points into."""
    from .apply import index
    from .ops import find

    kt = runtime.lookup(fk.dom)
    if type(kt) is Table:  # a link column: row indices into a plain table
        if field not in kt.names:
            raise QError(field)
        return index(kt.col(field), Vec(LONG, fk.a.astype(np.int64)))
    keys = table_keys(kt)
    if keys is None or (field not in kt.v.names and field != kt.k.names[0]):
        raise QError(field)
    if field == kt.k.names[0]:
        return Vec(fk.t, fk.a)
    return index(kt.v.col(field), find(keys, Vec(fk.t, fk.a)))


def _symbols(y) -> np.ndarray:
    if type(y) is Atom and y.t == -SYM:
        return np.array([y.v], dtype=object)
    if type(y) is Vec and y.t == SYM:
        return y.a
    raise QError("type")


def enumerate_over(name: str, y):
    """`` `name$y ``: y's symbols enumerated over the global list name, or y's values over the
    keys of the keyed table name (a foreign key)."""
    dom = _domain(name)
    if dom.t != SYM:
        return _foreign_key(name, dom, y)
    syms = _symbols(y)
    if not np.isin(syms, dom.a).all():
        raise QError("cast")
    if type(y) is Atom:
        return enum_atom(str(y.v), name)
    return Vec(SYM, np.array([str(s) for s in syms], dtype=object), dom=name)


def _foreign_key(name: str, keys: Vec, y):
    """`` `kt$y `` over non-symbol keys: y unchanged but tagged with the table's name."""
    from .ops import find

    vals = to_list(y)
    if type(vals) is not Vec or vals.t != keys.t:
        raise QError("type")
    if (find(keys, vals).a == len(keys.a)).any():
        raise QError("cast")
    return y if is_atom(y) else Vec(vals.t, vals.a.copy(), dom=name)


def extend(name: str, y):
    """`` `name?y ``: append y's symbols missing from the global list name, then enumerate."""
    dom = runtime.CUR.g.get(name)
    if type(dom) is list and not dom:
        dom = None  # `sym:()` then `sym?x: the empty general list becomes the symbol list
    known = dom.a if type(dom) is Vec and dom.t == SYM else np.empty(0, dtype=object)
    if dom is not None and (type(dom) is not Vec or dom.t != SYM):
        raise QError("type")
    new = [s for s in dict.fromkeys(_symbols(y).tolist()) if s not in set(known.tolist())]
    if new or dom is None:
        runtime.CUR.g[name] = symvec([*known.tolist(), *new])
    return enumerate_over(name, y)


def from_indices(name: str, idx) -> Vec:
    """`` `name!indices ``: the enumeration with those indices into the global list name,
    or a link column (the indices themselves) when name is a plain table."""
    if type(idx) is not Vec or idx.t not in (5, 6, 7):
        raise QError("type")
    target = runtime.lookup(name)
    if type(target) is Table:
        if len(idx.a) and (idx.a.min() < 0 or idx.a.max() >= count(target)):
            raise QError("index")
        return Vec(idx.t, idx.a.copy(), dom=name)
    dom = _domain(name)
    if len(idx.a) and (idx.a.min() < 0 or idx.a.max() >= len(dom.a)):
        raise QError("index")
    return Vec(dom.t, dom.a[idx.a.astype(np.int64)], dom=name)


def indices(e: Vec) -> Vec:
    """Positions of an enumeration's symbols in its domain (count of the domain when absent)."""
    from .ops import find

    return find(_domain(e.dom), Vec(e.t, e.a))


def append(e: Vec, v) -> Vec:
    """`e,:v` for an enumeration e: v's symbols must already be in the domain."""
    more = enumerate_over(e.dom, v)
    return Vec(SYM, np.concatenate([e.a, _symbols(more)]), dom=e.dom)
