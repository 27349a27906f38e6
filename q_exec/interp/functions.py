"""Function values: lambdas, primitives/keywords, projections, compositions, derived functions."""

from __future__ import annotations

from .errors import QError

OPERATORS = set("+-*%!&|<>=~,^#_$?@.") | {"<=", ">=", "<>"}


class Fn:
    """Base class of all function values; `call(args)` applies to a full argument list."""

    qt = 100
    rank = 1

    def call(self, args: list):
        raise NotImplementedError

    def __int__(self):  # a function where a number belongs (`2 vs til`, `x _ til`)
        raise QError("type")

    __float__ = __index__ = __int__


class Identity(Fn):
    """The generic null / identity function `::`."""

    qt = 101
    name = "::"
    dyad = None

    @staticmethod
    def monad(x):
        return x

    def call(self, args):
        if len(args) != 1:
            raise QError("rank")
        return args[0]


IDENTITY = Identity()


class Lambda(Fn):
    """A user function `{[a;b] ...}`; `body` is a compiled closure taking a locals dict."""

    qt = 100

    def __init__(self, params: list[str], body, src: str):
        self.params = params
        self.rank = len(params)
        self.body = body
        self.src = src

    def call(self, args):
        params = self.params
        if len(args) != len(params):
            if len(args) == 1 and len(params) == 0:
                local = {".z.s": self}
            elif len(args) < len(params):
                return Projection(self, list(args) + [None] * (len(params) - len(args)))
            else:
                raise QError("rank")
        else:
            local = dict(zip(params, args, strict=True))
            local[".z.s"] = self
        try:
            return self.body(local)
        except Exception as e:
            add_frame(e, self, local)
            raise


def add_frame(e: BaseException, fn: Lambda, local: dict) -> None:
    """Record on a failing exception the lambda (and its locals) it passed through, innermost
    first: the suspended stack the console debugger and `.Q.trp` show."""
    frames = e.__dict__.setdefault("q_frames", [])
    frames.append((fn, local))


class Builtin(Fn):
    """A primitive verb or keyword. `monad`/`dyad`/`fns` give implementations per arity."""

    def __init__(self, name: str, monad=None, dyad=None, more=None, qt: int = 102):
        self.name = name
        self.monad = monad
        self.dyad = dyad
        self.more = more or {}
        self.qt = qt
        self.rank = 2 if dyad is not None else 1 if monad is not None else max(self.more, default=1)

    def call(self, args):
        n = len(args)
        if n == 1:
            if self.dyad is not None and self.name in OPERATORS:
                return Projection(self, [args[0], None])
            if self.monad is not None:
                return self.monad(args[0])
            if self.dyad is not None:
                return Projection(self, [args[0], None])
        elif n == 2 and self.dyad is not None:
            return self.dyad(args[0], args[1])
        f = self.more.get(n)
        if f is not None:
            return f(*args)
        if n < max(self.more, default=0):
            return Projection(self, list(args) + [None] * (max(self.more) - n))
        raise QError("rank")


class Projection(Fn):
    """A function with some arguments fixed; None marks a missing argument. `shown` is how many
    arguments were written (`+/[100;]` shows its elided last one); None shows up to the last
    fixed argument."""

    qt = 104

    def __init__(self, f: Fn, args: list, shown: int | None = None):
        self.f = f
        self.args = args
        self.shown = shown
        self.rank = sum(1 for a in args if a is None) or 1

    def call(self, args):
        full = list(self.args)
        holes = [i for i, a in enumerate(full) if a is None]
        if len(args) > len(holes):
            if len(holes) == 0 and len(args) == 1:
                return self.f.call(full)
            raise QError("rank")
        for i, a in zip(holes, args, strict=False):
            full[i] = a
        if len(args) < len(holes):
            return Projection(self.f, full)
        return self.f.call(full)


class _ListMaker(Fn):
    """The function behind a list literal: its arguments become the items."""

    def call(self, args):
        from .values import from_items

        return from_items(list(args))


class ListProjection(Projection):
    """A list literal with missing items, `("a";;"c")`: applying it fills the gaps in order."""

    def __init__(self, args: list):
        super().__init__(_ListMaker(), args)

    def call(self, args):
        r = super().call(args)
        return ListProjection(r.args) if type(r) is Projection else r


class Composition(Fn):
    """`f g` composed: apply the last function to the arguments, then the others monadically."""

    qt = 105

    def __init__(self, fs: list):
        self.fs = fs
        self.rank = getattr(fs[-1], "rank", 1)

    def call(self, args):
        from .apply import apply

        r = apply(self.fs[-1], args)
        for f in reversed(self.fs[:-1]):
            r = apply(f, [r])
        return r


def compose(f, g):
    """`'[f;g]`: f applied to the result of g; a non-function f projects g (`'[2;+]` is 2+)."""
    if not isinstance(g, Fn):
        raise QError("type")  # the right side of a composition is applied: it must be a function
    if isinstance(f, Fn):
        return Composition([f, g])
    return Projection(g, [f, None])


COMPOSE = Builtin("'", None, compose)  # `'[;]`, the compose operator as a value


def _at_null(x):
    """`x ::`: x applied to (indexed at) the generic null; a list or an atom is itself."""
    return x.call([IDENTITY]) if isinstance(x, Fn) else x


AT_NULL = Builtin("::", _at_null, None)

ADVERB_TYPES = {"'": 106, "/": 107, "\\": 108, "':": 109, "/:": 110, "\\:": 111}


class Derived(Fn):
    """A function derived by an iterator (adverb) from a value; its type is 106h (each) to
    111h (each-left) by the iterator."""

    def __init__(self, adverb: str, f, impl):
        self.qt = ADVERB_TYPES.get(adverb, 106)
        self.adverb = adverb
        self.f = f
        self.impl = impl
        frank = getattr(f, "rank", 1)
        if adverb in ("/", "\\") or adverb == "'":
            self.rank = frank if isinstance(f, Fn) else 1
        else:
            self.rank = 2

    def call(self, args):
        return self.impl(self.f, args)
