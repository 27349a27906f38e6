"""Application and indexing: f[x;y], list[i;j], dict[k], table[i], handles."""

from __future__ import annotations

import numpy as np

from . import runtime
from .errors import QError
from .functions import IDENTITY, Fn, Identity
from .tables import names_of
from .values import (
    BOOL,
    BYTE,
    INT,
    LONG,
    SHORT,
    SYM,
    Atom,
    QDict,
    Table,
    Vec,
    count,
    empty,
    enum_atom,
    from_items,
    is_atom,
    items,
    make_atom,
    null_of,
    qtype,
    symvec,
)

INDEX_TYPES = {-BOOL, -BYTE, -SHORT, -INT, -LONG, BOOL, BYTE, SHORT, INT, LONG}


def apply(f, args: list):
    """Apply any q value to a list of arguments (call, index or handle write)."""
    if isinstance(f, Fn):
        return f.call(args)
    tf = type(f)
    if tf is Vec or tf is list or tf is QDict or tf is Table:
        if len(args) == 1:
            return index(f, args[0])
        return index_depth(f, args)
    if tf is int or tf is Atom and f.t in (-INT, -SHORT):
        return runtime.write_handle(int(f if tf is int else f.v), args)
    if tf is Atom and f.t == -SYM:
        return apply(runtime.lookup(f.v), args)
    raise QError("type")


def null_item(x):
    """The null that indexing x out of range yields."""
    if type(x) is Vec:
        return make_atom(-x.t, null_of(x.t))
    if type(x) is list:
        if x:
            t = qtype(x[0])
            if t < 0:
                return make_atom(t, null_of(-t))
            if type(x[0]) is Vec:
                return empty(x[0].t)
        return []
    return IDENTITY


def index(x, i):
    """x[i] for a single index argument (i may be a list: result has i's shape)."""
    if i is None or type(i) is Identity:
        return x
    tx = type(x)
    ti = type(i)
    if tx is QDict:
        return dict_get(x, i)
    if tx is Table:
        return table_index(x, i)
    if ti is int or ti is bool:
        if tx is not Vec and tx is not list:
            raise QError("rank")  # an atom has no items to index
        n = count(x)
        if ti is bool:
            i = int(i)  # a boolean index is 0 or 1 (numpy would mask with it)
        if 0 <= i < n:
            if tx is list:
                return x[i]
            if x.dom is not None and x.t == SYM:
                return enum_atom(x.a[i], x.dom)
            return make_atom(-x.t, x.a[i])
        return null_item(x)
    if ti is Vec and i.t in INDEX_TYPES:
        ia = i.a.astype(np.int64, copy=False)
        n = count(x)
        if tx is Vec:
            ok = (ia >= 0) & (ia < n)
            if ok.all():
                return Vec(x.t, x.a[ia], dom=x.dom)
            res = np.empty(len(ia), dtype=x.a.dtype)
            res[ok] = x.a[ia[ok]]
            res[~ok] = null_of(x.t)
            return Vec(x.t, res, dom=x.dom)
        if tx is list:
            nul = null_item(x)
            return from_items([x[j] if 0 <= j < n else nul for j in ia.tolist()])
    if ti is Atom and i.t in INDEX_TYPES:
        return index(x, int(i.v))
    if ti is list:
        return from_items([index(x, j) for j in i])
    if ti is QDict:
        return QDict(i.k, index(x, i.v))
    if tx is Vec or tx is list:
        raise QError("type")
    raise QError("type")


