"""Amend: `@[x;i;f;y]`, `.[x;i;f;y]` and indexed assignment `x[i]:y`, `x[i]+:y`."""

from __future__ import annotations

import sys

import numpy as np

from .apply import apply, index
from .errors import QError
from .functions import Fn, Identity
from .values import (
    LONG,
    Atom,
    QDict,
    Table,
    Vec,
    atom_raw,
    count,
    from_items,
    is_atom,
    items,
    qtype,
    to_list,
)


def _apply_f(f, old, y, has_y):
    if f is None:
        return y
    if isinstance(f, Fn) and getattr(f, "name", "") == ":":
        return y
    if has_y:
        return apply(f, [old, y])
    return apply(f, [old])


def _int_index(i):
    t = type(i)
    if t is int:
        return i
    if t is bool:
        return int(i)
    if qtype(i) in (-5, -6, -4):
        return int(atom_raw(i))
    return None


def amend1(x, i, f, y, has_y):
    """Amend x at a single-level index i."""
    if type(x) is QDict:
        return _amend_dict(x, i, f, y, has_y)
    if type(x) is Table:
        if qtype(i) == -11:
            from .tables import set_column

            if i.v not in x.names and not has_y:
                raise QError(i.v)  # f alone needs the column it applies to
            old = x.col(i.v) if i.v in x.names else None
            return set_column(x, i.v, _apply_f(f, old, y, has_y))
        j = _int_index(i)
        if j is not None:
            if not 0 <= j < count(x):
                raise QError("length")
            return _set_item(x, j, _apply_f(f, index(x, j), y, has_y))
        if qtype(i) == 11:  # several columns, y one value (or column) each
            names = items(i)
            ys = items(y) if has_y and not is_atom(y) and count(y) == len(names) else None
            for k, c in enumerate(names):
                x = amend1(x, c, f, ys[k] if ys is not None else y, has_y)
            return x
        if type(i) is Identity or i is None or qtype(i) in (5, 6, 7, 1):
            rows = range(count(x)) if type(i) is Identity or i is None else items(i)
            ys = items(y) if has_y and type(y) is Table and count(y) == len(rows) else None
            for k, r in enumerate(rows):
                x = amend1(x, r, f, ys[k] if ys is not None else y, has_y)
            return x
        raise QError("type")
    if is_atom(x):
        raise QError("type")
    j = _int_index(i)
    if j is not None:
        n = count(x)
        if not 0 <= j < n:
            raise QError("length")
        new = _apply_f(f, index(x, j), y, has_y)
        return _set_item(x, j, new)
    if type(i) is Identity or i is None:
        i = Vec(LONG, np.arange(count(x), dtype=np.int64))
    if is_atom(i):
        raise QError("type")  # a list is indexed by integers only
    idx = items(i)
    ys = items(y) if has_y and not is_atom(y) and count(y) == len(idx) else None
    if has_y and ys is None and not is_atom(y) and len(idx) != 1 and count(y) != len(idx):
        raise QError("length")
    for k, ii in enumerate(idx):
        yk = ys[k] if ys is not None else y
        x = amend1(x, ii, f, yk, has_y)
    return x


def _set_item(x, j: int, new):
    if type(x) is Table:
        return _set_row(x, j, new)
    if type(x) is Vec:
        if qtype(new) == -x.t:
            a = x.a.copy()
            a[j] = atom_raw(new)
            return Vec(x.t, a)
        raise QError("type")  # a simple vector takes only atoms of its own type
    lst = list(x)
    lst[j] = new
    return from_items(lst)


def _set_row(t: Table, j: int, row):
    """Table t with row j replaced by a dictionary of its columns or a list of one value per
    column (any other value turns the table into a list of rows)."""
    if type(row) is QDict and type(row.k) is Vec and list(row.k.a) == t.names:
        cols = [_set_item(c, j, v) for c, v in zip(t.cols, items(row.v), strict=True)]
        return Table(t.names, cols)
    if (type(row) is list or type(row) is Vec) and count(row) == len(t.names):
        cols = [_set_item(c, j, v) for c, v in zip(t.cols, items(row), strict=True)]
        return Table(t.names, cols)
    rows = items(t)
    rows[j] = row
    return from_items(rows)


