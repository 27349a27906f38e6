"""`parse` and `eval`: q parse trees (k lists: function first, then arguments) to and from q text.

Names become symbols, symbol constants are enlisted (so they are data, not names), reserved words
become the function they name, list literals become `(enlist;...)`, qSQL templates become their
functional forms `(?;t;where;by;cols)` / `(!;t;where;by;cols)`.
"""

from __future__ import annotations

from . import runtime
from .errors import QError, QSignal
from .functions import IDENTITY, Builtin, Fn
from .values import SYM, Atom, QDict, Vec, from_items, strv, symvec, vec_str


def _adverb(adv: str) -> Builtin:
    from .adverbs import derive

    return Builtin(adv, lambda f: derive(adv, f), None)


def _verb(op: str):
    return _verbs()[op]


def _keyword(name: str):
    from .builtins import KEYWORDS

    return KEYWORDS.get(name)


def _const(v):
    """Constants stay themselves, except symbols (and lists of them), which are enlisted."""
    if (type(v) is Atom and v.t == -SYM) or (type(v) is Vec and v.t == SYM):
        return [v]
    return v


def _conds(nodes: list):
    return [[to_tree(w) for w in nodes]] if nodes else []


def _coldict(defs: list):
    return QDict(symvec([n for n, _ in defs]), from_items([to_tree(e) for _, e in defs]))


def _qsql(kind: str, spec: dict) -> list:
    table = to_tree(spec["from"])
    where = _conds(spec["where"])
    if kind == "delete":
        cols = spec["delete_cols"]
        return [_verb("!"), table, where, False, [symvec(cols)] if cols else symvec([])]
    by = _coldict(spec["by"]) if spec["by"] else (spec["has_by"] or spec["distinct"])
    cols = _coldict(spec["cols"]) if spec["cols"] else []
    if kind == "exec":
        if spec["cols"] and len(spec["cols"]) == 1 and not spec["exec_dict"]:
            cols = [to_tree(spec["cols"][0][1])]  # quoted: eval must leave it a tree
        if spec["by"] and spec["by_vector"]:
            by = [to_tree(spec["by"][0][1])]  # `exec a by b`: quoted b, keying by its values
        return [_verb("?"), table, where, by if spec["by"] else [], cols]
    if kind == "update":
        return [_verb("!"), table, where, by, cols]
    tree = [_verb("?"), table, where, by, cols]
    if spec["limit"]:
        tree.extend(_limit(a) for a in spec["limit"] if a is not None)
    return tree


def _limit(node):
    """`select[n;>c]`: the sort part becomes `(idesc;`c)` / `(iasc;`c)`."""
    if node[0] == "monad" and node[1] in (("verb", ">"), ("verb", "<")):
        return [_keyword("idesc" if node[1][1] == ">" else "iasc"), to_tree(node[2])]
    return to_tree(node)


def _assign(node) -> list:
    _, name, op, idx, rhs, is_global = node
    verb = _verb("::" if is_global and op is None else ":")
    if op is not None:
        verb = _verb(op[1] + ":") if op[0] == "verb" and op[1] + ":" in _verbs() else to_tree(op)
    target = Atom(-SYM, name)
    if idx is not None:
        target = [target, *(IDENTITY if a is None else to_tree(a) for a in idx)]
    return [verb, target, to_tree(rhs)]


def _verbs() -> dict:
    from .verbs import VERBS

    return VERBS


def to_tree(node):
    """The q parse tree of one parsed AST node."""
    kind = node[0]
    if kind == "const":
        return _const(node[1])
    if kind == "name":
        kw = _keyword(node[1])
        return kw if kw is not None else Atom(-SYM, node[1])
    if kind == "verb":
        return _verb(node[1])
    if kind == "nil":
        return IDENTITY
    if kind == "paren":
        return to_tree(node[1])
    if kind == "adv":
        return [_adverb(node[1]), to_tree(node[2])]
    if kind == "apply":
        args = node[2] or [None]
        return [to_tree(node[1]), *(IDENTITY if a is None else to_tree(a) for a in args)]
    if kind == "monad":
        f = node[1]
        if f[0] == "verb" and f[1] + ":" in _verbs():
            return [_verb(f[1] + ":"), to_tree(node[2])]
        return [to_tree(f), to_tree(node[2])]
    if kind == "dyad":
        return [to_tree(node[1]), to_tree(node[2]), to_tree(node[3])]
    if kind == "list":
        return [_keyword("enlist"), *(to_tree(n) for n in node[1])]
    if kind in ("block", "cond"):
        head = [_verb("$")] if kind == "cond" else [Builtin(";", None, None)]
        return head + [IDENTITY if n is None else to_tree(n) for n in node[1]]
    if kind == "lambda":
        from .compile import Compiler

        return Compiler(runtime.CUR).comp(node, False)({})
    if kind == "assign":
        return _assign(node)
    if kind == "ret":
        return [_verb(":"), to_tree(node[1])]
    if kind == "signal":
        return [Builtin("'", None, None), to_tree(node[1])]
    if kind == "compose":
        return [_adverb("'"), to_tree(node[1]), to_tree(node[2])]
    if kind == "qsql":
        return _qsql(node[1], node[2])
    if kind == "table":
        return _table(node)
    raise QError("nyi: parse of " + kind)


