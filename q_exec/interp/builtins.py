"""Keyword functions (count, sum, til, ...) and the KEYWORDS registry.

To add a keyword: write `def kw(x)` (or `(x, y)`) below and register it in `_register()` with
`mono("name", fn)` / `dyad("name", fn)`.
"""

from __future__ import annotations

import math
import time

import numpy as np

from . import arith, encode, ops, runtime
from .apply import apply, index
from .errors import QError
from .functions import IDENTITY, Builtin, Fn
from .values import (
    BOOL,
    BYTE,
    CHAR,
    DATE,
    DATETIME,
    DTYPES,
    FLOAT,
    INF_J,
    INT,
    LONG,
    REAL,
    SHORT,
    SYM,
    TEMPORAL,
    TIMESTAMP,
    Atom,
    QDict,
    Table,
    Vec,
    atom_dom,
    atom_raw,
    count,
    enlist,
    from_items,
    int_atom,
    is_atom,
    items,
    make_atom,
    null_of,
    qtype,
    strv,
    symvec,
    to_list,
    vec_of,
    vec_str,
)

KEYWORDS: dict[str, Builtin] = {}


def null_mask(x: Vec) -> np.ndarray:
    t, a = x.t, x.a
    if t in (REAL, FLOAT, DATETIME):
        return np.isnan(a)
    if t == SYM:
        if x.dom is not None:  # an enumeration's items index its domain: never null
            return np.zeros(len(a), dtype=bool)
        return np.array([s == "" for s in a], dtype=bool)
    if t == CHAR:
        return a == 32
    if t in (BOOL, BYTE):
        return np.zeros(len(a), dtype=bool)
    if t == 2:
        return np.array([v == b"\0" * 16 for v in a], dtype=bool)
    return a == null_of(t)


def null(x):
    if type(x) is Vec:
        return Vec(BOOL, null_mask(x))
    if type(x) is list:
        return from_items([null(v) for v in x])
    if type(x) is QDict:
        return QDict(x.k, null(x.v))
    if type(x) is Table:
        return Table(x.names, [null(c) for c in x.cols])
    if isinstance(x, Fn):
        return x is IDENTITY
    from .values import is_null_atom

    return atom_dom(x) is None and is_null_atom(x)


# ---------------------------------------------------------------- aggregates
def _num_vec(x):
    if type(x) is not Vec or x.t in (SYM, CHAR):
        raise QError("type")
    return x


def qsum_raw(x: Vec):
    t = x.t
    if t in (FLOAT, REAL):
        a = x.a.astype(np.float64)
        a = a[~np.isnan(a)]
        r = float(np.cumsum(a)[-1]) if len(a) else 0.0
        return r if t == FLOAT else make_atom(-REAL, r)
    if t in TEMPORAL:
        if t not in (12, 16, 17, 18, 19, 14, 13):
            raise QError("type")
        m = null_mask(x)
        return make_atom(-t, int(x.a[~m].astype(np.int64).sum()))
    a = x.a
    if t in (SHORT, INT, LONG) and len(a) and a.min() == null_of(t):
        a = a[a != null_of(t)]
    rt = LONG if t == LONG else INT  # booleans, bytes, shorts and ints sum to an int
    r = int(a.sum(dtype=np.int64))
    return make_atom(-rt, r if rt == LONG else arith.wrap32(r))


def qsum(x):
    if type(x) is Vec:
        if x.t in (SYM, CHAR):
            raise QError("type")
        return qsum_raw(x)
    if type(x) is list:
        if not x:
            return 0
        acc = x[0]
        for v in x[1:]:
            acc = arith.add(acc, v)
        return acc
    if type(x) is QDict:
        return qsum(x.v)
    if type(x) is Table:
        return QDict(symvec(x.names), from_items([qsum(c) for c in x.cols]))
    return x


def _fold(f, x, empty_val):
    xs = items(x)
    if not xs:
        return empty_val
    acc = xs[0]
    for v in xs[1:]:
        acc = f(acc, v)
    return acc


def prd(x):
    if type(x) is Vec:
        t = _num_vec(x).t
        if t in (FLOAT, REAL):
            return float(np.nanprod(x.a.astype(np.float64)))
        a = x.a.astype(np.int64)
        if t in (SHORT, INT, LONG):
            a = a[x.a != null_of(t)]
        r = 1
        for v in a.tolist():
            r = arith.wrap64(r * v)
        if t == LONG:
            return r
        return make_atom(-INT, arith.wrap32(r))  # shorts and smaller multiply as ints
    if type(x) is QDict:
        return prd(x.v)
    if type(x) is Table:
        return QDict(symvec(x.names), from_items([prd(c) for c in x.cols]))
    if type(x) is list:
        return _fold(arith.mul, x, 1)
    return x


def _minmax(x, use_max: bool):
    if type(x) is Vec:
        t = x.t
        if t == SYM:
            raise QError("type")
        if len(x.a) == 0:
            if t in (FLOAT, REAL):
                return make_atom(-t, float("-inf") if use_max else float("inf"))
            if t == BOOL:
                return not use_max
            if t in (CHAR, BYTE):
                return make_atom(-t, 0 if use_max else 255)
            from .values import inf_of

            return make_atom(-t, -inf_of(t) if use_max else inf_of(t))
        if t in (FLOAT, REAL, DATETIME):
            a = x.a
            if np.isnan(a).all():
                return make_atom(-t, float("-inf") if use_max else float("inf"))
            return make_atom(-t, float(np.nanmax(a) if use_max else np.nanmin(a)))
        if t in (BOOL, BYTE, CHAR):
            return make_atom(-t, x.a.max() if use_max else x.a.min())
        m = null_mask(x)
        a = x.a[~m]
        if len(a) == 0:
            from .values import inf_of

            return make_atom(-t, -inf_of(t) if use_max else inf_of(t))
        return make_atom(-t, int(a.max() if use_max else a.min()))
    if type(x) is list:
        return _fold(arith.qmax if use_max else arith.qmin, x, float("-inf"))
    if type(x) is QDict:
        return _minmax(x.v, use_max)
    if type(x) is Table:
        return QDict(symvec(x.names), from_items([_minmax(c, use_max) for c in x.cols]))
    return x


def qmax(x):
    return _minmax(x, True)


def qmin(x):
    return _minmax(x, False)


def _floats(x: Vec) -> np.ndarray:
    if type(x) is not Vec or x.t in (SYM, 2):  # 2: guid
        raise QError("type")
    a = x.a.astype(np.float64)
    if x.t not in (FLOAT, REAL, DATETIME, BOOL, BYTE):
        a[x.a == null_of(x.t)] = np.nan
    return a


def avg(x):
    if type(x) is Vec:
        _num_vec(x)
        a = _floats(x)
        a = a[~np.isnan(a)]
        return float(a.mean()) if len(a) else float("nan")
    if type(x) is list:
        if not x:
            return float("nan")
        if all(is_atom(v) for v in x):
            vals = np.array([_atom_float(v) for v in x], dtype=np.float64)
            return float(np.nansum(vals) / len(vals))
        total = x[0]
        for v in x[1:]:
            total = arith.add(total, v)
        return arith.divide(total, len(x))
    if type(x) is QDict:
        return avg(x.v)
    if type(x) is Table:
        return QDict(symvec(x.names), from_items([avg(c) for c in x.cols]))
    return _atom_float(x) if not isinstance(x, Fn) else x


def _atom_float(v) -> float:
    from .values import is_null_atom

    if abs(qtype(v)) in (SYM, CHAR, 2) or qtype(v) >= 0:  # 2: guid
        raise QError("type")  # only numbers average
    return float("nan") if is_null_atom(v) else float(atom_raw(v))


def var(x, sample=False):
    if type(x) is QDict:
        return var(x.v, sample)
    if type(x) is Table:
        return QDict(symvec(x.names), from_items([var(c, sample) for c in x.cols]))
    if type(x) is list:
        raise QError("type")
    a = _floats(_num_vec(to_list(x)))
    a = a[~np.isnan(a)]
    n = len(a)
    if n == 0 or (sample and n < 2):
        return float("nan")
    return float(a.var(ddof=1 if sample else 0))


def dev(x):
    v = var(x)
    return arith.num_unary(np.sqrt)(v)


def sdev(x):
    return arith.num_unary(np.sqrt)(var(x, True))


