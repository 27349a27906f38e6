"""Parser: tokens -> AST (nested tuples), q's right-to-left grammar.

Node shapes:
  ("const", v) ("name", s) ("verb", op) ("adv", a, node) ("apply", f, [args|None])
  ("dyad", verb, left, right) ("monad", f, x) ("list", [nodes]) ("block", [nodes])
  ("lambda", params, [stmts], src) ("assign", name, op|None, idx|None, rhs, is_global)
  (is_global: False, or for `name::rhs` the source text of rhs, kept for `view`)
  ("cond", [nodes]) ("ctl", "if"|"do"|"while", [nodes]) ("ret", x) ("signal", x)
  ("table", [(name, node)], [(name, node)]) ("qsql", kind, spec) ("nil",)
"""

from __future__ import annotations

from .errors import QError
from .lexer import Tok, tokenize
from .values import CHAR, SYM, Atom, strv, sym, symvec

INFIX = {
    "and",
    "or",
    "mod",
    "div",
    "xexp",
    "xbar",
    "xlog",
    "in",
    "within",
    "like",
    "bin",
    "binr",
    "except",
    "inter",
    "union",
    "cross",
    "cut",
    "sublist",
    "ss",
    "sv",
    "vs",
    "rotate",
    "xprev",
    "xcol",
    "xcols",
    "xasc",
    "xdesc",
    "xgroup",
    "xkey",
    "xrank",
    "insert",
    "upsert",
    "set",
    "lj",
    "ljf",
    "ij",
    "ijf",
    "uj",
    "ujf",
    "ej",
    "pj",
    "aj",
    "aj0",
    "wj",
    "wj1",
    "each",
    "over",
    "scan",
    "prior",
    "peach",
    "mavg",
    "mcount",
    "mdev",
    "mmax",
    "mmin",
    "msum",
    "mmu",
    "lsq",
    "cor",
    "cov",
    "scov",
    "wavg",
    "wsum",
    "fby",
    "ema",
    "dsave",
    "asof",
    "setenv",
    "ssr",
    "to",
}
INFIX.discard("ssr")
INFIX.discard("to")
QSQL = {"select", "exec", "update", "delete"}
CLOSERS = {";", ")", "]", "}"}


