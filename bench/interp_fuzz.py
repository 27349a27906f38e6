"""Mutation fuzzing of the embedded q interpreter: finds malformed programs that make it fail
internally (a Python exception reaching its catch-all, an exception out of `run_script`, a
traceback on stderr) instead of signalling a q error.

Seeds are the bundled reference solutions with their tests; each mutant deletes, duplicates or
swaps tokens, replaces operators, iterators or brackets, inserts mistyped literals, keywords or
Python-isms, or truncates text. Mutants that loop are cut off after a time limit (not findings).

Run: .venv/bin/python bench/interp_fuzz.py [N] [SEED] [WORKERS]   (default 1000 0 2)
Prints the count per outcome and one smallest example per distinct failure site.
"""

from __future__ import annotations

import io
import json
import random
import re
import signal
import subprocess
import sys
import tempfile
import traceback
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

OPERATORS = list("+-*%#_,?!@.^~=&|$'") + ["<>", "<", ">", "<=", ">="]
ITERATORS = ["'", "/:", "\\:", "':", "/", "\\"]
BRACKETS = list("()[]{};")
LITERALS = [
    "`a", "`", "`sym`x", '"abc"', '"x"', '""', "1.5", "0n", "0N", "0W", "-0W", "0Ni", "0Ng",
    "2024.01.01D12:00:00", "2024.01.01", "12:00:00", "0D01", "2024.01m", "1b", "010b", "0x0f",
    "()", "::", "1 2 3", "1.5 2.5", "`a`b!1 2", "([]a:1 2;b:`x`y)", "([k:1 2]v:3 4)", "1h",
    "enlist 1", "(1;`a;\"s\")", "til 0", "-1", "0", "10000000000", "`long$()", "{x}", "+",
    "first", "(1 2;3 4)", "2#`a",
]  # fmt: skip
KEYWORDS = [
    "til", "count", "first", "last", "sum", "max", "min", "avg", "where", "asc", "desc",
    "reverse", "distinct", "group", "raze", "enlist", "flip", "key", "value", "string", "null",
    "sums", "deltas", "neg", "abs", "floor", "type", "differ", "iasc", "fills", "prev", "not",
    "any", "all", "med", "var", "ratios", "maxs", "upper", "trim", "exp", "sqrt", "signum",
]  # fmt: skip
DYADS = [
    "mod", "div", "xexp", "cut", "sublist", "except", "inter", "union", "in", "within", "bin",
    "rotate", "like", "ss", "vs", "sv", "xprev", "and", "or", "xbar", "wavg", "mmu", "set",
]  # fmt: skip
PYTHONISMS = [
    "x[0] = 5;", "for i in range(3): ", "if x == y: ", "len(x)", "x.append(1)", "// c\n",
    "return x;", "True", "None", "x % 2 == 0", "&&", "!=", "f(x)", "[1,2,3]", "x += 1",
    "print(x)", "lambda x: x", "$[x;y]", "@[f;x]", "value \"1+\"", "{[a;b;c;d;e;f;g;h;i] a}",
    "x:;", "{}[]", "'`err", "do[1.5;]", "$[;1;2]",
]  # fmt: skip
TOKEN = re.compile(
    r'"(?:[^"\\]|\\.)*"|`[\w.:]*|\d[\w.:]*|[A-Za-z_.][\w.]*|/:|\\:|\':|<>|<=|>=|\s+|.', re.S
)


def mutate(src: str, rng: random.Random) -> str:
    """One random edit of q source text."""
    toks = TOKEN.findall(src)
    idx = [i for i, t in enumerate(toks) if not t.isspace()]
    if not idx:
        return src
    i = rng.choice(idx)
    kind = rng.randrange(14)
    if kind == 0:
        toks[i] = ""
    elif kind == 1:
        toks[i] += toks[i]
    elif kind == 2:
        j = rng.choice(idx)
        toks[i], toks[j] = toks[j], toks[i]
    elif kind in (3, 4, 5):
        pool = (OPERATORS, ITERATORS, BRACKETS)[kind - 3]
        spots = [k for k in idx if toks[k] in pool] or idx
        toks[rng.choice(spots)] = rng.choice(pool)
    elif kind == 6:
        toks[i] = rng.choice(LITERALS)
    elif kind == 7:
        toks.insert(i, rng.choice(LITERALS) + rng.choice(["", " ", ","]))
    elif kind == 8:
        toks.insert(i, rng.choice(KEYWORDS) + " ")
    elif kind == 9:
        toks.insert(i, f" {rng.choice(DYADS)} {rng.choice(LITERALS)} ")
    elif kind == 10:
        toks.insert(i, rng.choice(ITERATORS))
    elif kind == 11:
        toks.insert(i, rng.choice(PYTHONISMS))
    else:
        text = "".join(toks)
        a, b = sorted(rng.randrange(len(text)) for _ in range(2))
        return text[:a] + (text[b:] if kind == 12 else text[a] + text[a:])
    return "".join(toks)


