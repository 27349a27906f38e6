"""The `.h` namespace: markup of strings as HTML / XML, tables as CSV, TSV or XML lines, and URI
escaping. (The HTTP-response and web-console parts need a listening port and are absent.)"""

from __future__ import annotations

import re

from .errors import QError
from .functions import Builtin
from .values import CHAR, Atom, QDict, Table, Vec, items, qtype, strv, vec_str

URI_SAFE = "$-.+!*'(),abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_0123456789"
ANCHOR_STYLE = (
    "a{text-decoration:none}a:link{color:024C7E}a:visited{color:024C7E}a:active{color:958600}"
)
BODY_STYLE = "body{font:10pt verdana;text-align:justify}"
XML_ESCAPES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;"}


def _text(x) -> str:
    if type(x) is Vec and x.t == CHAR:
        return vec_str(x)
    if type(x) is Atom and x.t == -CHAR:
        return chr(x.v)
    if type(x) is Atom and x.t == -11:
        return x.v
    raise QError("type")


def _lines(x) -> list[str]:
    if type(x) is not list:
        raise QError("type")
    return [_text(s) for s in x]


def _cells(x, sub: str) -> list[str]:
    """`.h.cd x`: CSV lines, the items of a nested cell (a string too) joined by `.h.d`."""
    from .textio import prepare_text

    def flat(col):
        if type(col) is not list:
            return col
        return [strv(sub.join(_item_text(v) for v in items(c))) for c in col]

    if type(x) is QDict and type(x.k) is Table:
        from .tables import unkey

        x = unkey(x)
    if type(x) is Table:
        x = Table(x.names, [flat(c) for c in x.cols])
    elif type(x) is list:
        x = [flat(c) for c in x]
    return prepare_text(",", x)


def _item_text(v) -> str:
    from .display import to_string

    return vec_str(to_string(v)) if qtype(v) != -CHAR else chr(v.v)


def csv_data(x):
    from . import runtime

    d = runtime.CUR.g.get(".h.d")
    return _cells(x, _text(d) if d is not None else " ")


def tsv_data(x):
    from .textio import prepare_text

    return prepare_text("\t", x)


def xml_data(x):
    """`.h.xd t`: <R>, one <r> element of column elements per row, </R>."""
    from .display import to_string

    if type(x) is not Table:
        raise QError("type")
    rows = zip(*(items(c) for c in x.cols), strict=True)
    out = ["<R>"]
    for row in rows:
        cells = "".join(
            f"<{n}>{escape_xml(vec_str(to_string(v)))}</{n}>"
            for n, v in zip(x.names, row, strict=True)
        )
        out.append(f"<r>{cells}</r>")
    out.append("</R>")
    return [strv(s) for s in out]


def escape_xml(s: str) -> str:
    return "".join(XML_ESCAPES.get(c, c) for c in s)


def code(x):
    parts = _text(x).split("\t")
    return strv(
        " ".join(p if i % 2 == 0 else f"<code><nobr>{p}</nobr></code>" for i, p in enumerate(parts))
    )


def anchor(x, y, target: bool = False):
    href = x.v if type(x) is Atom and x.t == -11 else '"' + _text(x) + '"'
    pre = "<a target=v " if target else "<a "
    return strv(f"{pre}href={href}>{_text(y)}</a>")


def start_tag(x, attrs):
    if type(attrs) is not QDict:
        raise QError("type")
    pairs = "".join(
        f' {_text(k)}="{_text(v)}"' for k, v in zip(items(attrs.k), items(attrs.v), strict=True)
    )
    return f"<{_text(x)}{pairs}>"


def uri_escape(x):
    data = _text(x).encode("utf-8", "surrogateescape")
    return strv("".join(chr(b) if chr(b) in URI_SAFE else f"%{b:02x}" for b in data))


def uri_unescape(x):
    return strv(re.sub(r"%([0-9a-fA-F]{2})", lambda m: chr(int(m.group(1), 16)), _text(x)))


def iso8601(x):
    from .display import fmt_atom
    from .textio import iso8601 as iso
    from .values import int_atom

    if qtype(x) not in (-12, -16):  # a timestamp, or its count of nanoseconds
        int_atom(x)
    return strv(iso(12, fmt_atom(Atom(-12, int(getattr(x, "v", x))))))


def hyperlinks(x):
    link = r'<a href="\1">\1</a>'
    return strv(re.sub(r"(http://[^\s<>\"]+)", link, _text(x)))


def _wrap(tag: str, lines: list[str]) -> str:
    return f"<{tag}>" + "".join(s + "\n" for s in lines) + f"</{tag}>"


def html(x):
    return strv(
        f"<html><head><style>{ANCHOR_STYLE}{BODY_STYLE}</style></head><body>{_text(x)}</body></html>"
    )


def json_lines(kind, y):
    from .qjson import from_json

    if type(kind) is not Atom or kind.v != "json":
        raise QError("type")
    return [from_json(s) for s in y]


def make() -> dict:
    """The `.h` names and their values."""
    mono = {
        ".h.cd": csv_data,
        ".h.td": tsv_data,
        ".h.xd": xml_data,
        ".h.code": code,
        ".h.hc": lambda x: strv(_text(x).replace("<", "&lt;")),
        ".h.hr": lambda x: strv("-" * len(_text(x))),
        ".h.html": html,
        ".h.http": hyperlinks,
        ".h.hu": uri_escape,
        ".h.uh": uri_unescape,
        ".h.iso8601": iso8601,
        ".h.nbr": lambda x: strv(f"<nobr>{_text(x)}</nobr>"),
        ".h.pre": lambda x: strv(_wrap("pre", _lines(x))),
        ".h.xmp": lambda x: strv(_wrap("xmp", _lines(x))),
        ".h.text": lambda x: strv("".join(f"<p>{s}</p>\n" for s in _lines(x))),
        ".h.xs": lambda x: strv(escape_xml(_text(x))),
    }
    dyad = {
        ".h.ha": anchor,
        ".h.hb": lambda x, y: anchor(x, y, True),
        ".h.hta": lambda x, y: strv(start_tag(x, y)),
        ".h.htc": lambda x, y: strv(f"<{_text(x)}>{_text(y)}</{_text(x)}>"),
        ".h.xt": json_lines,
    }
    out: dict = {name: Builtin(name, fn, None) for name, fn in mono.items()}
    out.update({name: Builtin(name, None, fn) for name, fn in dyad.items()})
    out[".h.htac"] = Builtin(
        ".h.htac",
        None,
        None,
        {3: lambda x, y, z: strv(start_tag(x, y) + _text(z) + f"</{_text(x)}>")},
    )
    out.update(
        {
            ".h.br": strv("<br>"),
            ".h.d": strv(" "),
            ".h.sa": strv(ANCHOR_STYLE),
            ".h.sb": strv(BODY_STYLE),
            ".h.sc": strv(URI_SAFE),
            ".h.c0": Atom(-11, "024C7E"),
            ".h.c1": Atom(-11, "958600"),
        }
    )
    return out