class Parser:
    """Recursive-descent parser over one token list."""

    def __init__(self, src: str):
        self.src = src
        self.toks = tokenize(src)
        self.i = 0

    # -- token helpers
    def peek(self, k: int = 0) -> Tok | None:
        j = self.i + k
        return self.toks[j] if j < len(self.toks) else None

    def next(self) -> Tok:
        if self.i >= len(self.toks):  # the text ended inside an unfinished construct
            raise QError("parse")
        t = self.toks[self.i]
        self.i += 1
        return t

    def expect(self, kind: str) -> Tok:
        t = self.peek()
        if t is None or t.kind != kind:
            raise QError(kind if t is None else str(t.val))
        return self.next()

    # -- statements
    def parse_program(self) -> list:
        """Top level: statements separated by ';'."""
        stmts = self.parse_stmts()
        if self.peek() is not None:
            raise QError(str(self.peek().val))
        return stmts

    def parse_stmts(self) -> list:
        stmts = [self.parse_expr()]
        while True:
            t = self.peek()
            if t is None:
                break
            if t.kind == ";":
                self.next()
                stmts.append(self.parse_expr())
            else:
                break
        return stmts

    def parse_args(self) -> list:
        """Bracketed list `[a;b;c]` (the '[' is consumed here); empty items are None."""
        self.expect("[")
        args = []
        while True:
            t = self.peek()
            if t is None:
                raise QError("[")
            if t.kind in (";", "]"):
                args.append(None)
            else:
                args.append(self.parse_expr())
            t = self.peek()
            if t is None:
                raise QError("[")
            self.next()
            if t.kind == "]":
                break
            if t.kind != ";":
                raise QError(str(t.val))
        return args

    # -- expressions
    def parse_expr(self):
        terms: list[tuple[object, bool]] = []
        while True:
            t = self.peek()
            if t is None or t.kind in CLOSERS:
                break
            nt = self.peek(1)
            if (
                not terms
                and t.kind == "op"
                and t.val == ":"
                and not (nt is None or nt.kind in (";", "]", ")"))
                and not (nt.kind == "[" and not nt.sp)  # `:[` opens a matching conditional
                and not (nt.kind == "adv" and not nt.sp)  # `:/` folds with assign (x:y is y)
            ):
                self.next()
                return ("ret", self.parse_expr())
            bracket_form = nt is not None and nt.kind == "[" and not nt.sp  # '[f] each, '[f;g]
            if (
                t.kind == "adv"
                and t.val == "'"
                and (not terms or terms[-1][1])
                and not bracket_form
            ):
                self.next()
                rest = self.parse_expr()
                node = ("signal", rest)
                terms.append((node, False))
                break
            term = self.parse_term(terms)
            if term is None:
                break
            terms.append(term)
            if term[0][0] == "assign":
                break
        return reduce_terms(terms)

    @staticmethod
    def _bracket_adverb(adverb: str, args: list):
        """`'[f]` is f each (likewise `/[f]`, `\\[f]`); `'[f;g]` composes f with g."""
        if len(args) == 1 and args[0] is not None:
            return ("adv", adverb, args[0])
        if adverb == "'" and len(args) == 2 and None not in args:
            return ("compose", args[0], args[1])
        if adverb == "'" and len(args) == 2:
            from .functions import COMPOSE

            return ("apply", ("const", COMPOSE), args)  # '[;] or '[f;]: compose projected
        raise QError(adverb)

    def parse_term(self, terms):
        """One noun or verb with trailing brackets and adverbs; returns (node, is_verb)."""
        t = self.next()
        k = t.kind
        is_verb = False
        if k == "num":
            node = ("const", t.val)
        elif k == "str":
            s = t.val
            v = strv(s)  # UTF-8 bytes: "é" is two chars, as in q
            node = ("const", Atom(-CHAR, int(v.a[0])) if len(v.a) == 1 else v)
        elif k == "sym":
            node = ("const", sym(t.val[0]) if len(t.val) == 1 else symvec(t.val))
        elif k == "name":
            name = t.val
            nxt = self.peek()
            if name in QSQL:
                from .qsql_parse import parse_qsql

                return parse_qsql(self, name), False
            if name in ("if", "do", "while") and nxt is not None and nxt.kind == "[":
                return ("ctl", name, self.parse_args()), False
            assign = self.try_assign(name)
            if assign is not None:
                return assign, False
            if name in INFIX:
                node = ("name", name)
                is_verb = True
            else:
                node = ("name", name)
        elif k == "op":
            op = t.val
            nxt = self.peek()
            if op == "$" and nxt is not None and nxt.kind == "[" and not nxt.sp:
                args = self.parse_args()
                if len(args) != 1 or args[0] is None:
                    return ("cond", args), False
                node = ("apply", ("verb", "$"), args)  # $[x] projects $ (x$)
            elif op == ":" and not terms and nxt is not None and nxt.kind == "[" and not nxt.sp:
                return ("mcond", self.parse_args()), False
            elif (
                nxt is not None
                and nxt.kind == "op"
                and nxt.val == ":"
                and not nxt.sp
                and op not in (":", "::")
            ):
                self.next()
                node = ("verb", op + ":")
            else:
                node = ("verb", op)
            is_verb = node[0] == "verb"
        elif k == "(":
            node = self.parse_paren()
            nxt = self.peek()
            if nxt is not None and nxt.kind == "op" and nxt.val == ":" and not terms:
                self.next()
                return ("passign", node, self.parse_expr()), False
        elif k == "{":
            node = self.parse_lambda(t)
        elif k == "adv":
            # adverb applied to the preceding term, or to its bracketed argument: '[f], /[f]
            nxt = self.peek()
            if not terms and nxt is not None and nxt.kind == "[" and not nxt.sp:
                node = self._bracket_adverb(t.val, self.parse_args())
            elif not terms and (nxt is None or nxt.kind in (";", ")")):
                from .adverbs import adverb_value

                node = ("const", adverb_value(t.val))  # an iterator as a noun: (/;+)
            elif not terms:
                raise QError(t.val)
            else:
                node = ("adv", t.val, terms.pop()[0])
            is_verb = True
        elif k == "[":
            # bare bracket block, e.g. `[a;b]` as a statement list
            self.i -= 1
            args = self.parse_args()
            return ("block", [a if a is not None else ("nil",) for a in args]), False
        else:
            raise QError(str(t.val))
        # postfix: brackets and adverbs bind tighter than anything else
        while True:
            nxt = self.peek()
            if nxt is None:
                break
            if nxt.kind == "[" and not (nxt.sp and node[0] == "verb"):
                args = self.parse_args()
                node = ("apply", node, args)
                is_verb = False
                nxt2 = self.peek()
                if (
                    node[1][0] == "name"
                    and nxt2 is not None
                    and (nxt2.kind == "op")
                    and self._is_assign_op()
                ):
                    return self.finish_index_assign(node), False
            elif nxt.kind == "adv" and not nxt.sp:
                self.next()
                node = ("adv", nxt.val, node)
                is_verb = True
            else:
                break
        return node, is_verb

    def _is_assign_op(self) -> bool:
        """Is the upcoming token sequence `:` or `op:` (an assignment)?"""
        t = self.peek()
        if t is None or t.kind != "op":
            return False
        if t.val == ":":
            return True
        t2 = self.peek(1)
        return (
            t2 is not None
            and t2.kind == "op"
            and t2.val == ":"
            and not t2.sp
            and t.val not in ("::",)
        )

    def try_assign(self, name: str):
        t = self.peek()
        if t is None:
            return None
        if t.kind == "op" and t.val == "::":
            nxt = self.peek(1)
            if nxt is None or nxt.kind in CLOSERS:
                return None
            self.next()
            rhs = self.parse_expr()
            end = self.peek()
            text = self.src[nxt.pos : end.pos if end is not None else len(self.src)].strip()
            return ("assign", name, None, None, rhs, text or True)
        if t.kind == "op" and t.val == ":":
            self.next()
            return ("assign", name, None, None, self.parse_expr(), False)
        if t.kind in ("op", "name") and self._is_assign_op() and t.kind == "op":
            op = self.next().val
            self.next()
            return ("assign", name, ("verb", op), None, self.parse_expr(), False)
        return None

    def finish_index_assign(self, node):
        name = node[1][1]
        idx = node[2]
        t = self.next()
        op = None
        if t.val != ":":
            op = ("verb", t.val)
            self.next()
        return ("assign", name, op, idx, self.parse_expr(), False)

    def parse_paren(self):
        t = self.peek()
        if t is not None and t.kind == "[":
            return self.parse_table()
        items = []
        while True:
            t = self.peek()
            if t is None:
                raise QError("(")
            if t.kind == ")":
                self.next()
                if not items:
                    return ("const", [])
                items.append(("nil",))
                break
            if t.kind == ";":
                self.next()
                items.append(("nil",))
                continue
            items.append(self.parse_expr())
            t = self.peek()
            if t is None:
                raise QError("(")
            self.next()
            if t.kind == ")":
                break
            if t.kind != ";":
                raise QError(str(t.val))
        if len(items) == 1:
            return ("paren", items[0])
        return ("list", items)

    def parse_table(self):
        keys = self.parse_coldefs("]")
        cols = self.parse_coldefs(")")
        return ("table", keys, cols)

    def parse_coldefs(self, closer: str):
        if closer == "]":
            self.next()  # the '[' opening the key section
        defs = []
        while True:
            t = self.peek()
            if t is None:
                raise QError("(")
            if t.kind == closer:
                self.next()
                break
            if t.kind == ";":
                self.next()
                continue
            if t.kind in CLOSERS:
                raise QError(str(t.val))  # a bracket that closes nothing open here
            e = self.parse_expr()
            defs.append(coldef(e, len(defs)))
        return defs

    def parse_lambda(self, open_tok: Tok):
        params = None
        body = []
        t = self.peek()
        if t is not None and t.kind == "[":
            params, body = lambda_params(self.parse_args())
        while True:
            t = self.peek()
            if t is None:
                raise QError("{")
            if t.kind == "}":
                break
            if t.kind == ";":
                self.next()
                body.append(("nil",))
                continue
            body.append(self.parse_expr())
            t = self.peek()
            if t is not None and t.kind not in (";", "}"):
                raise QError(t.kind)  # a stray closer: {)} is a parse error, not a loop
            if t is not None and t.kind == ";":
                self.next()
                nx = self.peek()
                if nx is not None and nx.kind == "}":
                    body.append(("nil",))
                    break
        close = self.expect("}")
        src = self.src[open_tok.pos : close.pos + 1]
        if params is None:
            used = implicit_params(body)
            params = ["x", "y", "z"][: max(used, 1)]
        return ("lambda", params, body, src)


