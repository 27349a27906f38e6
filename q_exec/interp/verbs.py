"""The primitive verbs (+ - * % ! & | < > = ~ , ^ # _ $ ? @ . and friends)."""

from __future__ import annotations

import numpy as np

from . import arith, ops
from .apply import apply, index
from .errors import QError
from .functions import IDENTITY, Builtin, Fn, Identity
from .internal import INTERNAL, internal
from .textio import file_binary, file_text
from .values import (
    BOOL,
    SYM,
    Atom,
    QDict,
    Table,
    Vec,
    count,
    enlist,
    from_items,
    is_atom,
    items,
    qtype,
    strv,
    to_list,
)


def _not(x):
    def k(v):
        t, a, s = arith.raw(v)
        if t == SYM:
            raise QError("type")
        r = np.asarray(a) == 0
        if t in (9, 8):
            r = np.asarray(a) == 0.0
        return arith.box(BOOL, r.reshape(-1) if not s else r, s)

    return arith.atomic1(k, x)


def _make_dict(x, y):
    if type(x) is int and x == -(2**63):
        from . import runtime
        from .display import fmt_inline

        runtime.CUR.out.write(fmt_inline(y) + "\n")
        return y
    if type(x) is int and x == -3:  # -3!y: y's display text as a string (like .Q.s1)
        from .display import fmt_inline

        return strv(fmt_inline(y))
    if type(x) is int and x in INTERNAL:  # -n!y: internal functions
        return internal(x, y)
    if type(x) is Atom and x.t == -SYM:
        from .enums import from_indices

        return from_indices(x.v, y)
    if type(x) is int and type(y) is Table:
        from .tables import key_table

        return key_table(x, y)
    if type(x) is int and type(y) is QDict and type(y.k) is Table:
        from .tables import key_table, unkey

        return key_table(x, unkey(y))
    if type(x) is int and type(y) is Atom and y.t == -SYM:
        from .tables import rekey_global

        return rekey_global(x, y)
    if is_atom(x) and is_atom(y):
        return QDict(enlist(x), enlist(y))
    if (is_atom(x) or is_atom(y)) and is_atom(x) and not is_atom(y):
        raise QError("length")
    if count(x) != count(y):
        raise QError("length")
    if type(x) is Table and type(y) is Table:
        return QDict(x, y)
    return QDict(x, y)


def _fill(x, y):
    """x^y: y with nulls replaced by x."""
    from .values import is_null_atom

    if type(y) is QDict:
        if type(x) is QDict:
            return ops.dict_align(x, y, lambda a, b: _fill(a, b))
        return QDict(y.k, _fill(x, y.v))
    if type(y) is Table:
        if type(x) is Table:
            if x.names != y.names:
                raise QError("mismatch")
            return Table(y.names, [_fill(a, c) for a, c in zip(x.cols, y.cols, strict=True)])
        return Table(y.names, [_fill(x, c) for c in y.cols])
    if type(y) is list:
        if type(x) is list or type(x) is Vec:
            if count(x) != len(y):
                raise QError("length")
            return from_items([_fill(a, b) for a, b in zip(items(x), y, strict=True)])
        return from_items([_fill(x, b) for b in y])
    if is_atom(y):
        if is_atom(x):
            return _cast_like(x, y) if is_null_atom(y) else y
        return from_items([_fill(a, y) for a in items(x)])
    if type(y) is Vec:
        from .builtins import null_mask

        y = _widen_to(x, y)
        m = null_mask(y)
        if is_atom(x):
            fill = _cast_like(x, y)
            if qtype(fill) != -y.t:
                return from_items([fill if m[i] else v for i, v in enumerate(items(y))])
            from .values import atom_raw

            a = y.a.copy()
            a[m] = atom_raw(fill)
            return Vec(y.t, a)
        if count(x) != count(y):
            raise QError("length")
        if type(x) is Vec and x.t == y.t:
            return Vec(y.t, np.where(m, x.a, y.a))
        return from_items(
            [a if m[i] else b for i, (a, b) in enumerate(zip(items(x), items(y), strict=True))]
        )
    raise QError("type")


def _widen_to(x, y: Vec) -> Vec:
    """y cast up to x's numeric type when that is wider (`5^0N 2i` is a long vector)."""
    from .cast import cast_to

    tx = abs(qtype(x))
    order = arith.NUM_ORDER
    if y.t in order and tx in order and order[tx] > order[y.t]:
        return cast_to(tx, y)
    return y


def _cast_like(x, y):
    """Fill value x expressed in y's type when numeric-compatible."""
    from .cast import cast_to

    tx, ty = abs(qtype(x)), abs(qtype(y))
    if tx == ty or ty == 0:
        return x
    if tx in arith.NUM_ORDER and ty in arith.NUM_ORDER:
        if arith.NUM_ORDER[tx] > arith.NUM_ORDER[ty]:
            return x
        return cast_to(ty, x)
    return x


