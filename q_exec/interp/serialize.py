"""`-8!x` / `-9!x`: q's IPC byte format (little-endian) for atoms, vectors, lists, dictionaries
and tables."""

from __future__ import annotations

import struct

import numpy as np

from .errors import QError
from .values import BYTE, DTYPES, GUID, SYM, Atom, QDict, Table, Vec, make_atom, qtype

ATTRS = ["", "s", "u", "p", "g"]


def serialize(x) -> Vec:
    """`-8!x`: the 8-byte message header (little-endian, length) then x's encoding."""
    body = _encode(x)
    head = bytes([1, 0, 0, 0]) + struct.pack("<i", 8 + len(body))
    return Vec(BYTE, np.frombuffer(head + body, dtype=np.uint8).copy())


def _encode(x) -> bytes:
    t = qtype(x)
    if t == 0:
        return b"\x00\x00" + struct.pack("<i", len(x)) + b"".join(_encode(i) for i in x)
    if type(x) is Table:
        return b"b\x00" + _encode(QDict(_syms(x.names), list(x.cols)))
    if type(x) is QDict:
        tag = b"\x7f" if getattr(x.k, "attr", "") == "s" else b"c"
        return tag + _encode(x.k) + _encode(x.v)
    if t in (GUID, -GUID) or abs(t) > 19:
        raise QError("type")
    if t < 0:
        raw = x.v if type(x) is Atom else x
        if t == -SYM:
            return b"\xf5" + raw.encode() + b"\x00"
        return struct.pack("<b", t) + np.array([raw], dtype=DTYPES[-t]).tobytes()
    attr = ATTRS.index(x.attr) if x.attr in ATTRS else 0
    head = struct.pack("<bbi", t, attr, len(x.a))
    if t == SYM:
        return head + b"".join(str(s).encode() + b"\x00" for s in x.a)
    return head + x.a.astype(DTYPES[t]).tobytes()


def _syms(names) -> Vec:
    from .values import symvec

    return symvec(list(names))


def deserialize(x):
    """`-9!bytes`: the value a `-8!` message holds."""
    if type(x) is not Vec or x.t != BYTE or len(x.a) < 9:
        raise QError("type")
    data = x.a.tobytes()
    if data[0] != 1 or struct.unpack("<i", data[4:8])[0] != len(data):
        raise QError("badmsg")
    value, _ = _decode(data, 8)
    return value


def _decode(data: bytes, i: int):
    t = struct.unpack("<b", data[i : i + 1])[0]
    i += 1
    if t == 0:
        n = struct.unpack("<i", data[i + 1 : i + 5])[0]
        i += 5
        out = []
        for _ in range(n):
            v, i = _decode(data, i)
            out.append(v)
        return out, i
    if t in (99, 127):
        k, i = _decode(data, i)
        v, i = _decode(data, i)
        if t == 127 and type(k) is Vec:
            k.attr = "s"
        return QDict(k, v), i
    if t == 98:
        d, i = _decode(data, i + 1)
        return Table([str(n) for n in d.k.a], list(d.v)), i
    if t == -SYM:
        end = data.index(b"\x00", i)
        return Atom(-SYM, data[i:end].decode()), end + 1
    if t < 0 and -t in DTYPES and -t != GUID:
        size = np.dtype(DTYPES[-t]).itemsize
        raw = np.frombuffer(data[i : i + size], dtype=DTYPES[-t])[0]
        return make_atom(t, raw.item()), i + size
    if 0 < t < 20 and t != GUID:
        attr, n = struct.unpack("<bi", data[i : i + 5])
        i += 5
        if t == SYM:
            names = []
            for _ in range(n):
                end = data.index(b"\x00", i)
                names.append(data[i:end].decode())
                i = end + 1
            v = _syms(names)
        else:
            size = np.dtype(DTYPES[t]).itemsize * n
            v = Vec(t, np.frombuffer(data[i : i + size], dtype=DTYPES[t]).copy())
            i += size
        v.attr = ATTRS[attr] if 0 <= attr < len(ATTRS) else ""
        return v, i
    raise QError("type")