def lambda_params(args: list) -> tuple[list[str], list]:
    """Parameter names of `{[a;b]...}` and the statements that open the body: a pattern
    parameter (`(a;b)`, `x:filter`) or an unnamed one (`[x;]`) gets a hidden name, and the body
    starts by matching the pattern against it."""
    if args == [None]:
        return [], []
    params, prologue = [], []
    for i, a in enumerate(args):
        if a is not None and a[0] == "name":
            params.append(a[1])
            continue
        hidden = f" arg{i}"  # a space cannot start a q name
        params.append(hidden)
        if a is not None:
            prologue.append(("passign", a, ("name", hidden)))
    if len(params) > 8:
        raise QError("params")
    return params, prologue


def coldef(e, idx: int):
    """(column name, expression) from `name:expr` or a bare expression."""
    if e[0] == "assign" and e[2] is None and e[3] is None:
        return e[1], e[4]
    return derive_name(e, idx), e


def derive_name(e, idx: int) -> str:
    """Column name q derives from an unnamed expression: a name names itself; an operator
    glyph applied (`a+b`, `+[a;b]`) takes the name of its left argument, any other function
    (keyword, lambda, derived) that of its last argument; otherwise `x` (`x<idx>` after the
    first)."""
    node = e
    while True:
        if node[0] == "name":
            if node[1] == "i":
                break  # the virtual row-index column does not name a result
            return node[1].split(".")[-1]
        if node[0] == "monad":
            node = node[2]
        elif node[0] == "dyad":
            node = node[2] if _glyph_like(node[1]) else node[3]
        elif node[0] == "apply":
            args = [a for a in node[2] if a is not None]
            if not args:
                break
            node = args[0] if _glyph_like(node[1]) else args[-1]
        elif node[0] == "paren":
            node = node[1]
        else:
            break
    return "x" if idx == 0 else f"x{idx}"


