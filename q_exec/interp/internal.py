"""q's internal functions `-n!x` (those that need no files, sockets or process state)."""

from __future__ import annotations

from .errors import QError


def _parse(y):
    from .parsetree import parse_text

    return parse_text(y)


def _eval(y):
    from .parsetree import eval_tree

    return eval_tree(y)


def _hsym(y):
    from .builtins import hsym

    return hsym(y)


def _attr(y):
    from .builtins import attr

    return attr(y)


def _md5(y):
    from .builtins import md5

    return md5(y)


def _sha1(y):
    import hashlib

    import numpy as np

    from .values import BYTE, CHAR, Vec

    if type(y) is not Vec or y.t not in (BYTE, CHAR):
        raise QError("type")
    digest = hashlib.sha1(y.a.tobytes()).digest()
    return Vec(BYTE, np.frombuffer(digest, dtype=np.uint8).copy())


def _format(y):
    """`-27!(d;x)`: x as text with d decimals (a string, or a list of them for a vector)."""
    from .namespaces import format_fixed
    from .values import Vec, items

    if type(y) is not list or len(y) != 2:
        raise QError("type")
    d, x = y
    dec = d.v if hasattr(d, "v") else d
    if type(x) is Vec:
        return [format_fixed(int(dec), v) for v in items(x)]
    return format_fixed(int(dec), x)


def _serialize(y):
    from .serialize import serialize

    return serialize(y)


def _deserialize(y):
    from .serialize import deserialize

    return deserialize(y)


def _tokens(y):
    """`-4!x`: the tokens of q text x as strings, each run of blanks one token."""
    from .lexer import tokenize
    from .values import CHAR, Vec, strv, vec_str

    if type(y) is not Vec or y.t != CHAR:
        raise QError("type")
    src = vec_str(y)
    starts = [t.pos for t in tokenize(src)] + [len(src)]
    out = [strv(src[: starts[0]])] if starts[0] else []
    for a, b in zip(starts, starts[1:], strict=False):
        text = src[a:b]
        word = text.rstrip(" \t\r\n")
        out.append(strv(word))
        if len(word) < len(text):
            out.append(strv(text[len(word) :]))
    return out


def _serialized_length(y):
    """`-22!x`: count -8!x."""
    return len(_serialize(y).a)


def _json(y):
    from .qjson import from_json

    return from_json(y)


INTERNAL = {
    -1: _hsym,
    -2: _attr,
    -5: _parse,
    -6: _eval,
    -8: _serialize,
    -9: _deserialize,
    -4: _tokens,
    -15: _md5,
    -22: _serialized_length,
    -27: _format,
    -29: _json,
    -33: _sha1,
}


def internal(n: int, y):
    """`-n!y`."""
    return INTERNAL[n](y)
