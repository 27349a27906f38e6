"""Console display of q values, exactly as the q console prints them."""

from __future__ import annotations

from . import runtime
from .errors import QError
from .functions import (
    Builtin,
    Composition,
    Derived,
    Fn,
    Identity,
    Lambda,
    ListProjection,
    Projection,
)
from .temporal import fmt_temporal
from .values import (
    BOOL,
    BYTE,
    CHAR,
    FLOAT,
    GUID,
    INT,
    LONG,
    MONTH,
    REAL,
    SHORT,
    SYM,
    TEMPORAL,
    TYPE_NAMES,
    Atom,
    EnumSym,
    QDict,
    Table,
    Vec,
    count,
    is_atom,
    items,
    qtype,
)

INT_SUFFIX = {SHORT: "h", INT: "i", LONG: ""}

# q keywords defined in k print as their definition (q.k), primitive ones as the k verb
K_DEFINITIONS = {
    "count": "#:",
    "first": "*:",
    "neg": "-:",
    "not": "~:",
    "til": "!:",
    "key": "!:",
    "reverse": "|:",
    "where": "&:",
    "flip": "+:",
    "string": "$:",
    "null": "^:",
    "type": "@:",
    "distinct": "?:",
    "group": "=:",
    "value": ".:",
    "get": ".:",
    "sums": "+\\",
    "prds": "*\\",
    "maxs": "|\\",
    "mins": "&\\",
    "sum": "+/",
    "prd": "*/",
    "max": "|/",
    "min": "&/",
    "raze": ",/",
    "deltas": "-':",
    "iasc": "k){$[0h>@x;'`rank;<x]}",
    "idesc": "k){$[0h>@x;'`rank;>x]}",
    "each": "k){x'y}",
    "over": "k){x/y}",
    "scan": "k){x\\y}",
    "prior": "k){x':y}",
}


def _prec() -> int:
    st = runtime.CUR
    return st.precision if st is not None else 7


def fmt_float(v: float, prec: int | None = None) -> str:
    """Float text without type suffix: %.7g with q's nulls and infinities."""
    if v != v:
        return "0n"
    if v == float("inf"):
        return "0w"
    if v == float("-inf"):
        return "-0w"
    p = prec or _prec()
    s = f"{v:.{p}g}"
    if "e" in s:
        mant, exp = s.split("e")
        sign = exp[0]
        digits = exp[1:].lstrip("0").rjust(2, "0")
        s = f"{mant}e{sign}{digits}"
    return s


def fmt_int(t: int, v: int) -> str:
    if t == SHORT:
        null, inf = -(2**15), 2**15 - 1
    elif t == INT:
        null, inf = -(2**31), 2**31 - 1
    else:
        null, inf = -(2**63), 2**63 - 1
    if v == null:
        return "0N"
    if v == inf:
        return "0W"
    if v == -inf:
        return "-0W"
    return str(v)


def char_escape(c: int, in_quotes: bool = True) -> str:
    ch = chr(c)
    if ch == '"':
        return '\\"'
    if ch == "\\":
        return "\\\\"
    if ch == "\n":
        return "\\n"
    if ch == "\t":
        return "\\t"
    if ch == "\r":
        return "\\r"
    if c < 32 or c >= 127:
        return "\\" + format(c, "03o")
    return ch


def fmt_str(s: bytes | str) -> str:
    if isinstance(s, str):
        s = s.encode("utf-8", "surrogateescape")
    return '"' + "".join(char_escape(c) for c in s) + '"'


def _utf8(s: bytes) -> str:
    return s.decode("utf-8", "surrogateescape")


