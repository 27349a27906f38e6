"""Structural list operations: match, find, join, take, drop, where, distinct, group, flip, ..."""

from __future__ import annotations

import numpy as np

from .errors import QError
from .functions import Fn
from .values import (
    BOOL,
    CHAR,
    FLOAT,
    INT,
    LONG,
    REAL,
    SHORT,
    SYM,
    Atom,
    QDict,
    Table,
    Vec,
    atom_dom,
    atom_raw,
    count,
    empty,
    enlist,
    from_items,
    int_atom,
    is_atom,
    item,
    items,
    make_atom,
    null_of,
    qtype,
    symvec,
    to_list,
)


def hkey(x):
    """Hashable identity of a q value (for find, distinct, group, dict keys)."""
    tx = type(x)
    if tx is int:
        return (-LONG, x)
    if tx is float:
        return (-FLOAT, "nan" if x != x else x)
    if tx is bool:
        return (-BOOL, x)
    if tx is Atom:
        v = x.v
        if isinstance(v, float) and v != v:
            v = "nan"
        return (x.t, v)
    if tx is Vec:
        if x.t in (SYM,):
            return (x.t, tuple(x.a))
        return (x.t, x.a.tobytes())
    if tx is list:
        return (0, tuple(hkey(y) for y in x))
    if tx is QDict:
        return (99, hkey(x.k), hkey(x.v))
    if tx is Table:
        return (98, tuple(x.names), tuple(hkey(c) for c in x.cols))
    if isinstance(x, Fn):  # functions are equal as they match: by type and text
        from .display import fmt_fn

        return (getattr(x, "qt", 100), fmt_fn(x))
    return (100, id(x))


def item_keys(x) -> list:
    """hkey of each item of a list (fast paths for typed vectors)."""
    if type(x) is Vec:
        t = -x.t
        if x.t in (FLOAT, REAL):
            return [(t, "nan" if v != v else v) for v in x.a.tolist()]
        if x.t in (SYM,):
            return [(t, v) for v in x.a]
        if x.t == 2:
            return [(t, v) for v in x.a]
        return [(t, v) for v in x.a.tolist()]
    if type(x) is Table:
        return [hkey(r) for r in items(x)]
    return [hkey(y) for y in items(x)]


def match(x, y) -> bool:
    """q `~`: identical type and value."""
    tx, ty = type(x), type(y)
    if tx is Vec and ty is Vec:
        if x.t != y.t or len(x.a) != len(y.a) or x.dom != y.dom:
            return False
        if x.t in (FLOAT, REAL, 15):
            return _float_match(x.a, y.a)
        return bool(np.array_equal(x.a, y.a))
    if tx is list and ty is list:
        return len(x) == len(y) and all(match(a, b) for a, b in zip(x, y, strict=True))
    if tx is QDict and ty is QDict:
        return match(x.k, y.k) and match(x.v, y.v)
    if tx is Table and ty is Table:
        return x.names == y.names and all(match(a, b) for a, b in zip(x.cols, y.cols, strict=True))
    if tx is list and ty is Vec or tx is Vec and ty is list:
        return False
    if isinstance(x, Fn) or isinstance(y, Fn):
        return x is y or _same_function(x, y)
    if tx is float and ty is float:
        return _float_match(np.array([x]), np.array([y]))
    return hkey(x) == hkey(y) and atom_dom(x) == atom_dom(y)


def _same_function(x, y) -> bool:
    """Functions match when they are the same primitive or read the same (`(+:)~flip`,
    `{x}~{x}`)."""
    from .display import fmt_fn
    from .values import qtype

    if not (isinstance(x, Fn) and isinstance(y, Fn)) or qtype(x) != qtype(y):
        return False
    return fmt_fn(x) == fmt_fn(y)


def _float_match(a: np.ndarray, b: np.ndarray) -> bool:
    """Float cells match when tolerantly equal (as `=`) or both null."""
    from .arith import _tol_eq

    a, b = a.astype(np.float64), b.astype(np.float64)
    return bool(np.all(_tol_eq(a, b) | (np.isnan(a) & np.isnan(b))))


