"""Table construction and table keywords (keys, joins, sorting by columns, meta)."""

from __future__ import annotations

import numpy as np

from .errors import QError
from .values import (
    LONG,
    SYM,
    Atom,
    QDict,
    Table,
    Vec,
    count,
    from_items,
    is_atom,
    items,
    qtype,
    symvec,
)


def make_table(keys: list, cols: list):
    """Table literal `([k:..] c:..)`: atoms broadcast to the column length.

    With only a key section, `([a:1;b:2])` is a dictionary literal.
    """
    if keys and not cols:
        return QDict(symvec([k for k, _ in keys]), from_items([v for _, v in keys]))
    allc = keys + cols
    n = max((count(v) for _, v in allc if not is_atom(v)), default=1)
    from .ops import take

    def norm(v):
        if is_atom(v):
            return take(n, v)
        if count(v) != n:
            raise QError("length")
        return v

    t = Table([k for k, _ in cols], [norm(v) for _, v in cols])
    if keys:
        return QDict(Table([k for k, _ in keys], [norm(v) for _, v in keys]), t)
    return t


def key_table(n: int, t: Table):
    """n!t: key the first n columns."""
    if not 0 <= n <= len(t.names):
        raise QError("length")  # more key columns than the table has
    if n == 0:
        return t
    return QDict(Table(t.names[:n], t.cols[:n]), Table(t.names[n:], t.cols[n:]))


def rekey_global(n: int, name):
    """n!`t: key the global table t on its first n columns in place; returns `t."""
    from . import runtime

    t = runtime.lookup(name.v)
    if type(t) is not Table and not (type(t) is QDict and type(t.k) is Table):
        raise QError("type")
    runtime.CUR.g[name.v] = key_table(n, unkey(t))
    return name


def unkey(x):
    """0!kt -> plain table."""
    if type(x) is QDict and type(x.k) is Table and type(x.v) is Table:
        return Table(x.k.names + x.v.names, x.k.cols + x.v.cols)
    return x


def table_of(x) -> Table:
    """x as a plain table (a keyed table unkeyed); 'type for anything that is not a table."""
    t = unkey(x)
    if type(t) is not Table:
        raise QError("type")
    return t


def names_of(x) -> list[str]:
    """Column names written as a symbol atom or vector; 'type for anything else."""
    if type(x) is Atom and x.t == -SYM:
        return [x.v]
    if type(x) is Vec and x.t == SYM:
        return list(x.a)
    raise QError("type")


def set_column(t: Table, name: str, col):
    n = count(t)
    if is_atom(col):
        from .ops import take

        col = take(n, col)
    elif type(col) not in (Vec, list):
        raise QError("type")  # a column is a list
    elif count(col) != n and t.names:
        raise QError("length")  # one item per row
    names, cols = list(t.names), list(t.cols)
    if name in names:
        cols[names.index(name)] = col
    else:
        names.append(name)
        cols.append(col)
    return Table(names, cols)


def upsert_keyed(kt: QDict, new):
    """Upsert rows (a keyed table, a table holding the key columns, or a dict) into a keyed
    table: a row whose key is present updates that row's columns, the others are appended
    (missing columns null); of rows repeating a key, the last wins."""
    from .apply import index
    from .joins import lookup, row_ids
    from .values import enlist

    new = unkey(new) if type(new) is QDict and type(new.k) is Table else new
    new = enlist(new) if type(new) is QDict else new
    if type(new) is not Table:
        raise QError("type")
    knames, full = kt.k.names, unkey(kt)
    if any(n not in full.names for n in new.names):
        raise QError("mismatch")
    missing = [n for n in knames if n not in new.names]
    if missing:
        raise QError(missing[0])
    last = {key: r for r, key in enumerate(row_ids(Table(knames, [new.col(c) for c in knames])))}
    new = index(new, Vec(LONG, np.fromiter(last.values(), dtype=np.int64, count=len(last))))
    pos = lookup(kt.k, Table(knames, [new.col(c) for c in knames]))
    found = pos < count(kt.k)
    hit = Vec(LONG, np.flatnonzero(found))
    cols = [
        _set_at(col, pos[found], index(new.col(name), hit)) if name in new.names else col
        for name, col in zip(full.names, full.cols, strict=True)
    ]
    fresh = index(new, Vec(LONG, np.flatnonzero(~found)))
    return key_table(len(knames), append_table(Table(full.names, cols), fresh))


def _set_at(col, rows: np.ndarray, vals):
    """col with the items at rows replaced by the items of vals."""
    if not len(rows):
        return col
    if type(col) is Vec and type(vals) is Vec and col.t == vals.t:
        a = col.a.copy()
        a[rows] = vals.a
        return Vec(col.t, a)
    out = list(items(col))
    for r, v in zip(rows.tolist(), items(vals), strict=True):
        out[r] = v
    return from_items(out)


