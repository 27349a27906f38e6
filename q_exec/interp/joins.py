"""Table joins: lj ljf ij ijf ej pj uj ujf aj aj0, with row matching done on whole key rows."""

from __future__ import annotations

import numpy as np

from .apply import index, null_item
from .errors import QError
from .ops import item_keys, take
from .tables import append_table, key_table, names_of, table_of, unkey, upsert_keyed
from .values import (
    LONG,
    SYM,
    Atom,
    QDict,
    Table,
    Vec,
    count,
    from_items,
    items,
)


def _idx(rows: np.ndarray) -> Vec:
    return Vec(LONG, rows.astype(np.int64, copy=False))


def _keyed(kt) -> QDict:
    if type(kt) is not QDict or type(kt.k) is not Table:
        raise QError("type")
    return kt


def _sub(t: Table, names: list[str]) -> Table:
    missing = [n for n in names if n not in t.names]
    if missing:
        raise QError(missing[0])
    return Table(list(names), [t.col(n) for n in names])


def row_ids(t: Table) -> list:
    """One hashable key per row of t (the tuple of its cells' identities)."""
    keys = [item_keys(c) for c in t.cols]
    if len(keys) == 1:
        return keys[0]
    if len({len(k) for k in keys}) > 1:
        raise QError("length")  # key columns of different counts
    return list(zip(*keys, strict=True))


def lookup(keys: Table, probe: Table) -> np.ndarray:
    """For each row of probe, the first row of keys equal to it, or count(keys) when absent."""
    n = count(keys)
    if len(keys.cols) == 1 and _same_simple(keys.cols[0], probe.cols[0]):
        return _lookup_vec(keys.cols[0].a, probe.cols[0].a, n)
    pos: dict = {}
    for i, k in enumerate(row_ids(keys)):
        pos.setdefault(k, i)
    return np.fromiter((pos.get(k, n) for k in row_ids(probe)), dtype=np.int64, count=count(probe))


def is_step(keys) -> bool:
    """Whether a keyed table's keys are sorted with `s# (lookups then take the last key row
    not above the probe, as a step dictionary does)."""
    return type(keys) is Table and bool(keys.cols) and getattr(keys.cols[0], "attr", "") == "s"


def key_rows(keys: Table, probe: Table) -> np.ndarray:
    """lookup, or for step keys the last key row <= each probe row (count(keys) when none)."""
    if not is_step(keys):
        return lookup(keys, probe)
    import bisect

    from .builtins import _sort_key

    def row_keys(t: Table) -> list[tuple]:
        cells = [items(c) for c in t.cols]
        return [tuple(_sort_key(c[r]) for c in cells) for r in range(count(t))]

    ks, n = row_keys(keys), count(keys)
    found = [bisect.bisect_right(ks, p) - 1 for p in row_keys(probe)]
    return np.array([n if f < 0 else f for f in found], dtype=np.int64)


def _same_simple(a, b) -> bool:
    """Both typed vectors of one non-float type (exact equality finds their items)."""
    return type(a) is Vec and type(b) is Vec and a.t == b.t and a.a.dtype != np.float64


def _lookup_vec(a: np.ndarray, b: np.ndarray, n: int) -> np.ndarray:
    """First index in a of each item of b (n when absent): a scan for a few items, else sorted."""
    if len(b) <= 8:
        hits = [np.flatnonzero(a == v) for v in b]
        return np.array([h[0] if len(h) else n for h in hits], dtype=np.int64)
    order = np.argsort(a, kind="stable")
    sa = a[order]
    at = np.minimum(np.searchsorted(sa, b), max(n - 1, 0))
    found = (sa[at] == b) if n else np.zeros(len(b), dtype=bool)
    return np.where(found, order[at] if n else 0, n).astype(np.int64)


def _merge(old, new, found: np.ndarray):
    """Cells of new where found, else of old (both lists of one count)."""
    if type(old) is Vec and type(new) is Vec and old.t == new.t:
        return Vec(old.t, np.where(found, new.a, old.a))
    olds, news = items(old), items(new)
    return from_items([b if f else a for a, b, f in zip(olds, news, found.tolist(), strict=True)])


def _not_null(col) -> np.ndarray:
    from .builtins import null

    mask = null(col)
    return ~(mask.a if type(mask) is Vec else np.array(items(mask), dtype=bool))


def _rekey(t, res: Table):
    return key_table(len(t.k.names), res) if type(t) is QDict else res