def _record_or_columns(names: list, y: list):
    """A list matched against a table's columns: one record (atoms) or columns of records."""
    from .values import is_atom, symvec

    if all(is_atom(v) for v in y):
        return QDict(symvec(names), from_items(y))
    if len({count(v) for v in y}) == 1:
        return Table(list(names), [to_list(v) for v in y])
    return y


def find(x, y):
    """x?y: first index of y in x (count x when absent); maps over a list y."""
    if type(x) is QDict:
        from .apply import index

        return index(x.k, find(x.v, y))
    n = count(x)
    if type(x) is Table:
        keys = item_keys(x)
        if type(y) is list and len(y) == len(x.names) and x.names:
            y = _record_or_columns(x.names, y)  # y pairs its items with x's columns
        if type(y) is QDict:
            ys = [hkey(y)]
            table = {}
            for i, k in enumerate(keys):
                table.setdefault(k, i)
            return table.get(ys[0], n)
        ys = item_keys(y) if type(y) is Table else [hkey(r) for r in items(y)]
        table = {}
        for i, k in enumerate(keys):
            table.setdefault(k, i)
        return Vec(LONG, np.array([table.get(k, n) for k in ys], dtype=np.int64))
    if type(x) is Vec and qtype(y) == -x.t:
        k = hkey(y)
        if x.t in (SYM,):
            v = y.v
            for i, s in enumerate(x.a):
                if s == v:
                    return i
            return n
        if x.t not in (FLOAT, REAL):
            hits = np.flatnonzero(x.a == atom_raw(y))
            return int(hits[0]) if len(hits) else n
    if type(x) is Vec and type(y) is Vec and y.t == x.t and x.t not in (FLOAT, REAL, SYM, 2):
        # vectorised lookup
        a = x.a
        order = np.argsort(a, kind="stable")
        sa = a[order]
        pos = np.searchsorted(sa, y.a)
        pos_c = np.minimum(pos, max(n - 1, 0))
        if n == 0:
            return Vec(LONG, np.full(len(y.a), 0, dtype=np.int64))
        found = sa[pos_c] == y.a
        return Vec(LONG, np.where(found, order[pos_c], n).astype(np.int64))
    table = {}
    for i, k in enumerate(item_keys(x)):
        table.setdefault(k, i)
    if is_atom(y) or (type(x) is list and not _is_list_of_items(x, y)):
        return table.get(hkey(y), n)
    if type(y) is list and type(x) is list and any(type(v) is list or type(v) is Vec for v in x):
        if _rank(y) < _rank(x):  # y has the rank of x's items: found whole
            return table.get(hkey(y), n)
        if all(is_atom(v) for v in y):
            return Vec(LONG, np.array([table.get(hkey(v), n) for v in y], dtype=np.int64))
        return from_items([find(x, v) for v in y])
    if type(y) is list:
        return from_items([find(x, v) for v in y])
    return Vec(LONG, np.array([table.get(k, n) for k in item_keys(y)], dtype=np.int64))


def _rank(x) -> int:
    """Rank as Find sees it: 0 for an atom, else 1 + the rank of the first item."""
    r = 0
    while type(x) is list or type(x) is Vec or type(x) is Table:
        r += 1
        if type(x) is not list or not x:
            break
        x = x[0]
    return r


def _is_list_of_items(x, y) -> bool:
    if type(y) is Vec:
        return not any(type(v) is Vec and v.t == y.t for v in x)
    return True


def dict_align(x: QDict, y: QDict, fn, lone=None):
    """Combine two dictionaries key-wise (union of keys; missing side acts as identity, or
    `lone` maps the values of keys only y has)."""
    if (type(x.k) is Table) != (type(y.k) is Table):
        raise QError("type")  # a keyed table's rows and plain keys do not align
    kx, ky = item_keys(x.k), item_keys(y.k)
    pos = {k: i for i, k in enumerate(kx)}
    xv, yv = items(x.v), items(y.v)
    out = list(xv)
    extra_k, extra_v = [], []
    yk_items = items(y.k)
    for j, k in enumerate(ky):
        i = pos.get(k)
        if i is None:
            extra_k.append(yk_items[j])
            extra_v.append(yv[j] if lone is None else lone(yv[j]))
        else:
            out[i] = fn(xv[i], yv[j])
    keys = join(x.k, from_items(extra_k)) if extra_k else x.k
    return QDict(keys, from_items(out + extra_v))


