"""Binary encodings of `vs` and `sv`: bytes and bits of numeric atoms (`0x0 vs`, `0b vs`), the
integer (or guid) a byte or bit vector spells (`0x0 sv`, `0b sv`), and splitting / joining byte
vectors on a byte separator (`0x02 vs bytes`, `0x02 sv list`)."""

from __future__ import annotations

import numpy as np

from .errors import QError
from .values import BOOL, BYTE, GUID, INT, LONG, SHORT, Atom, Vec, atom_raw, items, make_atom, qtype

# big-endian numpy dtype of each type whose atoms `0x0 vs` / `0b vs` can encode
_BIG_ENDIAN = {
    -BOOL: ">u1",
    -BYTE: ">u1",
    -SHORT: ">i2",
    -INT: ">i4",
    -LONG: ">i8",
    -8: ">f4",
    -9: ">f8",
}
_INT_BITS = {-SHORT: ">i2", -INT: ">i4", -LONG: ">i8", -BYTE: ">u1"}
# the type whose atom a byte count spells (`0x0 sv`)
_BY_WIDTH = {1: -BYTE, 2: -SHORT, 4: -INT, 8: -LONG, 16: -GUID}


def atom_bytes(y) -> Vec:
    """`0x0 vs y`: the big-endian bytes of a numeric atom."""
    fmt = _BIG_ENDIAN.get(qtype(y))
    if fmt is None:
        raise QError("type")
    raw = np.array([atom_raw(y)], dtype=fmt).tobytes()
    return Vec(BYTE, np.frombuffer(raw, dtype=np.uint8).copy())


def atom_bits(y) -> Vec:
    """`0b vs y`: the bits of an integer atom, most significant first."""
    fmt = _INT_BITS.get(qtype(y))
    if fmt is None:
        raise QError("type")
    raw = np.frombuffer(np.array([atom_raw(y)], dtype=fmt).tobytes(), dtype=np.uint8)
    return Vec(BOOL, np.unpackbits(raw).astype(bool))


def _from_bytes(raw: bytes):
    t = _BY_WIDTH.get(len(raw))
    if t is None:
        raise QError("length")
    if t == -GUID:
        return Atom(-GUID, raw)
    value = int.from_bytes(raw, "big", signed=t != -BYTE)
    return make_atom(t, value)


def bytes_value(y: Vec):
    """`0x0 sv y`: the atom whose big-endian bytes are the byte vector y."""
    if type(y) is not Vec or y.t != BYTE:
        raise QError("type")
    return _from_bytes(y.a.tobytes())


def bits_value(y: Vec):
    """`0b sv y`: the atom whose bits (most significant first) are the boolean vector y."""
    if type(y) is not Vec or y.t != BOOL or len(y) % 8:
        raise QError("type" if type(y) is not Vec or y.t != BOOL else "length")
    return _from_bytes(np.packbits(y.a.astype(np.uint8)).tobytes())


def _seq(x) -> bytes:
    return bytes([atom_raw(x)]) if type(x) is not Vec else x.a.tobytes()


def split_bytes(sep, y: Vec) -> list:
    """`0x02 vs y`: the byte vector y cut at each occurrence of the separator byte(s)."""
    if type(y) is not Vec or y.t != BYTE:
        raise QError("type")
    parts = y.a.tobytes().split(_seq(sep))
    return [Vec(BYTE, np.frombuffer(p, dtype=np.uint8).copy()) for p in parts]


def join_bytes(sep, y) -> Vec:
    """`0x02 sv y`: the byte vectors of y joined with the separator byte(s)."""
    parts = []
    for v in items(y):
        if qtype(v) not in (BYTE, -BYTE):
            raise QError("type")
        parts.append(_seq(v))
    return Vec(BYTE, np.frombuffer(_seq(sep).join(parts), dtype=np.uint8).copy())


def is_zero_byte(x) -> bool:
    """True for the `0x0` atom that selects byte encoding."""
    return qtype(x) == -BYTE and atom_raw(x) == 0


def is_false(x) -> bool:
    """True for the `0b` atom that selects bit encoding."""
    return x is False or (qtype(x) == -BOOL and not atom_raw(x))
