"""Evaluate qSQL templates (select / exec / update / delete) on in-memory tables."""

from __future__ import annotations

import numpy as np

from . import runtime
from .apply import index
from .errors import QError
from .tables import key_table, names_of, table_of, unkey
from .values import (
    BOOL,
    INT,
    LONG,
    SHORT,
    SYM,
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
    symvec,
)

_ABSENT = object()


class ColumnEnv(dict):
    """Locals of a qSQL expression: the caller's locals, `i`, and the table's columns (which
    shadow the locals), each column cut to the selected rows only when first read."""

    def __init__(self, L, t: Table, rows: np.ndarray | None):
        if type(t) is not Table:
            raise QError("type")  # a query over something that is not a table
        super().__init__(L or {})
        self.cols = dict(zip(t.names, t.cols, strict=True))
        self.cut: dict = {}
        self.rows = None if rows is None else Vec(LONG, rows)
        self["i"] = self.rows if rows is not None else Vec(LONG, np.arange(count(t)))

    def _column(self, name):
        col = self.cut.get(name, _ABSENT)
        if col is _ABSENT:
            col = self.cols.get(name, _ABSENT)
            if col is _ABSENT and "." in name:
                col = self._foreign(name)
            if col is not _ABSENT and self.rows is not None:
                col = self.cut[name] = index(col, self.rows)
        return col

    def _foreign(self, name: str):
        """`fk.c` (and `fk.c.d`): columns reached through foreign-key columns; `time.date`,
        `time.minute`, ...: fields of temporal columns."""
        from .enums import foreign_column
        from .namespaces import is_temporal_field, temporal_field

        base, *path = name.split(".")
        col = self.cols.get(base, _ABSENT)
        if col is _ABSENT or type(col) is not Vec:
            return _ABSENT
        for field in path:
            if type(col) is Vec and col.dom is not None:
                col = foreign_column(col, field)
            elif is_temporal_field(col, field):
                col = temporal_field(col, field)
            else:
                raise QError(name)
        return col

    def get(self, name, default=None):
        col = self._column(name)
        return dict.get(self, name, default) if col is _ABSENT else col

    def __getitem__(self, name):
        col = self._column(name)
        return dict.__getitem__(self, name) if col is _ABSENT else col

    def __contains__(self, name):
        return name in self.cols or dict.__contains__(self, name)


def _env(L, t: Table, rows: np.ndarray | None) -> ColumnEnv:
    return ColumnEnv(L, t, rows)


def _where(t: Table, conds, L) -> np.ndarray:
    rows = np.arange(count(t), dtype=np.int64)
    for c in conds:
        r = c(_env(L, t, rows))
        if type(r) is bool:
            if not r:
                rows = rows[:0]
            continue
        if type(r) is not Vec or r.t not in (BOOL, 4, 5, 6, LONG):
            raise QError("type")
        if len(r.a) != len(rows):
            raise QError("length")
        rows = rows[r.a != 0]  # a boolean or integer constraint keeps its non-zero rows
    return rows


def _groups(t: Table, by, L, rows):
    """(key table, list of row-index arrays), sorted by key."""
    from .builtins import sort_perm
    from .ops import take

    env = _env(L, t, rows)
    n = len(rows)
    keycols = [(nm, take(n, v) if is_atom(v) else v) for nm, v in ((nm, c(env)) for nm, c in by)]
    if any(count(v) != n for _, v in keycols):
        raise QError("length")
    codes = _row_codes([v for _, v in keycols], n)
    _, firsts, inverse = np.unique(codes, return_index=True, return_inverse=True)
    order = np.argsort(inverse, kind="stable")
    glist = np.split(order, np.cumsum(np.bincount(inverse))[:-1]) if n else []
    firsts_v = Vec(LONG, firsts.astype(np.int64))
    keyt = Table([nm for nm, _ in keycols], [index(v, firsts_v) for _, v in keycols])
    perm = sort_perm(keyt) if count(keyt) else np.zeros(0, dtype=np.int64)
    keyt = index(keyt, Vec(LONG, perm))
    return keyt, [rows[glist[p]] for p in perm.tolist()]


def _column_codes(v) -> np.ndarray:
    """A dense code per item of a list: equal items get equal codes."""
    from .ops import item_keys

    if type(v) is Vec and v.t != 2:
        return np.unique(v.a, return_inverse=True)[1].reshape(-1)
    seen: dict = {}
    return np.array([seen.setdefault(k, len(seen)) for k in item_keys(v)], dtype=np.int64)


