"""`0:` (File Text) on text held in memory: prepare text (`"," 0: t` -> lines), load
delimited or fixed-width fields (`("SJ";",") 0: lines`, `("SJ";enlist ",")` with a header
line, `("SJ";3 4)` fixed widths) and key-value pairs (`"S=;" 0: "a=1;b=2"`). File handles are
closed to programs in the embedded sandbox ('access); `1:` on bytes is not implemented."""

from __future__ import annotations

from .errors import QError
from .values import (
    CHAR,
    SYM,
    TYPE_CHARS,
    Atom,
    QDict,
    Table,
    Vec,
    empty,
    is_atom,
    items,
    qtype,
    strv,
    vec_str,
)


def file_text(x, y):
    """x 0: y."""
    if _is_file(x) or _is_file(y):
        raise QError("access")
    if type(x) is Atom and x.t == -CHAR:
        return prepare_text(chr(x.v), y)
    if type(x) is Vec and x.t == CHAR and len(x.a) in (3, 4):
        return key_values(vec_str(x), y)
    if type(x) is list and len(x) in (2, 3):  # (types;delimiter[;embedded-newline flag])
        if _is_record(x[1], y):  # one delimited string: its fields as atoms
            return [_first(c) for c in load_fields(x[0], x[1], [vec_str(y)])]
        return load_fields(x[0], x[1], _lines(y))
    raise QError("type")


def _is_record(spec, y) -> bool:
    one_line = type(y) is Vec and y.t == CHAR and "\n" not in vec_str(y)
    return one_line and type(spec) is Atom and spec.t == -CHAR


def _first(col):
    return items(col)[0]


def file_binary(x, y):
    """x 1: y: reading bytes as typed fields is not implemented; files are closed."""
    if _is_file(x) or _is_file(y):
        raise QError("access")
    raise QError("nyi: 1: (File Binary)")


def _is_file(x) -> bool:
    return type(x) is Atom and x.t == -SYM


def _lines(y) -> list[str]:
    """Text lines of y: a list of strings, or one string split at newlines."""
    if type(y) is Vec and y.t == CHAR:
        text = vec_str(y).replace("\r\n", "\n")
        return text[:-1].split("\n") if text.endswith("\n") else text.split("\n")
    if type(y) is list and all(type(s) is Vec and s.t == CHAR for s in y):
        return [vec_str(s).rstrip("\r") for s in y]
    if type(y) is list and not y:
        return []
    raise QError("type")


def _type_codes(types) -> list[int | None]:
    """Column types of a field spec: a q type code, 0 for `*` (strings), None for ` ` (skip)."""
    text = chr(types.v) if type(types) is Atom and types.t == -CHAR else None
    if text is None:
        if type(types) is not Vec or types.t != CHAR:
            raise QError("type")
        text = vec_str(types)
    codes: list[int | None] = []
    for c in text:
        if c == " ":
            codes.append(None)
        elif c == "*":
            codes.append(0)
        elif c.isupper() and TYPE_CHARS.find(c.lower()) > 0:
            codes.append(TYPE_CHARS.find(c.lower()))
        else:
            raise QError(c)
    return codes


def _column(code: int, texts: list[str]):
    from .cast import tok

    strings = [strv(s) for s in texts]
    if code == 0:
        return strings
    if not strings:
        return empty(code)
    return tok(code, strings)


def load_fields(types, spec, lines: list[str]):
    """(types;delimiter) or (types;widths) 0: lines: columns, or a table when the delimiter is
    enlisted (the first line then names the columns)."""
    codes = _type_codes(types)
    header = None
    if type(spec) is Atom and spec.t == -CHAR:
        rows = [_split(ln, chr(spec.v)) for ln in lines]
    elif type(spec) is Vec and spec.t == CHAR and len(spec.a) == 1:
        delim = vec_str(spec)
        if not lines:
            raise QError("length")
        header = _split(lines[0], delim)
        rows = [_split(ln, delim) for ln in lines[1:]]
    elif type(spec) is Vec and spec.a.dtype.kind == "i":
        widths = [int(w) for w in spec.a.tolist()]
        if len(widths) != len(codes):
            raise QError("length")
        rows = [_slices(ln, widths) for ln in lines]
    else:
        raise QError("type")
    cols, names = [], []
    for i, code in enumerate(codes):
        if code is None:
            continue
        cols.append(_column(code, [r[i] if i < len(r) else "" for r in rows]))
        if header is not None:
            names.append(header[i].strip() if i < len(header) else "")
    if header is None:
        return cols
    return Table(names, cols)


