"""Atomic arithmetic and comparison verbs with q type promotion, nulls and long wrap-around."""

from __future__ import annotations

import numpy as np

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
    Atom,
    QDict,
    Table,
    Vec,
    count,
    from_items,
    inf_of,
    items,
    make_atom,
    null_of,
    qtype,
)

M64 = 2**63
NUM_ORDER = {BOOL: 0, BYTE: 1, SHORT: 2, INT: 3, LONG: 4, REAL: 5, FLOAT: 6}
NS_PER = {TIMESPAN: 1, TIMESTAMP: 1, TIME: 10**6, SECOND: 10**9, MINUTE: 60 * 10**9}


def wrap64(r: int) -> int:
    if -M64 <= r < M64:
        return r
    return (r + M64) % (2 * M64) - M64


def wrap32(r: int) -> int:
    """r wrapped into q's 32-bit ints, as int arithmetic wraps."""
    return (r + 2**31) % 2**32 - 2**31


def raw(x):
    """(positive type, numpy array or python scalar) of an atom or vector."""
    tx = type(x)
    if tx is Vec:
        return x.t, x.a, False
    if tx is int:
        return LONG, x, True
    if tx is float:
        return FLOAT, x, True
    if tx is bool:
        return BOOL, x, True
    if tx is Atom:
        return -x.t, x.v, True
    raise QError("type")


def box(t: int, r, is_atom: bool):
    if is_atom:
        if isinstance(r, np.ndarray):
            r = r.item() if r.ndim == 0 else r[0]
        return make_atom(-t, r)
    return Vec(t, r)


def atomic2(fn, x, y):
    """Apply a dyadic atomic kernel through lists, dictionaries and tables."""
    tx, ty = type(x), type(y)
    if tx is list or ty is list:
        if tx is list and ty is list:
            if len(x) != len(y):
                raise QError("length")
            return from_items([atomic2(fn, a, b) for a, b in zip(x, y, strict=True)])
        if tx is list:
            if ty is Vec:
                if len(y.a) != len(x):
                    raise QError("length")
                return from_items([atomic2(fn, a, b) for a, b in zip(x, items(y), strict=True)])
            if ty is QDict or ty is Table:
                return from_items([atomic2(fn, a, y) for a in x])
            return from_items([atomic2(fn, a, y) for a in x])
        if tx is Vec:
            if len(x.a) != len(y):
                raise QError("length")
            return from_items([atomic2(fn, a, b) for a, b in zip(items(x), y, strict=True)])
        if tx is QDict or tx is Table:
            return from_items([atomic2(fn, x, b) for b in y])
        return from_items([atomic2(fn, x, b) for b in y])
    if tx is QDict or ty is QDict:
        return dict_atomic2(fn, x, y)
    if tx is Table or ty is Table:
        return table_atomic2(fn, x, y)
    return fn(x, y)


def dict_atomic2(fn, x, y):
    from .ops import dict_align

    if type(x) is QDict and type(y) is QDict:
        if fn in _COMPARE and all(type(v) is Vec for v in (x.k, x.v, y.k, y.v)):
            return _dict_compare(fn, x, y)
        lone = (lambda b: atomic2(fn, 0, b)) if fn is _sub else None  # x-y keeps -y
        return dict_align(x, y, lambda a, b: atomic2(fn, a, b), lone)
    d, other = (x, y) if type(x) is QDict else (y, x)
    if type(other) in (Vec, list) and (
        type(d.v) not in (Vec, list, Table) or count(other) != count(d.v)
    ):
        raise QError("length")  # a list pairs item-wise with a dictionary's values
    if type(x) is QDict:
        return QDict(x.k, atomic2(fn, x.v, y))
    return QDict(y.k, atomic2(fn, x, y.v))


