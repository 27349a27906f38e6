"""Enumerations: a symbol vector whose `dom` names the global symbol list it enumerates over.

`` `d$y `` enumerates symbols y over d ('cast when one is missing), `` `d?y `` first appends the
missing ones to d, `` `d!i `` builds one from indices. An enumeration behaves as its symbols
everywhere else; it shows as `` `d$`a`b ``, has type 20h, `key` gives its domain name, `value`
its plain symbols and casting to a number gives its indices into the domain.
"""

from __future__ import annotations

import numpy as np

from . import runtime
from .errors import QError
from .values import SYM, Atom, Vec, enum_atom, symvec

ENUM_TYPE = 20


def _domain(name: str) -> Vec:
    dom = runtime.lookup(name)
    if type(dom) is not Vec or dom.t != SYM:
        raise QError("type")
    return dom


def _symbols(y) -> np.ndarray:
    if type(y) is Atom and y.t == -SYM:
        return np.array([y.v], dtype=object)
    if type(y) is Vec and y.t == SYM:
        return y.a
    raise QError("type")


def enumerate_over(name: str, y):
    """`` `name$y ``: y's symbols enumerated over the global list name."""
    syms = _symbols(y)
    if not np.isin(syms, _domain(name).a).all():
        raise QError("cast")
    if type(y) is Atom:
        return enum_atom(str(y.v), name)
    return Vec(SYM, np.array([str(s) for s in syms], dtype=object), dom=name)


def extend(name: str, y):
    """`` `name?y ``: append y's symbols missing from the global list name, then enumerate."""
    dom = runtime.CUR.g.get(name)
    known = dom.a if type(dom) is Vec and dom.t == SYM else np.empty(0, dtype=object)
    if dom is not None and (type(dom) is not Vec or dom.t != SYM):
        raise QError("type")
    new = [s for s in dict.fromkeys(_symbols(y).tolist()) if s not in set(known.tolist())]
    if new or dom is None:
        runtime.CUR.g[name] = symvec([*known.tolist(), *new])
    return enumerate_over(name, y)


def from_indices(name: str, idx) -> Vec:
    """`` `name!indices ``: the enumeration with those indices into the global list name."""
    dom = _domain(name)
    if type(idx) is not Vec or idx.t not in (5, 6, 7):
        raise QError("type")
    if len(idx.a) and (idx.a.min() < 0 or idx.a.max() >= len(dom.a)):
        raise QError("index")
    return Vec(SYM, dom.a[idx.a.astype(np.int64)], dom=name)


def indices(e: Vec) -> Vec:
    """Positions of an enumeration's symbols in its domain (count of the domain when absent)."""
    from .ops import find

    return find(_domain(e.dom), Vec(SYM, e.a))


def append(e: Vec, v) -> Vec:
    """`e,:v` for an enumeration e: v's symbols must already be in the domain."""
    more = enumerate_over(e.dom, v)
    return Vec(SYM, np.concatenate([e.a, _symbols(more)]), dom=e.dom)
