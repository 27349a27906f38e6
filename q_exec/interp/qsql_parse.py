"""Parse qSQL templates: select/exec/update/delete ... by ... from ... where ..."""

from __future__ import annotations

from .errors import QError

STOP = {";", ")", "]", "}"}
OPEN = {"(": ")", "[": "]", "{": "}"}
QUERIES = ("select", "exec", "update", "delete")


def _sub(parser, toks):
    from .parser import Parser

    p = Parser.__new__(Parser)
    p.src = parser.src
    p.toks = toks
    p.i = 0
    e = p.parse_expr()
    if p.peek() is not None:
        raise QError(str(p.peek().val))
    return _no_cond(e)


def _no_cond(node):
    """qSQL expressions are parse trees, where `$[c;a;b]` is the operator `$` applied to its
    arguments ('rank for three or more), not a conditional; lambdas keep theirs."""
    if type(node) is list:
        return [_no_cond(n) for n in node]
    if type(node) is not tuple or not node or node[0] in ("lambda", "const", "qsql"):
        return node
    if node[0] == "cond":
        return ("apply", ("verb", "$"), _no_cond(node[1]))
    return tuple(_no_cond(n) for n in node)


def _split_commas(toks):
    """Tokens of a phrase split at its top-level commas (none after a nested query)."""
    parts, cur, depth = [], [], 0
    for t in toks:
        if t.kind in OPEN:
            depth += 1
        elif t.kind in (")", "]", "}"):
            depth -= 1
        elif depth == 0 and t.kind == "name" and t.val in QUERIES:
            depth = len(toks)  # the nested query takes the rest of the phrase
        if depth == 0 and t.kind == "op" and t.val == ",":
            parts.append(cur)
            cur = []
        else:
            cur.append(t)
    if cur:
        parts.append(cur)
    return parts


def _named(e) -> bool:
    """Whether a column expression names its column (`name:expr`)."""
    return e[0] == "assign" and e[2] is None and e[3] is None


def _coldefs(parser, toks):
    from .parser import coldef

    defs = [coldef(_sub(parser, part), 0) for part in _split_commas(toks)]
    seen: set[str] = set()
    out = []
    for name, e in defs:
        base, k = name, 1
        while name in seen:  # a name in use gets the first free suffix 1, 2, ...
            name, k = f"{base}{k}", k + 1
        seen.add(name)
        out.append((name, e))
    return out


def parse_qsql(parser, kind: str):
    """Consume a qSQL template from the parser; returns ("qsql", kind, spec)."""
    limit = None
    nxt = parser.peek()
    if nxt is not None and nxt.kind == "[" and not nxt.sp:
        limit = parser.parse_args()
    distinct = False
    nxt = parser.peek()
    if kind == "select" and nxt is not None and nxt.kind == "name" and nxt.val == "distinct":
        parser.next()
        distinct = True
    sections: dict[str, list] = {"cols": [], "by": [], "from": [], "where": []}
    cur = "cols"
    depth = 0
    while True:
        t = parser.peek()
        if t is None or (depth == 0 and t.kind in STOP):
            break
        if t.kind in OPEN:
            depth += 1
        elif t.kind in (")", "]", "}"):
            depth -= 1
        if (
            depth == 0
            and cur in ("from", "where")  # a nested query takes the rest of the phrase
            and t.kind == "name"
            and t.val in QUERIES
        ):
            while True:
                t = parser.peek()
                if t is None or (depth == 0 and t.kind in STOP):
                    break
                if t.kind in OPEN:
                    depth += 1
                elif t.kind in (")", "]", "}"):
                    depth -= 1
                sections[cur].append(parser.next())
            break
        if depth == 0 and t.kind == "name" and t.val in ("by", "from", "where"):
            if t.val == "by" and cur != "cols":
                raise QError("by")
            cur = t.val
            parser.next()
            continue
        sections[cur].append(parser.next())
    if not sections["from"]:
        raise QError("from")
    cols = _coldefs(parser, sections["cols"]) if sections["cols"] else []
    by = _coldefs(parser, sections["by"]) if sections["by"] else None
    if kind == "select" and by:
        clash = [n for n, _ in cols if n in {b for b, _ in by}]
        if clash:
            raise QError("dup names for cols/groups " + clash[0])
    spec = {
        "cols": cols,
        # `exec a:x from t` (one named column) gives a dictionary, `exec x from t` a list
        "exec_dict": len(cols) == 1 and _named(_sub(parser, sections["cols"])),
        "by": by,
        # `exec .. by k` keys by k's values, `by k:k` or several columns by a table
        "by_vector": len(_split_commas(sections["by"])) == 1
        and not _named(_sub(parser, sections["by"])),
        "has_by": any(True for _ in sections["by"]),
        "from": _sub(parser, sections["from"]),
        "where": [_sub(parser, p) for p in _split_commas(sections["where"])],
        "limit": limit,
        "distinct": distinct,
        "delete_cols": [t.val for t in sections["cols"] if t.kind == "name"]
        if kind == "delete"
        else [],
    }
    return ("qsql", kind, spec)
