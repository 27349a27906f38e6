"""Amend: `@[x;i;f;y]`, `.[x;i;f;y]` and indexed assignment `x[i]:y`, `x[i]+:y`."""

from __future__ import annotations

import sys

import numpy as np

from .apply import apply, index
from .errors import QError
from .functions import Fn, Identity
from .values import (
    LONG,
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

            old = x.col(i.v) if i.v in x.names else None
            return set_column(x, i.v, _apply_f(f, old, y, has_y))
        raise QError("nyi")
    if is_atom(x):
        raise QError("type")
    j = _int_index(i)
    if j is not None:
        n = count(x)
        if not 0 <= j < n:
            raise QError("index")
        new = _apply_f(f, index(x, j), y, has_y)
        return _set_item(x, j, new)
    if type(i) is Identity or i is None:
        i = Vec(LONG, np.arange(count(x), dtype=np.int64))
    idx = items(i)
    ys = items(y) if has_y and not is_atom(y) and count(y) == len(idx) else None
    if has_y and ys is None and not is_atom(y) and len(idx) != 1 and count(y) != len(idx):
        raise QError("length")
    for k, ii in enumerate(idx):
        yk = ys[k] if ys is not None else y
        x = amend1(x, ii, f, yk, has_y)
    return x


def _set_item(x, j: int, new):
    if type(x) is Vec:
        if qtype(new) == -x.t:
            a = x.a.copy()
            a[j] = atom_raw(new)
            return Vec(x.t, a)
        raise QError("type")  # a simple vector takes only atoms of its own type
    lst = list(x)
    lst[j] = new
    return from_items(lst)


def _amend_dict(d: QDict, k, f, y, has_y):
    from .ops import find

    if type(d.k) is Table:
        raise QError("nyi")
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

    old = null_item(d.v) if count(d.v) else None
    new = _apply_f(f, old, y, has_y) if old is not None or not has_y else y
    if f is not None and old is None and has_y:
        new = y
    return QDict(join(keys, to_list(k) if is_atom(k) else [k]), join(d.v, _enl(new, d.v)))


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
    if is_atom(head):
        if type(x) is Table:
            raise QError("nyi")
        sub = index(x, head)
        return amend1(x, head, lambda_replace(amend_path(sub, rest, f, y, has_y)), None, False)
    hs = items(head)
    ys = items(y) if has_y and not is_atom(y) and count(y) == len(hs) else None
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
            raise QError("index")
        cur.a[j] = atom_raw(y)
        return cur
    has_y = True
    if len(idx) == 1:
        return amend1(cur, idx[0], f, y, has_y)
    return amend_path(cur, idx, f, y, has_y)