def _row_codes(cols: list, n: int) -> np.ndarray:
    """A dense code per row from several key columns: equal rows get equal codes."""
    codes = np.zeros(n, dtype=np.int64)
    for v in cols:
        inv = _column_codes(v)
        codes = np.unique(codes * (int(inv.max(initial=0)) + 1) + inv, return_inverse=True)[1]
        codes = codes.reshape(-1)
    return codes


def _eval_cols(cols, t, L, rows):
    env = _env(L, t, rows)
    return [(n, c(env)) for n, c in cols]


def _as_table(pairs, n_hint=None) -> Table:
    n = max((count(v) for _, v in pairs if not is_atom(v)), default=None)
    if n is None:
        return Table([k for k, _ in pairs], [from_items([v]) for _, v in pairs])
    from .ops import take

    cols = []
    for _, v in pairs:
        if is_atom(v):
            cols.append(take(n, v))
        else:
            if count(v) != n:
                raise QError("length")
            cols.append(v)
    return Table([k for k, _ in pairs], cols)


def _resolve_table(v):
    if type(v) is Atom and v.t == -SYM:
        return runtime.lookup(v.v), v.v
    return v, None


def compile_qsql(comp, kind: str, spec: dict, lam: bool):
    """Closure evaluating a qSQL node."""
    cfrom = comp.comp(spec["from"], lam)
    cwhere = [comp.comp(w, True) for w in spec["where"]]
    ccols = [(n, comp.comp(e, True)) for n, e in spec["cols"]]
    cby = [(n, comp.comp(e, True)) for n, e in spec["by"]] if spec["by"] else None
    climit, corder = _limit_parts(comp, spec["limit"] or [], lam)
    if kind == "exec" and spec["by"] and [e for _, e in spec["by"]] == [("const", False)]:
        kind, cby = "select", None  # `exec a,b by 0b from t` is a select: a table

    def run(L):
        target = cfrom(L)
        if kind == "delete" and _is_namespace(target):
            return _delete_names(target, spec["delete_cols"])
        src, name = _resolve_table(target)
        if kind == "delete" and type(src) is QDict and type(src.k) is not Table:
            return _store(name, _delete_keys(src, spec["delete_cols"]))
        if kind == "update" and _is_record(src):
            if cby is not None:
                raise QError("type")  # a dictionary update has no by phrase (q 4.1)
            return _store(name, _update_record(src, ccols, cwhere, L))
        keyed = type(src) is QDict and type(src.k) is Table
        nkeys = len(src.k.names) if keyed else 0
        t = unkey(src)
        if type(t) is not Table:
            raise QError("type")
        rows = _where(t, cwhere, L)
        if kind == "select":
            if corder is not None:
                desc, ccol = corder
                rows = _order_rows(ccol(_env(L, t, rows)), rows, desc)
            if climit is not None:
                rows = limit_rows(rows, climit(L))
            res = _select(t, ccols, cby, L, rows, keyed, nkeys)
            if spec["distinct"]:
                from .ops import distinct

                res = distinct(res)
            return res
        if kind == "exec":
            return _exec(t, ccols, cby, L, rows, spec["exec_dict"], spec["by_vector"])
        if kind == "update":
            res = _update(t, ccols, cby, L, rows)
            res = key_table(nkeys, res) if keyed else res
        else:
            res = _delete(t, spec["delete_cols"], rows, bool(cwhere))
            res = key_table(nkeys, res) if keyed else res
        return _store(name, res)

    return run


def _store(name: str | None, res):
    """The result of an update/delete: stored under the table's name (and the name returned)
    when called by name, else the value itself."""
    if name is None:
        return res
    runtime.CUR.g[name] = res
    return Atom(-SYM, name)


def _delete_keys(d: QDict, names: list[str]) -> QDict:
    """`delete a,b from d`: the dictionary without those keys."""
    keep = [i for i, k in enumerate(items(d.k)) if not (type(k) is Atom and k.v in names)]
    sel = Vec(LONG, np.array(keep, dtype=np.int64))
    return QDict(index(d.k, sel), index(d.v, sel))


def _update_record(d: QDict, ccols, cwhere, L) -> QDict:
    """`update a:x from d` on a dictionary: names in the phrases are its entries; the where
    phrase (true or false) decides whether the new entries are set."""
    from .verbs import VERBS

    env = dict(L or {})
    env.update(zip(d.k.a, items(d.v), strict=True))
    for c in cwhere:
        r = c(env)
        if not (type(r) is bool and r) and not (type(r) is Atom and r.t == -BOOL and r.v):
            return d
    vals = [(nm, c(env)) for nm, c in ccols]
    new = QDict(symvec([nm for nm, _ in vals]), from_items([v for _, v in vals]))
    return VERBS[","].dyad(d, new)