def fmt_guid(b) -> str:
    h = bytes(b).hex() if not isinstance(b, str) else b
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def item_text(t: int, v) -> str:
    """Text of one raw item of positive type t, without any type suffix."""
    if t in (LONG, INT, SHORT):
        return fmt_int(t, int(v))
    if t in (FLOAT, REAL):
        return fmt_float(float(v))
    if t == BOOL:
        return "1" if v else "0"
    if t == SYM:
        return v
    if t == CHAR:
        return _utf8(bytes([int(v)]))
    if t == BYTE:
        return format(int(v), "02x")
    if t in TEMPORAL:
        return fmt_temporal(t, v)
    if t == GUID:
        return fmt_guid(v)
    return _view_text(v)


def _view_text(x) -> str:
    """A view's entry in its namespace (`` `. `v ``) shows its definition; nothing else is left."""
    from .compile import View

    if type(x) is View:
        return x.text
    raise QError("nyi")


def fmt_atom(x) -> str:
    t = -qtype(x)
    v = x.v if type(x) is Atom else x
    if t == LONG:
        return fmt_int(LONG, v)
    if t == FLOAT:
        s = fmt_float(v)
        return s if any(c in s for c in ".enw") else s + "f"
    if t == BOOL:
        return "1b" if v else "0b"
    if t in (INT, SHORT):
        s = fmt_int(t, v)
        return s + INT_SUFFIX[t]
    if t == REAL:
        s = fmt_float(v)
        if s == "0n":
            return "0Ne"
        return s + "e"
    if t == SYM:
        return f"`{v.dom}$`{v}" if type(v) is EnumSym else "`" + v
    if t == CHAR:
        return fmt_str(bytes([v]))
    if t == BYTE:
        return "0x" + format(v, "02x")
    if t == MONTH:
        s = fmt_temporal(t, v)
        return s if s[-1] == "m" else s + "m"
    if t in TEMPORAL:
        return fmt_temporal(t, v)
    if t == GUID:
        return fmt_guid(v)
    return _view_text(x)


def fmt_vec(x: Vec) -> str:
    """One-line form of a typed vector (`1 2 3`, `101b`, `"abc"`, `` `a`b ``)."""
    t, a = x.t, x.a
    n = len(a)
    attr = "`" + x.attr + "#" if x.attr else ""
    if n == 0:
        if t == CHAR:
            return '""'
        return attr + "`" + TYPE_NAMES[t] + "$()"
    pre = attr + ("," if n == 1 else "") + (f"`{x.dom}$" if x.dom is not None else "")
    if t == CHAR:
        return pre + fmt_str(a.tobytes())
    if t == SYM:
        return pre + "".join("`" + s for s in a)
    if t == BOOL:
        return pre + "".join("1" if b else "0" for b in a.tolist()) + "b"
    if t == BYTE:
        return pre + "0x" + a.tobytes().hex()
    if t in (LONG, INT, SHORT):
        return pre + " ".join(fmt_int(t, v) for v in a.tolist()) + INT_SUFFIX[t]
    if t == FLOAT:
        parts = [fmt_float(v) for v in a.tolist()]
        s = " ".join(parts)
        if not any(c in s for c in ".enw"):
            s += "f"
        return pre + s
    if t == REAL:
        parts = [fmt_float(v) for v in a.tolist()]
        return pre + " ".join(parts) + "e"
    if t in TEMPORAL:
        parts = [fmt_temporal(t, v) for v in a.tolist()]
        s = " ".join(parts)
        if t == MONTH:
            s += "m"
        return pre + s
    if t == GUID:
        return pre + " ".join(fmt_guid(v) for v in a)
    raise QError("nyi")


def fmt_fn(f) -> str:
    if isinstance(f, Lambda):
        return f.src
    if isinstance(f, Builtin):
        return K_DEFINITIONS.get(f.name, f.name)
    if isinstance(f, Identity):
        return "::"
    if isinstance(f, ListProjection):
        return "(" + ";".join("" if a is None else fmt_inline(a) for a in f.args) + ")"
    if isinstance(f, Projection):
        inner = fmt_fn(f.f)
        shown = list(f.args if f.shown is None else f.args[: f.shown])
        while f.shown is None and shown and shown[-1] is None:  # f[1] prints as f[1]
            shown.pop()
        args = ";".join("" if a is None else fmt_inline(a) for a in shown)
        return f"{inner}[{args}]"  # (1+) prints as +[1]
    if isinstance(f, Derived):
        return fmt_fn_or_value(f.f) + f.adverb
    if isinstance(f, Composition):
        return "".join(fmt_fn_or_value(g) for g in f.fs)
    return "func"


