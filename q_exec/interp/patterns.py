"""Pattern-matching assignment: `(a;b):v`, literal checks, dictionary and table patterns."""

from __future__ import annotations

from .apply import apply
from .errors import QError
from .values import SYM, TYPE_CHARS, Atom, QDict, Table, count, from_items, items, qtype


def bind(comp, pattern, value, scope: dict, lam: bool):
    """Match `value` against `pattern`, assigning names into `scope`; 'match / 'length / 'type on
    failure. Returns the value as the pattern's filters (`:f`, `` :`j ``) transformed it."""
    kind = pattern[0]
    if kind == "paren":
        return bind(comp, pattern[1], value, scope, lam)
    if kind == "name":
        scope[pattern[1]] = value
    elif kind == "nil":
        pass
    elif kind == "const":
        from .ops import match

        if not match(pattern[1], value):
            raise QError("match")
    elif kind == "list":
        return _bind_list(comp, pattern[1], value, scope, lam)
    elif kind == "ret":
        return _filter(comp, pattern[1], value, scope, lam)
    elif kind == "assign" and pattern[2] is None and pattern[3] is None:
        value = _filter(comp, pattern[4], value, scope, lam)
        scope[pattern[1]] = value
    elif kind == "passign":
        return bind(comp, pattern[1], _filter(comp, pattern[2], value, scope, lam), scope, lam)
    elif kind == "dyad" and pattern[1] == ("verb", "!"):
        _bind_dict(comp, pattern, value, scope, lam)
    elif kind == "table":
        _bind_table(comp, pattern, value, scope, lam)
    elif kind == "monad" and pattern[1] == ("name", "flip") and pattern[2][0] == "table":
        _bind_table(comp, pattern[2], value, scope, lam)  # (flip([a;b])):t names columns
    elif kind in ("apply", "monad") and pattern[1][0] == "name":
        # (x i):v, like x[i]:v, amends x at i
        idx = pattern[2] if kind == "apply" else [pattern[2]]
        node = ("assign", pattern[1][1], None, idx, ("const", value), not lam)
        comp.comp(node, lam)(scope if lam else {})
    else:
        raise QError("nyi")
    return value


def _bind_list(comp, parts: list, value, scope: dict, lam: bool):
    if count(value) != len(parts):
        raise QError("length")
    old = items(value)
    new = [bind(comp, p, v, scope, lam) for p, v in zip(parts, old, strict=True)]
    if all(a is b for a, b in zip(new, old, strict=True)):
        return value
    return from_items(new)


def _filter(comp, node, value, scope: dict, lam: bool):
    """Apply a pattern filter: a type symbol (`` `j `` an atom of that type, `` `J `` a vector)
    checks the value ('type otherwise); a function maps it."""
    f = comp.comp(node, lam)(scope if lam else {})
    if type(f) is Atom and f.t == -SYM:
        code = TYPE_CHARS.find(f.v.lower()) if len(f.v) == 1 else -1
        if code <= 0:
            raise QError(f.v)
        if qtype(value) != (code if f.v.isupper() else -code):
            raise QError("type")
        return value
    return apply(f, [value])


def _bind_dict(comp, pattern, value, scope, lam):
    if type(value) is not QDict:
        raise QError("type")
    left, right = pattern[2], pattern[3]
    if left[0] == "name":
        scope[left[1]] = value.k
        bind(comp, right, value.v, scope, lam)
        return
    from .apply import dict_get

    keys = comp.comp(left, lam)(scope if lam else {})
    if not _all_present(value, keys):
        raise QError("match")
    bind(comp, right, dict_get(value, keys), scope, lam)


def _all_present(d: QDict, keys) -> bool:
    from .ops import item_keys

    have = set(item_keys(d.k))
    return all(k in have for k in item_keys(keys))


def _bind_table(comp, pattern, value, scope, lam):
    from .tables import unkey

    full = unkey(value) if type(value) is QDict else value
    if type(full) is Table:
        for name, node in pattern[1] + pattern[2]:
            if name not in full.names:
                raise QError("match")
            bind(comp, node, full.col(name), scope, lam)
        return
    if type(value) is QDict:
        from .apply import dict_get
        from .values import Atom

        for name, node in pattern[1] + pattern[2]:
            if not _all_present(value, Atom(-11, name)):
                raise QError("match")
            if node[0] != "nil":
                bind(comp, node, dict_get(value, Atom(-11, name)), scope, lam)
        return
    raise QError("type")