def _is_record(x) -> bool:
    """Whether x is a dictionary with symbol keys (a record `update` amends like a row)."""
    return type(x) is QDict and type(x.k) is Vec and x.k.t == SYM


def _is_namespace(x) -> bool:
    """Whether x is a symbol naming a namespace (`` `. `` or `` `.ns `` holding no value)."""
    if type(x) is not Atom or x.t != -SYM:
        return False
    return x.v == "." or (x.v.startswith(".") and x.v not in runtime.CUR.g)


def _delete_names(ns: Atom, names: list[str]) -> Atom:
    """`delete a,b from `.ns`: drop those globals from the namespace; returns `.ns`."""
    prefix = "" if ns.v == "." else ns.v + "."
    for nm in names:
        runtime.CUR.g.pop(prefix + nm, None)
    return ns


def _limit_parts(comp, args: list, lam: bool):
    """Compiled (row limit, (descending?, sort column)) of `select[n;>c]`; either may be None."""
    climit = corder = None
    for arg in args:
        if arg[0] == "monad" and arg[1][0] == "verb" and arg[1][1] in "<>":
            corder = (arg[1][1] == ">", comp.comp(arg[2], True))
        elif arg is not None:
            climit = comp.comp(arg, lam)
    return climit, corder


def _order_rows(col, rows: np.ndarray, desc: bool) -> np.ndarray:
    """rows reordered by the values col (one per row), ascending or descending."""
    from .builtins import sort_perm

    return rows[sort_perm(col, desc)]


def limit_rows(rows: np.ndarray, n) -> np.ndarray:
    """The selected rows `select[n]` keeps before its Select phrase runs: the first n (the
    last -n when negative; at most all), or, for a pair (s;c), c rows from row s."""
    total = len(rows)
    if type(n) is Vec and len(n.a) == 2:
        start, length = (int(v) for v in n.a)
        keep = np.arange(min(start, total), min(start + length, total))
    elif is_atom(n) and qtype(n) in (-7, -6, -5):
        k = int(atom_raw(n))
        keep = np.arange(min(k, total)) if k >= 0 else np.arange(max(total + k, 0), total)
    else:
        raise QError("type")
    return rows[keep]


def _select(t, ccols, cby, L, rows, keyed, nkeys):
    if cby is None:
        if not ccols:
            r = index(t, Vec(LONG, rows))
            return key_table(nkeys, r) if keyed else r
        return _as_table(_eval_cols(ccols, t, L, rows))
    keyt, groups = _groups(t, cby, L, rows)
    if not ccols:
        others = [n for n in t.names if n not in keyt.names]
        vals = Table(
            others,
            [
                index(t.col(n), Vec(LONG, np.array([g[-1] for g in groups], dtype=np.int64)))
                for n in others
            ],
        )
        return QDict(keyt, vals)
    results = [_eval_cols(ccols, t, L, g) for g in groups]
    names = [n for n, _ in ccols]
    cols = [
        from_items([r[j][1] for r in results]) if results else Vec(LONG, np.zeros(0, np.int64))
        for j in range(len(names))
    ]
    return QDict(keyt, Table(names, cols))


def _exec(t, ccols, cby, L, rows, as_dict: bool = False, vector_key: bool = True):
    """exec: one unnamed column gives its value, several (or as_dict) a dictionary by name;
    with by, those keyed by the group values (a list for one by column when vector_key,
    else a table)."""
    if cby is None:
        if not ccols:  # `exec from t`: the last selected row, as a dictionary
            return index(t, int(rows[-1]) if len(rows) else count(t))
        vals = _eval_cols(ccols, t, L, rows)
        if len(vals) == 1 and not as_dict:
            return vals[0][1]
        return QDict(symvec([n for n, _ in vals]), from_items([v for _, v in vals]))
    keyt, groups = _groups(t, cby, L, rows)
    results = [_eval_cols(ccols, t, L, g) for g in groups]
    if len(ccols) == 1 and not as_dict:
        vals = from_items([r[0][1] for r in results])
    else:
        vals = Table(
            [n for n, _ in ccols],
            [from_items([r[j][1] for r in results]) for j in range(len(ccols))],
        )
    key = keyt.cols[0] if vector_key and len(keyt.names) == 1 else keyt
    return QDict(key, vals)