def mutants(n: int, seed: int) -> list[str]:
    """n mutants (1 to 3 edits each) of reference solutions run with one of their tests."""
    from q_data import load_problems

    problems = [
        p for split in ("train", "test") for p in load_problems(str(ROOT / "data"), split).problems
    ]
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        p = rng.choice(problems)
        src = p.q_solution + "\n" + rng.choice(p.tests).code
        for _ in range(rng.choice((1, 1, 2, 3))):
            src = mutate(src, rng)
        out.append(src)
    return out


class _Timeout(BaseException):
    """Raised by the alarm: a BaseException, so no q trap or catch-all swallows it."""


def _on_alarm(signum, frame):
    raise _Timeout


def run_case(src: str, limit_s: float = 1.0) -> str | None:
    """Run one program as a script; the failure site of an internal error, "timeout" when it
    ran past limit_s, else None. Call from the main thread (it uses SIGALRM)."""
    from q_exec.interp import run_script, session
    from q_exec.interp.errors import QError

    internal: list[BaseException] = []
    plain = session.error_message

    def spy(e: BaseException) -> str:
        if not isinstance(e, (QError, RecursionError, MemoryError)):
            internal.append(e)
        return plain(e)

    out, err = io.StringIO(), io.StringIO()
    old = signal.signal(signal.SIGALRM, _on_alarm)
    session.error_message = spy
    try:
        signal.setitimer(signal.ITIMER_REAL, limit_s)
        try:
            run_script(src, out, err)
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
    except _Timeout:
        return "timeout"
    except Exception as e:  # noqa: BLE001 - run_script must never raise: that is a finding
        return "raised " + _site(e)
    finally:
        session.error_message = plain
        signal.signal(signal.SIGALRM, old)
    if internal:
        return f"{type(internal[0]).__name__} at {_site(internal[0])}"
    if "Traceback" in err.getvalue():
        return "traceback on stderr"
    return None


def _site(e: BaseException) -> str:
    frames = traceback.extract_tb(e.__traceback__)
    ours = [f for f in frames if "q_exec" in f.filename] or frames
    f = ours[-1]
    return f"{Path(f.filename).name}:{f.lineno} {f.name}"


def _worker(path: str) -> None:
    jobs = json.loads(Path(path).read_text())
    Path(path).write_text(json.dumps([run_case(src) for src in jobs]))


def main(argv: list[str]) -> int:
    given = [int(a) for a in argv[1:4]]
    n, seed, workers = given + [1000, 0, 2][len(given) :]
    cases = mutants(n, seed)
    with tempfile.TemporaryDirectory() as tmp:
        paths = [Path(tmp) / f"part{w}.json" for w in range(workers)]
        for w, path in enumerate(paths):
            path.write_text(json.dumps(cases[w::workers]))
        procs = [subprocess.Popen([sys.executable, __file__, "--worker", str(p)]) for p in paths]
        codes = [p.wait() for p in procs]
        if any(codes):
            print(f"a worker died (exit codes {codes}): that is itself a crash to investigate")
            return 1
        results = [json.loads(p.read_text()) for p in paths]
    found: dict[str, list[str]] = defaultdict(list)
    for w, part in enumerate(results):
        for k, r in enumerate(part):
            if r is not None:
                found[r].append(cases[w + k * workers])
    timeouts = len(found.pop("timeout", []))
    print(f"{n} mutants: {n - timeouts - sum(map(len, found.values()))} ok, {timeouts} timeouts")
    for site, srcs in sorted(found.items(), key=lambda kv: -len(kv[1])):
        print(f"\n{len(srcs)} x {site}\n  {min(srcs, key=len)!r}")
    return 1 if found else 0


if __name__ == "__main__":
    if sys.argv[1:2] == ["--worker"]:
        _worker(sys.argv[2])
    else:
        sys.exit(main(sys.argv))