def join(x, y):
    """x,y."""
    tx, ty = type(x), type(y)
    if tx is Vec and ty is Vec and x.t == y.t:
        return Vec(x.t, np.concatenate([x.a, y.a]), dom=x.dom if x.dom == y.dom else None)
    if tx is Table and ty in (Table, QDict, list, Vec):
        from .tables import append_rows

        return append_rows(x, y)
    if tx is QDict and type(x.k) is Table and ty in (Table, QDict, list, Vec):
        if ty is Table:
            raise QError("type")  # keyed table , simple table (upsert accepts it)
        from .tables import append_rows

        return append_rows(x, y)
    if tx is QDict and ty is QDict:
        if type(x.k) is Vec and x.k.attr == "s":
            raise QError("step")
        return dict_align(x, y, lambda a, b: b)
    if tx is Atom and ty is Atom and atom_dom(x) != atom_dom(y):
        return [x, y]  # an enumerated atom and another symbol atom differ in type
    if (tx is QDict) != (ty is QDict) and (is_atom(x) or is_atom(y) or Vec in (tx, ty)):
        raise QError("type")  # a dictionary joins only dictionaries, tables and lists of them
    xs = to_list(x) if tx is not Table else items(x)
    ys = to_list(y) if ty is not Table else items(y)
    if type(xs) is Vec and type(ys) is Vec and xs.t == ys.t:
        dom = xs.dom if xs.dom == ys.dom else None
        return Vec(xs.t, np.concatenate([xs.a, ys.a]), dom=dom)
    return from_items(items(xs) + items(ys))


def til(n):
    if type(n) is not int:
        if type(n) is Atom and n.t in (-5, -6):
            n = n.v
        elif type(n) is bool:
            n = int(n)
        else:
            raise QError("type")
    if n < 0:
        raise QError("domain")
    return Vec(LONG, np.arange(n, dtype=np.int64))


def take(n, x):
    """n#x: first/last n items (cyclic); a shape list reshapes; a symbol list takes columns."""
    if type(n) is Atom and n.t == -SYM:
        if n.v not in ("s", "u", "p", "g", ""):
            raise QError(n.v)
        if type(x) is Vec:
            _check_attribute(n.v, x)
            return Vec(x.t, x.a, n.v, x.dom)
        if type(x) is QDict and type(x.k) is Vec:
            return sorted_dict(n.v, x)
        if type(x) is QDict and type(x.k) is Table and n.v == "s":
            return step_table(x)
        return x
    if type(x) is QDict and type(x.k) is Table and (type(n) is Table or qtype(n) == SYM):
        from .apply import index

        keys = n if type(n) is Table else Table(x.k.names, [n])  # the rows of those keys
        if keys.names != x.k.names:
            raise QError("type")
        return QDict(keys, index(x, keys))
    if type(n) is Vec and n.t == SYM:
        if type(x) is Table:
            return Table(list(n.a), [x.col(s) for s in n.a])
        if type(x) is QDict:
            from .apply import index

            return QDict(n, index(x, n))
    if type(n) is Vec and n.t in (5, 6, LONG):
        dims = n.a.tolist()
        flat = items(x) if not is_atom(x) else [x]
        return reshape(dims, flat, x)
    if type(n) is Atom and n.t in (-5, -6):
        n = n.v
    if type(n) is bool:
        n = int(n)
    if type(n) is not int:
        raise QError("type")
    if abs(n) > 2**40 - 1:
        raise QError("limit")  # longer than any list q makes (0W#2, 0N#2)
    if type(x) is Table:
        return Table(x.names, [take(n, c) for c in x.cols])
    if type(x) is QDict:
        return QDict(take(n, x.k), take(n, x.v))
    if is_atom(x):
        x = enlist(x)
    cnt = count(x)
    if n >= 0:
        idx = np.arange(n) % cnt if cnt else None
    else:
        idx = (np.arange(cnt + n, cnt) % cnt) if cnt else None
        if cnt and -n > cnt:
            idx = np.arange(-n) % cnt
            idx = (idx + (cnt - (-n) % cnt)) % cnt
    if cnt == 0:
        if type(x) is Vec:
            return Vec(x.t, np.full(abs(n), null_of(x.t), dtype=x.a.dtype))
        return [[]] * abs(n) if n else []
    if type(x) is Vec:
        return Vec(x.t, x.a[idx])
    return from_items([x[i] for i in idx.tolist()]) if len(idx) else []


