"""Compile AST nodes to Python closures `f(L)` (L = locals dict of the running lambda)."""

from __future__ import annotations

from . import runtime
from .apply import apply, index_depth
from .errors import QError, QSignal
from .functions import (
    IDENTITY,
    OPERATORS,
    Builtin,
    Composition,
    Fn,
    Lambda,
    ListProjection,
    Projection,
)
from .values import (
    SYM,
    Atom,
    Vec,
    from_items,
    is_atom,
    qtype,
    vec_str,
)

_MISSING = object()
OP_IDENTITY = {"+": 0, "-": 0, "*": 1, ",": []}  # x op: y of an undefined x starts from these


class View:
    """A view `a::expr` defined at top level: re-evaluated on every reference; `text` is the
    source of expr (for `view`), `deps` the names it reads. A view that depends on itself
    (directly or through other views) signals 'loop."""

    def __init__(self, fn, text: str, name: str, deps: tuple):
        self.fn = fn
        self.text = text
        self.name = name
        self.deps = deps
        self.cached = IDENTITY  # the last value read (:: while pending)

    def value(self):
        if self._cyclic():
            raise QError("loop")
        self.cached = self.fn({})
        return self.cached

    def metadata(self) -> list:
        """`get` of the view's namespace entry: (last value or :: while never read; parse
        tree; names read; definition)."""
        from .parsetree import parse_text
        from .values import strv, symvec

        text = strv(self.text)
        return [self.cached, parse_text(text), symvec(list(self.deps)), text]

    def _cyclic(self) -> bool:
        g = runtime.CUR.g
        seen: set = set()
        todo = list(self.deps)
        while todo:
            n = todo.pop()
            if n == self.name:
                return True
            v = g.get(n)
            if type(v) is View and n not in seen:
                seen.add(n)
                todo.extend(v.deps)
        return False


class Return(Exception):
    """Carries a `:x` early return out of nested statements."""

    def __init__(self, value):
        self.value = value


def verb(op: str):
    from .verbs import VERBS

    try:
        return VERBS[op]
    except KeyError:
        raise QError(op) from None


def join_in_place(cur, v):
    """`x,:v`: a simple vector only grows by items of its own type."""
    from .ops import join

    if type(cur) is Vec and cur.dom is not None:
        from .enums import append

        return append(cur, v)
    if type(cur) is Vec:
        tv = qtype(v)
        if tv != -cur.t and not (tv == cur.t or (type(v) is list and not v)):
            raise QError("type")
    if (
        type(cur) is list
        and cur
        and type(v) is Vec
        and all(type(i) is Vec and i.t == v.t for i in cur)
    ):
        return [*cur, v]  # a list of vectors grows by one vector
    res = join(cur, v)
    if type(cur) is Vec and cur.attr and type(res) is Vec:
        res.attr = _kept_attribute(cur, res)
    return res


def _kept_attribute(cur: Vec, res: Vec) -> str:
    """The attribute of cur that cur,:v keeps: `s while still ascending, `u while still
    unique, `g always, `p never."""
    if cur.attr == "s":
        tail = res.a[max(len(cur.a) - 1, 0) :].tolist()  # cur's last item and the new ones
        return "s" if all(p <= q for p, q in zip(tail[:-1], tail[1:], strict=True)) else ""
    if cur.attr == "u":
        return "u" if len(set(res.a.tolist())) == len(res.a) else ""
    return "g" if cur.attr == "g" else ""


def keyword(name: str):
    """The builtin bound to a reserved word (these cannot be reassigned in q), or None."""
    from .builtins import KEYWORDS

    return KEYWORDS.get(name)


def truthy(v) -> bool:
    """q truth of a condition atom."""
    tv = type(v)
    if tv is bool or tv is int:
        return v != 0
    if tv is float:
        return v != 0.0
    if tv is Atom:
        if v.t == -SYM:
            raise QError("type")
        return v.v != 0
    raise QError("type")