def lj(t, kt, fill: bool = False):
    """t lj kt: for each row of t, the value columns of kt's matching row (ljf: non-null ones)."""
    kt = _keyed(kt)
    base = table_of(t)
    rows = key_rows(kt.k, _sub(base, kt.k.names))
    found = rows < count(kt.k)
    names, cols = list(base.names), list(base.cols)
    for name, col in zip(kt.v.names, kt.v.cols, strict=True):
        new = index(col, _idx(rows))
        if name in names:
            j = names.index(name)
            cols[j] = _merge(cols[j], new, found & _not_null(new) if fill else found)
        else:
            names.append(name)
            cols.append(new)
    return _rekey(t, Table(names, cols))


def ljf(t, kt):
    """t ljf kt: lj where null values in kt do not overwrite t."""
    return lj(t, kt, fill=True)


def ij(t, kt, fill: bool = False):
    """t ij kt: the rows of t whose key is in kt, joined with kt's value columns."""
    kt = _keyed(kt)
    base = table_of(t)
    rows = lookup(kt.k, _sub(base, kt.k.names))
    keep = np.flatnonzero(rows < count(kt.k))
    sub = index(base, _idx(keep))
    return lj(_rekey(t, sub), kt, fill)


def ijf(t, kt):
    """t ijf kt: ij where null values in kt do not overwrite t."""
    return ij(t, kt, fill=True)


def ej(c, t1, t2):
    """ej[c;t1;t2]: every pair of rows of t1 and t2 equal on columns c (t2's values win)."""
    names = names_of(c)
    a, b = table_of(t1), table_of(t2)
    groups: dict = {}
    for i, k in enumerate(row_ids(_sub(b, names))):
        groups.setdefault(k, []).append(i)
    left, right = [], []
    for i, k in enumerate(row_ids(_sub(a, names))):
        for j in groups.get(k, ()):
            left.append(i)
            right.append(j)
    ra, rb = _idx(np.array(left, dtype=np.int64)), _idx(np.array(right, dtype=np.int64))
    out_names, out_cols = list(a.names), [index(col, ra) for col in a.cols]
    for name, col in zip(b.names, b.cols, strict=True):
        if name in names:
            continue
        if name in out_names:
            out_cols[out_names.index(name)] = index(col, rb)
        else:
            out_names.append(name)
            out_cols.append(index(col, rb))
    return Table(out_names, out_cols)


def pj(t, kt):
    """t pj kt: add kt's value columns (nulls as 0) to t's for each matching row."""
    from .arith import add
    from .verbs import _fill as fill_nulls

    kt = _keyed(kt)
    base = table_of(t)
    rows = lookup(kt.k, _sub(base, kt.k.names))
    names, cols = list(base.names), list(base.cols)
    for name, col in zip(kt.v.names, kt.v.cols, strict=True):
        new = fill_nulls(0, index(col, _idx(rows)))
        if name in names:
            j = names.index(name)
            cols[j] = add(cols[j], new)
        else:
            names.append(name)
            cols.append(new)
    return _rekey(t, Table(names, cols))


def _widen(t: Table, names: list[str], protos: dict) -> Table:
    """t with every column of names, absent ones filled with nulls like protos[name]."""
    n = count(t)
    return Table(
        list(names),
        [t.col(nm) if nm in t.names else take(n, null_item(protos[nm])) for nm in names],
    )


def uj(a, b):
    """a uj b: union of columns, b's rows appended (keyed tables: upserted by key)."""
    if type(a) is QDict and type(b) is QDict:
        _keyed(a), _keyed(b)
    elif type(a) is not Table or type(b) is not Table:
        raise QError("type")
    ua, ub = unkey(a), unkey(b)
    names = ua.names + [n for n in ub.names if n not in ua.names]
    protos = dict(zip(ub.names, ub.cols, strict=True))
    protos.update(zip(ua.names, ua.cols, strict=True))
    wa, wb = _widen(ua, names, protos), _widen(ub, names, protos)
    if type(a) is QDict:
        return upsert_keyed(key_table(len(a.k.names), wa), wb)
    return append_table(wa, wb)


def _times(col) -> np.ndarray:
    if type(col) is not Vec or col.t == SYM:
        raise QError("type")
    return col.a


def asof_rows(c, t1: Table, t2: Table) -> np.ndarray:
    """For each row of t1, the last row of t2 with equal c[:-1] columns and c[-1] <= t1's."""
    names = names_of(c)
    eq, tcol = names[:-1], names[-1]
    n2 = count(t2)
    out = np.full(count(t1), n2, dtype=np.int64)
    t1t, t2t = _times(t1.col(tcol)), _times(t2.col(tcol))
    if eq:
        groups: dict = {}
        for j, k in enumerate(row_ids(_sub(t2, eq))):
            groups.setdefault(k, []).append(j)
        probe: dict = {}
        for i, k in enumerate(row_ids(_sub(t1, eq))):
            probe.setdefault(k, []).append(i)
    else:
        groups = {(): list(range(n2))}
        probe = {(): list(range(count(t1)))}
    for k, rows1 in probe.items():
        rows2 = np.array(groups.get(k, ()), dtype=np.int64)
        if not len(rows2):
            continue
        r1 = np.array(rows1, dtype=np.int64)
        pos = np.searchsorted(t2t[rows2], t1t[r1], side="right") - 1
        out[r1] = np.where(pos >= 0, rows2[np.maximum(pos, 0)], n2)
    return out