def _check_attribute(a: str, x: Vec) -> None:
    """'s-fail unless x ascends for `s; 'u-fail unless x is unique for `u, or its equal items
    are contiguous for `p."""
    if a == "s":
        from .builtins import sort_perm

        if len(x.a) > 1 and not (sort_perm(x) == np.arange(len(x.a))).all():
            raise QError("s-fail")
    elif a in ("u", "p"):
        keys = item_keys(x)
        if a == "u" and len(set(keys)) != len(keys):
            raise QError("u-fail")
        runs = [k for i, k in enumerate(keys) if i == 0 or keys[i - 1] != k]
        if a == "p" and len(set(runs)) != len(runs):
            raise QError("u-fail")


def sorted_dict(a: str, d: QDict) -> QDict:
    """`` `s#d ``: a step dictionary (keys must ascend; lookups take the last key <= probe);
    other attributes just tag the keys."""
    keys = d.k
    if a == "s" and len(keys.a) > 1:
        from .builtins import sort_perm

        if not (sort_perm(keys) == np.arange(len(keys.a))).all():
            raise QError("s-fail")
    return QDict(Vec(keys.t, keys.a, a, keys.dom), d.v)


def step_table(kt: QDict) -> QDict:
    """`` `s#kt ``: a keyed table whose key rows ascend becomes a step function of its keys
    (the first key column carries `s)."""
    from .builtins import sort_perm

    keys = kt.k
    if not (sort_perm(keys) == np.arange(count(keys))).all():
        raise QError("s-fail")
    first = keys.cols[0]
    if type(first) is not Vec:
        raise QError("type")
    cols = [Vec(first.t, first.a, "s", first.dom), *keys.cols[1:]]
    return QDict(Table(keys.names, cols), kt.v)