def _slices(line: str, widths: list[int]) -> list[str]:
    out, at = [], 0
    for w in widths:
        out.append(line[at : at + w])
        at += w
    return out


def _split(line: str, delim: str) -> list[str]:
    """Fields of one delimited line; a field in double quotes may hold the delimiter, and a
    doubled quote inside stands for one quote."""
    fields: list[str] = []
    i, n = 0, len(line)
    while True:
        if i < n and line[i] == '"':
            buf, i = [], i + 1
            while i < n:
                if line[i] == '"' and i + 1 < n and line[i + 1] == '"':
                    buf.append('"')
                    i += 2
                elif line[i] == '"':
                    i += 1
                    break
                else:
                    buf.append(line[i])
                    i += 1
            end = line.find(delim, i)
            end = n if end < 0 else end
            fields.append("".join(buf) + line[i:end])
        else:
            end = line.find(delim, i)
            end = n if end < 0 else end
            fields.append(line[i:end])
        if end >= n:
            return fields
        i = end + len(delim)


def key_values(spec: str, y):
    """`"S=;" 0: "k=v;..."`: (keys;values), keys parsed as the spec type, values as strings;
    with `*` third (`"S=*;"`) a value in double quotes may hold the separator."""
    if type(y) is not Vec or y.t != CHAR:
        raise QError("type")
    quoted = len(spec) == 4
    if quoted and spec[2] != "*":
        raise QError("type")
    code, kv, sep = spec[0], spec[1], spec[-1]
    text = vec_str(y)
    if quoted:
        pairs = _quoted_pairs(text, kv, sep)
    else:
        pairs = [(k, v) for k, _, v in (p.partition(kv) for p in text.split(sep))] if text else []
    keys = [k for k, _ in pairs]
    vals = [v for _, v in pairs]
    if code not in "IJS":
        raise QError("IJS")  # keys parse as ints, longs or symbols only
    key_code = _type_codes(Atom(-CHAR, ord(code)))[0]
    return [_column(key_code, keys), [strv(v) for v in vals]]


def prepare_text(delim: str, t):
    """delim 0: t: one string of delimited fields per row, after a header of column names (a
    list of columns has no header); a field holding the delimiter is quoted, its quotes
    doubled; temporals are written as ISO 8601."""
    if type(t) is QDict and type(t.k) is Table and type(t.v) is Table:
        from .tables import unkey

        t = unkey(t)
    if type(t) is Table:
        names, cols = [_quote(n, delim) for n in t.names], t.cols
    elif type(t) is list and t and all(not is_atom(c) for c in t):
        names, cols = None, t
    else:
        raise QError("type")
    columns = [[_field_text(v, delim) for v in items(col)] for col in cols]
    if len({len(c) for c in columns}) > 1:
        raise QError("length")
    lines = [] if names is None else [delim.join(names)]
    for row in zip(*columns, strict=True):
        lines.append(delim.join(row))
    return [strv(s) for s in lines]


def _field_text(v, delim: str) -> str:
    from .display import to_string

    if type(v) is Vec and v.t == CHAR:
        s = vec_str(v)
    elif type(v) is Atom and v.t == -CHAR:
        s = chr(v.v)
    else:
        text = to_string(v)
        if type(text) is not Vec:  # a nested cell has no text form in a delimited line
            raise QError("type")
        s = iso8601(-qtype(v), vec_str(text))
    return _quote(s, delim)


def iso8601(t: int, s: str) -> str:
    """A temporal's q text in ISO 8601 form: dashes in dates, T between date and time."""
    if t in (12, 14, 15):
        date, sep, clock = s.partition("D" if t == 12 else "T")
        return date.replace(".", "-") + ("T" + clock if sep else "")
    if t == 13:
        return s.replace(".", "-")
    return s


def _quote(s: str, delim: str) -> str:
    if delim in s:
        return '"' + s.replace('"', '""') + '"'
    return s


def _quoted_pairs(text: str, kv: str, sep: str) -> list[tuple[str, str]]:
    """key=value pairs where a value in double quotes may hold the record separator."""
    pairs, i, n = [], 0, len(text)
    while i < n:
        k_end = text.find(kv, i)
        if k_end < 0:
            pairs.append((text[i:], ""))
            break
        key, i = text[i:k_end], k_end + len(kv)
        if i < n and text[i] == '"':
            close = text.find('"', i + 1)
            close = n if close < 0 else close
            value, i = text[i + 1 : close], close + 1
            end = text.find(sep, i)
            i = n if end < 0 else end + len(sep)
        else:
            end = text.find(sep, i)
            end = n if end < 0 else end
            value, i = text[i:end], end + len(sep)
        pairs.append((key, value))
    return pairs
