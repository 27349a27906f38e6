"""Iterators: each ('), over (/), scan (\\), each-prior (':), each-right (/:), each-left (\\:)."""

from __future__ import annotations

import re

import numpy as np

from .apply import apply
from .errors import QError
from .functions import Builtin, Derived, Fn
from .values import (
    BOOL,
    BYTE,
    FLOAT,
    INT,
    LONG,
    SHORT,
    QDict,
    Vec,
    count,
    from_items,
    is_atom,
    items,
    qtype,
)


def _rank(f) -> int:
    return getattr(f, "rank", 1) if isinstance(f, Fn) else 1


def _call(f, args):
    if isinstance(f, Fn):
        return f.call(args)
    return apply(f, args)


def _wrap_like(x, results: list):
    """Result list shaped like x: dicts keep keys, tables become lists of rows."""
    if type(x) is QDict:
        return QDict(x.k, from_items(results))
    return from_items(results)


def each(f, args):
    if len(args) == 1:
        x = args[0]
        if is_atom(x):
            return _call(f, [x])
        if type(x) is QDict:
            return QDict(x.k, from_items([_call(f, [v]) for v in items(x.v)]))
        return from_items([_call(f, [v]) for v in items(x)])
    n = None
    for a in args:
        if not is_atom(a):
            c = count(a)
            if n is not None and c != n:
                raise QError("length")
            n = c
    if n is None:
        return _call(f, args)
    cols = [items(a) if not is_atom(a) else None for a in args]
    out = []
    for i in range(n):
        out.append(_call(f, [a if c is None else c[i] for a, c in zip(args, cols, strict=True)]))
    d = next((a for a in args if type(a) is QDict), None)
    if d is not None:
        return QDict(d.k, from_items(out))
    return from_items(out)


FOLD_FAST = {"+": np.add, "*": np.multiply, "|": np.maximum, "&": np.minimum}
VERB_LAMBDA = re.compile(r"\{\s*x\s*([-+*|&])\s*y\s*\}")


def _lambda_fold(f, x):
    """`{x+y}/v` (likewise - * | &) over a null-free long or float vector, folded left to
    right on the array (the result a Python loop would give, without the loop); else None."""
    m = VERB_LAMBDA.fullmatch(getattr(f, "src", ""))
    if not m or type(x) is not Vec or x.t not in (LONG, FLOAT) or len(x.a) < 2:
        return None
    a = x.a
    if np.isnan(a).any() if x.t == FLOAT else (a == np.iinfo(np.int64).min).any():
        return None
    op = m.group(1)
    if op in "|&":
        r = (np.maximum if op == "|" else np.minimum).reduce(a)
    elif op == "-":
        r = a[0] - np.cumsum(a[1:])[-1]
    else:
        r = (np.cumsum if op == "+" else np.cumprod)(a)[-1]
    return float(r) if x.t == FLOAT else int(r)


def over(f, args):
    if not isinstance(f, Fn):
        raise QError("nyi")
    if len(args) == 1:
        folded = _lambda_fold(f, args[0])
        if folded is not None:
            return folded
    r = _rank(f)
    if (r == 1 and not (isinstance(f, Builtin) and f.dyad is not None)) or _unary_fold(f, args):
        return _converge(f, args, scan=False)
    if len(args) == 1:
        x = args[0]
        if (
            isinstance(f, Builtin)
            and f.name in FOLD_FAST
            and type(x) is Vec
            and x.t in (LONG, FLOAT, BOOL, 5, 6, 8)
        ):
            if len(x.a) == 0:
                from .builtins import AGG_EMPTY

                return AGG_EMPTY[f.name](x)
            if f.name == "+":
                from .builtins import qsum_raw

                return qsum_raw(x)
            if f.name in ("|", "&") and x.t == BOOL:
                return bool(x.a.max() if f.name == "|" else x.a.min())
        if type(x) is QDict:
            x = x.v
        if is_atom(x):
            return x
        xs = items(x)
        if not xs:
            return _empty_fold(f, x)
        acc = _first_acc(f, xs[0])
        for v in xs[1:]:
            acc = f.call([acc, v])
        return acc
    if len(args) == 2:
        acc, x = args
        if is_atom(x):
            return f.call([acc, x])
        for v in items(x):
            acc = f.call([acc, v])
        return acc
    acc = args[0]
    rest = args[1:]
    n = max((count(a) for a in rest if not is_atom(a)), default=1)
    cols = [items(a) if not is_atom(a) else [a] * n for a in rest]
    for i in range(n):
        acc = f.call([acc] + [c[i] for c in cols])
    return acc