def reshape(dims, flat, x):
    null = null_of(LONG)
    if any(d < 0 and d != null for d in dims) or (
        len(dims) > 2 and (null in dims or 0 in dims[1:-1])
    ):
        raise QError("domain")  # negative sizes; 0N only in `r 0N` / `0N c`; an inner 0
    total = len(flat)
    if len(dims) == 2 and dims[0] == null_of(LONG) or len(dims) == 2 and dims[1] == null_of(LONG):
        r, c = dims
        proto = x if type(x) is Vec else []
        if r == null_of(LONG):
            r = -(-total // c) if c else 0
            bounds = [(i * c, min((i + 1) * c, total)) for i in range(r)]
        else:
            c = total // r if r else 0
            bounds = [(i * c, (i + 1) * c if i < r - 1 else total) for i in range(r)]
        return [
            slice_list(proto, s, e) if type(proto) is Vec else from_items(flat[s:e])
            for s, e in bounds
        ]
    if not dims:  # a shape of rank 0: the first item itself
        if not total:
            raise QError("length")
        return flat[0]
    size = 1
    for d in dims:
        size *= d
    src = [flat[i % total] for i in range(size)] if total else []

    def build(level, start):
        d = dims[level]
        if level == len(dims) - 1:
            return (
                from_items(src[start : start + d])
                if d
                else empty(abs(qtype(x)) if type(x) is Vec or -20 < qtype(x) < 0 else 0)
            )
        step = 1
        for e in dims[level + 1 :]:
            step *= e
        return [build(level + 1, start + i * step) for i in range(d)]

    return build(0, 0)


def drop(n, x):
    """n_x: drop n items from the front (or back when negative)."""
    if type(n) is Atom and n.t in (-5, -6):
        n = n.v
    if type(n) is bool:
        n = int(n)
    if type(n) is Vec and n.t == SYM and type(x) is Table:
        keep = [c for c in x.names if c not in set(n.a)]
        return Table(keep, [x.col(c) for c in keep])
    if (type(n) is Vec or type(n) is list) and type(x) is QDict:
        return _drop_keys(x, n)
    if type(n) is QDict:
        if type(n.k) is Vec and type(x) is Vec:
            raise QError("type")  # d _ k takes one key; k _ d drops several
        return _drop_keys(n, x)
    if (type(n) is Vec or type(n) is list) and is_atom(x):
        return drop_index(n, int_atom(x))
    if type(n) is Table and is_atom(x):  # t _ i: t without row i
        return Table(n.names, [drop_index(c, int_atom(x)) for c in n.cols])
    if type(n) is Atom and type(x) is QDict:
        return _drop_keys(x, n)
    if type(n) is int:
        if type(x) is QDict:
            k = drop(n, x.k)
            return QDict(k, drop(n, x.v))
        if type(x) is Table:
            return Table(x.names, [drop(n, c) for c in x.cols])
        if is_atom(x):
            raise QError("type")
        cnt = count(x)
        sl = slice(min(n, cnt), None) if n >= 0 else slice(0, max(cnt + n, 0))
        if type(x) is Vec:
            return Vec(x.t, x.a[sl])
        return x[sl]
    if type(n) is Vec or type(n) is list:
        return cut(n, x)
    if type(x) is QDict:
        from .apply import index

        items(x.k)
        dk = set(item_keys(to_list(n)))
        keep = [i for i, k in enumerate(item_keys(x.k)) if k not in dk]
        return QDict(
            index(x.k, Vec(LONG, np.array(keep, dtype=np.int64))),
            index(x.v, Vec(LONG, np.array(keep, dtype=np.int64))),
        )
    if is_atom(n) and not is_atom(x):
        raise QError("type")  # an atom has no items to drop
    if type(x) is int and is_list_like(n):
        return drop_index(n, x)
    raise QError("type")


def _drop_keys(d: QDict, ks):
    from .apply import index

    if type(d.k) is Table and type(ks) is not Table:
        nk = len(d.k.names)
        if nk > 1 and count(ks) != nk:
            raise QError("length")
        cells = [to_list(ks)] if nk == 1 else [enlist(c) for c in items(ks)]
        ks = Table(d.k.names, cells)  # one key (a row of cells) or keys of one column
    dk = set(item_keys(ks if type(ks) is Table else to_list(ks)))
    keep = [i for i, k in enumerate(item_keys(d.k)) if k not in dk]
    iv = Vec(LONG, np.array(keep, dtype=np.int64))
    return QDict(index(d.k, iv), index(d.v, iv))


def is_list_like(x) -> bool:
    return type(x) is Vec or type(x) is list


def drop_index(x, i: int):
    """x _ i: x without item i (unchanged when i is not an index of x)."""
    if not 0 <= i < count(x):
        return x
    if type(x) is Vec:
        return Vec(x.t, np.delete(x.a, i))
    return x[:i] + x[i + 1 :]


def cut(idx, x):
    """Cut x at the given start indices."""
    if qtype(idx) not in (LONG, INT, SHORT, 0) or any(
        abs(qtype(i)) not in (LONG, INT, SHORT) for i in items(idx) if type(idx) is list
    ):
        raise QError("type")  # start indices are integers
    starts = idx.a.tolist() if type(idx) is Vec else [int(atom_raw(i)) for i in idx]
    cnt = count(x)
    ends = starts[1:] + [cnt] if starts else []
    if any(not 0 <= s <= e <= cnt for s, e in zip(starts, ends, strict=True)):
        raise QError("domain")  # starts must be non-decreasing indices of x
    out = []
    for s, e in zip(starts, ends, strict=True):
        out.append(slice_list(x, s, e))
    return out


def slice_list(x, s, e):
    if type(x) is Vec:
        return Vec(x.t, x.a[s:e])
    if type(x) is Table:
        return Table(x.names, [slice_list(c, s, e) for c in x.cols])
    if type(x) is QDict:
        return QDict(slice_list(x.k, s, e), slice_list(x.v, s, e))
    return x[s:e]


def where(x):
    """&x: indices of true booleans, repeated by counts for integers."""
    if type(x) is bool:
        return Vec(LONG, np.arange(int(x), dtype=np.int64))
    if type(x) is int:
        if x < 0:
            raise QError("domain")  # a negative count, as for a vector
        if x > 2**40 - 1:
            raise QError("limit")
        return Vec(LONG, np.zeros(x, dtype=np.int64))
    if type(x) is Vec:
        if x.t == BOOL:
            return Vec(LONG, np.flatnonzero(x.a).astype(np.int64))
        if x.t in (4, 5, 6, LONG):
            a = x.a.astype(np.int64)
            if (a < 0).any():
                raise QError("domain")
            if int(a.sum()) > 2**40 - 1:
                raise QError("limit")  # more indices than any list q makes
            return Vec(LONG, np.repeat(np.arange(len(a), dtype=np.int64), a))
    if type(x) is QDict:
        from .apply import index

        return index(x.k, where(x.v))
    if type(x) is list and not x:
        return Vec(LONG, np.zeros(0, dtype=np.int64))
    raise QError("type")


def distinct(x):
    if type(x) is Vec:
        if x.t in (SYM,) or x.t == 2:
            seen = {}
            for v in x.a:
                seen.setdefault(v, None)
            a = np.array(list(seen), dtype=object) if seen else x.a[:0]
            return Vec(x.t, a, dom=x.dom)
        _, idx = np.unique(x.a, return_index=True)
        if x.t in (FLOAT, REAL):
            keys = item_keys(x)
            seen = {}
            for i, k in enumerate(keys):
                seen.setdefault(k, i)
            return Vec(x.t, x.a[sorted(seen.values())])
        return Vec(x.t, x.a[np.sort(idx)])
    if type(x) is Table:
        rows = items(x)
        seen = {}
        for i, r in enumerate(rows):
            seen.setdefault(hkey(r), i)
        from .apply import index

        return index(x, Vec(LONG, np.array(sorted(seen.values()), dtype=np.int64)))
    if type(x) is QDict:
        return distinct(x.v)
    if is_atom(x):
        raise QError("type")
    seen = {}
    for y in x:
        seen.setdefault(hkey(y), y)
    return from_items(list(seen.values())) if seen else []


def group(x):
    """=x: dictionary of distinct items (in order of first occurrence) to their indices;
    a dictionary's values are grouped into lists of its keys."""
    from .apply import index

    if type(x) is QDict:
        g = group(x.v)
        return QDict(g.k, [index(x.k, v) for v in g.v])
    if type(x) is Vec and x.a.dtype != object:
        return _group_vec(x)
    keys = item_keys(x)
    groups: dict = {}
    firsts = []
    for i, k in enumerate(keys):
        g = groups.get(k)
        if g is None:
            groups[k] = [i]
            firsts.append(i)
        else:
            g.append(i)
    uk = index(x, Vec(LONG, np.array(firsts, dtype=np.int64)))
    vals = [Vec(LONG, np.array(groups[keys[i]], dtype=np.int64)) for i in firsts]
    return QDict(uk, vals)


def _group_vec(x: Vec) -> QDict:
    """group of a numeric/temporal vector, in numpy."""
    from .apply import index

    _, first, inv = np.unique(x.a, return_index=True, return_inverse=True)
    inv = inv.reshape(-1)
    rows = np.split(np.argsort(inv, kind="stable"), np.cumsum(np.bincount(inv))[:-1])
    by_first = np.argsort(first, kind="stable")
    vals = [Vec(LONG, rows[g].astype(np.int64)) for g in by_first.tolist()]
    return QDict(index(x, Vec(LONG, first[by_first].astype(np.int64))), vals)


def flip(x):
    if type(x) is QDict:
        if type(x.k) is Vec and x.k.t == SYM:
            vals = items(x.v)
            n = max((count(v) for v in vals if not is_atom(v)), default=1)
            cols = [take(n, v) if is_atom(v) else v for v in vals]
            if any(count(c) != n for c in cols):
                raise QError("length")
            return Table(list(x.k.a), cols)
        raise QError("type")
    if type(x) is Table:
        return QDict(symvec(x.names), list(x.cols))
    if type(x) is list:
        if not x:
            return []
        n = max(count(y) if not is_atom(y) else 1 for y in x)
        for y in x:
            if not is_atom(y) and count(y) != n:
                raise QError("length")
        rows = [items(y) if not is_atom(y) else [y] * n for y in x]
        return [from_items([r[i] for r in rows]) for i in range(n)]
    if type(x) is Vec:
        raise QError("rank")
    raise QError("rank")


def raze(x):
    if type(x) is QDict:
        return raze(x.v)
    if type(x) is list:
        if not x:
            return []
        if all(type(y) is Vec for y in x) and len({y.t for y in x}) == 1:
            return Vec(x[0].t, np.concatenate([y.a for y in x]))
        r = x[0] if not is_atom(x[0]) else enlist(x[0])
        out = items(r) if type(r) is not Table and type(r) is not QDict else None
        if out is None:
            res = r
            for y in x[1:]:
                res = join(res, y)
            return res
        out = list(out)
        for y in x[1:]:
            if type(y) is Table:
                return _raze_slow(x)
            if type(y) is QDict:
                raise QError("type")  # raze is ,/ and a list does not join a dictionary
            out.extend(items(y) if not is_atom(y) else [y])
        return from_items(out)
    return x if not is_atom(x) else enlist(x)


def _raze_slow(x):
    res = x[0]
    for y in x[1:]:
        res = join(res, y)
    return res


def reverse(x):
    if type(x) is Vec:
        return Vec(x.t, x.a[::-1].copy())
    if type(x) is list:
        return x[::-1]
    if type(x) is QDict:
        return QDict(reverse(x.k), reverse(x.v))
    if type(x) is Table:
        return Table(x.names, [reverse(c) for c in x.cols])
    return x


def first(x):
    if type(x) is Vec:
        if len(x.a):
            return item(x, 0)
        return make_atom(-x.t, null_of(x.t))
    if type(x) is list:
        return x[0] if x else []
    if type(x) is QDict:
        return first(x.v)
    if type(x) is Table:
        return item(x, 0) if count(x) else _null_row(x)
    return x


def last(x):
    if type(x) is Vec:
        if len(x.a):
            return item(x, len(x.a) - 1)
        return make_atom(-x.t, null_of(x.t))
    if type(x) is list:
        return x[-1] if x else []
    if type(x) is QDict:
        return last(x.v)
    if type(x) is Table:
        return item(x, count(x) - 1) if count(x) else _null_row(x)
    return x


def _null_row(t: Table) -> QDict:
    """The row first/last give for an empty table: each column's null."""
    return QDict(symvec(t.names), from_items([first(c) for c in t.cols]))


def key_of(x):
    if type(x) is QDict:
        return x.k
    if type(x) is Table:
        return []
    if type(x) is int:
        return til(x)
    if type(x) is Vec:
        return Atom(-SYM, "")
    raise QError("type")


def value_of(x):
    if type(x) is QDict:
        return x.v
    return x


def char_vec(s: str) -> Vec:
    return Vec(CHAR, np.frombuffer(s.encode("latin-1"), dtype=np.uint8).copy())


__all__ = ["hkey", "match", "find", "join", "take", "drop", "where", "distinct", "group"]