def _update(t, ccols, cby, L, rows):
    n = count(t)
    if cby is None:
        vals = _eval_cols(ccols, t, L, rows)
        return _assign_rows(t, vals, rows, n)
    _, groups = _groups(t, cby, L, rows)
    results = [_eval_cols(ccols, t, L, g) for g in groups]
    order = np.concatenate(groups) if groups else rows[:0]
    vals = [
        (name, _concat([_spread(r[j][1], len(g)) for r, g in zip(results, groups, strict=True)]))
        for j, (name, _) in enumerate(ccols)
    ]
    return _assign_rows(t, vals, order, n)


def _spread(v, m: int):
    """A group's update value as m items: an atom is repeated, a list must have m items."""
    from .ops import take

    if is_atom(v):
        return take(m, v)
    if count(v) != m:
        raise QError("length")
    return v


def _concat(parts: list):
    """Join the lists parts into one list."""
    if parts and all(type(p) is Vec and p.t == parts[0].t for p in parts):
        return Vec(parts[0].t, np.concatenate([p.a for p in parts]))
    return from_items([x for p in parts for x in items(p)])


def _assign_rows(t, vals, rows, n):
    """t with column values vals (name, atom or list) set at the distinct row indices rows;
    when rows cover the whole table the column is replaced, whatever its type."""
    from .amend import amend1
    from .tables import set_column

    full = len(rows) == n
    in_order = full and bool(np.all(rows == np.arange(n)))
    res = t
    for name, v in vals:
        if full:
            col = v
            if is_atom(col):
                from .ops import take

                col = take(n, col)
            elif count(col) != n:
                raise QError("length")
            elif not in_order:
                col = index(col, Vec(LONG, np.argsort(rows)))
            res = set_column(res, name, col)
            continue
        if name in res.names:
            base = res.col(name)
        else:
            from .apply import null_item
            from .ops import take

            proto = v if is_atom(v) else (items(v)[0] if count(v) else 0)
            base = take(n, null_item(from_items([proto])))
        new = _scatter(base, rows, v)
        if new is None:
            new = amend1(base, Vec(LONG, rows), None, v, True)
        res = set_column(res, name, new)
    return res


def _scatter(base, rows: np.ndarray, v):
    """base with items rows set to v (an atom or a list), done in numpy when the types agree;
    None otherwise."""
    if type(base) is not Vec:
        return None
    if type(v) is Vec and v.t == base.t and len(v.a) == len(rows):
        vals = v.a
    elif is_atom(v) and qtype(v) == -base.t:
        vals = atom_raw(v)
    else:
        return None
    a = base.a.copy()
    a[rows] = vals
    return Vec(base.t, a)


def _delete(t, cols, rows, has_where):
    if cols:
        keep = [n for n in t.names if n not in cols]
        return Table(keep, [t.col(n) for n in keep])
    if not has_where:
        return index(t, Vec(LONG, np.zeros(0, dtype=np.int64)))
    mask = np.ones(count(t), dtype=bool)
    mask[rows] = False
    return index(t, Vec(LONG, np.flatnonzero(mask).astype(np.int64)))


def group_by_cols(c, t):
    from .ops import hkey

    names = names_of(c)
    t = table_of(t)
    n = count(t)
    keyitems = [items(t.col(k)) for k in names]
    groups: dict = {}
    order = []
    for r in range(n):
        k = tuple(hkey(ci[r]) for ci in keyitems)
        if k not in groups:
            groups[k] = []
            order.append(k)
        groups[k].append(r)
    firsts = np.array([groups[k][0] for k in order], dtype=np.int64)
    keyt = Table(names, [index(t.col(k), Vec(LONG, firsts)) for k in names])
    others = [nm for nm in t.names if nm not in names]
    vals = Table(
        others,
        [
            from_items([index(t.col(o), Vec(LONG, np.array(groups[k]))) for k in order])
            for o in others
        ],
    )
    return QDict(keyt, vals)


