"""Every bundled reference solution passes its tests under the embedded interpreter.

Runs solution + test code with run_script (as the executor does) and compares stripped stdout
with the expected answer file, for every problem in data/train and data/test.
"""

import io
from pathlib import Path

import pytest

from q_exec.interp import run_script

DATA = Path(__file__).resolve().parent.parent / "data"


def _cases():
    for sol in sorted(DATA.glob("*/*/q_sol.q")):
        for test in sorted(sol.parent.glob("q_test_case_*.q")):
            n = test.stem.rsplit("_", 1)[1]
            yield sol, test, sol.parent / f"q_exact_ans_test_case_{n}.txt"


CASES = list(_cases())


def test_reference_set_is_present():
    assert len(CASES) > 100


@pytest.mark.parametrize(
    ("sol", "test", "answer"), CASES, ids=[f"{s.parent.name}-{t.stem}" for s, t, _ in CASES]
)
def test_reference_solution_passes(sol, test, answer):
    out, err = io.StringIO(), io.StringIO()
    code = run_script(sol.read_text() + "\n" + test.read_text(), out, err)
    assert (code, err.getvalue()) == (0, "")
    assert out.getvalue().strip() == answer.read_text().strip()
