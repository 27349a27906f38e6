"""Matrix keywords on float matrices (lists of numeric vectors): inv, lsq."""

from __future__ import annotations

import numpy as np

from .errors import QError
from .values import FLOAT, NUMERIC, Vec, items


def _row(v) -> np.ndarray:
    if type(v) is not Vec or v.t not in NUMERIC:
        raise QError("type")
    return v.a.astype(np.float64)


def as_matrix(x) -> np.ndarray:
    """A q matrix (list of equal-length numeric vectors) as a 2-d float array."""
    if type(x) is not list or not x:
        raise QError("type")
    rows = [_row(r) for r in items(x)]
    if len({len(r) for r in rows}) != 1:
        raise QError("length")
    return np.vstack(rows)


def from_matrix(m: np.ndarray) -> list:
    """A 2-d float array as a q matrix."""
    return [Vec(FLOAT, np.ascontiguousarray(r)) for r in m]


def inv(x) -> list:
    """inv x: inverse of a square float matrix (nulls when singular)."""
    m = as_matrix(x)
    if m.shape[0] != m.shape[1]:
        raise QError("length")
    try:
        return from_matrix(np.linalg.inv(m))
    except np.linalg.LinAlgError:
        return from_matrix(np.full(m.shape, np.nan))


def lsq(x, y):
    """x lsq y: the w minimising |x - w mmu y| (x a vector or matrix, y a matrix)."""
    my = as_matrix(y)
    vector = type(x) is Vec
    mx = _row(x)[None, :] if vector else as_matrix(x)
    if mx.shape[1] != my.shape[1]:
        raise QError("length")
    w = np.linalg.lstsq(my.T, mx.T, rcond=None)[0].T
    return Vec(FLOAT, w[0]) if vector else from_matrix(w)