def index_depth(x, args: list):
    """x[i;j;...]: index at depth, None/:: meaning 'all'."""
    if not args:
        return x
    if isinstance(x, Fn):
        return x.call(args)
    if type(x) is Atom and x.t == -SYM:
        return apply(runtime.lookup(x.v), args)
    first, rest = args[0], args[1:]
    if type(x) is Table and not rest:
        return index(x, first)
    if type(x) is QDict and type(x.k) is Table:
        return index_depth(dict_get(x, first) if first is not None else x.v, rest)
    if type(x) is Table:
        if first is None or type(first) is Identity:
            cols = x.cols if rest[0] is None else [x.col(s) for s in names_of(rest[0])]
            if rest[0] is not None and type(rest[0]) is Atom:
                return x.col(rest[0].v)
            return Table(x.names, cols) if rest[0] is None else from_items(cols)
        row = index(x, first)
        return index_depth(row, rest)
    r = index(x, first)
    if not rest:
        return r
    if first is None or type(first) is Identity or qtype(first) >= 0:
        if not count(r):
            return r
        out = from_items([index_depth(y, rest) for y in items(r)])
        return QDict(r.k, out) if type(r) is QDict else out
    return index_depth(r, rest)


def dict_get(d: QDict, k):
    """d[k] with q semantics for missing keys (null of the value type)."""
    keys = d.k
    if type(keys) is Table:
        return keyed_get(d, k)
    if type(k) is Identity:
        return d.v
    if type(keys) is Vec and keys.attr == "s":
        return index(d.v, step_positions(keys, k))
    from .ops import find

    pos = find(keys, k)
    return index(d.v, pos)


def step_positions(keys: Vec, k):
    """Positions in ascending keys of the last key <= each probe (-1 below the first key):
    how a step dictionary (`` `s#d ``) looks keys up."""
    from .builtins import bin_

    return bin_(Vec(keys.t, keys.a), k)


def keyed_get(kt: QDict, k):
    """kt[k] for a keyed table: a record for one key (atom, dict, or list of key cells),
    a table of value rows for a table of keys or a list of keys."""
    from .joins import key_rows as lookup

    keys = kt.k
    nk = len(keys.names)
    if type(k) is QDict:
        k = from_items(items(index(k, symvec(keys.names))))
    if type(k) is Table:
        probe = Table(keys.names, [k.col(n) for n in keys.names])
        return index(kt.v, Vec(LONG, lookup(keys, probe)))
    if is_atom(k) or (nk > 1 and count(k) == nk and all(is_atom(x) for x in items(k))):
        cells = [k] if is_atom(k) else items(k)
        if len(cells) != nk:
            raise QError("length")
        for col, cell in zip(keys.cols, cells, strict=True):
            if type(col) is Vec and (col.t == SYM) != (type(cell) is Atom and cell.t == -SYM):
                raise QError("type")  # kt[0] on symbol keys, kt[`a] on numeric keys
        probe = Table(keys.names, [from_items([c]) for c in cells])
        return index(kt.v, int(lookup(keys, probe)[0]))
    if nk > 1 and type(k) is list and all(type(r) is list and len(r) == nk for r in k):
        from .ops import flip

        k = flip(k)  # a list of key tuples, one per probe
    cols = [k] if nk == 1 else items(k)
    if len(cols) != nk:
        raise QError("length")
    return index(kt.v, Vec(LONG, lookup(keys, Table(keys.names, cols))))


def table_index(t: Table, i):
    ti = type(i)
    if ti is Atom and i.t == -SYM:
        if i.v not in t.names:
            raise QError(i.v)
        return t.col(i.v)
    if ti is Vec and i.t == SYM:
        return [table_index(t, Atom(-SYM, s)) for s in i.a]
    if ti is int or (ti is Atom and i.t in INDEX_TYPES):
        n = count(t)
        j = int(i if ti is int else i.v)
        if 0 <= j < n:
            return QDict(symvec(t.names), _row(t, j))
        return QDict(symvec(t.names), from_items([null_item(c) for c in t.cols]))
    if ti is Vec or ti is list:
        return Table(t.names, [index(c, i) for c in t.cols])
    raise QError("type")


def _row(t: Table, j: int):
    vals = [index(c, j) for c in t.cols]
    return from_items(vals)
