"""Specs of the bundled problems: statement, q reference, Python reference, test inputs.

Each spec module defines problems with the `problem` decorator on the Python reference solution
(its source, renamed to `solve`, becomes `python_sol.py`). `all_specs()` imports every module.
"""

import importlib
import inspect
import textwrap
from collections.abc import Callable
from dataclasses import dataclass

from q_data.problem import DIFFICULTIES, MIN_TESTS
from q_data.qtypes import check_qtype

SPEC_MODULES = (
    "arrays",
    "strings",
    "hashing",
    "two_pointers",
    "sorting",
    "dynamic",
    "math_problems",
    "matrices",
    "intervals",
    "stacks",
)


@dataclass(frozen=True)
class Spec:
    """One bundled problem before it is written to disk."""

    problem_id: str
    name: str
    difficulty: str
    tags: tuple[str, ...]
    split: str
    params: tuple[tuple[str, str], ...]
    returns: str
    statement: str
    q_solution: str
    reference: Callable
    inputs: tuple[tuple, ...]

    @property
    def python_source(self) -> str:
        """Source of the Python reference, renamed to `solve`, without the decorator."""
        source = textwrap.dedent(inspect.getsource(self.reference))
        body = source[source.index("def ") :]
        return body.replace(f"def {self.reference.__name__}(", "def solve(", 1)


_REGISTRY: list[Spec] = []


def problem(
    name: str,
    difficulty: str,
    tags: str,
    signature: str,
    returns: str,
    statement: str,
    q: str,
    tests: list,
    split: str = "train",
) -> Callable[[Callable], Callable]:
    """Register the decorated Python function as the reference of a new problem.

    `signature` is "name:qtype;name:qtype"; with one parameter each test is the bare argument.
    """
    params = tuple(tuple(part.split(":")) for part in signature.split(";"))
    for _, qtype in params:
        check_qtype(qtype)
    check_qtype(returns)
    if difficulty not in DIFFICULTIES or split not in ("train", "test"):
        raise ValueError(f"{name}: bad difficulty {difficulty!r} or split {split!r}")
    if len(tests) < MIN_TESTS:
        raise ValueError(f"{name}: {len(tests)} tests, at least {MIN_TESTS} required")
    inputs = tuple(tuple(t) if len(params) > 1 else (t,) for t in tests)

    def register(fn: Callable) -> Callable:
        _REGISTRY.append(
            Spec(
                problem_id=fn.__name__,
                name=name,
                difficulty=difficulty,
                tags=tuple(tags.split()),
                split=split,
                params=params,
                returns=returns,
                statement=textwrap.dedent(statement).strip(),
                q_solution=textwrap.dedent(q).strip() + "\n",
                reference=fn,
                inputs=inputs,
            )
        )
        return fn

    return register


def all_specs() -> list[Spec]:
    """Every registered spec, in module order."""
    for module in SPEC_MODULES:
        importlib.import_module(f"q_data.specs.{module}")
    return list(_REGISTRY)