# ---------------------------------------------------------------- functional forms ?[] ![]
def eval_tree(node, env: dict):
    """Evaluate a q parse tree: symbols name columns/variables, (f;args..) applies f."""
    from .apply import apply
    from .functions import Fn

    if type(node) is Atom and node.t == -SYM:
        name = node.v
        if name in env:
            return env[name]
        return runtime.lookup(name)
    if (type(node) is list or type(node) is Vec) and count(node) == 1:
        return items(node)[0]  # enlist x in a parse tree is the constant x
    if type(node) is list and node:
        head = node[0]
        if type(head) is Atom and head.t == -SYM:
            head = eval_tree(head, env)
        if isinstance(head, Fn):
            args = [eval_tree(a, env) for a in node[1:]]
            return apply(head, args)
        return from_items([eval_tree(a, env) for a in node])
    return node


def _tree_fn(tree):
    """Closure evaluating one parse tree against a column environment."""
    return lambda env: eval_tree(tree, env)


def _tree_cols(a) -> list:
    """(name, closure) pairs from a dict of name -> parse tree."""
    if type(a) is QDict:
        if abs(qtype(a.k)) != SYM:
            raise QError("type")  # result columns are named by symbols
        names = list(a.k.a) if type(a.k) is Vec else [a.k.v]
        trees = items(a.v)
        return [(n, _tree_fn(tr)) for n, tr in zip(names, trees, strict=True)]
    return []


def _conds(c) -> list:
    if type(c) is list:
        return [_tree_fn(tr) for tr in c]
    return []


def _is_empty(x) -> bool:
    return (type(x) is list and not x) or (type(x) is Vec and len(x.a) == 0)


def functional_select(t, c, b, a, n=None, order=None):
    """?[t;c;b;a] (and the 5/6-argument forms): b () is exec, 0b/1b select (1b distinct), a
    dictionary select by, any other parse tree exec by it (the result keyed by its values)."""
    src, _ = _resolve_table(t)
    keyed = type(src) is QDict and type(src.k) is Table
    nkeys = len(src.k.names) if keyed else 0
    tab = table_of(src)
    rows = _where(tab, _conds(c), None)
    if order is not None:
        from .apply import apply

        f, col = items(order)
        rows = rows[apply(f, [eval_tree(col, _env(None, tab, rows))]).a]
    if n is not None:
        rows = limit_rows(rows, n)
    if type(b) is not bool and type(b) is not QDict:
        by = None if _is_empty(b) else [("", _tree_fn(b))]
        if _is_empty(a):
            return _exec(tab, [], by, None, rows)
        if type(a) is QDict:
            return _exec(tab, _tree_cols(a), by, None, rows, as_dict=True)
        return _exec(tab, [("", _tree_fn(a))], by, None, rows)
    by = _tree_cols(b) if type(b) is QDict else None
    if by is not None and not _is_empty(a) and type(a) is not QDict:
        # a dictionary b with one parse tree a: its values per group, keyed by a table
        return _exec(tab, [("", _tree_fn(a))], by, None, rows, vector_key=False)
    cols = [("", _tree_fn(a))] if not _is_empty(a) and type(a) is not QDict else _tree_cols(a)
    res = _select(tab, cols, by, None, rows, keyed, nkeys)
    if b is True:
        from .ops import distinct

        res = distinct(res)
    return res


def functional_update(t, c, b, a):
    """![t;c;b;a]: update (a is a dict) or delete (a is a list of column names)."""
    deleting = type(a) is Vec and a.t == SYM or (type(a) is list and not a)
    if deleting and _is_namespace(t):
        return _delete_names(t, list(a.a) if type(a) is Vec else [])
    src, name = _resolve_table(t)
    if deleting and type(src) is QDict and type(src.k) is not Table:
        return _store(name, _delete_keys(src, list(a.a) if type(a) is Vec else []))
    keyed = type(src) is QDict and type(src.k) is Table
    nkeys = len(src.k.names) if keyed else 0
    tab = table_of(src)
    rows = _where(tab, _conds(c), None)
    if deleting:
        res = _delete(tab, list(a.a) if type(a) is Vec else [], rows, bool(c))
    else:
        by = _tree_cols(b) if type(b) is QDict else None
        res = _update(tab, _tree_cols(a), by, None, rows)
    return _store(name, key_table(nkeys, res) if keyed else res)


def simple_exec(t, rows, tree):
    """?[t;i;e]: evaluate parse tree e on rows i of t."""
    src, _ = _resolve_table(t)
    tab = table_of(src)
    if abs(qtype(rows)) not in (INT, LONG, SHORT, BOOL) and not (type(rows) is list and not rows):
        raise QError("type")  # rows are picked by index
    idx = np.asarray(items(rows) if not is_atom(rows) else [rows], dtype=np.int64)
    return eval_tree(tree, _env(None, tab, idx))