def _glyph_like(f) -> bool:
    """Whether a function node is a primitive operator glyph (or a keyword q defines as one)."""
    while f[0] == "paren":
        f = f[1]
    return f[0] == "verb" or (f[0] == "name" and f[1] in ("and", "or"))


def implicit_params(body) -> int:
    """Highest implicit parameter used: x -> 1, y -> 2, z -> 3."""
    found = 0

    def walk(n):
        nonlocal found
        if isinstance(n, tuple):
            if not n:
                return
            if n[0] == "lambda":
                return
            if n[0] == "name":
                found = max(found, {"x": 1, "y": 2, "z": 3}.get(n[1], 0))
                return
            if n[0] == "assign":
                found = max(found, {"x": 1, "y": 2, "z": 3}.get(n[1], 0))
            for c in n[1:]:
                walk(c)
        elif isinstance(n, list):
            for c in n:
                walk(c)
        elif isinstance(n, dict):
            walk(n.get("from"))

    walk(body)
    return found


def reduce_terms(terms):
    """Combine terms right to left: noun verb noun -> dyad; f x -> monad."""
    if not terms:
        return ("nil",)
    i = len(terms) - 1
    node, is_verb = terms[i]
    if is_verb:
        if node == ("verb", "::") and i >= 1 and not terms[i - 1][1]:
            from .functions import AT_NULL

            res = ("apply", ("const", AT_NULL), [terms[i - 1][0]])  # `x ::` is x[::]
            i -= 2
        elif i >= 1 and not terms[i - 1][1]:
            res = ("apply", node, [terms[i - 1][0], None])
            i -= 2
        else:
            res = node
            i -= 1
        if i >= 0:
            # a verb-ending expression with more to the left: composition
            left = reduce_terms(terms[: i + 1])
            return ("compose", left, res)
    else:
        res = node
        i -= 1
    while i >= 0:
        node, is_verb = terms[i]
        if is_verb and i >= 1 and not terms[i - 1][1]:
            res = ("dyad", node, terms[i - 1][0], res)
            i -= 2
        else:
            if node[0] == "paren" and node[1][0] == "verb" and len(node[1][1]) == 1:
                node = ("verb", node[1][1] + ":")  # (op)x is op's unary form: ($)42 is string
            res = ("monad", node, res)
            i -= 1
    return res


def parse(src: str) -> list:
    """Parse source text into a list of statement nodes."""
    return Parser(src).parse_program()


__all__ = ["parse", "Parser", "INFIX", "CHAR", "SYM"]