def fmt_fn_or_value(x) -> str:
    if isinstance(x, Fn):
        return fmt_fn(x)
    return fmt_inline(x)


def fmt_inline(x) -> str:
    """One-line form used inside lists and for `.Q.s1`."""
    tx = type(x)
    if tx is Vec:
        return fmt_vec(x)
    if tx is list:
        if not x:
            return "()"
        if len(x) == 1:
            return "," + fmt_inline(x[0])
        return "(" + ";".join(fmt_inline(y) for y in x) + ")"
    if tx is QDict:
        k = fmt_inline(x.k)
        v = fmt_inline(x.v)
        if type(x.k) is Table or (type(x.k) is not list and count(x.k) == 1):
            return "(" + k + ")!" + v
        return k + "!" + v
    if tx is Table:
        from .values import symvec

        return "+" + fmt_inline(QDict(symvec(x.names), x.cols))  # `+(,`a)!,1 2` for one column
    if isinstance(x, Fn):
        return fmt_fn(x)
    return fmt_atom(x)


def cell_text(x) -> str:
    """Text of a value as a table / dictionary cell (atoms without suffix, strings raw)."""
    tx = type(x)
    if tx is Vec or tx is list or tx is QDict or tx is Table or isinstance(x, Fn):
        return fmt_inline(x)
    t = -qtype(x)
    v = x.v if tx is Atom else x
    if t == SYM:
        return v
    if t == CHAR:
        return _utf8(bytes([v]))
    if t == BYTE:
        return "0x" + format(v, "02x")
    if t == BOOL:
        return "1b" if v else "0b"
    return item_text(t, v)


def column_texts(col) -> list[str]:
    """Cell texts of every item of a column."""
    if type(col) is Vec:
        t = col.t
        if t == BOOL:
            return ["1" if b else "0" for b in col.a.tolist()]
        if t == BYTE:
            return [format(v, "02x") for v in col.a.tolist()]
        if t == SYM:
            return list(col.a)
        if t == GUID:
            return [fmt_guid(v) for v in col.a]
        from .builtins import null_mask

        nulls = null_mask(col).tolist()
        return ["" if n else item_text(t, v) for v, n in zip(col.a.tolist(), nulls, strict=True)]
    return [_general_value_text(v) for v in items(col)]  # a mixed column: `ab, 2f


def _dict_value_texts(v) -> list[str]:
    if type(v) is Vec:
        return column_texts(v)
    grid = matrix_lines(v)
    if grid is not None:
        return grid
    if type(v) is list and v and all(type(y) is list and not y for y in v):  # rows of nothing
        return [""] * len(v)
    return [_general_value_text(y) for y in items(v)]


def _general_value_text(y) -> str:
    if is_atom(y) and not isinstance(y, Fn):  # an atom of a mixed list shows typed: 2f, `a
        return fmt_atom(y)
    return cell_text(y)