def _dict_compare(fn, x: QDict, y: QDict) -> QDict:
    """Comparing dictionaries: over the union of keys, a key one side lacks reads as null."""
    from .apply import dict_get
    from .ops import distinct, join

    keys = distinct(join(Vec(x.k.t, x.k.a), Vec(y.k.t, y.k.a)))
    return QDict(keys, atomic2(fn, dict_get(x, keys), dict_get(y, keys)))


def table_atomic2(fn, x, y):
    if type(x) is Table and type(y) is Table:
        if len(x.cols) != len(y.cols):
            raise QError("length")
        return Table(x.names, [atomic2(fn, a, b) for a, b in zip(x.cols, y.cols, strict=True)])
    if type(x) is Table:
        return Table(x.names, [atomic2(fn, c, y) for c in x.cols])
    return Table(y.names, [atomic2(fn, x, c) for c in y.cols])


def atomic1(fn, x):
    """Apply a monadic atomic kernel through lists, dictionaries and tables."""
    tx = type(x)
    if tx is list:
        return from_items([atomic1(fn, a) for a in x])
    if tx is QDict:
        return QDict(x.k, atomic1(fn, x.v))
    if tx is Table:
        return Table(x.names, [atomic1(fn, c) for c in x.cols])
    return fn(x)


def _check_len(ax, ay, sx, sy):
    if not sx and not sy and len(ax) != len(ay):
        raise QError("length")


def num_result(t1: int, t2: int) -> int:
    if t1 not in NUM_ORDER or t2 not in NUM_ORDER:
        raise QError("type")
    t = t1 if NUM_ORDER[t1] >= NUM_ORDER[t2] else t2
    if t in (BOOL, BYTE, SHORT) and not (t1 == SHORT and t2 == SHORT):
        return INT
    return t


def _nulls_to(arr, t_from: int, t_to: int):
    """Map integer nulls/infinities when widening (e.g. 0Ni -> 0N)."""
    if t_from in (REAL, FLOAT) or t_to == t_from:
        return arr
    if t_from == 2:  # a guid widens to no number
        raise QError("type")
    if t_from in (BOOL, BYTE):
        return arr
    if np.isscalar(arr) or (isinstance(arr, np.ndarray) and arr.ndim == 0):
        v = int(arr)
        if v == null_of(t_from):
            return null_of(t_to) if t_to not in (REAL, FLOAT) else float("nan")
        return v
    nul = null_of(t_from)
    if len(arr) == 0 or arr.min() != nul:
        return arr
    mask = arr == nul
    out = arr.astype(DTYPES[t_to])
    out[mask] = null_of(t_to)
    return out


def _cast_arr(a, t_from, t_to, scalar):
    a = _nulls_to(a, t_from, t_to)
    if scalar:
        return a
    return a.astype(DTYPES[t_to], copy=False)


def _arith(op):
    """Build a +, -, * kernel."""

    def kernel(x, y):
        tx, ax, sx = raw(x)
        ty, ay, sy = raw(y)
        _check_len(ax, ay, sx, sy)
        if tx in TEMPORAL or ty in TEMPORAL:
            return temporal_arith(op, tx, ax, sx, ty, ay, sy)
        t = num_result(tx, ty)
        if t == SHORT:  # shorts, like booleans and bytes, add and multiply as ints
            t = INT
        a = _cast_arr(ax, tx, t, sx)
        b = _cast_arr(ay, ty, t, sy)
        if sx and sy:
            if t in (REAL, FLOAT):
                r = op(float(a), float(b))
                return r if t == FLOAT else make_atom(-REAL, r)
            nul = null_of(t)
            if a == nul or b == nul:
                return make_atom(-t, nul)
            r = op(int(a), int(b))
            if t == LONG:
                return wrap64(r)
            return make_atom(-t, _wrap_small(r, t))
        if sx:
            a = DTYPES[t](a)
        if sy:
            b = DTYPES[t](b)
        r = np.asarray(op(a, b), dtype=DTYPES[t])
        if t not in (REAL, FLOAT) and (_has_null(a, t) or _has_null(b, t)):
            nul = null_of(t)
            m = (np.asarray(a) == nul) | (np.asarray(b) == nul)
            r = np.where(m, nul, r)
        return Vec(t, r.reshape(-1) if r.ndim == 0 else r)

    return kernel


