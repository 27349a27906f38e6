"""The problem-set checker on the bundled data and on deliberately broken copies of it."""

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from q_data.check import check_data, format_report

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
TRAIN_ID, TEST_ID = "climbing_stairs", "is_subsequence"


@pytest.fixture
def small_set(tmp_path: Path) -> Path:
    """A copy of one train and one test problem of the bundled set."""
    for split, pid in (("train", TRAIN_ID), ("test", TEST_ID)):
        shutil.copytree(DATA / split / pid, tmp_path / split / pid)
    return tmp_path


def test_bundled_set_structure_and_python_references():
    report = check_data(DATA, run_q=False)
    assert report.ok, format_report(report, run_q=False)
    assert report.problems["train"] >= 120 and report.problems["test"] >= 30
    assert report.python_tests >= 4 * 150


def test_bundled_q_references_pass_on_the_embedded_backend():
    report = check_data(DATA, run_q=True, backend="embedded")
    assert report.q_tests == report.python_tests
    assert report.ok, format_report(report, run_q=True)


def test_clean_copy_passes_both_parts(small_set):
    report = check_data(small_set, run_q=True)
    assert report.ok, format_report(report, run_q=True)
    assert report.q_tests == report.python_tests > 8


def test_wrong_expected_output_is_reported(small_set):
    answer = small_set / "train" / TRAIN_ID / "q_exact_ans_test_case_2.txt"
    answer.write_text("999\n")
    report = check_data(small_set, run_q=True)
    messages = report.failures[f"train/{TRAIN_ID}"]
    assert any(m.startswith("test 2: expected file '999', python") for m in messages)
    assert any(m.startswith("test 2: q reference wrong_output") for m in messages)
    assert list(report.failures) == [f"train/{TRAIN_ID}"]


def test_wrong_q_reference_is_caught_by_running_it(small_set):
    (small_set / "test" / TEST_ID / "q_sol.q").write_text("solve:{[s;t] 1b}\n")
    report = check_data(small_set, run_q=True)
    messages = report.failures[f"test/{TEST_ID}"]
    assert messages and all("q reference wrong_output" in m for m in messages)
    assert check_data(small_set, run_q=False).ok  # only running q can see this


def test_test_case_not_matching_its_inputs_is_reported(small_set):
    case = small_set / "train" / TRAIN_ID / "q_test_case_1.q"
    case.write_text("result:solve[99]; show result;\n")
    messages = check_data(small_set, run_q=False).failures[f"train/{TRAIN_ID}"]
    assert any(m.startswith("test 1: q_test_case is 'result:solve[99]") for m in messages)


def test_structure_problems_are_reported(small_set):
    folder = small_set / "train" / TRAIN_ID
    for n in range(2, 7):
        (folder / f"q_test_case_{n}.q").unlink()
    entry = json.loads((folder / "entry.json").read_text())
    entry.update(difficulty="trivial", tags=[])
    (folder / "entry.json").write_text(json.dumps(entry))
    messages = " | ".join(check_data(small_set, run_q=False).failures[f"train/{TRAIN_ID}"])
    assert "1 test cases, at least 4 required" in messages
    assert "difficulty 'trivial'" in messages
    assert "tags must be a non-empty list" in messages


def test_test_problem_duplicating_a_train_problem_is_reported(small_set):
    shutil.copytree(small_set / "train" / TRAIN_ID, small_set / "test" / TRAIN_ID)
    messages = check_data(small_set, run_q=False).failures[f"test/{TRAIN_ID}"]
    assert f"same id as train/{TRAIN_ID}" in messages
    assert f"same q solution as train/{TRAIN_ID}" in messages


def test_cli_exit_status_and_per_problem_lines(small_set):
    command = [sys.executable, "-m", "q_data", "check", str(small_set), "--no-q"]
    good = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert good.returncode == 0, good.stdout + good.stderr
    assert good.stdout.strip().endswith(": OK")
    (small_set / "test" / TEST_ID / "python_sol.py").unlink()
    bad = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert bad.returncode == 1
    assert f"FAIL test/{TEST_ID}: missing python_sol.py" in bad.stdout
    assert bad.stdout.strip().endswith("1 problem(s) failed")
    missing = subprocess.run(
        [sys.executable, "-m", "q_data", "check", str(small_set / "nope")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert missing.returncode == 2 and "is not a folder" in missing.stderr


def test_unavailable_q_backend_is_one_clear_failure(small_set, monkeypatch, tmp_path):
    monkeypatch.delenv("Q_INTERPRETER_PATH", raising=False)
    monkeypatch.setenv("PATH", str(tmp_path / "empty-bin"))
    report = check_data(small_set, run_q=True, backend="kdb")
    assert list(report.failures) == ["q backend"]
    assert "needs the kdb+ q binary" in report.failures["q backend"][0]