def insert_rows(t: Table, rows):
    """Append rows (table, dict, or list of column values) to a table; a keyed table takes
    only new keys ('insert otherwise) and typed columns only values of their type ('type)."""
    from .ops import join
    from .values import enlist

    full = unkey(t)
    if type(rows) is QDict and type(rows.k) is Table:
        rows = unkey(rows)
    if type(rows) is Table:
        new = Table(full.names, [rows.col(c) for c in full.names])
    elif type(rows) is QDict:
        new = enlist(rows)
        if type(new) is not Table:
            raise QError("type")
    else:
        vals = items(rows) if not is_atom(rows) else [rows]
        ncols = len(full.names)
        if (
            type(rows) is list
            and vals
            and all(type(v) is list and len(v) == ncols for v in vals)
            and len(vals) != ncols
        ):
            from .ops import flip

            vals = flip(rows)
        if len(vals) != ncols:
            raise QError("length")
        new = Table(full.names, [_as_col(v) for v in vals])
    new = _enumerate_like(full, new)
    _check_insert_types(full, new)
    if type(t) is QDict:
        _check_new_keys(t, new)
        return upsert_keyed(t, new)
    return join(t, new)


def _enumerate_like(t: Table, new: Table) -> Table:
    """new's values for t's enumerated (or foreign-key) columns enumerated over the same
    domain ('cast for a value the domain lacks)."""
    from .enums import enumerate_over

    cols = list(new.cols)
    for name, col in zip(t.names, t.cols, strict=True):
        if type(col) is Vec and col.dom is not None and name in new.names:
            j = new.names.index(name)
            if type(cols[j]) is Vec and cols[j].dom != col.dom:
                cols[j] = enumerate_over(col.dom, cols[j])
    return Table(new.names, cols)


def _check_insert_types(t: Table, new: Table) -> None:
    """'type when a value is inserted into a typed column of another type."""
    for name, col in zip(t.names, t.cols, strict=True):
        if type(col) is not Vec:
            continue
        c = new.col(name) if name in new.names else None
        if type(c) is Vec and c.t != col.t or type(c) is list and c:
            raise QError("type")


def _check_new_keys(kt: QDict, new: Table) -> None:
    """'insert when a row's key is already in the keyed table."""
    from .joins import lookup

    knames = kt.k.names
    pos = lookup(kt.k, Table(knames, [new.col(c) for c in knames]))
    if (pos < count(kt.k)).any():
        raise QError("insert")


def _as_col(v):
    from .values import enlist

    return enlist(v) if is_atom(v) else v


def append_rows(t, y):
    """t,y and t upsert y: y is a table, a keyed table, a dict (one record), a list of
    records or one record; a keyed t is upserted by key, a plain t is appended to."""
    if type(t) is QDict:
        return upsert_keyed(t, rows_table(unkey(t).names, y))
    return append_table(t, rows_table(t.names, y))


def rows_table(names: list[str], y) -> Table:
    """y (see :func:`append_rows`) as a table; bare records take their column names from names."""
    from .values import enlist

    if type(y) is QDict and type(y.k) is Table:
        return unkey(y)
    if type(y) is Table:
        return y
    if type(y) is QDict:
        row = enlist(y)
        if type(row) is not Table:
            raise QError("type")
        return row
    recs = items(y) if not is_atom(y) else [y]
    if type(y) is list and recs and all(not is_atom(r) for r in recs):
        rows = [items(r) for r in recs]
        if any(len(r) != len(names) for r in rows):
            raise QError("length")
        return Table(names, [from_items([r[j] for r in rows]) for j in range(len(names))])
    if len(recs) != len(names):
        raise QError("length")
    return Table(names, [enlist(v) for v in recs])


def append_table(x: Table, y: Table) -> Table:
    """x,y for tables: y's columns must be among x's; x's other columns get nulls."""
    from .apply import null_item
    from .ops import join, take

    if any(n not in x.names for n in y.names):
        raise QError("mismatch")
    n = count(y)
    cols = [
        join(c, y.col(nm) if nm in y.names else take(n, null_item(c)))
        for nm, c in zip(x.names, x.cols, strict=True)
    ]
    return Table(list(x.names), cols)


def cols_of(t) -> Vec:
    if type(t) is QDict and type(t.k) is Table:
        return symvec(t.k.names + t.v.names)
    if type(t) is Table:
        return symvec(t.names)
    if type(t) is QDict:
        return t.k
    raise QError("type")


