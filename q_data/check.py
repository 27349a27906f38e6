"""Check a problem set: folder structure, Python references (a) and q references (b).

(a) For problems whose entry.json carries `params`, `returns` and `test_inputs` (the bundled set),
    python_sol.py is run on each input and its result, rendered with q's display rules, must equal
    q_exact_ans_test_case_N.txt; q_test_case_N.q must be the call written from the same input.
(b) q_sol.q must pass every test under a q backend (the embedded interpreter by default).
"""

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from q_data.build_bundled import expected_output, test_code
from q_data.folder_source import read_problem_folder
from q_data.problem import DIFFICULTIES, MIN_TESTS, BadRecord, Problem

SPLITS = ("train", "test")


@dataclass
class CheckReport:
    """Failures per problem ("split/id" -> messages) and counts of what was checked."""

    failures: dict[str, list[str]] = field(default_factory=dict)
    problems: dict[str, int] = field(default_factory=dict)
    python_tests: int = 0
    q_tests: int = 0

    def fail(self, key: str, message: str) -> None:
        """Record one failure of problem `key`."""
        self.failures.setdefault(key, []).append(message)

    @property
    def ok(self) -> bool:
        """True when nothing failed."""
        return not self.failures


@dataclass(frozen=True)
class Loaded:
    """One problem folder with its parsed problem and entry.json."""

    key: str
    folder: Path
    problem: Problem
    entry: dict


def load_folders(root: Path, report: CheckReport) -> list[Loaded]:
    """Parse every problem folder of root/train and root/test; unreadable ones are failures."""
    loaded = []
    for split in SPLITS:
        folders = sorted(p for p in (root / split).glob("*") if p.is_dir())
        report.problems[split] = len(folders)
        if not folders:
            report.fail(split, f"{root / split} holds no problem folders")
        for folder in folders:
            key = f"{split}/{folder.name}"
            try:
                problem = read_problem_folder(folder)
                entry = json.loads((folder / "entry.json").read_text(encoding="utf-8"))
            except (BadRecord, OSError, json.JSONDecodeError) as exc:
                report.fail(key, f"unreadable: {exc}")
                continue
            loaded.append(Loaded(key, folder, problem, entry))
    return loaded


def check_structure(item: Loaded, report: CheckReport) -> None:
    """Metadata, test count, python reference and the `solve` signature in the description."""
    entry, problem = item.entry, item.problem
    if entry.get("id") != item.folder.name:
        report.fail(item.key, f"entry.json id {entry.get('id')!r} differs from the folder name")
    if entry.get("difficulty") not in DIFFICULTIES:
        report.fail(
            item.key, f"entry.json difficulty {entry.get('difficulty')!r} not in {DIFFICULTIES}"
        )
    tags = entry.get("tags")
    if not isinstance(tags, list) or not tags or not all(isinstance(t, str) for t in tags):
        report.fail(item.key, "entry.json tags must be a non-empty list of strings")
    if len(problem.tests) < MIN_TESTS:
        report.fail(item.key, f"{len(problem.tests)} test cases, at least {MIN_TESTS} required")
    if problem.python_solution is None:
        report.fail(item.key, "missing python_sol.py")
    if "solve[" not in problem.description:
        report.fail(item.key, "problem_description.txt does not state the solve[...] signature")
    if "solve:" not in problem.q_solution:
        report.fail(item.key, "q_sol.q does not define solve")


def _normalise(text: str) -> str:
    return " ".join(text.split()).lower()


def check_no_leaks(items: list[Loaded], report: CheckReport) -> None:
    """No test problem may repeat a train problem's id, name, statement, q solution or tests."""
    train = [i for i in items if i.key.startswith("train/")]
    fingerprints: dict[tuple[str, str], str] = {}
    for item in train:
        for kind, value in _fingerprints(item):
            fingerprints[(kind, value)] = item.key
    for item in items:
        if not item.key.startswith("test/"):
            continue
        for kind, value in _fingerprints(item):
            if (kind, value) in fingerprints:
                report.fail(item.key, f"same {kind} as {fingerprints[(kind, value)]}")