def med(x):
    """Median: nulls aside for numeric vectors; otherwise q's definition
    `avg x(<x)@_.5*-1 0+#x` (the middle item(s) in sort order, averaged), so a table's median
    is its middle row and a list of vectors' is taken item-wise."""
    if type(x) is QDict and type(x.v) is Vec:
        return med(x.v)
    if type(x) in (list, Table, QDict) and count(x):
        n = count(x)
        middle = index(iasc(x), Vec(LONG, np.array([(n - 1) // 2, n // 2], dtype=np.int64)))
        return avg(index(x, middle))
    if type(x) is list:  # the empty general list
        return float("nan")
    a = _floats(_num_vec(to_list(x)))
    a = a[~np.isnan(a)]
    return float(np.median(a)) if len(a) else float("nan")


def _running(x, fn_name):
    from .adverbs import scan

    if type(x) is QDict:
        return QDict(x.k, _running(x.v, fn_name))
    if type(x) is Table:
        return Table(x.names, [_running(c, fn_name) for c in x.cols])
    from .verbs import VERBS

    return scan(VERBS[fn_name], [x])


def sums(x):
    if type(x) is Vec and x.t in (LONG, INT, SHORT, BOOL, BYTE, FLOAT, REAL):
        if x.t in (FLOAT, REAL):
            a = np.where(np.isnan(x.a), 0, x.a)
            return Vec(x.t, np.cumsum(a).astype(x.a.dtype))
        a = x.a.astype(np.int64)
        if x.t != BOOL and x.t != BYTE:
            a = np.where(x.a == null_of(x.t), 0, a)
        rt = LONG if x.t == LONG else INT  # running sums of booleans, bytes, shorts are ints
        return Vec(rt, np.cumsum(a).astype(DTYPES[rt]))
    return _running(x, "+")


def prds(x):
    if is_atom(x):
        return x
    if type(x) is Vec and x.t in (LONG, INT, SHORT):
        a = np.where(null_mask(x), 1, x.a).astype(np.int64)
        rt = LONG if x.t == LONG else INT  # running products of shorts are ints
        return Vec(rt, np.cumprod(a).astype(DTYPES[rt]))
    return _running(x, "*")


def maxs(x):
    if type(x) is Vec and x.t in (LONG, INT, SHORT):
        return Vec(x.t, np.maximum.accumulate(x.a))
    if type(x) is Vec and x.t in (FLOAT, REAL):
        return Vec(x.t, np.fmax.accumulate(x.a))
    return _running(x, "|")


def mins(x):
    if type(x) is Vec and x.t in (LONG, INT, SHORT):
        from .values import inf_of

        a = np.where(null_mask(x), inf_of(x.t), x.a).astype(x.a.dtype)
        return Vec(x.t, np.minimum.accumulate(a))
    if type(x) is Vec and x.t in (FLOAT, REAL):
        return Vec(x.t, np.fmin.accumulate(x.a))
    return _running(x, "&")


def avgs(x):
    if type(x) is QDict:
        return QDict(x.k, avgs(x.v))
    if type(x) is Table:
        return Table(x.names, [avgs(c) for c in x.cols])
    a = _floats(_num_vec(to_list(x)))
    ok = ~np.isnan(a)
    s = np.cumsum(np.where(ok, a, 0))
    c = np.cumsum(ok)
    with np.errstate(all="ignore"):
        return Vec(FLOAT, s / c)


def deltas(x, y=None):
    from .adverbs import each_prior
    from .verbs import VERBS

    if y is not None:
        return each_prior(VERBS["-"], [x, y])
    if type(x) is Vec and x.t in (LONG, FLOAT, INT, SHORT, REAL) and len(x.a):
        a = x.a
        out = a.copy()
        out[1:] = a[1:] - a[:-1]
        if x.t not in (FLOAT, REAL):  # an integer null on either side gives a null
            nulls = a == null_of(x.t)
            out[1:][nulls[1:] | nulls[:-1]] = null_of(x.t)
        if x.t == SHORT:  # shorts subtract as ints
            wide = out.astype(np.int32)
            wide[out == null_of(SHORT)] = null_of(INT)
            return Vec(INT, wide)
        return Vec(x.t, out)
    return each_prior(VERBS["-"], [x])


def ratios(x):
    from .adverbs import each_prior
    from .verbs import VERBS

    if type(x) is Vec and len(x.a):
        a = _floats(x)
        out = a.copy()
        with np.errstate(all="ignore"):
            out[1:] = a[1:] / a[:-1]
        return Vec(FLOAT, out)
    return each_prior(VERBS["%"], [x])


def differ(x):
    """Where each item differs (by `~`, so floats compare tolerantly) from the one before."""
    from .ops import item_keys

    if type(x) is Vec and x.t in (REAL, FLOAT):
        a = x.a.astype(np.float64)
        same = arith._tol_eq(a[1:], a[:-1]) | (np.isnan(a[1:]) & np.isnan(a[:-1]))
        return Vec(BOOL, np.concatenate([np.ones(min(len(a), 1), dtype=bool), ~same]))
    ks = item_keys(x)
    out = [True] + [ks[i] != ks[i - 1] for i in range(1, len(ks))]
    return Vec(BOOL, np.array(out[: len(ks)], dtype=bool))


def prev(x):
    return xprev(1, x)


def nxt(x):
    return xprev(-1, x)


def xprev(n, x):
    n = int_atom(n)
    if type(x) is Table:
        return Table(x.names, [xprev(n, c) for c in x.cols])
    if type(x) is QDict:
        return QDict(x.k, xprev(n, x.v))
    c = count(x)
    idx = np.arange(c) - n
    from .apply import null_item

    if type(x) is Vec:
        ok = (idx >= 0) & (idx < c)
        out = (
            np.full(c, null_of(x.t), dtype=x.a.dtype)
            if x.t != SYM
            else np.array([""] * c, dtype=object)
        )
        out[ok] = x.a[idx[ok]]
        return Vec(x.t, out)
    if type(x) is not list:
        raise QError("type")  # an atom has no previous item
    nul = null_item(x)
    return from_items([x[i] if 0 <= i < c else nul for i in idx.tolist()])


def fills(x):
    if type(x) is Table:
        return Table(x.names, [fills(c) for c in x.cols])
    if type(x) is QDict:
        return QDict(x.k, fills(x.v))
    if is_atom(x):
        return x  # fills is ^\ : an atom is its own scan
    if type(x) is not Vec:
        out, last = [], None
        for v in x:
            from .values import is_null_atom

            if is_null_atom(v) and last is not None:
                out.append(last)
            else:
                out.append(v)
                if not is_null_atom(v):
                    last = v
        return from_items(out)
    m = null_mask(x)
    idx = np.where(~m, np.arange(len(m)), 0)
    np.maximum.accumulate(idx, out=idx)
    out = x.a[idx].copy()
    first_valid = np.argmax(~m) if (~m).any() else len(m)
    out[:first_valid] = x.a[:first_valid]
    return Vec(x.t, out)


# ---------------------------------------------------------------- sorting
def sort_perm(x, desc: bool = False) -> np.ndarray:
    """Stable ascending (or descending) permutation of a list."""
    if type(x) is Vec:
        a = x.a
        if x.t in (SYM, 2):  # symbols and guids (2) sort by their text or bytes
            keys = list(a)
            order = sorted(range(len(keys)), key=keys.__getitem__, reverse=False)
            order = np.array(order, dtype=np.int64)
            if desc:
                return _stable_desc(keys)
            return order
        if x.t in (FLOAT, REAL, DATETIME):
            nanfirst = np.isnan(x.a)
            if desc:  # nulls are the least floats: after -0w
                o = _desc_num(np.where(nanfirst, -np.inf, a))
                return np.concatenate([o[~nanfirst[o]], o[nanfirst[o]]]).astype(np.int64)
            a = np.where(nanfirst, -np.inf, a)
            o = np.argsort(a, kind="stable")
            # nulls sort before -inf
            return np.concatenate([o[nanfirst[o]], o[~nanfirst[o]]]).astype(np.int64)
        if desc:
            return _desc_num(a)
        return np.argsort(a, kind="stable").astype(np.int64)
    if type(x) is QDict:
        return sort_perm(x.v, desc)
    if type(x) is Table:
        perm = np.arange(count(x), dtype=np.int64)
        for c in reversed(x.cols):
            sub = index(c, Vec(LONG, perm))
            perm = perm[sort_perm(sub, desc)]
        return perm
    if type(x) is not list:  # an atom or a function: nothing to sort
        raise QError("type")
    keys = [_sort_key(v) for v in x]
    order = sorted(range(len(x)), key=keys.__getitem__, reverse=desc)
    if desc:
        order = _stable_desc(keys)
    return np.array(order, dtype=np.int64)


def _desc_num(a):
    """Stable descending order: sort by (-value, original index)."""
    idx = np.arange(len(a))
    return np.lexsort((idx, _neg_key(a)))


def _neg_key(a):
    return -(a.astype(np.float64))


def _stable_desc(keys):
    idx = list(range(len(keys)))
    idx.sort(key=keys.__getitem__, reverse=True)
    # python's reverse sort is stable with respect to equal keys' original order
    return np.array(idx, dtype=np.int64)


def _sort_key(v):
    t = qtype(v)
    if t < 0:
        r = atom_raw(v)
        if isinstance(r, float) and r != r:
            r = float("-inf")
        return (0, -t, r)
    if type(v) is Vec:
        return (1, v.t, tuple(v.a.tolist()) if v.t != SYM else tuple(v.a))
    if type(v) not in (list, QDict, Table):  # functions have no order
        raise QError("type")
    return (2, 0, tuple(_sort_key(y) for y in items(v)))


def asc(x):
    if type(x) is QDict:
        p = sort_perm(x.v)
        d = QDict(index(x.k, Vec(LONG, p)), index(x.v, Vec(LONG, p)))
        if type(d.v) is Vec:
            d.v.attr = "s"
        return d
    if type(x) is Table:
        return index(x, Vec(LONG, sort_perm(x)))
    if is_atom(x):
        raise QError("type")
    perm = sort_perm(x)
    if type(x) is Vec and x.dom is None and (perm == np.arange(len(perm))).all():
        x.attr = "s"  # q marks an already-sorted vector in place (every name for it sees `s#)
        return x
    r = index(x, Vec(LONG, perm))
    if type(r) is Vec:
        r = Vec(r.t, r.a, "s")
    return r


def desc(x):
    if type(x) is QDict:
        p = sort_perm(x.v, True)
        return QDict(index(x.k, Vec(LONG, p)), index(x.v, Vec(LONG, p)))
    return index(x, Vec(LONG, sort_perm(x, True)))


def iasc(x, desc: bool = False):
    """<x: the indices (a dictionary's keys) that sort x ascending ('rank for an atom)."""
    if type(x) is QDict:
        return index(x.k, Vec(LONG, sort_perm(x.v, desc)))
    if is_atom(x):
        raise QError("rank")
    return Vec(LONG, sort_perm(x, desc))


def idesc(x):
    """>x: the indices (a dictionary's keys) that sort x descending."""
    return iasc(x, True)


def rank(x):
    return iasc(iasc(x))


# ---------------------------------------------------------------- math
def _unary(fn, keep_int=False):
    return arith.num_unary(fn, keep_int)


def _abs_kernel(x):
    t, a, s = arith.raw(x)
    if t in (SYM, CHAR, 2):  # 2: guid
        raise QError("type")
    rt = INT if t in (BOOL, BYTE) else t
    return arith.box(rt, np.abs(np.asarray(a)).astype(DTYPES[rt]), s)


def qabs(x):
    if type(x) is int:
        return arith.wrap64(abs(x))
    if type(x) is float:
        return abs(x)
    return arith.atomic1(_abs_kernel, x)


TOLERANCE = 2.0**-43  # q's relative comparison tolerance


def _floor_kernel(up: bool):
    def k(x):
        t, a, s = arith.raw(x)
        if t in (FLOAT, REAL, DATETIME):
            af = np.asarray(a, dtype=np.float64)
            with np.errstate(all="ignore"):
                r = np.ceil(af) if up else np.floor(af)
                step = -1.0 if up else 1.0  # tolerant: within 2^-43 of the next integer is it
                r = np.where(arith._tol_eq(af, r + step), r + step, r)
                bad = ~np.isfinite(af)
                out = np.where(bad, 0, r).astype(np.int64)
            out = np.where(np.isnan(af), null_of(LONG), out)
            out = np.where(np.isposinf(af), 2**63 - 1, out)
            out = np.where(np.isneginf(af), -(2**63) + 1, out)
            if t == DATETIME:  # whole days of a datetime are a date
                return arith.box(DATE, np.where(np.isnan(af), null_of(DATE), out), s)
            return arith.box(LONG, out, s)
        if t in (SHORT, INT, LONG, BOOL, BYTE):
            return x
        if t == CHAR and not up:
            return arith.box(CHAR, np.asarray(a), s)
        if t == SYM and not up:
            raise QError("type")
        raise QError("type")

    return k


def floor(x):
    if type(x) is float and abs(x) < 2.0**52:  # 2^-43-tolerant floor of a plain float
        r = math.floor(x)
        return r + 1 if r + 1 - x <= TOLERANCE * max(abs(x), abs(r + 1)) else r
    if type(x) is int:
        return x
    return arith.atomic1(_floor_kernel(False), x)


def ceiling(x):
    return arith.atomic1(_floor_kernel(True), x)


def signum(x):
    def k(v):
        t, a, s = arith.raw(v)
        if t in (SYM, CHAR, 2):  # 2: guid
            raise QError("type")
        af = np.asarray(a)
        if t in (BOOL, BYTE):
            r = (af != 0).astype(np.int32)
        elif t in (SHORT, INT, LONG) or t in TEMPORAL:
            r = np.sign(af.astype(np.int64))
            if t not in (FLOAT, REAL):
                r = np.where(af == null_of(t), -1, r)
        else:
            r = np.where(np.isnan(af.astype(np.float64)), -1, np.sign(af))
        return arith.box(INT, np.asarray(r).astype(np.int32), s)

    return arith.atomic1(k, x)


def reciprocal(x):
    return arith.divide(1.0, x)


def sqrt(x):
    if type(x) is int and x >= 0:
        return math.sqrt(x)
    return _unary(np.sqrt)(x)


def xexp(x, y):
    r = arith.atomic2(lambda a, b: _pow(a, b), x, y)
    return r


def _pow(a, b):
    ta, aa, sa = arith.raw(a)
    tb, bb, sb = arith.raw(b)
    arith._check_len(aa, bb, sa, sb)
    fa = np.asarray(arith._float_nulls(ta, aa, sa), dtype=np.float64)
    fb = np.asarray(arith._float_nulls(tb, bb, sb), dtype=np.float64)
    with np.errstate(all="ignore"):
        r = np.power(fa, fb)
    return arith.box(FLOAT, r, sa and sb)


def xlog(x, y):
    return arith.divide(_unary(np.log)(y), _unary(np.log)(x))


def xrank(n, x):
    k = int_atom(n)
    c = count(x)
    r = rank(x).a
    return Vec(LONG, (r * k) // c if c else r)


def div(x, y):
    return arith.idiv(x, y)


# ---------------------------------------------------------------- lists
def qcount(x):
    return count(x)


def qfirst(x):
    return ops.first(x)


def bang1(x):
    if type(x) is int:
        return ops.til(x)
    if type(x) is QDict:
        return x.k
    if type(x) is Table:
        return ops.key_of(x)
    raise QError("type")


def key(x):
    if type(x) is QDict:
        if type(x.k) is Table:
            return x.k
        return x.k
    if type(x) is Table:
        return []
    if type(x) is int:
        return ops.til(x)
    if atom_dom(x) is not None:
        return Atom(-SYM, atom_dom(x))
    if type(x) is Atom and x.t == -SYM:
        if x.v == "":
            from .namespaces import namespace_names

            return namespace_names(runtime.CUR)
        v = runtime.CUR.g.get(x.v)
        if v is None and x.v.startswith("."):
            from .namespaces import namespace_dict

            ns = namespace_dict(runtime.CUR, x.v)
            return x if ns is None else ns.k
        if v is None:
            return []
        if type(v) is QDict or type(v) is Table:
            return key(v)
        return x
    if type(x) is Vec and x.dom is not None:
        return Atom(-SYM, x.dom)
    if type(x) is Vec:
        from .values import TYPE_NAMES

        return Atom(-SYM, TYPE_NAMES[x.t])
    raise QError("type")


def value(x):
    if type(x) is QDict:
        return x.v
    if atom_dom(x) is not None:
        return Atom(-SYM, str(x.v))
    if type(x) is Atom and x.t == -SYM:
        from .compile import View

        v = runtime.lookup(x.v)
        return v.value() if type(v) is View else v
    if type(x) is Vec and x.t == CHAR:
        from .session import eval_text

        return eval_text(vec_str(x))
    if type(x) is Vec and x.dom is not None:
        return Vec(x.t, x.a)
    if type(x) is list and x:
        f = x[0]
        if type(f) is Atom and f.t == -SYM:
            f = runtime.lookup(f.v)
        elif type(f) is Vec and f.t == CHAR:  # a string is evaluated first: ("{x+y}";1;2)
            from .session import eval_text

            f = eval_text(vec_str(f))
        return apply(f, x[1:])
    from .compile import View

    if type(x) is View:
        return x.metadata()
    if x is IDENTITY:
        return 0  # the internal code of ::
    if isinstance(x, Builtin) and _primitive_code(x) is not None:
        return _primitive_code(x)
    if isinstance(x, Fn):
        from .functions import Lambda, Projection

        if isinstance(x, Lambda):
            from .parsetree import lambda_parts

            return lambda_parts(x)
        if isinstance(x, Projection):
            return [x.f] + [a if a is not None else IDENTITY for a in x.args]
        from .functions import Composition, Derived

        if type(x) is Derived:  # an iterated function's value is the function iterated
            return x.f
        if type(x) is Composition:
            return list(x.fs)
        return x
    return x


K_VERB_CODES = ":+-*%&|^=<>$,#_~!?@."  # `value` of an operator is its index here


def _primitive_code(f: Builtin) -> int | None:
    """The internal code of an operator (`value (+)` is 1) or of its unary form (`value get`
    is 19, that of `.:`)."""
    from .display import K_DEFINITIONS

    name = K_DEFINITIONS.get(f.name, f.name)
    if name in ("::", ":") or name in K_VERB_CODES and len(name) == 1:
        return K_VERB_CODES.index(name[0])
    if len(name) == 2 and name[1] == ":" and name[0] in K_VERB_CODES and f.monad is not None:
        return K_VERB_CODES.index(name[0])
    return None


def enlist_multi(*args):
    return from_items(list(args))


def lower(x):
    return _case_map(x, bytes.lower)


def upper(x):
    return _case_map(x, bytes.upper)


def _case_sym(s: str, fn) -> str:
    return fn(s.encode("utf-8", "surrogateescape")).decode("utf-8", "surrogateescape")


def _case_map(x, fn):
    """Map the case of ASCII letters only (q leaves other bytes, e.g. UTF-8, untouched)."""
    if type(x) is Vec and x.t == CHAR:
        return Vec(CHAR, np.frombuffer(fn(x.a.tobytes()), dtype=np.uint8).copy())
    if type(x) is Vec and x.t == SYM:
        return symvec([_case_sym(s, fn) for s in x.a])
    if type(x) is Atom and x.t == -CHAR:
        return Atom(-CHAR, fn(bytes([x.v]))[0])
    if type(x) is Atom and x.t == -SYM:
        return Atom(-SYM, _case_sym(x.v, fn))
    if type(x) is list:
        return from_items([_case_map(v, fn) for v in x])
    if type(x) is QDict:
        return QDict(x.k, _case_map(x.v, fn))
    raise QError("type")


def _trim(x, left: bool, right: bool):
    if type(x) is list:
        return [_trim(v, left, right) for v in x]
    if type(x) is Atom and x.t == -CHAR:
        return x
    if type(x) is not Vec or x.t != CHAR:
        raise QError("type")
    s = vec_str(x)
    if left:
        s = s.lstrip(" ")
    if right:
        s = s.rstrip(" ")
    return strv(s)


def trim(x):
    return _trim(x, True, True)


def ltrim(x):
    return _trim(x, True, False)


def rtrim(x):
    return _trim(x, False, True)


def string(x):
    from .display import to_string

    return to_string(x)


def qnot(x):
    from .verbs import VERBS

    return VERBS["~"].monad(x)


def qneg(x):
    return arith.neg(x)


def qall(x):
    if type(x) is Vec:
        if x.t in (SYM,):
            raise QError("type")
        if x.t in (FLOAT, REAL):
            return bool(np.all(x.a != 0))
        return bool(np.all(x.a != 0))
    if type(x) is list:
        return _fold_bools(x, "&")
    if type(x) is QDict:
        return qall(x.v)
    if type(x) is Table:
        return QDict(symvec(x.names), from_items([qall(c) for c in x.cols]))
    return _truth(x)


def qany(x):
    if type(x) is Vec:
        if x.t in (SYM,):
            raise QError("type")
        return bool(np.any(x.a != 0))
    if type(x) is list:
        return _fold_bools(x, "|")
    if type(x) is QDict:
        return qany(x.v)
    if type(x) is Table:
        return QDict(symvec(x.names), from_items([qany(c) for c in x.cols]))
    return _truth(x)


def _fold_bools(x: list, op: str):
    """all/any of a general list (q: min/max of "b"$x): items fold item-wise, so a list of
    boolean vectors gives one vector."""
    from functools import reduce

    from .verbs import VERBS

    if not x:
        return op == "&"
    return reduce(VERBS[op].dyad, [_as_bools(v) for v in x])


def _as_bools(v):
    """The items of all/any as booleans (q: "b"$v): nonzero atoms and vector items are true."""
    if type(v) is Vec:
        if v.t == SYM:
            raise QError("type")
        return Vec(BOOL, v.a != 0)
    if type(v) is list:
        return [_as_bools(i) for i in v]
    return _truth(v)


def _truth(v) -> bool:
    r = atom_raw(v)
    if isinstance(r, str):
        raise QError("type")
    return r != 0


def qin(x, y):
    """x in y: items of x found in y.

    Against a general list whose first item is a list, x is matched whole (an atom x is then
    never found); otherwise a list x is searched item by item. A dictionary y is searched by
    its values. Typed vectors of different types signal 'type unless y has one item."""
    if type(y) is QDict and type(y.k) is not Table:
        y = y.v
    if type(y) is list and y and not all(is_atom(v) for v in y) and type(x) is not Table:
        if not is_atom(y[0]):
            return False if is_atom(x) else any(ops.match(x, v) for v in y)
        if not is_atom(x):
            return from_items([qin(v, y) for v in items(x)])
        return any(ops.match(x, v) for v in y)
    if is_atom(y) and not is_atom(x):
        y = enlist(y)
    if type(x) is Vec and type(y) is Vec and x.t != y.t and len(y.a) != 1:
        raise QError("type")
    if type(x) is list:
        return from_items([qin(v, y) for v in x])
    if type(x) is Table:
        keys = set(ops.item_keys(y))
        return Vec(BOOL, np.array([k in keys for k in ops.item_keys(x)], dtype=bool))
    if is_atom(x):
        ys = to_list(y)
        r = ops.find(ys, x)
        return r < count(ys) if type(r) is int else False
    if type(x) is Vec and type(y) is Vec and x.t == y.t and x.t not in (SYM, FLOAT, REAL):
        return Vec(BOOL, np.isin(x.a, y.a))
    keys = set(ops.item_keys(to_list(y)))
    if type(y) is Vec and type(x) is Vec and x.t != y.t:
        if SYM in (x.t, y.t) or 2 in (x.t, y.t):  # symbols and guids (2) match no number
            return Vec(BOOL, np.zeros(len(x.a), dtype=bool))
        keys = {(-x.t, k[1]) for k in keys if not isinstance(k[1], str) or x.t == SYM}
        if y.t in (FLOAT, REAL) or x.t in (FLOAT, REAL):
            yv = [float(v) for v in y.a.tolist()] if y.t != SYM else []
            return Vec(BOOL, np.isin(x.a.astype(np.float64), np.array(yv)))
    return Vec(BOOL, np.array([k in keys for k in ops.item_keys(x)], dtype=bool))


def within(x, y):
    """x within (lo;hi): lo <= x <= hi, item-wise."""
    if is_atom(y):
        raise QError("type")
    if count(y) != 2:
        raise QError("length")  # the bounds are a pair
    lo, hi = items(y)[0], items(y)[1]
    return _and(arith.ge(x, lo), arith.le(x, hi))


def _and(a, b):
    return arith.qmin(a, b)


def _items_in(x, y, wanted: bool):
    """The items (table rows) of x that are (wanted) or are not in y."""
    if type(y) is QDict and type(y.k) is not Table:
        y = y.v
    ys = y if type(y) is Table else to_list(y)
    xs = x if type(x) is Table else to_list(x)
    keys = set(ops.item_keys(ys))
    keep = [i for i, k in enumerate(ops.item_keys(xs)) if (k in keys) == wanted]
    return index(xs, Vec(LONG, np.array(keep, dtype=np.int64)))


def qexcept(x, y):
    return _items_in(x, y, False)


def inter(x, y):
    return _items_in(x.v if type(x) is QDict else x, y, True)


def union(x, y):
    return ops.distinct(ops.join(x, y))


def cross(x, y):
    if type(x) is Table and type(y) is Table:
        nx, ny = count(x), count(y)
        ix = Vec(LONG, np.repeat(np.arange(nx), ny))
        iy = Vec(LONG, np.tile(np.arange(ny), nx))
        a, b = index(x, ix), index(y, iy)
        return Table(a.names + b.names, a.cols + b.cols)
    xs, ys = to_list(x), to_list(y)
    nx, ny = count(xs), count(ys)
    a = index(xs, Vec(LONG, np.repeat(np.arange(nx), ny)))
    b = index(ys, Vec(LONG, np.tile(np.arange(ny), nx)))
    from .ops import flip

    return flip([a, b])


def sublist(n, x):
    """n sublist x: the first (last, n<0) n items of x, or c items from s for n=(s;c)."""
    if is_atom(x):
        raise QError("type")
    if type(n) is Vec:
        if n.t not in _INTEGRAL:
            raise QError("type")
        if len(n.a) != 2:
            raise QError("length")  # (start;count)
        s, c = n.a.tolist()
        return ops.slice_list(x, s, s + c)
    k = int_atom(n)
    cnt = count(x)
    if k >= 0:
        return ops.slice_list(x, 0, min(k, cnt))
    return ops.slice_list(x, max(cnt + k, 0), cnt)


def rotate(n, x):
    k = int_atom(n)
    c = count(x)
    if c == 0:
        return x
    k %= c
    return ops.join(ops.drop(k, x), ops.take(k, x)) if k else x


def cut(n, x):
    """n cut x: pieces of n items, or pieces starting at the indices n."""
    if is_atom(x):
        raise QError("type")
    if is_atom(n):
        k = int_atom(n)
        if k <= 0:
            raise QError("domain")  # pieces of no items
        c = count(x)
        return ops.cut(Vec(LONG, np.arange(0, c, k, dtype=np.int64)), x)
    return ops.cut(n, x)


def bin_(x, y, right=False):
    if type(x) is Table or type(x) is QDict:
        from .tables import bin_rows

        return bin_rows(x, y)
    xs = x
    if type(xs) is list:
        return _bin_general(xs, y, right)
    if type(xs) is not Vec:
        raise QError("type")
    ys = y if type(y) is list else [y]
    if any(qtype(v) >= 100 for v in ys) or any(
        (xs.t == t) != (abs(qtype(v)) == t) for t in (SYM, 2) for v in ys
    ):
        raise QError("type")  # symbols (and guids) search only among their own kind
    a = xs.a
    if type(y) is Vec and y.t == xs.t or (type(y) is Vec and y.t != SYM and xs.t != SYM):
        b = y.a
        side = "left" if right else "right"
        r = np.searchsorted(a, b, side=side) - (0 if right else 1)
        return Vec(LONG, r.astype(np.int64))
    if is_atom(y):
        v = atom_raw(y)
        if xs.t == SYM:
            import bisect

            lst = list(a)
            return bisect.bisect_left(lst, v) if right else bisect.bisect_right(lst, v) - 1
        side = "left" if right else "right"
        return int(np.searchsorted(a, v, side=side)) - (0 if right else 1)
    if type(y) is list:
        return from_items([bin_(x, v, right) for v in y])
    raise QError("type")


def _bin_general(x: list, y, right: bool):
    """bin over a sorted general list (e.g. strings): items compare as q sorts them."""
    import bisect

    keys = [_sort_key(v) for v in x]

    def one(v) -> int:
        k = _sort_key(v)
        return bisect.bisect_left(keys, k) if right else bisect.bisect_right(keys, k) - 1

    if type(y) is list and not (x and qtype(x[0]) == 0):
        return Vec(LONG, np.array([one(v) for v in y], dtype=np.int64))
    if type(y) is list or (x and qtype(y) == qtype(x[0])):
        return one(y)
    return Vec(LONG, np.array([one(v) for v in items(y)], dtype=np.int64))


def binr(x, y):
    return bin_(x, y, True)


def xbar(x, y):
    def k(a, b):
        return (
            arith.mul(a, arith.idiv(b, a))
            if qtype(b) not in (-9, 9, -8, 8) and qtype(a) not in (-9, 9)
            else arith.mul(a, floor(arith.divide(b, a)))
        )

    from .cast import cast_to

    if abs(qtype(x)) in arith.NS_PER:  # a duration bucket counts units of y's clock
        unit = arith.NS_PER.get(abs(qtype(y)), 1)
        x = arith.idiv(arith.mul(cast_to(LONG, x), arith.NS_PER[abs(qtype(x))]), unit)
    if qtype(y) in (-14, 14, -12, 12, -19, 19, -18, 18, -17, 17, -16, 16, -13, 13):
        if type(x) is list:
            raise QError("type")  # a bucket size for times is a number
        return _retype(abs(qtype(y)), k(x, cast_to(LONG, y)))
    return k(x, y)


def _zone_shift(x, to_local: bool):
    """ltime (UTC -> local) / gtime (local -> UTC) of timestamps or datetimes, by the offset of
    this process's time zone at each instant (none under UTC)."""
    if type(x) is QDict:
        return QDict(x.k, _zone_shift(x.v, to_local))
    if type(x) is list:
        return from_items([_zone_shift(v, to_local) for v in x])
    t = abs(qtype(x))
    if t not in (TIMESTAMP, DATETIME):
        raise QError("type")
    raw = np.atleast_1d(np.asarray(atom_raw(x) if is_atom(x) else x.a))
    per_sec = 10**9 if t == TIMESTAMP else 1 / 86_400
    out = raw.copy()
    for i, v in enumerate(raw.tolist()):
        if v == v and abs(v) < (INF_J if t == TIMESTAMP else math.inf):
            secs = v / per_sec + 946_684_800  # the q epoch in Unix seconds
            off = time.localtime(secs).tm_gmtoff
            out[i] = v + (off if to_local else -off) * per_sec
    return make_atom(-t, out[0]) if is_atom(x) else Vec(t, out)


def _retype(t, r):
    if type(r) is Vec:
        return Vec(t, r.a.astype(DTYPES[t]))
    return make_atom(-t, r)


def columnwise(fn):
    """Apply a list function `fn(n, x)` to a dict's values or each column of a table."""

    def wrapped(n, x):
        if type(x) is QDict:
            if type(x.v) is Table:
                return QDict(x.k, wrapped(n, x.v))
            return QDict(x.k, wrapped(n, x.v))
        if type(x) is Table:
            return Table(x.names, [wrapped(n, c) for c in x.cols])
        if is_atom(x):
            raise QError("type")  # a window moves over a list
        return fn(n, x)

    return wrapped


@columnwise
def mavg(n, x):
    k = int_atom(n)
    a = _floats(_num_vec(x))
    if k <= 0:
        return Vec(FLOAT, np.full(len(a), np.nan))
    ok = ~np.isnan(a)
    s = np.cumsum(np.where(ok, a, 0))
    c = np.cumsum(ok)
    s2 = s.copy()
    c2 = c.copy()
    s2[k:] = s[k:] - s[:-k]
    c2[k:] = c[k:] - c[:-k]
    with np.errstate(all="ignore"):
        return Vec(FLOAT, s2 / c2)


@columnwise
def msum(n, x):
    k = int_atom(n)
    if type(x) is list:
        return _msum_items(k, x)
    if type(x) is Vec and x.t in (FLOAT, REAL):
        a = np.where(np.isnan(x.a), 0, x.a)
    else:
        a = np.where(null_mask(_num_vec(x)), 0, x.a.astype(np.int64))
    s2 = _window_sums(np.cumsum(a), k)
    from .values import DATE, MONTH, TIMESPAN, TIMESTAMP

    # as sum: booleans, bytes, shorts, ints, months and dates give ints; timestamps a timespan
    small = (BOOL, BYTE, SHORT, INT, MONTH, DATE)
    rt = INT if x.t in small else TIMESPAN if x.t == TIMESTAMP else x.t
    return Vec(rt, s2.astype(DTYPES[rt]))


def _msum_items(k: int, xs: list):
    """Moving sums over the items of a general list (nulls count as 0), atomic within items."""
    from .verbs import _fill

    if k <= 0:  # an empty window sums to 0 (see _window_sums)
        return from_items([arith.mul(0, _fill(0, v)) for v in xs])
    out, acc = [], None
    for i, v in enumerate(xs):
        acc = _fill(0, v) if acc is None else arith.add(acc, _fill(0, v))
        if k <= i:
            acc = arith.sub(acc, _fill(0, xs[i - k]))
        out.append(acc)
    return from_items(out)


@columnwise
def mcount(n, x):
    k = int_atom(n)
    if type(x) is list:
        return _msum_items(k, [qnot(null(v)) for v in x])
    ok = (~null_mask(x)).astype(np.int64)
    return Vec(LONG, _window_sums(np.cumsum(ok), k))


def _window_sums(s: np.ndarray, k: int) -> np.ndarray:
    """Sums over the last k items, from cumulative sums s (0 for a window of k<=0, as q's
    y-(-k)_(0*k#y),y gives)."""
    if k <= 0:
        return np.zeros_like(s)
    s2 = s.copy()
    s2[k:] = s[k:] - s[:-k]
    return s2


def _mwindow(n, x, fn):
    k = int_atom(n)
    xs = items(x)
    out = []
    for i in range(len(xs)):
        win = index(x, Vec(LONG, np.arange(max(0, i - k + 1), i + 1, dtype=np.int64)))
        out.append(fn(win))
    return from_items(out)


def _mextreme(k: int, x: Vec, fn) -> Vec:
    """Moving max/min of an integer-backed or float vector on raw values (a null is the least
    value, so it wins a moving min, as in q)."""
    a = x.a
    if not len(a):
        return x
    k = min(k, len(a))  # a window longer than the list holds all of it
    pad = np.full(k - 1, a[0], dtype=a.dtype)
    windows = np.lib.stride_tricks.sliding_window_view(np.concatenate([pad, a]), k)
    return Vec(x.t, fn(windows, axis=1))


@columnwise
def mmax(n, x):
    if type(x) is Vec and x.a.dtype.kind in "if" and int_atom(n) > 0:
        return _mextreme(int_atom(n), x, np.max if x.a.dtype.kind == "i" else np.fmax.reduce)
    return _mwindow(n, x, qmax)


@columnwise
def mmin(n, x):
    if type(x) is Vec and x.a.dtype.kind in "if" and int_atom(n) > 0:
        return _mextreme(int_atom(n), x, np.min)
    return _mwindow(n, x, qmin)


@columnwise
def mdev(n, x):
    """Moving deviation by q's own definition, sqrt mavg[n;y*y]-m*m:mavg[n;y]."""
    if type(x) is not Vec:
        return _mwindow(n, x, dev)
    m = mavg(n, x).a
    a = _floats(x)
    with np.errstate(all="ignore"):
        return Vec(FLOAT, np.sqrt(mavg(n, Vec(FLOAT, a * a)).a - m * m))


def wavg(w, x):
    """Weighted average; nulls in x drop their weights. Over lists of vectors (or a dict's
    vector values) it is item-wise: (sum w*x) % sum w."""
    if type(x) is QDict:
        x = x.v
    if type(w) is list or type(x) is list:
        return arith.divide(wsum(w, x), qsum(w) if not is_atom(w) else arith.mul(w, count(x)))
    a, b = _floats(to_list(w)), _floats(to_list(x))
    if len(a) != len(b):
        raise QError("length")
    return float(np.nansum(a * b) / np.nansum(np.where(np.isnan(b), 0, a)))


def wsum(w, x):
    """Weighted sum: sum w*x, in floats when both are simple lists (`2 wsum 1 2 4` is 14)."""
    r = qsum(arith.mul(w, x))
    if type(w) is not Vec or type(x) is not Vec:
        return r
    if type(r) is int or type(r) is bool:
        return float(r)
    if type(r) is Vec and r.t in (BOOL, BYTE, SHORT, INT, LONG):
        return Vec(FLOAT, r.a.astype(np.float64))
    return r


def _paired_floats(x, y) -> tuple[np.ndarray, np.ndarray]:
    """Two equal-length vectors as floats (nulls NaN), for statistics over pairs."""
    a, b = _floats(x), _floats(y)
    if len(a) != len(b):
        raise QError("length")
    return a, b


def cor(x, y):
    a, b = _paired_floats(x, y)
    ok = ~(np.isnan(a) | np.isnan(b))
    a, b = a[ok], b[ok]
    return float(np.corrcoef(a, b)[0, 1])


def cov(x, y):
    a, b = _paired_floats(x, y)
    return float(np.mean((a - a.mean()) * (b - b.mean())))


def scov(x, y):
    a, b = _paired_floats(x, y)
    return float(np.sum((a - a.mean()) * (b - b.mean())) / (len(a) - 1))


def ema(a, x):
    alpha = _floats(to_list(a)) if not is_atom(a) else _atom_float(a)
    xs = _floats(x)
    if not isinstance(alpha, float) and len(alpha) != len(xs):
        raise QError("length")
    out = np.empty(len(xs))
    for i, v in enumerate(xs):
        al = alpha[i] if not isinstance(alpha, float) else alpha
        out[i] = v if i == 0 else al * v + (1 - al) * out[i - 1]
    return Vec(FLOAT, out)


def like(x, pattern):

    if type(x) is list:  # a list of strings only: symbols in a general list are a type error
        if not all(type(v) is Vec and v.t == 10 for v in x):
            raise QError("type")
        return from_items([like(v, pattern) for v in x])
    if type(x) is Vec and x.t == SYM:
        return Vec(BOOL, np.array([like(Atom(-SYM, s), pattern) for s in x.a], dtype=bool))
    if type(x) is QDict:
        return QDict(x.k, like(x.v, pattern))
    s = _byte_text(x)
    p = _byte_text(pattern)
    rx = _like_regex(p)
    if rx is None:
        raise QError("nyi")
    return rx.fullmatch(s) is not None


_LIKE_CACHE: dict = {}


def _like_regex(p: str):
    import re

    rx = _LIKE_CACHE.get(p)
    if rx is not None:
        return rx
    out = []
    i = 0
    inner_stars = 0  # q matches at most one `*` before the pattern's last character
    while i < len(p):
        c = p[i]
        if c == "*":
            inner_stars += i < len(p) - 1
            if inner_stars > 1 or p[i - 1 : i] == "*":  # "**" is not implemented either
                return None
            out.append(".*")
        elif c == "?":
            out.append(".")
        elif c == "[":
            first = i + 2 if p[i + 1 : i + 2] == "^" else i + 1
            j = p.find("]", first + 1)  # a `]` first in the class is literal: [^]] or []]
            if j < 0:
                out.append(re.escape(c))
            else:
                body = p[i + 1 : j]
                if body.startswith("^"):
                    body = "^" + re.escape(body[1:]).replace("\\-", "-")
                else:
                    body = re.escape(body).replace("\\-", "-")
                out.append("[" + body + "]")
                i = j
        else:
            out.append(re.escape(c))
        i += 1
    rx = re.compile("".join(out), re.S)
    _LIKE_CACHE[p] = rx
    return rx


def _byte_text(x) -> str:
    """The bytes of a string, char or symbol as a latin-1 str: one character per q char, so
    `?` matches one byte and positions count bytes (as in q, also for UTF-8 text)."""
    if type(x) is Vec and x.t == CHAR:
        return x.a.tobytes().decode("latin-1")
    if type(x) is Atom and x.t == -CHAR:
        return chr(x.v)
    if type(x) is Atom and x.t == -SYM:
        return x.v.encode("utf-8", "surrogateescape").decode("latin-1")
    raise QError("type")


def _string_text(x) -> str:
    """_byte_text of a string (a char vector); anything else is a type error."""
    if type(x) is not Vec or x.t != CHAR:
        raise QError("type")
    return _byte_text(x)


def _text_vec(s: str) -> Vec:
    return Vec(CHAR, np.frombuffer(s.encode("latin-1"), dtype=np.uint8).copy())


def ss(x, y):
    """x ss y: start positions of the non-overlapping matches of pattern y in string x."""
    s = _string_text(x)
    p = _byte_text(y)
    if not p or "*" in p:
        raise QError("length")
    hits = []
    if any(c in p for c in "?["):
        rx = _like_regex(p)
        m = rx.search(s)
        while m is not None:
            hits.append(m.start())
            m = rx.search(s, m.end() if m.end() > m.start() else m.start() + 1)
    else:
        i = s.find(p)
        while i >= 0:
            hits.append(i)
            i = s.find(p, i + len(p))
    return Vec(LONG, np.array(hits, dtype=np.int64))


def ssr(x, y, z):
    """ssr[x;y;z]: replace each match of pattern y (`?` and `[..]` allowed) in x by the string z
    or by z applied to the matched text."""
    s = _string_text(x)
    p = _byte_text(y)
    if not p or "*" in p:
        raise QError("length")

    def replacement(m) -> str:
        if isinstance(z, Fn):
            return _byte_text(to_list(apply(z, [_text_vec(m.group(0))])))
        return _byte_text(z)

    return _text_vec(_like_regex(p).sub(replacement, s))


def vs(x, y):
    """x vs y: split string / symbol, or encode numbers in a base."""
    if type(x) is Vec and x.t == CHAR or type(x) is Atom and x.t == -CHAR:
        sep = vec_str(x) if type(x) is Vec else chr(x.v)
        if not sep:
            raise QError("length")  # an empty separator splits nothing
        if type(y) is Atom and y.t == -SYM:
            return symvec(y.v.split(sep))
        if qtype(y) not in (CHAR, -CHAR, BYTE):
            raise QError("type")  # only text (or bytes) splits at a separator
        s = vec_str(y) if type(y) is Vec else chr(y.v)
        return [strv(p) for p in s.split(sep)]
    if type(x) is Atom and x.t == -SYM and x.v == "":
        if type(y) is Atom and y.t == -SYM:
            if y.v.startswith(":") and "/" in y.v:  # a file handle: its directory and name
                return symvec(y.v.rsplit("/", 1))
            return symvec(y.v.split("."))
        return [strv(line) for line in _lines(y)]
    if encode.is_zero_byte(x) and is_atom(y):
        return encode.atom_bytes(y)
    if encode.is_false(x) and is_atom(y):
        return encode.atom_bits(y)
    if qtype(x) in (BYTE, -BYTE):
        return encode.split_bytes(x, y)
    if is_atom(x) and qtype(x) in (-LONG, -INT, -SHORT, -BOOL):
        _need_ints(y)
        base = int(atom_raw(x))
        if base < 2:
            raise QError("domain")
        if is_atom(y):
            v = int(atom_raw(y))
            if v < 0:  # a negative number encodes its two's complement bits
                v += 2 ** {-SHORT: 16, -INT: 32}.get(qtype(y), 64)
            digits = []
            while True:
                v, r = divmod(v, base)
                digits.append(r)
                if v == 0:
                    break
            t = LONG if qtype(x) != -BOOL else BOOL
            if qtype(y) == -INT:
                t = INT
            return Vec(t, np.array(digits[::-1], dtype=np.int64).astype(DTYPES[t]))
        vals = np.array(_leaf_ints(y), np.int64) if type(y) is list else y.a.astype(np.int64)
        mx = int(vals.max()) if len(vals) else 0
        n = 1
        while base**n <= mx:
            n += 1
        return [_map_ints(y, lambda a, k=k: (a // base**k) % base) for k in range(n - 1, -1, -1)]
    if type(x) is Vec:
        _need_ints(x)
        _need_ints(y)
        bases = x.a.astype(np.int64).tolist()
        if is_atom(y):
            v = int(atom_raw(y))
            out = []
            for b in reversed(bases):
                v, r = divmod(v, b) if b else (0, v)
                out.append(r)
            t = LONG if qtype(y) != -INT else INT
            return Vec(t, np.array(out[::-1], dtype=DTYPES[t]))
        if type(y) is not Vec:
            raise QError("type")
        vals = y.a.astype(np.int64)
        out = []
        for b in reversed(bases):
            out.append(Vec(LONG, vals % b))
            vals = vals // b
        return out[::-1]
    raise QError("type")


_INTEGRAL = (BOOL, SHORT, INT, LONG)


def _need_ints(y) -> None:
    """'type unless y is integers (atoms, vectors or lists of them) for base encoding."""
    if type(y) is list:
        for v in y:
            _need_ints(v)
    elif abs(qtype(y)) not in _INTEGRAL:
        raise QError("type")


def _leaf_ints(y) -> list[int]:
    """Every integer at the leaves of a (nested) list."""
    if type(y) is list:
        return [i for v in y for i in _leaf_ints(v)]
    return y.a.astype(np.int64).tolist() if type(y) is Vec else [int(atom_raw(y))]


def _map_ints(y, fn):
    """fn applied to the integer vectors (and atoms) at the leaves of y, keeping its shape."""
    if type(y) is list:
        return from_items([_map_ints(v, fn) for v in y])
    if type(y) is Vec:
        return Vec(LONG, fn(y.a.astype(np.int64)))
    return int(fn(np.int64(atom_raw(y))))


def sv(x, y):
    if type(x) is Vec and x.t == CHAR or type(x) is Atom and x.t == -CHAR:
        sep = vec_str(x) if type(x) is Vec else chr(x.v)
        if any(qtype(v) not in (CHAR, -CHAR) for v in items(y)):
            raise QError("type")  # only strings join with a separator
        parts = [vec_str(v) if type(v) is Vec else chr(v.v) for v in items(y)]
        return strv(sep.join(parts))
    if type(x) is Atom and x.t == -SYM:
        if x.v == "" and type(y) is list:
            if any(qtype(line) != CHAR for line in y):
                raise QError("type")  # lines are strings
            return strv("".join(vec_str(line) + "\n" for line in y))
        if x.v == "":
            names = items_syms(y)
            sep = "/" if names and names[0].startswith(":") else "."  # a path, else a name
            return Atom(-SYM, sep.join(names))
        return Atom(-SYM, x.v + "/" + "/".join(items_syms(y)))
    if encode.is_zero_byte(x):
        return encode.bytes_value(y)
    if encode.is_false(x):
        return encode.bits_value(y)
    if qtype(x) in (BYTE, -BYTE):
        return encode.join_bytes(x, y)
    if is_atom(x) and type(y) is list and y and all(type(d) is Vec for d in y):
        _need_ints(x)
        acc = 0  # rows of digits (as x vs a vector gives): one number per column
        for d in y:
            _need_ints(d)
            acc = arith.add(arith.mul(acc, x), d)
        return acc
    if is_atom(x):
        _need_ints(x)
        _need_ints(y)
        base = int(atom_raw(x))
        if type(y) is list and not all(is_atom(d) for d in y):
            raise QError("type")  # digits are atoms, or rows of them (above)
        v = 0
        for d in items(y):
            v = v * base + int(atom_raw(d))
        return arith.wrap64(v)  # long arithmetic wraps
    if type(x) is Vec:
        _need_ints(x)
        _need_ints(y)
        if is_atom(y) or count(y) != count(x):
            raise QError("length")  # one digit per base
        bases = x.a.tolist()
        if type(y) is list and any(type(d) is Vec for d in y):  # rows of digits, per column
            acc = 0
            for b, d in zip(bases, y, strict=True):
                acc = arith.add(arith.mul(acc, b), d)
            return acc
        if type(y) is list and not all(is_atom(d) for d in y):
            raise QError("type")
        ys = [int(atom_raw(d)) for d in items(y)]
        v = 0
        for b, d in zip(bases, ys, strict=True):
            v = v * b + d
        return arith.wrap64(v)
    raise QError("type")


def _lines(y) -> list[str]:
    """The lines of a string or byte vector (`` ` vs ``), without their CR/LF endings."""
    if qtype(y) not in (CHAR, -CHAR, BYTE, -BYTE):
        raise QError("type")
    text = y.a.tobytes().decode("latin-1") if type(y) is Vec else chr(atom_raw(y))
    return text.splitlines()


def items_syms(y):
    """The names in a symbol vector (or a list of symbol atoms); 'type for anything else."""
    if qtype(y) == SYM:
        return list(y.a)
    if type(y) is not list or any(qtype(v) != -SYM for v in y):
        raise QError("type")
    return [v.v for v in y]


def roll(x, y):
    """x?y: random draws (roll / deal) using the run's seed."""
    import random

    st = runtime.CUR
    rng = getattr(st, "_rng", None)
    if rng is None:
        rng = random.Random(st.seed)
        st._rng = rng
    n = int_atom(x)
    if n == -(2**63):  # 0N?y permutes: deal as many as there are
        n = -(int(atom_raw(y)) if is_atom(y) and qtype(y) in (-SHORT, -INT, -LONG) else count(y))
    deal = n < 0
    n = abs(n)
    if n > 2**40 - 1:
        raise QError("limit")  # longer than any list q makes, as for take
    if is_atom(y):
        t = qtype(y)
        if t == -FLOAT:
            return Vec(FLOAT, np.array([rng.random() * y for _ in range(n)]))
        if t == -2:  # n?0Ng: n random guids
            return vec_of(2, [rng.getrandbits(128).to_bytes(16, "big") for _ in range(n)])
        if t == -CHAR:  # n?" ": letters
            return Vec(CHAR, np.array([rng.randrange(97, 123) for _ in range(n)], dtype=np.uint8))
        if t == -SYM:
            return _random_symbols(rng, n, y.v, deal)
        if t in (-BOOL, -BYTE) or t in (-INT, -LONG) and atom_raw(y) == 0:  # any value
            bits = {-BOOL: 1, -BYTE: 8, -INT: 32, -LONG: 64}[t]
            vals = [rng.getrandbits(bits) for _ in range(n)]
            if t in (-INT, -LONG):
                vals = [v - (1 << bits) if v >= 1 << (bits - 1) else v for v in vals]
            return Vec(-t, np.array(vals, dtype=DTYPES[-t]))
        m = int(atom_raw(y))
        if m <= 0 and n:
            raise QError("domain")  # nothing below m to pick from
        if deal and n > m:
            raise QError("length")  # cannot deal more distinct values than there are
        vals = rng.sample(range(m), n) if deal else [rng.randrange(m) for _ in range(n)]
        rt = -t if t in (-INT, -SHORT, -LONG) or -t in TEMPORAL else LONG  # 4?2012.09m: months
        return Vec(rt, np.array(vals, dtype=DTYPES[rt]))
    xs = items(y)
    if n and (len(xs) < n if deal else not xs):
        raise QError("length")  # too few items to draw from
    idx = rng.sample(range(len(xs)), n) if deal else [rng.randrange(len(xs)) for _ in range(n)]
    return index(y, Vec(LONG, np.array(idx, dtype=np.int64)))


def rand(x):
    """rand x: one random item of a list, or one value as `1?x` draws for an atom."""
    return ops.first(roll(1, x))


def _random_symbols(rng, n: int, spec: str, deal: bool) -> Vec:
    """n?`k: symbols of k letters from a to p (distinct ones for a deal)."""
    if not spec.isdigit() or not 0 < int(spec) <= 8:
        raise QError("type")
    k = int(spec)
    if deal and n > 16**k:
        raise QError("length")
    out: list[str] = []
    seen: set[str] = set()
    while len(out) < n:
        s = "".join(chr(97 + rng.randrange(16)) for _ in range(k))
        if deal and s in seen:
            continue
        seen.add(s)
        out.append(s)
    return symvec(out)


def trap(f, args, handler):
    """@[f;x;h] / .[f;args;h]: apply, handing any q error message to h."""
    from .compile import Return
    from .errors import QExit
    from .session import error_message

    try:
        return apply(f, args)
    except (Return, QExit):
        raise
    except Exception as e:  # noqa: BLE001 - any failure inside f is a q error the trap catches
        msg = error_message(e)
    if isinstance(handler, Fn):
        return apply(handler, [strv(msg)])
    return handler


def find3(x, y, z):
    """?[c;a;b] vector conditional, or ?[t;c;b;a] functional select (3 args: exec-less)."""
    if (
        type(x) is Table
        or (type(x) is QDict and type(x.k) is Table)
        or (type(x) is Atom and x.t == -SYM)
    ):
        from .qsql import simple_exec

        return simple_exec(x, y, z)
    if type(x) is bool:
        return y if x else z
    if type(x) is Vec and x.t == BOOL:
        ys = items(y) if not is_atom(y) else [y] * len(x.a)
        zs = items(z) if not is_atom(z) else [z] * len(x.a)
        if not len(ys) == len(zs) == len(x.a):
            raise QError("length")
        return from_items([a if c else b for c, a, b in zip(x.a.tolist(), ys, zs, strict=True)])
    raise QError("type")


def _fselect(*args):
    from .qsql import functional_select

    return functional_select(*args)


def _fupdate(*args):
    from .qsql import functional_update

    return functional_update(*args)


def cast(x, y):
    from .cast import cast as c

    return c(x, y)


def qtype_kw(x):
    if type(x) is Vec and x.dom is not None or atom_dom(x) is not None:
        from .enums import ENUM_TYPE

        return Atom(-SHORT, ENUM_TYPE if type(x) is Vec else -ENUM_TYPE)
    return Atom(-SHORT, qtype(x))


def show(x):
    from .display import show_text

    runtime.CUR.out.write(show_text(x))
    return IDENTITY


def qexit(x):
    from .errors import QExit

    raise QExit(int(atom_raw(x)))


def distinct(x):
    return ops.distinct(x)


def group(x):
    return ops.group(x)


def cols(x):
    from .tables import cols_of

    if type(x) is Atom and x.t == -SYM:
        x = runtime.lookup(x.v)
    return cols_of(x)


def keys(x):
    """Key column names of a keyed table (by value or name); `symbol$() for a plain table."""
    if type(x) is Atom and x.t == -SYM:
        x = runtime.lookup(x.v)
    if type(x) is QDict and type(x.k) is Table:
        return symvec(x.k.names)
    if type(x) is Table:
        return symvec([])
    raise QError("type")


def ungroup(t):
    from .tables import table_of

    t = table_of(t)
    listcols = [i for i, c in enumerate(t.cols) if type(c) is list]
    n = count(t)
    rows_idx = []
    lens = []
    for r in range(n):
        ln = count(t.cols[listcols[0]][r]) if listcols else 1
        lens.append(ln)
        rows_idx.extend([r] * ln)
    cols_out = []
    for i, c in enumerate(t.cols):
        if i in listcols:
            cols_out.append(ops.raze(c))
        else:
            cols_out.append(index(c, Vec(LONG, np.array(rows_idx, dtype=np.int64))))
    return Table(t.names, cols_out)


def system_eval(x):
    """`0 x`: the process's own handle evaluates a string or a parse tree synchronously."""
    if type(x) is Vec and x.t == CHAR:
        return value(x)
    return eval_kw(x)


def system_kw(x):
    """`system "cmd"`: the value of the system command `\\cmd` (:: when it has none)."""
    from .session import system_command

    if type(x) is Atom and x.t == -CHAR:
        x = strv(chr(x.v))
    if type(x) is not Vec or x.t != CHAR:
        raise QError("type")
    r = system_command("\\" + vec_str(x), runtime.CUR, False)
    return IDENTITY if r is None else r


def get(x):
    return value(x)


def qset(x, y):
    """x set y: assign y to the global named by symbol x."""
    if type(x) is not Atom or x.t != -SYM:
        raise QError("type")
    runtime.CUR.g[x.v] = y
    return x


def fby(x, y):
    """(f;col) fby grp: f applied to col within each group of grp, spread back to rows."""
    if type(x) is not list or len(x) != 2:
        raise QError("type")
    f, col = x
    if is_atom(col) or count(col) != count(y):
        raise QError("length")  # one value per row of the grouping
    g = ops.group(y)
    out: list = [None] * count(y)
    for idx in items(g.v):
        r = apply(f, [index(col, idx)])
        if is_atom(r):
            for i in idx.a.tolist():
                out[i] = r
        else:
            if count(r) != len(idx.a):
                raise QError("length")  # a uniform result has one item per row of its group
            for i, v in zip(idx.a.tolist(), items(r), strict=True):
                out[i] = v
    return from_items(out)


def each_kw(f, x):
    from .adverbs import each

    return each(f, [x])


def over_kw(f, x):
    """`f over x` is `(f/)x`, f a function or a map."""
    from .adverbs import derive

    return derive("/", f).call([x])


def scan_kw(f, x):
    """`f scan x` is `(f\\)x`, f a function or a map."""
    from .adverbs import derive

    return derive("\\", f).call([x])


def prior_kw(f, x):
    from .adverbs import each_prior

    return each_prior(f, [x])


def insert(t, rows):
    from .tables import insert_rows

    if type(t) is not Atom or t.t != -SYM:
        raise QError("type")  # insert names the table it amends
    name = t.v
    if name not in runtime.CUR.g and (
        type(rows) is Table or (type(rows) is QDict and type(rows.k) is Table)
    ):
        runtime.CUR.g[name] = rows  # `new insert table creates the table
        return Vec(LONG, np.arange(count(rows), dtype=np.int64))
    cur = runtime.lookup(name)
    n0 = count(cur)
    new = insert_rows(cur, rows)
    runtime.CUR.g[name] = new
    return Vec(LONG, np.arange(n0, count(new), dtype=np.int64))


def upsert(t, rows):
    """t upsert rows (by name: `t upsert rows amends the global)."""
    from .tables import append_rows

    if type(t) is Atom and t.t == -SYM and t.v:
        runtime.CUR.g[t.v] = upsert(runtime.lookup(t.v), rows)
        return t
    if type(t) is QDict and type(t.k) is not Table:
        return ops.join(t, rows)
    if type(t) is not Table and not (type(t) is QDict and type(t.k) is Table):
        raise QError("type")
    return append_rows(t, rows)


def xasc(c, t):
    from .tables import on_global, sort_table

    return on_global(lambda c, t: sort_table(c, t, False), c, t)


def xdesc(c, t):
    from .tables import on_global, sort_table

    return on_global(lambda c, t: sort_table(c, t, True), c, t)


def xgroup(c, t):
    from .qsql import group_by_cols

    return group_by_cols(c, t)


def tables_kw(x=None):
    names = sorted(
        k
        for k, v in runtime.CUR.g.items()
        if type(v) is Table or (type(v) is QDict and type(v.k) is Table)
    )
    return symvec(names)


def _lazy_ns(name: str):
    def call(x):
        from . import namespaces

        return getattr(namespaces, name)(x)

    return call


def _reval(x):
    from .parsetree import reval

    return reval(x)


def parse_kw(x):
    from .parsetree import parse_text

    return parse_text(x)


def eval_kw(x):
    from .parsetree import eval_tree

    return eval_tree(x)


def mmu(x, y):
    return _mmu(x, y)


def _mmu(x, y):
    try:
        a = np.array([_floats(r) for r in items(x)]) if type(x) is list else _floats(x)
        b = np.array([_floats(r) for r in items(y)]) if type(y) is list else _floats(y)
        r = a @ b
    except ValueError:  # ragged rows, or inner dimensions that differ
        raise QError("length") from None
    if r.ndim == 1:
        return Vec(FLOAT, r)
    if r.ndim == 0:
        return float(r)
    return [Vec(FLOAT, row) for row in r]


def md5(x):
    import hashlib

    if qtype(x) not in (CHAR, -CHAR, BYTE, -BYTE):
        raise QError("type")  # md5 hashes text
    data = x.a.tobytes() if type(x) is Vec else bytes([atom_raw(x)])
    return Vec(BYTE, np.frombuffer(hashlib.md5(data).digest(), dtype=np.uint8).copy())


def attr(x):
    if type(x) is QDict:
        x = x.k
    return Atom(-SYM, getattr(x, "attr", "") or "")


def hsym(x):
    if type(x) is Vec and x.t == SYM:
        return symvec([v if v.startswith(":") else ":" + v for v in x.a])
    if type(x) is not Atom or x.t != -SYM:
        raise QError("type")
    return Atom(-SYM, ":" + x.v if not x.v.startswith(":") else x.v)


def _deltas_call(args: list):
    """deltas takes one argument, or a seed and a list (`deltas[s;x]`)."""
    if not 1 <= len(args) <= 2:
        raise QError("rank")
    return deltas(*args)


def _register() -> None:
    import numpy as _np

    def mono(name, fn):
        KEYWORDS[name] = Builtin(name, fn, None)

    def dyad(name, fn):
        KEYWORDS[name] = Builtin(name, None, fn)

    def tri(name, fn):
        KEYWORDS[name] = Builtin(name, None, None, {3: fn})

    for name, fn in {
        "count": qcount,
        "first": ops.first,
        "last": ops.last,
        "til": ops.til,
        "sum": qsum,
        "prd": prd,
        "max": qmax,
        "min": qmin,
        "avg": avg,
        "var": var,
        "dev": dev,
        "sdev": sdev,
        "svar": lambda x: var(x, True),
        "med": med,
        "sums": sums,
        "prds": prds,
        "maxs": maxs,
        "mins": mins,
        "avgs": avgs,
        "ratios": ratios,
        "differ": differ,
        "prev": prev,
        "next": nxt,
        "fills": fills,
        "asc": asc,
        "desc": desc,
        "iasc": iasc,
        "idesc": idesc,
        "rank": rank,
        "abs": qabs,
        "neg": qneg,
        "not": qnot,
        "null": null,
        "floor": floor,
        "ceiling": ceiling,
        "signum": signum,
        "reciprocal": reciprocal,
        "sqrt": sqrt,
        "exp": _unary(_np.exp),
        "log": _unary(_np.log),
        "sin": _unary(_np.sin),
        "cos": _unary(_np.cos),
        "tan": _unary(_np.tan),
        "asin": _unary(_np.arcsin),
        "acos": _unary(_np.arccos),
        "atan": _unary(_np.arctan),
        "where": ops.where,
        "reverse": ops.reverse,
        "distinct": distinct,
        "group": group,
        "raze": ops.raze,
        "flip": ops.flip,
        "key": key,
        "keys": keys,
        "value": value,
        "get": get,
        "string": string,
        "lower": lower,
        "upper": upper,
        "trim": trim,
        "ltrim": ltrim,
        "rtrim": rtrim,
        "all": qall,
        "any": qany,
        "type": qtype_kw,
        "show": show,
        "exit": qexit,
        "cols": cols,
        "ungroup": ungroup,
        "tables": tables_kw,
        "parse": parse_kw,
        "views": _lazy_ns("views"),
        "view": _lazy_ns("view"),
        "eval": eval_kw,
        "reval": lambda x: _reval(x),
        "inv": lambda x: _linalg("inv")(x),
        "attr": attr,
        "hsym": hsym,
        "meta": lambda x: _meta(x),
        "md5": md5,
        "hcount": lambda x: 0,
        "system": system_kw,
    }.items():
        mono(name, fn)
    KEYWORDS["enlist"] = Builtin("enlist", enlist, None, {})
    KEYWORDS["enlist"].call = lambda args: (
        enlist(args[0]) if len(args) == 1 else from_items(list(args))
    )
    for name, fn in {
        "mod": arith.mod,
        "div": div,
        "xexp": xexp,
        "xlog": xlog,
        "in": qin,
        "within": within,
        "except": qexcept,
        "inter": inter,
        "union": union,
        "cross": cross,
        "sublist": sublist,
        "rotate": rotate,
        "cut": cut,
        "bin": bin_,
        "binr": binr,
        "xbar": xbar,
        "mavg": mavg,
        "msum": msum,
        "mcount": mcount,
        "mmax": mmax,
        "mmin": mmin,
        "mdev": mdev,
        "wavg": wavg,
        "wsum": wsum,
        "cor": cor,
        "cov": cov,
        "scov": scov,
        "ema": ema,
        "like": like,
        "ss": ss,
        "vs": vs,
        "sv": sv,
        "xprev": xprev,
        "and": arith.qmin,
        "or": arith.qmax,
        "each": each_kw,
        "over": over_kw,
        "scan": scan_kw,
        "prior": prior_kw,
        "peach": each_kw,
        "insert": insert,
        "upsert": upsert,
        "xasc": xasc,
        "xdesc": xdesc,
        "xgroup": xgroup,
        "set": qset,
        "fby": fby,
        "mmu": mmu,
        "xrank": xrank,
        "lsq": lambda x, y: _linalg("lsq")(x, y),
        "xkey": lambda c, t: _tables("on_global")(_tables("xkey"), c, t),
        "xcol": lambda c, t: _tables("xcol")(c, t),
        "xcols": lambda c, t: _tables("xcols")(c, t),
        "lj": lambda a, b: _joins("lj")(a, b),
        "ljf": lambda a, b: _joins("ljf")(a, b),
        "ij": lambda a, b: _joins("ij")(a, b),
        "ijf": lambda a, b: _joins("ijf")(a, b),
        "uj": lambda a, b: _joins("uj")(a, b),
        "ujf": lambda a, b: _joins("uj")(a, b),
        "pj": lambda a, b: _joins("pj")(a, b),
        "asof": lambda a, b: _joins("asof")(a, b),
    }.items():
        dyad(name, fn)
    KEYWORDS["deltas"] = Builtin("deltas", deltas, None, {2: deltas})
    KEYWORDS["deltas"].call = _deltas_call
    tri("ssr", ssr)
    tri("ej", lambda c, a, b: _joins("ej")(c, a, b))
    tri("aj", lambda c, a, b: _joins("aj")(c, a, b))
    tri("aj0", lambda c, a, b: _joins("aj0")(c, a, b))
    tri("ajf", lambda c, a, b: _joins("ajf")(c, a, b))
    tri("ajf0", lambda c, a, b: _joins("ajf0")(c, a, b))
    KEYWORDS["wj"] = Builtin("wj", None, None, {4: lambda *a: _joins("wj")(*a)})
    KEYWORDS["wj1"] = Builtin("wj1", None, None, {4: lambda *a: _joins("wj1")(*a)})
    for name in SANDBOXED:
        KEYWORDS[name] = Builtin(name, _no_access, _no_access)
    KEYWORDS["hdel"].monad = _hdel
    mono("rand", rand)
    mono("ltime", lambda x: _zone_shift(x, to_local=True))
    mono("gtime", lambda x: _zone_shift(x, to_local=False))


# handles, files and the environment are closed to programs in the embedded sandbox
SANDBOXED = ("hopen", "hclose", "read0", "read1", "hdel", "save", "load", "rsave", "rload")
SANDBOXED += ("dsave", "setenv", "getenv")


def _no_access(*_args):
    raise QError("access")


def _hdel(x):
    """hdel is k's ~: : a file name is closed to programs ('access), other values are negated
    as by `not` (`hdel 01001b` is 10110b)."""
    if qtype(x) in (-SYM, SYM):
        raise QError("access")
    return qnot(x)


def _tables(name):
    from . import tables

    return getattr(tables, name)


def _linalg(name):
    from . import linalg

    return getattr(linalg, name)


def _joins(name):
    from . import joins

    return getattr(joins, name)


def _meta(x):
    from .tables import meta

    if type(x) is Atom and x.t == -SYM:
        x = runtime.lookup(x.v)
    return meta(x)


Q_VALUES = {"csv": Atom(-CHAR, ord(","))}  # names of the .q namespace that are not functions


def _type_keywords() -> None:
    """Keywords q defines in k take that definition's type: `type count` is 101h (`#:`),
    `type sum` 107h (`+/`), `type deltas` 109h (`-':`), `type iasc` 100h (a k lambda)."""
    from .display import K_DEFINITIONS
    from .functions import ADVERB_TYPES

    for name, text in K_DEFINITIONS.items():
        kw = KEYWORDS.get(name)
        if kw is None:
            continue
        if text.startswith("k)"):
            kw.qt = 100
        elif len(text) == 2 and text[1] == ":":
            kw.qt = 101
        elif text[1:] in ADVERB_TYPES:
            kw.qt = ADVERB_TYPES[text[1:]]


AGG_EMPTY = {
    "+": lambda x: qsum(x),
    "*": lambda x: prd(x),
    "|": lambda x: qmax(x),
    "&": lambda x: qmin(x),
}

_register()
_type_keywords()
