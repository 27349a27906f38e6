"""Pattern-matching assignment: `(a;b):v`, literal checks, dictionary and table patterns."""

from __future__ import annotations

from .errors import QError
from .values import QDict, Table, count, items


def bind(comp, pattern, value, scope: dict, lam: bool) -> None:
    """Match `value` against `pattern`, assigning names into `scope`; 'match / 'length on fail."""
    kind = pattern[0]
    if kind == "paren":
        bind(comp, pattern[1], value, scope, lam)
    elif kind == "name":
        scope[pattern[1]] = value
    elif kind == "nil":
        return
    elif kind == "const":
        from .ops import match

        if not match(pattern[1], value):
            raise QError("match")
    elif kind == "list":
        parts = pattern[1]
        if count(value) != len(parts):
            raise QError("length")
        for p, v in zip(parts, items(value), strict=True):
            bind(comp, p, v, scope, lam)
    elif kind == "dyad" and pattern[1] == ("verb", "!"):
        _bind_dict(comp, pattern, value, scope, lam)
    elif kind == "table":
        _bind_table(comp, pattern, value, scope, lam)
    elif kind == "apply" and pattern[1][0] == "name":
        node = ("assign", pattern[1][1], None, pattern[2], ("const", value), not lam)
        comp.comp(node, lam)(scope if lam else {})
    else:
        raise QError("nyi")


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