def _has_null(a, t: int) -> bool:
    """Does an integer operand hold t's null? (the null is the type's minimum value)"""
    if isinstance(a, np.ndarray) and a.ndim:
        return len(a) > 0 and a.min() == null_of(t)
    return int(a) == null_of(t)


def _wrap_small(r: int, t: int) -> int:
    bits = 16 if t == SHORT else 32
    half = 1 << (bits - 1)
    return (r + half) % (1 << bits) - half


def _nulls_in(t: int, a) -> np.ndarray:
    """Where the raw values a of type t are null."""
    if t in (REAL, FLOAT, DATETIME):
        return np.isnan(np.asarray(a, dtype=np.float64))
    if t in (BOOL, BYTE, CHAR):
        return np.zeros(np.shape(a), dtype=bool)
    return np.asarray(a) == null_of(t)


def temporal_arith(op, tx, ax, sx, ty, ay, sy):
    """Date/time arithmetic; a null on either side gives a null of the result type."""
    r = _temporal_arith(op, tx, ax, sx, ty, ay, sy)
    nulls = _nulls_in(tx, ax) | _nulls_in(ty, ay)
    if not nulls.any():
        return r
    if type(r) is Vec:
        out = r.a.copy()
        out[np.broadcast_to(nulls, out.shape)] = null_of(r.t)
        return Vec(r.t, out)
    rt = abs(r.t) if type(r) is Atom else FLOAT
    return make_atom(-rt, null_of(rt))


def _temporal_arith(op, tx, ax, sx, ty, ay, sy):
    """Date/time arithmetic: shifting by integers, differences, date+time -> timestamp."""
    import operator

    scalar = sx and sy
    if op is operator.sub and tx == ty:
        if tx in (TIMESTAMP, TIMESPAN):
            rt = TIMESPAN
        elif tx in (MINUTE, SECOND, TIME):  # a difference of times of day keeps their type
            rt = tx
        elif tx == DATETIME:
            rt = FLOAT
        else:
            rt = INT
        wide = np.float64 if tx == DATETIME else np.int64
        r = np.subtract(np.asarray(ax, dtype=wide), np.asarray(ay, dtype=wide))
        return box(rt, np.asarray(r).astype(DTYPES[rt]), scalar)
    if op is operator.sub and {tx, ty} == {TIMESTAMP, DATE}:  # .z.p-.z.d: time since midnight
        a = np.asarray(ax, dtype=np.int64) * (86_400_000_000_000 if tx == DATE else 1)
        b = np.asarray(ay, dtype=np.int64) * (86_400_000_000_000 if ty == DATE else 1)
        return box(TIMESPAN, np.asarray(a - b), scalar)
    if op in (operator.add, operator.sub) and tx in TEMPORAL and ty in TEMPORAL:
        return _combine_temporals(op, tx, ax, ty, ay, scalar)
    if tx in TEMPORAL and ty in TEMPORAL:
        if op is operator.mul:
            raise QError("type")  # temporals do not multiply each other
        # date + time-of-day -> timestamp; timestamp +/- timespan etc.
        if tx == DATE and ty in NS_PER:
            a = np.asarray(ax, dtype=np.int64) * 86_400_000_000_000
            b = np.asarray(ay, dtype=np.int64) * NS_PER[ty]
            return box(TIMESTAMP, np.asarray(op(a, b)), scalar)
        if ty == DATE and tx in NS_PER and op is operator.add:
            return _temporal_arith(op, ty, ay, sy, tx, ax, sx)
        if tx in NS_PER and ty in NS_PER:
            rt = tx if tx in (TIMESTAMP,) else ty if ty == TIMESTAMP else tx
            if NS_PER[tx] == NS_PER[ty]:
                a, b = np.asarray(ax, dtype=np.int64), np.asarray(ay, dtype=np.int64)
                return box(rt, np.asarray(op(a, b)).astype(DTYPES[rt]), scalar)
            a = np.asarray(ax, dtype=np.int64) * NS_PER[tx]
            b = np.asarray(ay, dtype=np.int64) * NS_PER[ty]
            rt = TIMESTAMP if TIMESTAMP in (tx, ty) else TIMESPAN
            return box(rt, np.asarray(op(a, b)), scalar)
        raise QError("type")
    t, ot = (tx, ty) if tx in TEMPORAL else (ty, tx)
    a, b = ax, ay
    if ot in (REAL, FLOAT):
        r = np.asarray(op(np.asarray(a, dtype=np.float64), np.asarray(b, dtype=np.float64)))
        if ot == REAL and t != DATETIME:  # a real combines with a temporal like an integer
            return box(t, r.astype(DTYPES[t]), scalar)
        if t in (DATE, DATETIME):  # a date moved or scaled by a float is a datetime
            return box(DATETIME, r, scalar)
        return box(FLOAT, r, scalar)  # otherwise a float makes the count of units a float
    if ot not in NUM_ORDER:
        raise QError("type")
    dt = DTYPES[t]
    r = op(np.asarray(a).astype(dt), np.asarray(b).astype(dt))
    return box(t, np.asarray(r, dtype=dt), scalar)