def sig_msg(v) -> str:
    if type(v) is Atom and v.t == -SYM:
        return v.v
    if type(v) is Vec and v.t == 10:
        return vec_str(v)
    raise QError("stype")


def _composes(f, vals: list) -> bool:
    """`(neg+)`: an operator whose left argument is a function and right one missing composes
    (but `(f).` and `(f)@` stay projections of apply)."""
    return (
        len(vals) == 2
        and vals[1] is None
        and isinstance(vals[0], Fn)
        and isinstance(f, Builtin)
        and f.name in OPERATORS
        and f.name not in (".", "@")
    )


def assigned_names(node, out: set, glob: set | None = None) -> set:
    """Names a lambda body assigns with `:` (its locals), not looking into nested lambdas;
    names it assigns with `::` go to `glob` when given."""
    if type(node) is tuple and node:
        if node[0] == "lambda":
            return out
        if node[0] == "assign" and len(node) == 6 and node[2:4] == (None, None):
            if not node[5]:
                out.add(node[1])  # plain `a:v` (not `a+:v`, `a[i]:v` or `a::v`)
            elif glob is not None and node[1] not in out:
                glob.add(node[1])  # `a::v` first: a later `a:v` conflicts (`a:v` first is fine)
        for sub in node[1:]:
            assigned_names(sub, out, glob)
    elif type(node) is list:
        for sub in node:
            assigned_names(sub, out, glob)
    elif type(node) is dict:
        for sub in node.values():
            assigned_names(sub, out, glob)
    return out


