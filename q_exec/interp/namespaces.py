"""Dotted names: `.Q.*` / `.z.*` utilities and `dict.key` access into namespaces."""

from __future__ import annotations

import time

from .errors import QError
from .functions import Builtin
from .values import CHAR, TIMESTAMP, TYPE_CHARS, Atom, QDict, Vec, qtype, strv, symvec


def _qs(x):
    from .display import qs_text

    return strv(qs_text(x))


def _qs1(x):
    from .display import fmt_inline

    return strv(fmt_inline(x))


def _now_ns() -> int:
    return time.time_ns() - 946_684_800_000_000_000


def _trp(f, x, handler):
    """`.Q.trp[f;x;g]`: f[x], or on error g[message;backtrace] (backtrace: the lambdas the error
    passed through, innermost first, as their labels; `.Q.sbt` renders it)."""
    from .apply import apply

    return _with_backtrace(lambda: apply(f, [x]), handler)


def _trpd(f, x, handler):
    """`.Q.trpd[f;x;g]`: f . x, or on error g[message;backtrace] (as `.Q.trp`)."""
    from .verbs import VERBS

    return _with_backtrace(lambda: VERBS["."].call([f, x]), handler)


def _with_backtrace(run, handler):
    from .apply import apply
    from .debugger import lambda_label
    from .errors import QExit
    from .session import error_message

    try:
        return run()
    except QExit:
        raise
    except Exception as e:  # noqa: BLE001 - a trap catches every q error
        frames = e.__dict__.get("q_frames", [])
        bt = [strv(lambda_label(fn)) for fn, _ in frames]
        return apply(handler, [strv(error_message(e)), bt])


def _sbt(bt):
    """`.Q.sbt`: a backtrace as text, one `  [n]  frame` line each, outermost frame [1] last."""
    frames = bt if type(bt) is list else []
    n = len(frames)
    return strv("".join(f"  [{n - i}]  {_text(fr)}\n" for i, fr in enumerate(frames)))


def _text(x) -> str:
    from .values import vec_str

    return vec_str(x) if type(x) is Vec and x.t == CHAR else ""


# .Q utilities defined in q itself (as q.k does)
Q_SOURCE = {
    ".Q.addmonths": '{("d"$m+y)+x-"d"$m:"m"$x}',
    ".Q.dd": "{` sv x,`$string y}",
    ".Q.fu": "{[f;x]$[0h>type x;f x;(f u)(u:distinct x)?x]}",
    ".Q.fc": "{[f;x]f x}",
    ".Q.v": "{$[-11h=type x;value x;x]}",  # a table given by name or by value
    # x with y's other columns added, null
    ".Q.ff": "{[x;y]c:cols[y] except cols x;$[count c;x,'flip c!(count x)#/:first each 0#/:y c;x]}",
    ".Q.V": "{c!x c:cols x:0!x}",  # a table as a dictionary of its columns
    ".Q.qp": "{[x]0}",  # is x a partitioned table: never in memory
    ".Q.ft": "{[f;t]$[99h=type t;(count cols key t)!f 0!t;f t]}",  # f on a keyed table's rows
    # enumerate symbol columns against an in-memory domain (a sym file is closed: 'access)
    ".Q.en": "{[d;t]$[d~(::);@[t;c where 11h=type each t c:cols t;`sym?];'`access]}",
    ".Q.ens": "{[d;t;n]$[d~(::);@[t;c where 11h=type each t c:cols t;n?];'`access]}",
    ".Q.opt": "{[o]i:where o like\"-[^0-9]*\";(`$1_'o i)!1_'i _ o}",  # -name value... to a dict
    ".Q.def": "{[d;o]d,k!{(type x)$first y}'[d k;o k:key[d] inter key o]}",  # typed defaults
}


def format_fixed(dec, x) -> Vec:
    """`.Q.f[d;x]`: x with d decimals (no exponent form)."""
    from .values import is_atom, qtype

    if not is_atom(x) or type(dec) is not int or abs(qtype(x)) not in (1, 4, 5, 6, 7, 8, 9):
        raise QError("type")  # a number (an atom) to a count of decimals
    v = float(x.v) if type(x) is Atom else float(x)
    if v != v or qtype(x) in (-6, -7) and type(x) is Atom and x.v in (-(2**31), -(2**63)):
        return strv("")
    return strv(_fixed(dec, v))