def _unary_fold(f, args) -> bool:
    """A fold `g/` applied to one argument is unary: `(,//)x` converges (flattens)."""
    return len(args) == 1 and type(f) is Derived and f.adverb in ("/", "\\")


def _empty_fold(f, x):
    """(f/) of an empty list: the identity element where q knows one (0 for +, 1 for *), the
    list itself for other primitives, else the generic empty list ()."""
    if isinstance(f, Builtin):
        return 0 if f.name == "+" else 1 if f.name == "*" else x
    return []


def _first_acc(f, x0):
    """The first accumulated value of a unary fold or scan: the first item, joined to ()
    for `,` (whose identity element is the empty list)."""
    if isinstance(f, Builtin) and f.name == "," and is_atom(x0):
        return f.call([[], x0])
    return x0


def scan(f, args):
    if not isinstance(f, Fn):
        raise QError("nyi")
    r = _rank(f)
    if (r == 1 and not (isinstance(f, Builtin) and f.dyad is not None)) or _unary_fold(f, args):
        return _converge(f, args, scan=True)
    if len(args) == 1:
        x = args[0]
        if (
            isinstance(f, Builtin)
            and type(x) is Vec
            and f.name in ("+", "*", "|", "&")
            and x.t in (LONG, FLOAT)
        ):
            a = x.a
            if f.name == "+":
                res = np.cumsum(a)
            elif f.name == "*":
                res = np.cumprod(a)
            elif f.name == "|":
                res = np.maximum.accumulate(a) if x.t == LONG else np.fmax.accumulate(a)
            else:
                res = np.minimum.accumulate(a)
            return Vec(x.t, res.astype(a.dtype))
        keys = x.k if type(x) is QDict else None
        xs = items(x.v if keys is not None else x)
        if not xs:
            return x if isinstance(f, Builtin) else []  # a lambda is not evaluated
        acc = _first_acc(f, xs[0])
        out = [acc]
        for v in xs[1:]:
            acc = f.call([acc, v])
            out.append(acc)
        return QDict(keys, from_items(out)) if keys is not None else from_items(out)
    if len(args) == 2:
        acc, x = args
        if is_atom(x):
            return f.call([acc, x])
        out = []
        for v in items(x):
            acc = f.call([acc, v])
            out.append(acc)
        if type(x) is QDict:
            return QDict(x.k, from_items(out))
        return from_items(out)
    acc = args[0]
    rest = args[1:]
    n = max((count(a) for a in rest if not is_atom(a)), default=1)
    cols = [items(a) if not is_atom(a) else [a] * n for a in rest]
    out = []
    for i in range(n):
        acc = f.call([acc] + [c[i] for c in cols])
        out.append(acc)
    return from_items(out)


def _converge(f, args, scan: bool):
    from .compile import truthy
    from .ops import match

    if len(args) == 1:
        x = args[0]
        out = [x]
        prev = x
        while True:
            nxt = f.call([prev])
            if match(nxt, prev) or match(nxt, x):
                break
            out.append(nxt)
            prev = nxt
        return from_items(out) if scan else prev
    if len(args) != 2:
        raise QError("rank")
    n, x = args
    out = [x]
    if type(n) is int or (qtype(n) in (-5, -6) and not isinstance(n, Fn)):
        k = n if type(n) is int else n.v
        for _ in range(k):
            x = f.call([x])
            out.append(x)
    else:
        while truthy(_call(n, [x])):
            x = f.call([x])
            out.append(x)
    return from_items(out) if scan else x


def each_prior(f, args):
    if _rank(f) == 1 and not (isinstance(f, Builtin) and f.dyad is not None):
        return each(f, args)  # ': of a unary value is Each Parallel
    if len(args) == 1:
        x = args[0]
        xs = items(x)
        if not xs:
            return x
        first = xs[0]
        out = [_prior_first(f, first, x)]
        for i in range(1, len(xs)):
            out.append(f.call([xs[i], xs[i - 1]]))
        return _wrap_like(x, out)
    if len(args) != 2:
        raise QError("rank")
    seed, x = args
    xs = items(x)
    out = []
    prev = seed
    for v in xs:
        out.append(f.call([v, prev]))
        prev = v
    return _wrap_like(x, out)


def _prior_first(f, first, x):
    from .apply import null_item

    if isinstance(f, Builtin) and f.name == "%":
        return f.call([first, 1])  # a ratio's first item is the float of the first item
    if isinstance(f, Builtin) and f.name not in ("=", "<", ">", "<=", ">=", "<>", "~"):
        return first
    return f.call([first, null_item(x) if type(x) is Vec else null_item([first])])