POINTS = (TIMESTAMP, MONTH, DATE, DATETIME)  # points in the calendar; the others are spans
SUM_OF_LIKE = {TIMESTAMP: TIMESPAN, MONTH: INT, DATE: INT, DATETIME: FLOAT}


def _combine_temporals(op, tx, ax, ty, ay, scalar):
    """x+y or x-y of two temporals (q's Add and Subtract tables): like types add their counts
    (p+p is a timespan, m+m and d+d ints, z+z a float); a span or time of day moves a point (a
    month, date or datetime and a timespan give a timestamp, a datetime and a time of day a
    datetime); two points of different types do not combine; two times of day take the finer
    unit. (x-x of one type is a difference, computed before this.)"""
    from .cast import convert_array

    if tx == ty:
        rt = SUM_OF_LIKE.get(tx, tx)
        wide = np.float64 if tx == DATETIME else np.int64
        r = np.asarray(op(np.asarray(ax, dtype=wide), np.asarray(ay, dtype=wide)))
        return box(rt, r.astype(DTYPES[rt]), scalar)
    if tx in POINTS and ty in POINTS:
        raise QError("type")
    point, pt, span, st = (ax, tx, ay, ty) if tx in POINTS else (ay, ty, ax, tx)
    s = np.asarray(span, dtype=np.int64)
    if pt == DATETIME and st != TIMESPAN:
        days = np.asarray(s * NS_PER[st], dtype=np.float64) / 86_400_000_000_000
        z = np.asarray(point, dtype=np.float64)
        r = op(z, days) if tx in POINTS else op(days, z)
        return box(DATETIME, np.asarray(r), scalar)
    if pt in POINTS:
        a = convert_array(pt, TIMESTAMP, np.atleast_1d(np.asarray(point))).astype(np.int64)
        b = s * NS_PER[st]
        r = op(a, b) if tx in POINTS else op(b, a)
        return box(TIMESTAMP, r.reshape(()) if scalar else r, scalar)
    # a timespan, or the finer of two times of day
    rt = TIMESPAN if TIMESPAN in (tx, ty) else min(tx, ty, key=NS_PER.__getitem__)
    a, b = np.asarray(ax, dtype=np.int64) * NS_PER[tx], np.asarray(ay, dtype=np.int64) * NS_PER[ty]
    return box(rt, np.asarray(op(a, b) // NS_PER[rt]).astype(DTYPES[rt]), scalar)


def _char_as_byte(t: int) -> int:
    """`%`, `div` and `mod` (unlike `+ - *`) take chars as their codes."""
    return BYTE if t == CHAR else t


def divide_kernel(x, y):
    tx, ax, sx = raw(x)
    ty, ay, sy = raw(y)
    _check_len(ax, ay, sx, sy)
    tx, ty = _char_as_byte(tx), _char_as_byte(ty)
    if tx in TEMPORAL or ty in TEMPORAL:
        if any(t not in NUM_ORDER and t not in TEMPORAL for t in (tx, ty)):
            raise QError("type")
        a = np.asarray(ax, dtype=np.float64)  # the ratio of the underlying values, a float
        b = np.asarray(ay, dtype=np.float64)
        return box(FLOAT, np.asarray(a / b), sx and sy)
    t = num_result(tx, ty)
    rt = REAL if t == REAL else FLOAT
    a = _cast_arr(ax, tx, FLOAT, sx)
    b = _cast_arr(ay, ty, FLOAT, sy)
    if sx and sy:
        a, b = float(a), float(b)
        if b == 0.0:
            if a != a or a == 0.0:
                r = float("nan")
            else:
                r = float("inf") if (a > 0) == (str(b)[0] != "-") else float("-inf")
        else:
            r = a / b
        return r if rt == FLOAT else make_atom(-REAL, r)
    with np.errstate(all="ignore"):
        r = np.true_divide(np.asarray(a, dtype=np.float64), np.asarray(b, dtype=np.float64))
    return Vec(rt, np.asarray(r, dtype=DTYPES[rt]).reshape(-1))


def _int_op(pyop, npop, name):
    def kernel(x, y):
        tx, ax, sx = raw(x)
        ty, ay, sy = raw(y)
        _check_len(ax, ay, sx, sy)
        tx, ty = _char_as_byte(tx), _char_as_byte(ty)
        if tx in TEMPORAL and ty in NUM_ORDER and name in ("div", "mod"):
            if ty in (REAL, FLOAT):
                raise QError("type")  # a time divides into whole units only
            t = tx
        else:
            t = num_result(tx, ty)
        if name == "div" and t == LONG and tx not in (LONG, FLOAT, REAL):
            t = INT
        if sx and sy:
            a, b = ax, ay
            if t in (REAL, FLOAT):
                a, b = float(a), float(b)
                if b == 0:
                    return make_atom(
                        -t,
                        float("nan")
                        if name == "mod"
                        else (float("inf") if a > 0 else float("-inf") if a < 0 else float("nan")),
                    )
                r = pyop(a, b)
                if name == "div":
                    r = float(r)
                return make_atom(-t, r)
            a, b = int(a), int(b)
            if a == null_of(tx) or b == null_of(ty):
                return make_atom(-t, null_of(t))
            if b == 0:
                return make_atom(-t, null_of(t) if name == "div" else a)
            return make_atom(-t, pyop(a, b))
        dt = DTYPES[t]
        a = np.asarray(_cast_arr(ax, tx, t, sx)).astype(dt, copy=False)
        b = np.asarray(_cast_arr(ay, ty, t, sy)).astype(dt, copy=False)
        with np.errstate(all="ignore"):
            r = npop(a, b)
        if t not in (REAL, FLOAT) and (b.ndim == 0 and b == 0 or b.ndim and not b.all()):
            r = np.where(b == 0, null_of(t) if name == "div" else a, r)
        if t not in (REAL, FLOAT):
            nulls = _nulls_in(tx, ax) | _nulls_in(ty, ay)
            if nulls.any():
                r = np.where(nulls, null_of(t), r)
        return box(t, np.asarray(r).astype(dt, copy=False), False)

    return kernel


def minmax_kernel(use_max: bool):
    def kernel(x, y):
        tx, ax, sx = raw(x)
        ty, ay, sy = raw(y)
        _check_len(ax, ay, sx, sy)
        if (tx == 2) != (ty == 2):  # 2: guid, comparable only with guids
            raise QError("type")
        if tx == BOOL and ty == BOOL:
            t = BOOL
        elif tx == ty:
            t = tx
        elif tx in TEMPORAL or ty in TEMPORAL or tx in (SYM, CHAR) or ty in (SYM, CHAR):
            t = tx if tx in TEMPORAL else ty
            if tx == SYM or ty == SYM:
                raise QError("type")
        else:
            t = num_result(tx, ty)
            if NUM_ORDER.get(tx, 9) <= NUM_ORDER[INT] and NUM_ORDER.get(ty, 9) <= NUM_ORDER[INT]:
                t = max(tx, ty) if tx != BOOL and ty != BOOL else max(tx, ty)
        if t == SYM:
            fn = max if use_max else min
            if sx and sy:
                return Atom(-SYM, fn(ax, ay))
            a = np.broadcast_to(np.asarray(ax, dtype=object), max(np.shape(ax), np.shape(ay)))
            b = np.broadcast_to(np.asarray(ay, dtype=object), a.shape)
            return Vec(SYM, np.array([fn(p, q) for p, q in zip(a, b, strict=True)], dtype=object))
        dt = DTYPES[t]
        a = np.asarray(_cast_arr(ax, tx, t, sx)).astype(dt)
        b = np.asarray(_cast_arr(ay, ty, t, sy)).astype(dt)
        if t in (REAL, FLOAT):
            r = np.fmax(a, b) if use_max else np.minimum(a, b)
            if not use_max:
                r = np.where(np.isnan(a) | np.isnan(b), np.nan, r)
        else:
            r = np.maximum(a, b) if use_max else np.minimum(a, b)
        return box(t, np.asarray(r).astype(dt), sx and sy)

    return kernel


DATED = (TIMESTAMP, DATETIME)
CLOCK = (MINUTE, SECOND, TIME)


def _cmp_prepare(x, y):
    tx, ax, sx = raw(x)
    ty, ay, sy = raw(y)
    if tx in DATED and ty in CLOCK or ty in DATED and tx in CLOCK:
        # a timestamp compared with a time of day is first cast to that type (its clock part)
        from .cast import cast_to

        if tx in DATED:
            tx, ax, sx = raw(cast_to(ty, x))
        else:
            ty, ay, sy = raw(cast_to(tx, y))
    _check_len(ax, ay, sx, sy)
    if tx == SYM or ty == SYM:
        if tx != ty:
            raise QError("type")
        return ax, ay, sx, sy, "sym"
    if tx in TEMPORAL and ty in TEMPORAL and tx != ty:
        ax = _to_ns_arr(tx, ax)
        ay = _to_ns_arr(ty, ay)
        return ax, ay, sx, sy, "num"
    if (
        tx == CHAR
        and ty != CHAR
        and ty not in NUM_ORDER
        or ty == CHAR
        and tx != CHAR
        and (tx not in NUM_ORDER)
    ):
        raise QError("type")
    fl = tx in (REAL, FLOAT, DATETIME) or ty in (REAL, FLOAT, DATETIME)
    if fl:
        ax = _float_nulls(tx, ax, sx)
        ay = _float_nulls(ty, ay, sy)
        return ax, ay, sx, sy, "float"
    if tx != ty:
        if 2 in (tx, ty):  # a guid compares only with guids
            raise QError("type")
        ax = _nulls_to(ax, tx, LONG) if tx not in (BOOL, BYTE, CHAR) else ax
        ay = _nulls_to(ay, ty, LONG) if ty not in (BOOL, BYTE, CHAR) else ay
        if not sx:
            ax = np.asarray(ax).astype(np.int64)
        if not sy:
            ay = np.asarray(ay).astype(np.int64)
    return ax, ay, sx, sy, "num"


def _to_ns_arr(t, a):
    """Raw temporal values as nanoseconds (nulls and infinities as the timestamp ones)."""
    if t in (TIMESTAMP, TIMESPAN):
        return a
    nulls = _nulls_in(t, a)
    infs = np.isinf(a) if t == DATETIME else np.abs(np.asarray(a)) == inf_of(t)
    if nulls.any() or infs.any():
        ns = _to_ns_plain(t, np.where(nulls | infs, 0, a))
        ns = np.where(infs, np.where(np.asarray(a) > 0, 1, -1) * inf_of(TIMESTAMP), ns)
        return np.where(nulls, null_of(TIMESTAMP), ns)
    return _to_ns_plain(t, a)


def _to_ns_plain(t, a):
    from .temporal import NS_DAY

    if t == DATE:
        return np.asarray(a, dtype=np.int64) * NS_DAY
    if t == MONTH:
        return np.asarray(a, dtype=np.int64)
    if t == DATETIME:
        return np.asarray(np.asarray(a, dtype=np.float64) * NS_DAY).astype(np.int64)
    return np.asarray(a, dtype=np.int64) * NS_PER.get(t, 1)


def _float_nulls(t, a, scalar):
    if t not in NUM_ORDER and t not in TEMPORAL and t != CHAR:
        raise QError("type")  # symbols, guids: no number to compute with
    if t in (REAL, FLOAT, DATETIME):
        return a
    if t in (BOOL, BYTE, CHAR):
        return float(a) if scalar else np.asarray(a, dtype=np.float64)
    nul = null_of(t)
    if scalar:
        return float("nan") if a == nul else float(a)
    out = np.asarray(a, dtype=np.float64)
    m = a == nul
    if m.any():
        out[m] = np.nan
    return out


def _tol_eq(a, b):
    """q float equality: equal within a relative tolerance of 2^-43."""
    with np.errstate(all="ignore"):
        exact = a == b
        close = np.abs(a - b) <= 1.1368683772161603e-13 * np.maximum(np.abs(a), np.abs(b))
    return exact | (close & np.isfinite(a) & np.isfinite(b))


def _cmp(pyop, npop, kind):
    tolerant = kind in ("eq", "ne")

    def kernel(x, y):
        if type(x) is int and type(y) is int:
            return pyop(x, y)
        if (
            type(x) is float
            and type(y) is float
            and x == x
            and y == y
            and not (tolerant and x != y)
        ):
            return pyop(x, y)
        a, b, sx, sy, k = _cmp_prepare(x, y)
        if k == "sym":
            if sx and sy:
                return bool(pyop(a, b))
            aa = np.asarray(a, dtype=object) if not sx else a
            bb = np.asarray(b, dtype=object) if not sy else b
            r = np.array(npop(aa, bb), dtype=np.bool_)
            return Vec(BOOL, r.reshape(-1))
        if k == "float":
            a = np.asarray(a, dtype=np.float64)
            b = np.asarray(b, dtype=np.float64)
            na, nb = np.isnan(a), np.isnan(b)
            with np.errstate(all="ignore"):
                if kind == "eq":
                    r = _tol_eq(a, b) | (na & nb)
                elif kind == "lt":
                    r = ((a < b) & ~na & ~nb) | (na & ~nb)
                elif kind == "gt":
                    r = ((a > b) & ~na & ~nb) | (nb & ~na)
                elif kind == "le":
                    r = ((a <= b) & ~na & ~nb) | na
                elif kind == "ge":
                    r = ((a >= b) & ~na & ~nb) | nb
                else:
                    r = ~(_tol_eq(a, b) | (na & nb))
            r = np.asarray(r)
            if sx and sy:
                return bool(r)
            return Vec(BOOL, r.reshape(-1))
        if sx and sy:
            return bool(pyop(a, b))
        r = npop(np.asarray(a), np.asarray(b))
        return Vec(BOOL, np.asarray(r, dtype=np.bool_).reshape(-1))

    return kernel


def _neg(x):
    if type(x) is int:
        return wrap64(-x)
    if type(x) is float:
        return -x
    t, a, s = raw(x)
    if t in (BOOL, BYTE):
        t2 = INT
        return box(t2, np.negative(np.asarray(a, dtype=np.int32)), s)
    if t in (SYM, CHAR, GUID):
        raise QError("type")
    return box(t, np.negative(np.asarray(a)).astype(DTYPES[t]), s)


def neg(x):
    return atomic1(_neg, x)


def num_unary(fn, keep_int=False, name="x"):
    """A float-valued (or type-keeping) unary math function."""

    def k(x):
        t, a, s = raw(x)
        if t == SYM or t == 0 or (t == CHAR and keep_int):
            raise QError("type")  # float-valued functions take chars as their codes
        if keep_int and t not in (REAL, FLOAT):
            r = fn(np.asarray(a))
            rt = INT if t in (BOOL, BYTE) else t
            return box(rt, np.asarray(r).astype(DTYPES[rt]), s)
        af = np.asarray(_float_nulls(t, a, s), dtype=np.float64)
        with np.errstate(all="ignore"):
            r = fn(af)
        rt = REAL if t == REAL else FLOAT
        return box(rt, np.asarray(r, dtype=DTYPES[rt]), s)

    return lambda x: atomic1(k, x)


NULL_J = -(2**63)


def add(x, y):
    if type(x) is int and type(y) is int:
        if x == NULL_J or y == NULL_J:
            return NULL_J
        r = x + y
        return r if -M64 <= r < M64 else wrap64(r)
    if type(x) is float and type(y) is float:
        return x + y
    return atomic2(_add, x, y)


def sub(x, y):
    if type(x) is int and type(y) is int:
        if x == NULL_J or y == NULL_J:
            return NULL_J
        r = x - y
        return r if -M64 <= r < M64 else wrap64(r)
    if type(x) is float and type(y) is float:
        return x - y
    return atomic2(_sub, x, y)


def mul(x, y):
    if type(x) is int and type(y) is int:
        if x == NULL_J or y == NULL_J:
            return NULL_J
        r = x * y
        return r if -M64 <= r < M64 else wrap64(r)
    if type(x) is float and type(y) is float:
        return x * y
    return atomic2(_mul, x, y)


def divide(x, y):
    return atomic2(divide_kernel, x, y)


import operator as _op  # noqa: E402

_add = _arith(_op.add)
_sub = _arith(_op.sub)
_mul = _arith(_op.mul)
_eq = _cmp(_op.eq, np.equal, "eq")
_ne = _cmp(_op.ne, np.not_equal, "ne")
_lt = _cmp(_op.lt, np.less, "lt")
_gt = _cmp(_op.gt, np.greater, "gt")
_le = _cmp(_op.le, np.less_equal, "le")
_ge = _cmp(_op.ge, np.greater_equal, "ge")
_COMPARE = (_eq, _ne, _lt, _gt, _le, _ge)
_mod = _int_op(lambda a, b: a % b, np.mod, "mod")
_div = _int_op(lambda a, b: a // b, np.floor_divide, "div")
_max = minmax_kernel(True)
_min = minmax_kernel(False)


def _mk2(kernel, fast=None):
    def f(x, y):
        if fast is not None and type(x) is int and type(y) is int:
            return fast(x, y)
        return atomic2(kernel, x, y)

    return f


eq = _mk2(_eq, _op.eq)
ne = _mk2(_ne, _op.ne)
lt = _mk2(_lt, _op.lt)
gt = _mk2(_gt, _op.gt)
le = _mk2(_le, _op.le)
ge = _mk2(_ge, _op.ge)
NULL_LONG = null_of(LONG)
mod = _mk2(_mod, lambda a, b: NULL_LONG if NULL_LONG in (a, b) else a % b if b else a)
idiv = _mk2(_div, lambda a, b: a // b if b and NULL_LONG not in (a, b) else NULL_LONG)
qmax = _mk2(_max, max)
qmin = _mk2(_min, min)


def qtype_num(x) -> int:
    return abs(qtype(x))


def counts_match(x, y) -> bool:
    return count(x) == count(y)
