"""Write the bundled problem set (data/train, data/test) from the specs in q_data.specs.

Expected outputs come from running each Python reference and rendering its result with q's
display rules (q_data.render); arguments are written as q literals (q_data.literal).
Usage: python -m q_data.build_bundled [--out data]   (replaces OUT/train and OUT/test)
"""

import argparse
import copy
import json
import shutil
from collections.abc import Callable
from pathlib import Path

from q_data.literal import q_literal
from q_data.qtypes import QTYPES
from q_data.render import show
from q_data.specs import Spec, all_specs


def call_source(args: list | tuple, params: list | tuple) -> str:
    """q source of the call `solve[arg1;arg2;...]` with arguments written as q literals."""
    return (
        "solve["
        + ";".join(q_literal(a, qtype) for a, (_, qtype) in zip(args, params, strict=True))
        + "]"
    )


def test_code(args: list | tuple, params: list | tuple) -> str:
    """The q test script for one call: `result:solve[...]; show result;`."""
    return f"result:{call_source(args, params)}; show result;"


def expected_output(reference: Callable, args: list | tuple, returns: str) -> str:
    """Run the Python reference on a copy of `args` and render the result as q shows it."""
    return show(reference(*copy.deepcopy(list(args))), returns)


def describe(spec: Spec) -> str:
    """The problem statement shown to the model, ending with the q signature and an example."""
    names = ";".join(name for name, _ in spec.params)
    arg_lines = "\n".join(f"- `{name}`: {QTYPES[qtype]}" for name, qtype in spec.params)
    first = spec.inputs[0]
    return (
        f"{spec.name}\n\n{spec.statement}\n\n"
        f"Write a q function `solve[{names}]`.\nArguments:\n{arg_lines}\n"
        f"Returns: {QTYPES[spec.returns]}.\n\n"
        f"Example: `show {call_source(first, spec.params)}` prints:\n"
        f"{expected_output(spec.reference, first, spec.returns)}\n"
    )


def entry(spec: Spec) -> dict:
    """entry.json: metadata plus the typed signature and raw inputs the checker re-runs."""
    return {
        "id": spec.problem_id,
        "name": spec.name,
        "difficulty": spec.difficulty,
        "tags": list(spec.tags),
        "split": spec.split,
        "params": [list(p) for p in spec.params],
        "returns": spec.returns,
        "test_inputs": [list(args) for args in spec.inputs],
    }


def write_problem(spec: Spec, folder: Path) -> None:
    """Write one problem folder in the SFT_Data layout."""
    folder.mkdir(parents=True)
    for number, args in enumerate(spec.inputs, start=1):
        try:
            code = test_code(args, spec.params)
            answer = expected_output(spec.reference, args, spec.returns)
        except ValueError as exc:  # DisplayError / QTypeError: fix the spec's test inputs
            raise ValueError(f"{spec.problem_id} test {number}: {exc}") from None
        (folder / f"q_test_case_{number}.q").write_text(code + "\n")
        (folder / f"q_exact_ans_test_case_{number}.txt").write_text(answer + "\n")
    (folder / "problem_description.txt").write_text(describe(spec))
    (folder / "q_sol.q").write_text(spec.q_solution)
    (folder / "python_sol.py").write_text(spec.python_source)
    (folder / "entry.json").write_text(json.dumps(entry(spec), indent=1) + "\n")


def build(out: Path) -> dict[str, int]:
    """Replace out/train and out/test with freshly generated problems; return counts per split."""
    specs = all_specs()
    counts = {"train": 0, "test": 0}
    for split in counts:
        shutil.rmtree(out / split, ignore_errors=True)
        (out / split).mkdir(parents=True)
    for spec in specs:
        write_problem(spec, out / spec.split / spec.problem_id)
        counts[spec.split] += 1
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("data"))
    counts = build(parser.parse_args().out)
    print(f"wrote {counts['train']} train and {counts['test']} test problems")


if __name__ == "__main__":
    main()
