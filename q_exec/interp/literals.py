"""Numeric, boolean, byte and temporal literal parsing (`1 2 3`, `1.5e`, `0x0f`, `101b`, ...)."""

from __future__ import annotations

import re

import numpy as np

from . import temporal
from .errors import QError
from .values import (
    BOOL,
    BYTE,
    DTYPES,
    FLOAT,
    GUID,
    INT,
    LONG,
    REAL,
    SHORT,
    Vec,
    inf_of,
    make_atom,
    null_of,
)

SUFFIX_TYPES = {
    "h": SHORT,
    "i": INT,
    "j": LONG,
    "e": REAL,
    "f": FLOAT,
    "p": 12,
    "m": 13,
    "d": 14,
    "z": 15,
    "n": 16,
    "u": 17,
    "v": 18,
    "t": 19,
}
RX_PLAIN = re.compile(r"-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$")


def _word(w: str) -> tuple[int | None, object]:
    """Parse one word: (type or None for 'untyped number', raw value)."""
    neg = w.startswith("-")
    body = w[1:] if neg else w
    sign = -1 if neg else 1
    if body in ("0N", "0W", "0n", "0w"):
        if body == "0N":
            return LONG, null_of(LONG)
        if body == "0W":
            return LONG, sign * inf_of(LONG)
        if body == "0n":
            return FLOAT, float("nan")
        return FLOAT, sign * float("inf")
    if len(body) == 3 and body[:2] in ("0N", "0W", "0n", "0w") and body[2] in SUFFIX_TYPES:
        t = SUFFIX_TYPES[body[2]]
        if body[2] == "g" or t is None:
            raise QError(w)
        if body[1] in "Nn":
            return t, null_of(t)
        return t, sign * inf_of(t)
    if body == "0Ng":
        return GUID, null_of(GUID)
    if RX_PLAIN.match(w):
        if "." in body or "e" in body:
            return None, float(w)
        return None, int(w)
    suffix = body[-1]
    if suffix in SUFFIX_TYPES and RX_PLAIN.match(w[:-1]):
        t = SUFFIX_TYPES[suffix]
        num = w[:-1]
        if t in (REAL, FLOAT):
            return t, float(num)
        if "." in num or "e" in num:
            if t >= 12:
                v = temporal.parse_as(t, num.lstrip("-"))
                if v is None:
                    raise QError(w)
                return t, -v if num.startswith("-") else v
            raise QError(w)
        if t >= 12:
            return t, int(num)
        return t, int(num)
    r = temporal.parse_temporal(body)
    if r is not None:
        t, v = r
        return t, -v if neg else v
    if suffix in SUFFIX_TYPES and SUFFIX_TYPES[suffix] >= 12:
        t = SUFFIX_TYPES[suffix]
        v = temporal.parse_as(t, body[:-1])
        if v is not None:
            return t, -v if neg else v
    raise QError(w)


def parse_number_vector(words: list[str]):
    """Turn juxtaposed numeric words into an atom or a typed vector."""
    if len(words) == 1:
        w = words[0]
        if w.endswith("b") and set(w[:-1]) <= {"0", "1"} and len(w) > 1:
            bits = [c == "1" for c in w[:-1]]
            if len(bits) == 1:
                return bits[0]
            return Vec(BOOL, np.array(bits, dtype=np.bool_))
        if w.startswith("0x"):
            hexs = w[2:]
            if len(hexs) % 2:
                hexs = "0" + hexs
            if not re.fullmatch(r"[0-9a-fA-F]*", hexs):
                raise QError(w)  # not a byte literal, e.g. 0x0fshow
            data = bytes.fromhex(hexs)
            if len(data) == 1:
                return make_atom(-BYTE, data[0])
            return Vec(BYTE, np.frombuffer(data, dtype=np.uint8).copy())
    last = words[-1]
    forced = None
    if len(words) > 1:
        m = re.match(r"-?[\d.e+-]+([hijef])$", last) or re.match(
            r"-?0[NnWw]([hijefpmdznuvt])$", last
        )
        if m:
            forced = SUFFIX_TYPES[m.group(1)]
    if (
        len(words) > 1
        and forced is None
        and re.match(r"-?[\d.:D]*\d[pmdznuvt]$", words[-1])
        and (words[-1].lstrip("-") not in ("0n", "0w"))
    ):
        sfx = words[-1][-1]
        words = [w if w[-1] == sfx or w[-1].isalpha() else w + sfx for w in words]
    parsed = [_word(w) for w in words]
    if len(words) > 1 and any(t == GUID for t, _ in parsed):
        raise QError(next(w for w, (t, _) in zip(words, parsed, strict=True) if t == GUID))
    types = {t for t, _ in parsed if t is not None}
    if forced is not None:
        t = forced
    elif any(t is None and isinstance(v, float) for t, v in parsed) or FLOAT in types:
        t = FLOAT if not types - {FLOAT, LONG} else None
        if t is None:
            t = max(types)
    elif types:
        t = types.pop() if len(types) == 1 else max(types - {LONG}) if types - {LONG} else LONG
    else:
        t = LONG
    vals = []
    for pt, v in parsed:
        if (
            (forced is not None or t not in (LONG, FLOAT))
            and pt in (LONG, FLOAT)
            and v is not None
            and (v == null_of(pt) or v != v or abs(v) == inf_of(pt))
        ):
            v = null_of(t) if v != v or v == null_of(pt) else inf_of(t) if v > 0 else -inf_of(t)
        elif pt == LONG and t == FLOAT:
            v = (
                float("nan")
                if v == null_of(LONG)
                else float(v)
                if abs(v) != inf_of(LONG)
                else (float("inf") if v > 0 else float("-inf"))
            )
        elif t == LONG and pt is None and isinstance(v, float):
            raise QError(words[0])
        vals.append(v)
    if t in (REAL, FLOAT):
        vals = [float(v) for v in vals]
    if len(words) == 1:
        return make_atom(-t, vals[0])
    try:
        return Vec(t, np.array(vals, dtype=DTYPES[t]))
    except OverflowError:  # an item too big for the vector's type, e.g. 1h 100000
        raise QError(" ".join(words)) from None