def matrix_lines(x) -> list[str] | None:
    """Rows of a list of equal-length simple vectors, with aligned columns (or None)."""
    if type(x) is not list or not x:
        return None
    first = x[0]
    if any(type(y) is Vec for y in x) and any(type(y) is list for y in x):
        cells = _mixed_matrix_cells(x)
        if cells is None:
            return None
        n = len(cells[0])
    elif type(first) is Vec:
        if first.t in (BOOL, BYTE) or len(first.a) == 0:
            return None
        n = len(first.a)
        for y in x:
            if type(y) is not Vec or y.t in (BOOL, BYTE) or len(y.a) != n:
                return None
        if all(y.t == CHAR for y in x):
            return None
        cells = [column_texts(y) for y in x]
    elif type(first) is list:
        n = len(first)
        if n == 0:
            return None
        for y in x:
            if type(y) is not list or len(y) != n:
                return None
            for e in y:
                if type(e) is list or type(e) is QDict or type(e) is Table or isinstance(e, Fn):
                    return None
                if type(e) is Vec and e.t == CHAR:
                    continue
                if type(e) is Vec and (e.t in (BOOL, BYTE) or len(e.a) == 0):
                    return None
        cells = [_matrix_row_cells(y) for y in x]
    else:
        return None
    widths = [max(len(r[j]) for r in cells) for j in range(n)]
    return [" ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in cells]


def _mixed_matrix_cells(x: list) -> list[list[str]] | None:
    """Cells of equal-count rows mixing simple vectors (cells are their items, `0`/`1` for
    booleans) and general lists of atoms and vectors (cells are the items' own texts)."""
    n = count(x[0])
    rows = []
    for y in x:
        if type(y) not in (Vec, list) or count(y) != n or n == 0:
            return None
        if type(y) is Vec:
            if y.t == CHAR:
                return None
            rows.append(column_texts(y))
            continue
        for e in y:
            if not (is_atom(e) or type(e) is Vec and len(e.a)) or isinstance(e, Fn):
                return None
        rows.append([fmt_vec(e) if _is_bits(e) else _matrix_cell(e) for e in y])
    return rows


def _is_bits(e) -> bool:
    return type(e) is Vec and e.t in (BOOL, BYTE)


def _matrix_row_cells(y: list) -> list[str]:
    """Cells of one row of a nested matrix: a row that is itself a matrix of vectors gives its
    own aligned lines (padded to one width), any other row its items' texts."""
    lines = matrix_lines(y) if type(y[0]) is Vec else None
    if lines is not None:
        w = max(len(ln) for ln in lines)
        return [ln.ljust(w) for ln in lines]
    return [_matrix_cell(e) for e in y]


def _matrix_cell(e) -> str:
    if type(e) is Vec:
        if e.t == CHAR:
            return fmt_vec(e)
        return " ".join(column_texts(e))
    return _general_value_text(e)


def text_width(s: str) -> int:
    """Display width of a cell: q pads by bytes, so a UTF-8 symbol counts its encoded length."""
    return len(s) if s.isascii() else len(s.encode("utf-8", "surrogateescape"))


def _ljust(s: str, w: int) -> str:
    return s + " " * (w - text_width(s))


def show_table(t: Table) -> list[str]:
    cols = []
    for name, col in zip(t.names, t.cols, strict=True):
        cells = column_texts(col)
        w = max([text_width(name)] + [text_width(c) for c in cells])
        cols.append((name, cells, w))
    header = " ".join(_ljust(name, w) for name, _, w in cols)
    lines = [header, "-" * text_width(header)]
    for i in range(count(t)):
        lines.append(" ".join(_ljust(cells[i], w) for _, cells, w in cols))
    return lines


def show_keyed(d: QDict) -> list[str]:
    k = show_table(d.k)
    v = show_table(d.v) if d.v.names else [""] * len(k)  # no value columns: `k|` rows
    kw = text_width(k[0])
    out = []
    for a, b in zip(k, v, strict=True):
        out.append(_ljust(a, kw) + "| " + b)
    return out


def show_dict(d: QDict) -> list[str]:
    if type(d.k) is Table and type(d.v) is Table:
        return show_keyed(d)
    n = count(d.k)
    if n == 0 and count(d.v) == 0:
        return []
    if type(d.v) is Table and type(d.k) is not Table:
        return show_keyed(QDict(Table([""], [d.k]), d.v))  # rows headed by an unnamed key
    if type(d.k) is Table and type(d.v) is not Table:
        return _table_keyed_list(d)
    if type(d.v) is Table:
        return [fmt_inline(d)]
    keys = column_texts(d.k) if type(d.k) is Vec else [cell_text(y) for y in items(d.k)]
    vals = _dict_value_texts(d.v)
    w = max(text_width(k) for k in keys)
    return [_ljust(k, w) + "| " + v for k, v in zip(keys, vals, strict=True)]


def _table_keyed_list(d: QDict) -> list[str]:
    """A list keyed by a table (`exec x by k:k from t`): key rows, then `| ` and each value;
    the values get a blank header and dashes as wide as the first value."""
    keys = show_table(d.k)
    vals = _dict_value_texts(d.v)
    w = len(vals[0]) if vals else 0
    return [k + "| " + v for k, v in zip(keys, [" " * w, "-" * w, *vals], strict=True)]


def show_lines(x) -> list[str]:
    """Console lines for a value (what the q console echoes)."""
    tx = type(x)
    if tx is Table:
        return show_table(x)
    if tx is QDict:
        return show_dict(x)
    if tx is list:
        if not x:
            return ["()"]
        if len(x) == 1:
            return [fmt_inline(x)]
        grid = matrix_lines(x) if count(x[0]) != 1 else None  # one-item rows show as ,x
        if grid is not None:
            return grid
        return [fmt_inline(y) for y in x]
    return [fmt_inline(x)]


def show_text(x) -> str:
    """Full console text (with trailing newline), as printed by echo and `show`."""
    return "\n".join(show_lines(x)) + "\n"


def qs_text(x) -> str:
    """`.Q.s` text: like the console, without width truncation."""
    return "\n".join(show_lines(x)) + "\n"


def handle_text(x, newline: bool) -> str:
    """Text written by `1 x` / `-1 x`: a string, or a list of strings (one per line)."""
    if type(x) is Vec and x.t == CHAR:
        s = _utf8(x.a.tobytes())
        return s + ("\n" if newline else "")
    if type(x) is Atom and x.t == -CHAR:
        return chr(x.v) + ("\n" if newline else "")
    if type(x) is list and all(
        type(y) is Vec and y.t == CHAR or type(y) is Atom and y.t == -CHAR for y in x
    ):
        return "".join((_utf8(y.a.tobytes()) if type(y) is Vec else chr(y.v)) + "\n" for y in x)
    if type(x) is list and not x:
        return ""
    raise QError("type")


def to_string(x):
    """q `string`: text of atoms; recursive over lists."""
    from .values import strv

    tx = type(x)
    if tx is Vec:
        if x.t == CHAR:
            return [strv(chr(c)) for c in x.a.tolist()]
        return [to_string(y) for y in items(x)]
    if tx is list:
        return [to_string(y) for y in x]
    if tx is QDict:
        return QDict(x.k, to_string(x.v))
    if tx is Table:
        return Table(x.names, [to_string(c) for c in x.cols])
    if isinstance(x, Fn):
        return strv(fmt_fn(x))
    t = -qtype(x)
    v = x.v if tx is Atom else x
    if t == CHAR:
        from .values import enlist

        return enlist(x)
    if t == SYM:
        return strv(v)
    if t == BOOL:
        return strv("1" if v else "0")
    if t == BYTE:
        return strv(format(v, "02x"))
    if t in TEMPORAL:
        s = fmt_temporal(t, v)
        if s.startswith("0N") or s.startswith("0W") or s.startswith("-0W"):
            s = s[:-1] if len(s) > 2 and s[-1].isalpha() else s
            s = s.replace("0N", "").replace("0W", "0W")
        return strv(s)
    if t in (LONG, INT, SHORT):
        s = fmt_int(t, v)
        return strv("" if s == "0N" else s)
    if t in (FLOAT, REAL):
        s = fmt_float(v)
        return strv("" if s == "0n" else s)
    return strv(fmt_inline(x))