def aj(c, t1, t2, own_time: bool = False, fill: bool = False):
    """aj[c;t1;t2]: as-of join (aj0: the time column shows t2's matched time; ajf, ajf0: a
    null in t2 leaves t1's value)."""
    a, b = table_of(t1), table_of(t2)
    rows = asof_rows(c, a, b)
    found = rows < count(b)
    names = names_of(c)
    out_names, out_cols = list(a.names), list(a.cols)
    for name, col in zip(b.names, b.cols, strict=True):
        if name in names[:-1] or (name == names[-1] and not own_time):
            continue
        new = index(col, _idx(rows))
        if name in out_names:
            j = out_names.index(name)
            out_cols[j] = _merge(out_cols[j], new, found & _not_null(new) if fill else found)
        else:
            out_names.append(name)
            out_cols.append(new)
    return Table(out_names, out_cols)


def aj0(c, t1, t2):
    """aj0[c;t1;t2]: aj, with t2's time in the time column."""
    return aj(c, t1, t2, own_time=True)


def ajf(c, t1, t2):
    """ajf[c;t1;t2]: aj where t2's nulls do not overwrite t1's values."""
    return aj(c, t1, t2, fill=True)


def ajf0(c, t1, t2):
    """ajf0[c;t1;t2]: aj0 where t2's nulls do not overwrite t1's values."""
    return aj(c, t1, t2, own_time=True, fill=True)


def asof(t, y):
    """t asof y: t's other columns at its last row matching y on all but y's last column and
    not above y there (a dictionary for a dictionary y, a table for a table y)."""
    from .values import enlist, item, symvec

    probe = enlist(y) if type(y) is QDict else y
    if type(probe) is not Table:
        raise QError("type")
    full = table_of(t)
    rows = asof_rows(symvec(probe.names), probe, full)
    others = [n for n in full.names if n not in probe.names]
    res = Table(others, [index(full.col(n), _idx(rows)) for n in others])
    return item(res, 0) if type(y) is QDict else res


def _windows(c, w, t1: Table, t2: Table, inner: bool) -> list[np.ndarray]:
    """For each row of t1, the rows of t2 equal on c[:-1] whose c[-1] lies in that row's window
    (wj also takes the row prevailing at the window start)."""
    names = names_of(c)
    eq, tcol = names[:-1], names[-1]
    starts, ends = (_times(v) for v in items(w)) if count(w) == 2 else (None, None)
    if starts is None or len(starts) != count(t1) or len(ends) != count(t1):
        raise QError("length")
    times = _times(t2.col(tcol))
    groups: dict = {}
    keys2 = row_ids(_sub(t2, eq)) if eq else [()] * count(t2)
    for j, k in enumerate(keys2):
        groups.setdefault(k, []).append(j)
    keys1 = row_ids(_sub(t1, eq)) if eq else [()] * count(t1)
    out = []
    for i, k in enumerate(keys1):
        rows = np.array(groups.get(k, ()), dtype=np.int64)
        tt = times[rows]
        lo = int(np.searchsorted(tt, starts[i], side="left"))
        if not inner:
            lo = max(int(np.searchsorted(tt, starts[i], side="right")) - 1, 0) if lo else 0
        hi = int(np.searchsorted(tt, ends[i], side="right"))
        out.append(rows[lo:hi])
    return out


def wj(w, c, t, spec, inner: bool = False):
    """wj[w;c;t;(q;(f;`col);..)]: for each row of t, f applied to q's col over the rows in the
    row's time window w (wj1: only rows inside the window)."""
    from .apply import apply

    parts = items(spec) if type(spec) is list else []
    if not parts or type(parts[0]) not in (Table, QDict):
        raise QError("type")
    base, quotes = table_of(t), table_of(parts[0])
    windows = _windows(c, w, base, quotes, inner)
    names, cols = list(base.names), list(base.cols)
    for agg in parts[1:]:
        f, col = items(agg)
        if type(col) is not Atom or col.t != -SYM:
            raise QError("type")
        src = quotes.col(col.v)
        vals = from_items([apply(f, [index(src, _idx(r))]) for r in windows])
        if col.v in names:
            cols[names.index(col.v)] = vals
        else:
            names.append(col.v)
            cols.append(vals)
    return Table(names, cols)


def wj1(w, c, t, spec):
    """wj1: wj counting only the rows inside each window."""
    return wj(w, c, t, spec, inner=True)