def _find(x, y):
    from .builtins import roll

    if is_atom(x) and (type(x) is int or type(x) is Atom and x.t in (-5, -6)):
        return roll(x, y)
    if type(x) is int or type(x) is float:
        return roll(x, y)
    if type(x) is Atom and x.t == -SYM and qtype(y) in (SYM, -SYM):
        from .enums import extend

        return extend(x.v, y)
    return ops.find(x, y)


def _at(x, y):
    if type(x) is Atom and x.t == -SYM:
        from . import runtime

        x = runtime.lookup(x.v)
    if isinstance(x, Fn):
        return x.call([y])
    return apply(x, [y]) if not _is_index_list(x) else index(x, y)


def _is_index_list(x) -> bool:
    return type(x) in (Vec, list, QDict, Table)


def _dot(x, y):
    """x . y: apply x to the list of arguments y."""
    if type(x) is Atom and x.t == SYM * -1:
        from . import runtime

        x = runtime.lookup(x.v)
    if isinstance(x, Fn):
        args = items(y) if not is_atom(y) else [y]
        return x.call(args) if args else x  # f . () indexes nothing: it is f itself
    args = items(to_list(y))
    if len(args) == 0:
        return x
    if len(args) == 1:
        return index(x, args[0])
    from .apply import index_depth

    return index_depth(x, args)


def _at4(x, i, f, y=None, *, depth=False):
    from .amend import amend

    if isinstance(i, Fn) and not isinstance(i, Identity) and not isinstance(x, Fn):
        raise QError("type")
    return amend(x, i, f, y, depth=depth, has_y=y is not None)


def _at3(x, i, f):
    if isinstance(x, Fn) and type(f) not in (Vec, list):
        # trap: @[f;x;handler]
        from .builtins import trap

        return trap(x, [i], f)
    if isinstance(x, Fn):
        from .builtins import trap

        return trap(x, [i], f)
    return _at4(x, i, f)


def _dot3(x, i, f):
    if isinstance(x, Fn):
        from .builtins import trap

        args = items(to_list(i))
        return trap(x, args, f) if args else x  # as f . (): no arguments apply nothing
    return _at4(x, i, f, depth=True)


def _dot4(x, i, f, y):
    return _at4(x, i, f, y, depth=True)


def _lazy(name):
    def f(*args):
        from . import builtins

        return getattr(builtins, name)(*args)

    return f


def _ident(x):
    return x


def _assign_verb(x, y):
    return y


def qtype_short(x):
    return Atom(-5, qtype(x))


def _make_verbs() -> dict[str, Builtin]:
    v = {
        "+": Builtin("+", ops.flip, arith.add),
        "-": Builtin("-", arith.neg, arith.sub),
        "*": Builtin("*", ops.first, arith.mul),
        "%": Builtin("%", _lazy("reciprocal"), arith.divide),
        "!": Builtin("!", _lazy("bang1"), _make_dict, {4: _lazy("_fupdate")}),
        "&": Builtin("&", ops.where, arith.qmin),
        "|": Builtin("|", ops.reverse, arith.qmax),
        "<": Builtin("<", _lazy("iasc"), arith.lt),
        ">": Builtin(">", _lazy("idesc"), arith.gt),
        "=": Builtin("=", ops.group, arith.eq),
        "<=": Builtin("<=", None, arith.le),
        ">=": Builtin(">=", None, arith.ge),
        "<>": Builtin("<>", None, arith.ne),
        "~": Builtin("~", _not, ops.match),
        ",": Builtin(",", enlist, ops.join),
        "^": Builtin("^", _lazy("null"), _fill),
        "#": Builtin("#", count, ops.take),
        "_": Builtin("_", _lazy("floor"), ops.drop),
        "$": Builtin("$", _lazy("string"), _lazy("cast")),
        "?": Builtin(
            "?",
            ops.distinct,
            _find,
            {3: _lazy("find3"), 4: _lazy("_fselect"), 5: _lazy("_fselect"), 6: _lazy("_fselect")},
        ),
        "@": Builtin("@", qtype, _at, {3: _at3, 4: _at4}),
        ".": Builtin(".", _lazy("value"), _dot, {3: _dot3, 4: _dot4}),
        "::": Builtin("::", _ident, None),
        ":": Builtin(":", _ident, _assign_verb),
        "0:": Builtin("0:", None, file_text),
        "1:": Builtin("1:", None, file_binary),
    }
    for op in list(v):
        if len(op) == 1 and op != ":" and v[op].monad is not None:
            v[op + ":"] = Builtin(op + ":", v[op].monad, None, qt=101)  # a unary primitive
    v["::"] = IDENTITY  # type: ignore[assignment]
    v["#"].monad = v["#:"].monad = count
    v["@"].monad = v["@:"].monad = qtype_short
    return v


VERBS = _make_verbs()