def meta(t) -> QDict:
    from .values import TYPE_CHARS, char

    full = table_of(t)
    tchars = []
    for c in full.cols:
        tt = c.t if type(c) is Vec else 0
        if tt == 0 and type(c) is list and c and type(c[0]) is Vec:
            tchars.append(TYPE_CHARS[c[0].t].upper())
        else:
            tchars.append(TYPE_CHARS[tt] if tt else " ")
    keyt = Table(["c"], [symvec(full.names)])
    vals = Table(
        ["t", "f", "a"],
        [
            from_items([char(c) for c in tchars]),
            symvec([_foreign_table(c) for c in full.cols]),
            symvec([c.attr if type(c) is Vec else "" for c in full.cols]),
        ],
    )
    return QDict(keyt, vals)


def _foreign_table(col) -> str:
    """meta's f column: the keyed table a foreign-key column points into, or the table a
    link column indexes."""
    from . import runtime
    from .enums import table_keys

    if type(col) is not Vec or col.dom is None:
        return ""
    target = runtime.CUR.g.get(col.dom)
    return col.dom if type(target) is Table or table_keys(target) is not None else ""


def on_global(fn, arg, t):
    """fn(arg, t); when t is a symbol naming a global table, that global is replaced by the
    result and the symbol returned (`` `c xasc `t `` sorts t in place)."""
    if type(t) is Atom and t.t == -11:
        from . import runtime

        runtime.CUR.g[t.v] = fn(arg, runtime.lookup(t.v))
        return t
    return fn(arg, t)


def xkey(keys, t):
    full = table_of(t)
    if qtype(keys) not in (-SYM, SYM, 0):
        raise QError("type")
    names = [] if qtype(keys) == 0 else names_of(keys)  # () xkey t unkeys
    rest = [c for c in full.names if c not in names]
    if not names:
        return full
    return QDict(
        Table(names, [full.col(c) for c in names]), Table(rest, [full.col(c) for c in rest])
    )


def xcol(names, t):
    full = t
    plain = table_of(t)
    if type(names) is QDict:
        if qtype(names.k) != SYM or qtype(names.v) != SYM:
            raise QError("type")  # old names to new names
        mp = {a: b for a, b in zip(names.k.a, names.v.a, strict=True)}
        if not set(mp) <= set(cols_of(full).a):
            raise QError("length")  # a renamed column the table lacks
        return _rename(full, lambda n: mp.get(n, n))
    new = names_of(names)
    if len(new) > len(plain.names):
        raise QError("length")

    def ren(tab, offset):
        nm = list(tab.names)
        for i, v in enumerate(new[offset:]):
            if i < len(nm):
                nm[i] = v
        return Table(nm, tab.cols)

    if type(t) is QDict:
        kk = ren(t.k, 0)
        return QDict(kk, ren(t.v, len(t.k.names)))
    return ren(t, 0)


def _rename(t, fn):
    if type(t) is QDict:
        return QDict(_rename(t.k, fn), _rename(t.v, fn))
    return Table([fn(n) for n in t.names], t.cols)


def xcols(names, t):
    first = names_of(names)
    if type(t) is not Table:
        raise QError("type")
    rest = [n for n in t.names if n not in first]
    order = first + rest
    return Table(order, [t.col(n) for n in order])


def sort_table(names, t, desc: bool):
    from .builtins import sort_perm

    keyed = type(t) is QDict
    full = table_of(t)
    cols = names_of(names)
    n = count(full)
    perm = np.arange(n, dtype=np.int64)
    for c in reversed(cols):
        col = full.col(c)
        from .apply import index

        sub = index(col, Vec(LONG, perm))
        p = sort_perm(sub, desc)
        perm = perm[p]
    from .apply import index

    res = Table(full.names, [index(c, Vec(LONG, perm)) for c in full.cols])
    first = res.col(cols[0]) if cols else None
    if not desc and type(first) is Vec and first.dom is None:  # xasc marks its first column `s
        res.cols[res.names.index(cols[0])] = Vec(first.t, first.a, "s")
    if keyed:
        return key_table(len(t.k.names), res)
    return res


def bin_rows(x, y):
    """x bin y for a table x sorted within groups: for each row of y (a dict gives one row),
    the last row of x equal on all but the last column and not above it there (0N when none).
    A keyed table returns the key rows found; a dictionary searches its values, returns keys."""
    from .apply import index
    from .builtins import bin_
    from .joins import asof_rows
    from .values import NULL_J, enlist

    if type(x) is QDict and type(x.k) is not Table:
        return index(x.k, bin_(x.v, y))
    t = x.v if type(x) is QDict else x
    probe = enlist(y) if type(y) is QDict else y
    if type(probe) is not Table:
        raise QError("type")
    found = asof_rows(symvec(t.names), probe, t)
    if type(x) is QDict:
        return index(x.k, Vec(LONG, found))
    found[found == count(t)] = NULL_J
    return int(found[0]) if type(y) is QDict else Vec(LONG, found)
