"""Tokenizer: q source text -> list of tokens (numbers, strings, symbols, names, ops, adverbs)."""

from __future__ import annotations

from dataclasses import dataclass

from .errors import QError
from .literals import parse_number_vector

OPS2 = ("<=", ">=", "<>", "::")
IO_VERBS = ("0", "1")  # File Text `0:` and File Binary `1:`
OP_CHARS = set("+-*%!&|<>=~,^#_$?@.:")
NAME_START = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
NAME_CHARS = NAME_START | set("0123456789_.")
NUM_CHARS = set("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.:")
SYM_CHARS = NAME_CHARS | set(":/")
DIGITS = set("0123456789")
NOUN_END = {"num", "str", "sym", "name", ")", "]", "}"}
ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "\\": "\\", '"': '"'}


@dataclass(slots=True)
class Tok:
    kind: str  # num str sym name op adv ( ) [ ] { } ; nl
    val: object
    pos: int
    sp: bool  # whitespace immediately before


def _scan_number(src: str, i: int) -> int:
    """End index of the number-like token starting at i."""
    n = len(src)
    j = i
    if src[j] == "-":
        j += 1
    while j < n:
        c = src[j]
        if c in NUM_CHARS:
            j += 1
        elif c in "+-" and src[j - 1] in "eE" and j + 1 < n and src[j + 1] in DIGITS:
            # exponent sign, but not in hex / temporal tokens
            j += 1
        else:
            break
    while j > i + 1 and src[j - 1] in ".:" and src[j - 2] not in DIGITS:
        j -= 1
    # a trailing ':' belongs to an operator (e.g. `x:1` handled elsewhere); '0:' is an io verb
    if src[j - 1] == ":" and j - i <= 2 and src[i : j - 1].lstrip("-").isdigit():
        j -= 1
    return j


def _is_num_start(src: str, i: int) -> bool:
    c = src[i]
    if c in DIGITS:
        return True
    return c == "." and i + 1 < len(src) and src[i + 1] in DIGITS


def tokenize(src: str) -> list[Tok]:
    """Split one q statement block into tokens (comments already removed by the caller)."""
    toks: list[Tok] = []
    i, n = 0, len(src)
    sp = True
    while i < n:
        c = src[i]
        if c in " \t\r\n":  # a line break (continuation line) is blank space, as in q
            i += 1
            sp = True
            continue
        if c == "/" and sp:
            # comment to end of line
            while i < n and src[i] != "\n":
                i += 1
            continue
        prev = toks[-1] if toks else None
        prev_noun = prev is not None and prev.kind in NOUN_END
        if _is_num_start(src, i) or (
            c == "-"
            and i + 1 < n
            and _is_num_start(src, i + 1)
            and (
                not prev_noun
                or (sp and prev.kind not in ("]", ")", "}"))
                or (sp and prev.kind == "num")
            )
        ):
            if c in IO_VERBS and src[i + 1 : i + 2] == ":" and src[i + 2 : i + 3] != ":":
                toks.append(Tok("op", src[i : i + 2], i, sp))  # 0: and 1: are verbs
                i += 2
                sp = False
                continue
            j = _scan_number(src, i)
            words = [src[i:j]]
            # juxtaposed numbers separated by blanks form one vector literal
            k = j
            while k < n and src[k] == " ":
                m = k
                while m < n and src[m] == " ":
                    m += 1
                io_verb = src[m : m + 1] in IO_VERBS and src[m + 1 : m + 2] == ":"
                if io_verb and src[m + 2 : m + 3] != ":":
                    break  # `h 0: x`: 0: is the verb, not an item of a vector
                if m < n and (
                    _is_num_start(src, m)
                    or (src[m] == "-" and m + 1 < n and _is_num_start(src, m + 1))
                ):
                    e = _scan_number(src, m)
                    words.append(src[m:e])
                    k = j = e
                else:
                    break
            toks.append(Tok("num", parse_number_vector(words), i, sp))
            i = j
            sp = False
            continue
        if c == '"':
            j = i + 1
            buf = []
            while j < n and src[j] != '"':
                if src[j] == "\\" and j + 1 < n:
                    e = src[j + 1]
                    if e in ESCAPES:
                        buf.append(ESCAPES[e])
                        j += 2
                    elif all(c in "01234567" for c in src[j + 1 : j + 4]) and j + 3 < n:
                        b = int(src[j + 1 : j + 4], 8) & 255
                        buf.append(chr(b) if b < 128 else chr(0xDC00 + b))  # a raw byte
                        j += 4
                    else:
                        buf.append(e)
                        j += 2
                else:
                    buf.append(src[j])
                    j += 1
            if j >= n:
                raise QError('"')
            toks.append(Tok("str", "".join(buf), i, sp))
            i = j + 1
            sp = False
            continue
        if c == "`":
            syms = []
            j = i
            while j < n and src[j] == "`":
                k = j + 1
                if k < n and src[k] == ":":
                    k += 1
                    while k < n and (src[k] in SYM_CHARS):
                        k += 1
                else:
                    while k < n and src[k] in NAME_CHARS:
                        k += 1
                    if k < n and src[k] == ":" and k + 1 < n and src[k + 1] in NAME_CHARS | {"/"}:
                        while k < n and (src[k] in SYM_CHARS):
                            k += 1
                syms.append(src[j + 1 : k])
                j = k
            toks.append(Tok("sym", syms, i, sp))
            i = j
            sp = False
            continue
        if c in NAME_START or (c == "." and i + 1 < n and src[i + 1] in NAME_START):
            j = i + 1
            while j < n and src[j] in NAME_CHARS:
                j += 1
            toks.append(Tok("name", src[i:j], i, sp))
            i = j
            sp = False
            continue
        if c in "'/\\":
            j = i + 1
            if j < n and src[j] == ":":
                j += 1
            toks.append(Tok("adv", src[i:j], i, sp))
            i = j
            sp = False
            continue
        if c in "()[]{};":
            toks.append(Tok(c, c, i, sp))
            i += 1
            sp = False
            continue
        if c in OP_CHARS:
            two = src[i : i + 2]
            if two in OPS2:
                toks.append(Tok("op", two, i, sp))
                i += 2
            else:
                toks.append(Tok("op", c, i, sp))
                i += 1
            sp = False
            continue
        raise QError("char")  # a character q has no token for (NUL, non-ASCII outside strings)
    return toks