def _fixed(dec: int, v: float) -> str:
    if v < 0:
        return "-" + _fixed(dec, -v)
    if v == float("inf"):
        return "0w"
    if dec > 1 << 30:
        raise QError("wsfull")  # a string longer than memory holds
    if dec > 300:  # more decimals than a float scales to: its exact expansion
        return format(v, f".{dec}f")
    j = int(v * 10.0**dec + 0.5)
    if j >= 9e15:
        from .display import fmt_float

        return fmt_float(v)
    digits = str(j).rjust(dec + 1, "0")
    return digits[: len(digits) - dec] + "." + (digits[len(digits) - dec :] if dec else "")


def _fmt(width, dec, x=None):
    """`.Q.fmt[w;d;x]`: `.Q.f[d;x]` right-aligned in w characters, or w stars if it is wider."""
    text = _text(format_fixed(dec, x))
    if type(width) is not int:
        raise QError("type")
    return strv("*" * width if len(text) > width else text.rjust(width))


def _id(x):
    """`.Q.id`: a symbol (or a table's column names, a dictionary's keys) made a valid q name;
    names that repeat an earlier one get the first free suffix 1, 2, ..."""
    from .values import Table, symvec

    if type(x) is Table:
        return Table(_unique([_clean_name(n) for n in x.names]), x.cols)
    if type(x) is QDict and type(x.k) is Vec and x.k.t == 11:
        return QDict(symvec(_unique([_clean_name(str(n)) for n in x.k.a])), x.v)
    if type(x) is Atom and x.t == -11:
        return Atom(-11, _clean_name(x.v))
    if type(x) is Vec and x.t == 11:
        return symvec([_clean_name(str(n)) for n in x.a])
    raise QError("type")