def each_right(f, args):
    if len(args) != 2:
        raise QError("rank")
    x, y = args
    if is_atom(y):
        return _call(f, [x, y])
    out = [_call(f, [x, v]) for v in items(y)]
    return _wrap_like(y, out)


def each_left(f, args):
    if len(args) != 2:
        raise QError("rank")
    x, y = args
    if is_atom(x):
        return _call(f, [x, y])
    out = [_call(f, [v, y]) for v in items(x)]
    return _wrap_like(x, out)


IMPLS = {
    "'": each,
    "/": over,
    "\\": scan,
    "':": each_prior,
    "/:": each_right,
    "\\:": each_left,
}


def derive(adv: str, f):
    """The derived function `f adv`."""
    impl = IMPLS.get(adv)
    if impl is None:
        raise QError(adv)
    if not isinstance(f, Fn):
        if adv == "/" or adv == "\\":
            return Derived(adv, f, lambda g, a: _iterate_map(g, a, accumulate=adv == "\\"))
        if adv == "'":
            return Derived(adv, f, lambda g, a: _case(g, a))
        if adv in ("/:", "\\:"):
            return Derived(adv, f, lambda g, a: _encode_or_map(adv, g, a))
    return Derived(adv, f, impl)


def _encode_or_map(adv: str, g, args):
    """A noun g with `/:` or `\\:` applied to one argument is `g sv x` or `g vs x` (exposed
    infrastructure); applied to two it maps g as a binary value."""
    if len(args) == 1:
        from .builtins import sv, vs

        return (sv if adv == "/:" else vs)(g, args[0])
    return IMPLS[adv](g, args)


class _MapAsFunction(Fn):
    """A list or dictionary used as the function of over/scan: applying it indexes it."""

    rank = 2

    def __init__(self, m):
        self.m = m

    def call(self, args):
        return apply(self.m, args)


def _map_rank(m) -> int:
    """Indexes a map takes: 1 for a vector or a dictionary or list of atoms (a route `a!b`),
    2 when its items are lists or functions (a finite-state machine)."""
    vals = m.v if type(m) is QDict else m
    if type(vals) is Vec:
        return 1
    return 2 if any(not is_atom(v) or isinstance(v, Fn) for v in items(vals)) else 1


def _iterate_map(g, args, accumulate: bool):
    """`m/` and `m\\` for a list or dictionary m taking one index: converge from one argument
    (following the map from x until it repeats), Do `n m\\x` or While `t m\\x`; for a matrix
    m, a fold with `m[acc;y]` (a finite-state machine)."""
    if is_atom(g):
        raise QError("type")  # an atom is no map: 1000/[+]
    fn = _MapAsFunction(g)
    if len(args) <= 2 and _map_rank(g) == 1:
        return _converge(fn, args, accumulate)
    return scan(fn, args) if accumulate else over(fn, args)


def _case(g, args):
    """Case `i'[a;b;...]`: item k comes from argument i[k] (atoms are used whole); dictionary
    arguments must share their keys ('domain) and contribute their values."""
    from .apply import index
    from .ops import match

    dicts = [a for a in args if type(a) is QDict]
    if any(not match(d.k, dicts[0].k) for d in dicts[1:] if count(d) == count(dicts[0])):
        raise QError("domain")
    args = [a.v if type(a) is QDict else a for a in args]
    counts = {count(a) for a in args if not is_atom(a)}
    if len(counts) > 1:
        raise QError("length")
    n = max(counts, default=1)
    sel = items(g) if not is_atom(g) else [g] * n
    if len(sel) != n:
        raise QError("length")  # one selector per item
    out = []
    if qtype(g) not in (-BOOL, -BYTE, -SHORT, -INT, -LONG, BOOL, BYTE, SHORT, INT, LONG):
        raise QError("type")  # the selector picks arguments by integer position
    for i in range(n):
        k = int(sel[i])
        if not 0 <= k < len(args):
            raise QError("index")  # the selector names no argument
        src = args[k]
        out.append(src if is_atom(src) else index(src, i))
    return from_items(out)


_ADVERB_VALUES: dict = {}


def adverb_value(adv: str):
    """An iterator written alone, as a value: applied to a value it derives a function
    (`eval (/;+)` is `+/`)."""
    from .functions import Builtin

    f = _ADVERB_VALUES.get(adv)
    if f is None:
        f = _ADVERB_VALUES[adv] = Builtin(adv, lambda v: derive(adv, v), None)
    return f