def _fingerprints(item: Loaded) -> list[tuple[str, str]]:
    problem = item.problem
    return [
        ("id", problem.problem_id),
        ("name", _normalise(problem.name)),
        ("description", _normalise(problem.description)),
        ("q solution", _normalise(problem.q_solution)),
        ("test cases", repr(sorted((t.code, t.expected) for t in problem.tests))),
    ]


def load_reference(source: str) -> Callable:
    """Execute python_sol.py source in a fresh namespace and return its `solve`."""
    namespace: dict = {}
    exec(
        compile(source, "python_sol.py", "exec"), namespace
    )  # our own data files, run to re-derive outputs
    if not callable(namespace.get("solve")):
        raise ValueError("python_sol.py defines no solve function")
    return namespace["solve"]


def check_python(item: Loaded, report: CheckReport) -> None:
    """(a) Re-derive every test's code and expected output from the Python reference."""
    entry, problem = item.entry, item.problem
    inputs, params, returns = entry.get("test_inputs"), entry.get("params"), entry.get("returns")
    if inputs is None or params is None or returns is None:
        report.fail(item.key, "entry.json lacks params/returns/test_inputs for the python check")
        return
    if len(inputs) != len(problem.tests):
        report.fail(item.key, f"{len(inputs)} test_inputs but {len(problem.tests)} test files")
        return
    try:
        solve = load_reference(problem.python_solution or "")
    except Exception as exc:  # a broken reference is a data failure to report, not a crash
        report.fail(item.key, f"python_sol.py: {type(exc).__name__}: {exc}")
        return
    for number, (args, test) in enumerate(zip(inputs, problem.tests, strict=True), start=1):
        report.python_tests += 1
        try:
            code, shown = test_code(args, params), expected_output(solve, args, returns)
        except Exception as exc:
            report.fail(item.key, f"test {number}: python reference failed: {exc!r}")
            continue
        if code != test.code:
            report.fail(
                item.key, f"test {number}: q_test_case is {test.code!r}, inputs give {code!r}"
            )
        if shown != test.expected:
            report.fail(
                item.key, f"test {number}: expected file {test.expected!r}, python {shown!r}"
            )


def check_q(items: list[Loaded], report: CheckReport, backend: str, timeout: float) -> None:
    """(b) Run every q reference against all its tests on `backend` in one parallel batch."""
    from q_exec import Executor, QBackendError

    jobs = [
        (item, number, test) for item in items for number, test in enumerate(item.problem.tests, 1)
    ]
    try:
        with Executor(backend=backend, timeout=timeout) as executor:
            outcomes = executor.run_batch([(i.problem.q_solution, test) for i, _, test in jobs])
    except QBackendError as exc:
        report.fail("q backend", f"cannot run q references on {backend!r}: {exc}")
        return
    report.q_tests = len(jobs)
    for (item, number, test), outcome in zip(jobs, outcomes, strict=True):
        if not outcome.passed:
            got = (outcome.stdout.strip() or outcome.stderr.strip())[:120]
            report.fail(
                item.key,
                f"test {number}: q reference {outcome.kind}: expected {test.expected[:60]!r}, "
                f"got {got!r}",
            )


def check_data(
    root: Path, run_q: bool = True, backend: str = "embedded", timeout: float = 10.0
) -> CheckReport:
    """Run every check on the problem set in `root` (with train/ and test/ inside)."""
    report = CheckReport()
    items = load_folders(root, report)
    for item in items:
        check_structure(item, report)
        check_python(item, report)
    check_no_leaks(items, report)
    if run_q:
        check_q(items, report, backend, timeout)
    return report


def format_report(report: CheckReport, run_q: bool) -> str:
    """Per-problem failures followed by a one-line summary."""
    lines = [
        f"FAIL {key}: {message}"
        for key, messages in sorted(report.failures.items())
        for message in messages
    ]
    counts = ", ".join(f"{n} {split}" for split, n in report.problems.items())
    q_part = f", q references on {report.q_tests} tests" if run_q else ", q references not run"
    verdict = "OK" if report.ok else f"{len(report.failures)} problem(s) failed"
    python_part = f"python references on {report.python_tests} tests"
    lines.append(f"checked {counts} problems: {python_part}{q_part}: {verdict}")
    return "\n".join(lines)