def _amend_dict(d: QDict, k, f, y, has_y):
    from .ops import find

    if type(d.k) is Table:
        return _amend_keyed(d, k, f, y, has_y)
    keys = d.k
    if not is_atom(k) and type(keys) is not list:
        ks = items(k)
        ys = items(y) if has_y and not is_atom(y) and count(y) == len(ks) else None
        for n, kk in enumerate(ks):
            d = _amend_dict(d, kk, f, ys[n] if ys is not None else y, has_y)
        return d
    pos = find(keys, k)
    n = count(keys)
    if type(pos) is not int:
        raise QError("type")
    if pos < n:
        new = _apply_f(f, index(d.v, pos), y, has_y)
        return QDict(keys, _set_item(d.v, pos, new))
    from .apply import null_item
    from .ops import join

    old = null_item(d.v) if count(d.v) or not has_y else None  # f alone applies to a null
    new = _apply_f(f, old, y, has_y) if old is not None or not has_y else y
    if f is not None and old is None and has_y:
        new = y
    return QDict(join(keys, to_list(k) if is_atom(k) else [k]), join(d.v, _enl(new, d.v)))


def _amend_keyed(kt: QDict, k, f, y, has_y):
    """Amend the value row of a keyed table at one key (an atom or a list of key cells);
    a missing key appends a row."""
    from .apply import null_item
    from .joins import lookup
    from .ops import join
    from .values import enlist, symvec

    keys = kt.k
    if type(k) is QDict:
        k = from_items([index(k, Atom(-11, n)) for n in keys.names])
    cells = [k] if is_atom(k) else items(k)
    if len(cells) != len(keys.names):
        raise QError("length")
    probe = Table(keys.names, [from_items([c]) for c in cells])
    pos = int(lookup(keys, probe)[0])
    if pos < count(keys):
        new = _apply_f(f, index(kt.v, pos), y, has_y)
        return QDict(keys, _set_item(kt.v, pos, new))
    blank = QDict(symvec(kt.v.names), from_items([null_item(c) for c in kt.v.cols]))
    new = _apply_f(f, blank, y, has_y)
    if (type(new) is list or type(new) is Vec) and count(new) == len(kt.v.names):
        new = QDict(symvec(kt.v.names), new)  # one value per value column
    if type(new) is not QDict:
        raise QError("type")
    return QDict(join(keys, probe), join(kt.v, enlist(new)))


def _enl(v, vals):
    from .values import enlist

    if type(vals) is Vec and qtype(v) == -vals.t:
        return enlist(v)
    return [v]


def amend(x, i, f, y, depth: bool, has_y: bool):
    """Functional amend; depth=True for the `.` form (i is a path)."""
    if type(x) is Vec or type(x) is list or type(x) is QDict or type(x) is Table:
        pass
    elif qtype(x) == -11:
        from . import runtime

        name = x.v
        cur = runtime.lookup(name)
        runtime.CUR.g[name] = amend(cur, i, f, y, depth, has_y)
        return x
    if not depth:
        return amend1(x, i, f, y, has_y)
    path = items(to_list(i)) if not is_atom(i) else [i]
    return amend_path(x, path, f, y, has_y)


def amend_path(x, path, f, y, has_y):
    if not path:
        return _apply_f(f, x, y, has_y)
    if len(path) == 1:
        return amend1(x, path[0], f, y, has_y)
    head, rest = path[0], path[1:]
    if head is None or type(head) is Identity:
        head = Vec(LONG, np.arange(count(x), dtype=np.int64))
    if type(x) is Table and qtype(rest[0]) in (-11, 11):
        return amend_path(x, [rest[0], head, *rest[1:]], f, y, has_y)  # t[i;c] is t[c][i]
    if is_atom(head):
        sub = index(x, head)
        return amend1(x, head, lambda_replace(amend_path(sub, rest, f, y, has_y)), None, False)
    hs = items(head)
    ys = items(y) if has_y and not is_atom(y) and count(y) == len(hs) else None
    if has_y and ys is None and not is_atom(y) and len(hs) != 1:
        raise QError("length")  # y conforms to the index: one item per path
    for k, h in enumerate(hs):
        x = amend_path(x, [h] + rest, f, ys[k] if ys is not None else y, has_y)
    return x


class _Const(Fn):
    rank = 1

    def __init__(self, v):
        self.v = v

    def call(self, args):
        return self.v


def lambda_replace(v):
    return _Const(v)


def amend_in_place(scope: dict, name: str, cur, idx: list, f, y):
    """`name[idx]:y` / `name[idx] f: y`, mutating a uniquely-owned vector when possible."""
    if (
        len(idx) == 1
        and type(cur) is Vec
        and type(idx[0]) is int
        and f is None
        and qtype(y) == -cur.t
        and cur.a.base is None
        and sys.getrefcount(cur) <= 4
    ):
        j = idx[0]
        if not 0 <= j < len(cur.a):
            raise QError("length")
        cur.a[j] = atom_raw(y)
        if cur.attr != "g":
            cur.attr = ""  # amending drops `s, `u and `p
        return cur
    has_y = True
    if len(idx) == 1:
        return amend1(cur, idx[0], f, y, has_y)
    return amend_path(cur, idx, f, y, has_y)