class Compiler:
    """Turns parsed nodes into closures bound to one runtime state."""

    def __init__(self, state: runtime.State):
        self.st = state
        self.g = state.g
        self.locals: set = set()  # names the lambda being compiled assigns
        self.ns = state.ns  # `\\d` context: plain global names live in it

    # -- entry points
    def block(self, stmts: list, in_lambda: bool):
        fs = [self.comp(s, in_lambda) for s in stmts]
        if len(fs) == 1:
            return fs[0]

        def run(L):
            r = None
            for f in fs:
                r = f(L)
            return r

        return run

    def comp(self, node, lam: bool):
        kind = node[0]
        return getattr(self, "c_" + kind)(node, lam)

    # -- nodes
    def c_nil(self, node, lam):
        return lambda L: IDENTITY

    def c_const(self, node, lam):
        v = node[1]
        return lambda L: v

    def c_paren(self, node, lam):
        return self.comp(node[1], lam)

    def c_name(self, node, lam):
        name = node[1]
        kw = keyword(name)
        if kw is not None:
            return lambda L: kw
        g = self.g
        lookup = runtime.lookup
        if self.ns != "." and name[0] != ".":
            return self._ns_name(name, lam)
        if lam and name in self.locals:

            def get_local(L):
                v = L.get(name, _MISSING)
                return [] if v is _MISSING else v  # q initialises locals as () on parsing

            return get_local
        if lam:

            def get(L):
                v = L.get(name, _MISSING)
                if v is _MISSING:
                    v = g.get(name, _MISSING)
                    if v is _MISSING:
                        return lookup(name)
                    if type(v) is View:
                        return v.value()
                return v

            return get

        def gget(L):
            v = g.get(name, _MISSING)
            if v is _MISSING:
                return lookup(name)
            if type(v) is View:
                return v.value()
            return v

        return gget

    def _ns_name(self, name: str, lam: bool):
        """A plain name read in a `\\d .ns` context: a local, else .ns.name, else the root name."""
        g, ns = self.g, self.ns
        qualified = ns + "." + name
        self.ns = "."
        try:
            root = self.c_name(("name", name), lam)
        finally:
            self.ns = ns

        def get(L):
            if lam and name in L:
                return L[name]
            v = g.get(qualified, _MISSING)
            if v is _MISSING:
                return root(L)
            return v.value() if type(v) is View else v

        return get

    def c_verb(self, node, lam):
        v = verb(node[1])
        return lambda L: v

    def c_adv(self, node, lam):
        from .adverbs import derive

        adv = node[1]
        inner = node[2]
        if inner[0] == "verb":
            d = derive(adv, verb(inner[1]))
            return lambda L: d
        f = self.comp(inner, lam)
        return lambda L: derive(adv, f(L))

    def c_list(self, node, lam):
        fs = [self.comp(n, lam) for n in node[1]]
        fs.reverse()
        if any(n == ("nil",) for n in node[1]):
            return self._list_projection(node[1], fs)

        def mk(L):
            vals = [f(L) for f in fs]
            vals.reverse()
            return from_items(vals)

        return mk

    @staticmethod
    def _list_projection(nodes, fs):
        """`("a";;"c")`: a list literal with empty items is a function of the missing items."""
        holes = [n == ("nil",) for n in reversed(nodes)]

        def mk(L):
            vals = [None if hole else f(L) for f, hole in zip(fs, holes, strict=True)]
            vals.reverse()
            return ListProjection(vals)

        return mk

    def c_block(self, node, lam):
        return self.block(node[1], lam)

    def c_lambda(self, node, lam):
        params, body, src = node[1], node[2], node[3]
        if not body:
            body = [("nil",)]
        outer = self.locals
        glob: set = set()
        self.locals = assigned_names(body, set(), glob)
        both = self.locals & glob
        if both:  # `{a::1;a:1}`: a name cannot be both global and local
            self.locals = outer
            raise QError(min(both))
        last = body[-1]
        if last[0] == "assign" and len(last) == 6 and last[5] and last[2:4] == (None, None):
            body = [*body, ("nil",)]  # `{v::x}` amends a global and returns ::
        try:
            run = self.block(body, True)
        finally:
            self.locals = outer

        def call(L):
            try:
                return run(L)
            except Return as r:
                return r.value

        fn = Lambda(params, call, src)
        return lambda L: fn

    def c_monad(self, node, lam):
        fnode, xnode = node[1], node[2]
        cx = self.comp(xnode, lam)
        if fnode[0] == "verb":
            m = verb(fnode[1]).monad
            if m is None:
                v = verb(fnode[1])
                return lambda L: Projection(v, [cx(L), None])
            return lambda L: m(cx(L))
        if fnode[0] == "name" and keyword(fnode[1]) is not None:
            m = keyword(fnode[1]).monad
            if m is not None:
                return lambda L: m(cx(L))
        cf = self.comp(fnode, lam)

        def app(L):
            x = cx(L)
            f = cf(L)
            if isinstance(f, Fn):
                return f.call([x])
            return apply(f, [x])

        return app

    def c_dyad(self, node, lam):
        vnode, lnode, rnode = node[1], node[2], node[3]
        cl = self.comp(lnode, lam)
        cr = self.comp(rnode, lam)
        d = None
        if vnode[0] == "verb":
            d = verb(vnode[1]).dyad
            if d is None:
                raise QError(vnode[1])
        elif vnode[0] == "name" and keyword(vnode[1]) is not None:
            d = keyword(vnode[1]).dyad
        if d is not None:

            def dy(L):
                r = cr(L)
                return d(cl(L), r)

            return dy
        cv = self.comp(vnode, lam)

        def app(L):
            r = cr(L)
            f = cv(L)
            return apply(f, [cl(L), r])

        return app

    def c_apply(self, node, lam):
        fnode, argnodes = node[1], node[2]
        cf = self.comp(fnode, lam)
        cargs = [None if a is None else self.comp(a, lam) for a in argnodes]
        has_hole = any(a is None for a in cargs)
        n = len(cargs)
        if n == 1 and not has_hole:
            c0 = cargs[0]

            def app1(L):
                a = c0(L)
                f = cf(L)
                if type(f) is Vec and type(a) is int and 0 <= a < len(f.a):
                    t = f.t
                    if t == 7:
                        return int(f.a[a])
                    if t == 9:
                        return float(f.a[a])
                if isinstance(f, Fn):
                    return f.call([a])
                return apply(f, [a])

            return app1
        rev = list(reversed(cargs))

        def app(L):
            vals = [None if c is None else c(L) for c in rev]
            vals.reverse()
            f = cf(L)
            if has_hole and type(f) is Atom and f.t == -SYM:
                f = runtime.lookup(f.v)  # `f[5;] projects the function named f
            if isinstance(f, Fn):
                if has_hole:
                    if n == 1:
                        return f.call([IDENTITY])
                    if n > f.rank and isinstance(f, Lambda):
                        raise QError("rank")
                    if _composes(f, vals):
                        return Composition([vals[0], f])
                    if n < f.rank and isinstance(f, Lambda | Builtin):
                        vals += [None] * (f.rank - n)  # f[;2] of a ternary f has rank 2
                    # a section (1+), (count each) prints +[1]; other elided arguments show
                    section = n == 2 and vals[1] is None and isinstance(f, Builtin)
                    return Projection(f, vals, shown=1 if section else n)
                return f.call(vals)
            if has_hole and n > 1:
                return index_depth(f, vals)
            if n == 1 and vals[0] is None:
                return f
            return apply(f, vals)

        return app

    def c_compose(self, node, lam):
        from .functions import compose

        cl = self.comp(node[1], lam)
        cr = self.comp(node[2], lam)

        def mk(L):
            r = cr(L)
            return compose(cl(L), r)

        return mk

    def c_assign(self, node, lam):
        _, name, opnode, idx, rhs, is_global = node
        if keyword(name) is not None:
            raise QError("assign")  # reserved words cannot be redefined
        gname = name if self.ns == "." or name[0] == "." else self.ns + "." + name
        if not lam:
            name = gname  # a top-level global in a `\\d .ns` context lives in .ns
        crhs = self.comp(rhs, lam)
        g = self.g
        local = lam and not is_global
        if opnode is not None:
            cop = self.comp(opnode, lam)
        if idx is None:
            if opnode is None:
                if local:

                    def set_local(L):
                        v = crhs(L)
                        L[name] = v
                        return v

                    return set_local

                if lam:

                    def set_global_or_local(L):
                        v = crhs(L)
                        if name in L:
                            L[name] = v
                            return v
                        g[gname] = v
                        return v

                    return set_global_or_local

                def set_global(L):
                    v = crhs(L)
                    g[name] = v
                    return v

                if is_global:
                    from .parsetree import node_names

                    text = is_global if isinstance(is_global, str) else ""
                    names = dict.fromkeys(node_names(rhs, ("name",)))
                    deps = tuple(n for n in names if keyword(n) is None)

                    def define_view(L):
                        g[name] = View(crhs, text, name, deps)
                        return IDENTITY

                    return define_view
                return set_global
            cget = self.c_name(("name", name), lam)
            if opnode[0] == "verb":
                d = verb(opnode[1]).dyad
                if opnode[1] == ",":
                    d = join_in_place

                start = OP_IDENTITY.get(opnode[1], _MISSING)

                def op_set(L):
                    v = crhs(L)
                    try:
                        nv = d(cget(L), v)
                    except QError as e:  # `bar+:1` of an undefined bar starts from +'s identity
                        if e.msg != name or start is _MISSING or name in g or name in L:
                            raise
                        nv = d(start, v)
                    if local:
                        L[name] = nv
                    else:
                        g[name] = nv
                    return nv

                return op_set

            def op_set2(L):
                v = crhs(L)
                nv = apply(cop(L), [cget(L), v])
                if local:
                    L[name] = nv
                else:
                    g[name] = nv
                return nv

            return op_set2
        cidx = [None if a is None else self.comp(a, lam) for a in idx]
        from .amend import amend_in_place

        def idx_set(L):
            v = crhs(L)
            ivals = [None if c is None else c(L) for c in reversed(cidx)]
            ivals.reverse()
            scope = L if (local and name in L) or (local and name not in g) else g
            if local and name not in L and name not in g:
                raise QError(name)
            cur = scope.get(name, _MISSING)
            if cur is _MISSING:
                cur = runtime.lookup(name)
            f = None if opnode is None else cop(L)
            new = amend_in_place(scope, name, cur, ivals, f, v)
            scope[name] = new
            if f is not None:
                return index_depth(new, ivals) if len(ivals) > 1 else apply(new, ivals)
            return v

        return idx_set

    def c_passign(self, node, lam):
        """Pattern assignment `(a;b):v`, `(1 2!(x;y)):d`, `([]c:v):t`."""
        from .patterns import bind

        crhs = self.comp(node[2], lam)
        pattern = node[1]
        g = self.g

        def passign(L):
            return bind(self, pattern, crhs(L), L if lam else g, lam)

        return passign

    def c_ret(self, node, lam):
        c = self.comp(node[1], lam)

        def ret(L):
            raise Return(c(L))

        return ret

    def c_signal(self, node, lam):
        c = self.comp(node[1], lam)

        def sig(L):
            raise QSignal(sig_msg(c(L)))

        return sig

    def c_cond(self, node, lam):
        args = node[1]
        if len(args) < 3:
            if len(args) == 2:
                # $[c;x] behaves like if
                pass
            else:
                raise QError("$")
        cs = [self.comp(a if a is not None else ("nil",), lam) for a in args]
        pairs = [(cs[i], cs[i + 1]) for i in range(0, len(cs) - 1, 2)]
        default = cs[-1] if len(cs) % 2 else (lambda L: IDENTITY)

        def cond(L):
            for c, e in pairs:
                if truthy(c(L)):
                    return e(L)
            return default(L)

        return cond

    def c_mcond(self, node, lam):
        """Pattern-matching conditional `:[v;p1;e1;...;default]`: the first pattern that matches
        v (binding its names) selects its expression; none matching selects the default."""
        from .patterns import bind

        args = [a if a is not None else ("nil",) for a in node[1]]
        if len(args) < 2:
            raise QError(":")
        subject, rest = self.comp(args[0], lam), args[1:]
        pairs = [(rest[i], self.comp(rest[i + 1], lam)) for i in range(0, len(rest) - 1, 2)]
        default = self.comp(rest[-1], lam) if len(rest) % 2 else (lambda L: IDENTITY)
        g = self.g

        def mcond(L):
            v = subject(L)
            for pattern, expr in pairs:
                try:
                    bind(self, pattern, v, L if lam else g, lam)
                except QError:
                    continue
                return expr(L)
            return default(L)

        return mcond

    def c_ctl(self, node, lam):
        kind, args = node[1], node[2]
        if not args or args[0] is None:
            raise QError(kind)
        c = self.comp(args[0], lam)
        body = self.block([a if a is not None else ("nil",) for a in args[1:]] or [("nil",)], lam)
        if kind == "if":

            def if_(L):
                if truthy(c(L)):
                    body(L)
                return IDENTITY

            return if_
        if kind == "while":

            def while_(L):
                while truthy(c(L)):
                    body(L)
                return IDENTITY

            return while_

        def do_(L):
            n = c(L)
            if type(n) is not int:
                if is_atom(n) and type(n) is Atom and n.t in (-5, -6):
                    n = n.v
                elif type(n) is bool:
                    n = int(n)
                else:
                    raise QError("type")
            for _ in range(n):
                body(L)
            return IDENTITY

        return do_

    def c_table(self, node, lam):
        from .tables import make_table

        keys = [(n, self.comp(e, lam)) for n, e in node[1]]
        cols = [(n, self.comp(e, lam)) for n, e in node[2]]

        def mk(L):
            kv = [(n, c(L)) for n, c in keys]
            cv = [(n, c(L)) for n, c in cols]
            return make_table(kv, cv)

        return mk

    def c_qsql(self, node, lam):
        from .qsql import compile_qsql

        return compile_qsql(self, node[1], node[2], lam)


def compile_program(state: runtime.State, stmts: list):
    """Compile top-level statements; returns a closure computing the last value."""
    return Compiler(state).block(stmts, False)