def _unique(names: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for n in names:
        if n in seen:
            n = next(f"{n}{i}" for i in range(1, len(names) + 2) if f"{n}{i}" not in seen)
        seen.add(n)
        out.append(n)
    return out


def _clean_name(n: str) -> str:
    from .builtins import KEYWORDS

    n = "".join(c for c in n if c.isalnum() or c == "_")
    if not n or n[0].isdigit() or n[0] == "_":
        n = "a" + n
    return n + "1" if n in KEYWORDS else n


def _btoa(x):
    import base64

    if type(x) is not Vec or x.t not in (4, 10):
        raise QError("type")
    return strv(base64.b64encode(x.a.tobytes()).decode())


def _atob(x):
    import base64

    if type(x) is not Vec or x.t != 10:
        raise QError("type")
    try:
        return strv(base64.b64decode(x.a.tobytes()).decode("latin-1"))
    except ValueError:
        raise QError("domain") from None


def _ty(x):
    """`.Q.ty`: type letter of a list, lower case for a vector, upper for a list of vectors."""
    from .values import Atom as A

    if type(x) is Vec:
        return A(-10, ord(TYPE_CHARS[x.t]))
    if type(x) is list and x and all(type(i) is Vec and i.t == x[0].t for i in x):
        return A(-10, ord(TYPE_CHARS[x[0].t].upper()))
    return A(-10, 32)


# the k words (C primitives) q reserves, as .Q.res lists them
RESERVED_K = (
    "abs acos asin atan avg bin binr cor cos cov delete dev div do enlist exec exit exp getenv "
    "hopen if in insert last like log max min prd select setenv sin sqrt ss sum tan update var "
    "wavg while within wsum xexp"
)
B6 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
NA = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _digits_codec(alphabet: str, width: int):
    """`.Q.x10`/`.Q.x12` (a long as `width` digits of `alphabet`) and `.Q.j10`/`.Q.j12` (back)."""
    base = len(alphabet)

    def encode(x):
        from .values import items

        if type(x) is Vec:
            return [encode(i) for i in items(x)]
        if type(x) is not int:
            raise QError("type")
        n, out = x % base**width, []
        for _ in range(width):
            n, d = divmod(n, base)
            out.append(alphabet[d])
        return strv("".join(reversed(out)))

    def decode(x):
        import numpy as np

        from .values import LONG, vec_str

        if type(x) is list:
            return Vec(LONG, np.array([decode(i) for i in x], dtype=np.int64))
        if type(x) is not Vec or x.t != CHAR:
            raise QError("type")
        n = 0
        for c in vec_str(x):
            if c not in alphabet:
                raise QError("domain")
            n = n * base + alphabet.index(c)
        return n

    return encode, decode


def _sha1(x):
    from .internal import INTERNAL

    return INTERNAL[-33](x)


def _qt(x) -> bool:
    """`.Q.qt`: whether x is a table or a keyed table."""
    from .values import Table

    return type(x) is Table or (type(x) is QDict and type(x.k) is Table)


def _codecs() -> dict:
    out = {}
    for width, alphabet in ((10, B6), (12, NA)):
        enc, dec = _digits_codec(alphabet, width)
        out[f".Q.x{width}"] = Builtin(f".Q.x{width}", enc, None)
        out[f".Q.j{width}"] = Builtin(f".Q.j{width}", dec, None)
    return out


def _lazy_json(name: str):
    def call(x):
        from . import qjson

        return getattr(qjson, name)(x)

    return call


def _doth() -> dict:
    from .doth import make

    return make()


def _make() -> dict:
    import numpy as np

    return {
        ".Q.s": Builtin(".Q.s", _qs, None),
        ".j.j": Builtin(".j.j", _lazy_json("to_json"), None),
        ".j.jd": Builtin(".j.jd", _lazy_json("to_json_options"), None),
        ".j.k": Builtin(".j.k", _lazy_json("from_json"), None),
        ".Q.s1": Builtin(".Q.s1", _qs1, None),
        ".Q.trp": Builtin(".Q.trp", None, None, {3: _trp}),
        ".Q.trpd": Builtin(".Q.trpd", None, None, {3: _trpd}),
        ".Q.sbt": Builtin(".Q.sbt", _sbt, None),
        ".Q.f": Builtin(".Q.f", None, format_fixed),
        ".Q.fmt": Builtin(".Q.fmt", None, None, {3: _fmt}),
        ".Q.id": Builtin(".Q.id", _id, None),
        ".Q.btoa": Builtin(".Q.btoa", _btoa, None),
        ".Q.atob": Builtin(".Q.atob", _atob, None),
        ".Q.ty": Builtin(".Q.ty", _ty, None),
        ".Q.sha1": Builtin(".Q.sha1", _sha1, None),
        ".Q.qt": Builtin(".Q.qt", _qt, None),
        ".Q.gc": Builtin(".Q.gc", lambda x: 0, None),
        ".Q.M": 2**63 - 1,  # chunk size of .Q.dsftg: long infinity
        ".Q.nA": strv(NA),
        ".Q.res": symvec(RESERVED_K.split()),
        ".Q.b6": strv(B6),
        **_codecs(),
        **_doth(),
        ".Q.n": Vec(CHAR, np.frombuffer(b"0123456789", dtype=np.uint8).copy()),
        ".Q.A": strv("ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
        ".Q.a": strv("abcdefghijklmnopqrstuvwxyz"),
        ".Q.an": strv("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_0123456789"),
        ".Q.t": strv(TYPE_CHARS + "s"),  # type 20 (an enumeration) is a symbol column
    }


_STATIC: dict | None = None


def namespace_dict(state, name: str) -> QDict | None:
    """The namespace `.` (the root: every undotted global) or `.ns` (globals `.ns.x`, keyed x
    after the empty key that maps to `::`) as a dictionary; None when there is no such one."""
    from .functions import IDENTITY
    from .values import from_items, symvec

    if name == ".":
        names = [k for k in state.g if not k.startswith(".")]
        return QDict(symvec(names), from_items([state.g[k] for k in names]))
    prefix = name + "."
    children = dict.fromkeys(
        k[len(prefix) :].split(".")[0] for k in state.g if k.startswith(prefix)
    )
    if not children:
        return None
    vals = [
        state.g[prefix + c] if prefix + c in state.g else namespace_dict(state, prefix + c)
        for c in children
    ]
    return QDict(symvec(["", *children]), [IDENTITY, *vals])


SYSTEM_NAMESPACES = ("q", "Q", "h", "j", "o")


def namespace_names(state) -> Vec:
    """`key `` : the system namespaces, then those the user created (`.fee.x:1` makes `fee)."""
    from .values import symvec

    user = dict.fromkeys(k[1:].split(".")[0] for k in state.g if k.startswith("."))
    return symvec([*SYSTEM_NAMESPACES, *(n for n in user if n not in SYSTEM_NAMESPACES + ("z",))])


def resolve_dotted(state, name: str):
    """Value of a dotted name that is not a plain global, or None."""
    global _STATIC
    if _STATIC is None:
        _STATIC = _make()
    v = _STATIC.get(name)
    if v is not None:
        return v
    if name.startswith(".q.") or name == ".q":  # the q keywords live in namespace .q
        from .builtins import KEYWORDS
        from .values import symvec

        if name == ".q":
            return QDict(symvec(list(KEYWORDS)), list(KEYWORDS.values()))
        v = KEYWORDS.get(name[3:])
        if v is not None:
            return v
    src = Q_SOURCE.get(name)
    if src is not None:  # compiled once per run, kept as a global like q's own .Q definitions
        from .session import eval_text

        state.g[name] = v = eval_text(src)
        return v
    if name == ".z.p" or name == ".z.P":
        return Atom(-TIMESTAMP, _now_ns())
    if name in (".z.d", ".z.D"):
        return Atom(-14, _now_ns() // 86_400_000_000_000)
    if name in (".z.t", ".z.T"):
        return Atom(-19, (_now_ns() // 1_000_000) % 86_400_000)
    if name in (".z.n", ".z.N"):
        return Atom(-16, _now_ns() % 86_400_000_000_000)
    if name == ".z.b":
        return view_dependencies(state)
    if name == ".z.x":
        return []  # no command-line arguments
    if name == ".z.f":
        return Atom(-11, "")  # no script file (input read from stdin)
    if name == ".z.o":
        return Atom(-11, "l64")
    if name == ".z.K":
        return 4.1
    ns = namespace_dict(state, name)
    if ns is not None:
        return ns
    # a.b.c -> value of a, then keys b, c
    parts = name.split(".")
    if parts[0]:
        base = state.g.get(parts[0])
        rest = parts[1:]
    else:
        base = state.g.get("." + parts[1]) if len(parts) > 1 else None
        rest = parts[2:]
    if base is None:
        return None
    from .apply import dict_get, table_index
    from .values import Table

    for p in rest:
        if type(base) is Table:
            if p not in base.names:
                return None
            base = table_index(base, Atom(-11, p))
        elif type(base) is QDict and type(base.k) is Table:
            from .tables import unkey

            full = unkey(base)
            if p not in full.names:
                return None
            base = full.col(p)
        elif type(base) is QDict:
            base = dict_get(base, Atom(-11, p))
        elif is_temporal_field(base, p):
            base = temporal_field(base, p)
        else:
            return None
    return base


def is_temporal_field(x, p: str) -> bool:
    """Whether `x.p` names a field (date, hh, minute, ...) of a temporal atom or vector x."""
    return abs(qtype(x)) in TEMPORAL_TYPES and p in FIELDS


def temporal_field(x, p: str):
    """`x.p` for a temporal x: the field p (`mm` of a clock type is its minutes)."""
    from .cast import extract

    clock = abs(qtype(x)) in (16, 17, 18, 19)
    return extract("uu" if p == "mm" and clock else p, x)


TEMPORAL_TYPES = set(range(12, 20))
FIELDS = {"year", "month", "mm", "dd", "hh", "uu", "ss", "week", "minute", "second", "date", "time"}


def views(_x):
    """`views[]`: the names of the views defined in the root namespace, sorted."""
    from .compile import View
    from .values import symvec

    r = symvec(sorted(k for k, v in runtime_globals().items() if type(v) is View))
    r.attr = "s"
    return r


def view(x):
    """`view `v`: the source text of view v."""
    from .compile import View

    v = runtime_globals().get(x.v) if type(x) is Atom and x.t == -11 else None
    if type(v) is not View:
        raise QError("view")
    return strv(v.text)


def view_dependencies(state) -> QDict:
    """`.z.b`: each name views read, mapped to the views that read it."""
    from .compile import View
    from .values import symvec

    deps: dict[str, list[str]] = {}
    for name, v in state.g.items():
        if type(v) is View:
            for d in v.deps:
                deps.setdefault(d, []).append(name)
    return QDict(symvec(list(deps)), [symvec(vs) for vs in deps.values()])


def runtime_globals() -> dict:
    from . import runtime

    return runtime.CUR.g