def _table(node) -> list:
    def dict_tree(defs):
        return [
            _verb("!"),
            [symvec([n for n, _ in defs])],
            [_keyword("enlist"), *(to_tree(e) for _, e in defs)],
        ]

    cols = [_keyword("flip"), dict_tree(node[2])]
    if not node[1]:
        return cols
    return [_verb("!"), [_keyword("flip"), dict_tree(node[1])], cols]


def parse_text(x):
    """`parse "text"`: the parse tree of q source (several statements give `(";";...)`)."""
    from .parser import parse

    if not (type(x) is Vec and x.t == 10) and not (type(x) is Atom and x.t == -10):
        raise QError("type")
    text = vec_str(x) if type(x) is Vec else chr(x.v)
    stmts = parse(text)
    if len(stmts) == 1:
        return to_tree(stmts[0])
    return [Builtin(";", None, None), *(to_tree(s) for s in stmts)]


def eval_tree(x):
    """`eval x`: evaluate a parse tree. A symbol is a name, a one-item list its item (a constant),
    a longer list applies its evaluated first item to its evaluated other items."""
    from .apply import apply

    if type(x) is Atom and x.t == -SYM:
        return runtime.lookup(x.v) if x.v else x
    if type(x) is Vec and x.t == SYM and len(x.a) == 1:
        return Atom(-SYM, str(x.a[0]))
    if type(x) is not list or not x:
        return x
    if len(x) == 1:
        return x[0]
    head = x[0]
    if isinstance(head, Builtin) and head.name in (":", "::") and len(x) == 3:
        return _eval_assign(head.name, x[1], x[2])
    if isinstance(head, Builtin) and head.name == "$" and len(x) > 3:
        return _eval_cond(x[1:])
    if isinstance(head, Builtin) and head.name == ";":
        r = IDENTITY
        for s in x[1:]:
            r = eval_tree(s)
        return r
    if isinstance(head, Builtin) and head.name == "'" and len(x) == 2:
        from .compile import sig_msg

        raise QSignal(sig_msg(eval_tree(x[1])))
    f = eval_tree(head)
    args = [eval_tree(a) for a in reversed(x[1:])]
    args.reverse()
    if isinstance(f, Fn):
        return f.call(args)
    return apply(f, args)


def _eval_assign(op: str, target, rhs):
    v = eval_tree(rhs)
    if type(target) is Atom and target.t == -SYM:
        runtime.CUR.g[target.v] = v
        return v
    raise QError("nyi: eval of indexed assignment")


def _eval_cond(args: list):
    from .compile import truthy

    for i in range(0, len(args) - 1, 2):
        if truthy(eval_tree(args[i])):
            return eval_tree(args[i + 1])
    return eval_tree(args[-1]) if len(args) % 2 else IDENTITY


def reval(x):
    """`reval x`: `eval` that may not assign (signals 'noupdate)."""
    if _assigns(x):
        raise QError("noupdate")
    return eval_tree(x)


def _assigns(x) -> bool:
    if type(x) is not list or not x:
        return False
    head = x[0]
    if isinstance(head, Builtin) and head.name in (":", "::") and len(x) == 3:
        return True
    return any(_assigns(i) for i in x)


def lambda_parts(fn) -> list:
    """`value` of a lambda: (bytecode (empty here); parameters; locals; (namespace;globals...);
    source text)."""
    import numpy as np

    from .compile import assigned_names
    from .parser import parse

    node = parse(fn.src)[0]
    body = node[2] if node[0] == "lambda" else []
    params = list(fn.params)
    assigned = assigned_names(body, set())
    local = [n for n in dict.fromkeys(node_names(body, ("assign",))) if n in assigned]
    local = [n for n in local if n not in params]
    glob = [
        n
        for n in dict.fromkeys(node_names(body, ("name", "assign")))
        if n not in params and n not in local and _keyword(n) is None
    ]
    return [
        Vec(4, np.zeros(0, dtype=np.uint8)),
        symvec(params),
        symvec(local),
        symvec(["", *glob]),
        strv(fn.src),
    ]


def node_names(node, kinds: tuple):
    """Names of nodes of these kinds ("name" references, "assign" targets) in source order, not
    looking into nested lambdas."""
    if type(node) is tuple and node:
        if node[0] == "lambda":
            return
        if node[0] in kinds and type(node[1]) is str:
            yield node[1]
        for sub in node[1:]:
            yield from node_names(sub, kinds)
    elif type(node) in (list, dict):
        for sub in node.values() if type(node) is dict else node:
            yield from node_names(sub, kinds)
