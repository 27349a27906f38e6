"""Problem loaders on small fixtures of every supported format, including bad records."""

import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from datasets import Dataset, DatasetDict

from q_data import DataError, Problem, load_problems
from q_exec import TestCase

ROOT = Path(__file__).resolve().parent.parent


def record(pid: str, n_tests: int = 2, split: str | None = "train", **changes) -> dict:
    """A record in the released dataset's schema (solve doubles its argument)."""
    rec = {
        "problem_id": pid,
        "problem_name": f"Problem {pid}",
        "problem_description": f"Double x ({pid}). Write solve[x].",
        "q_solution": "solve:{[x] 2*x}",
        "difficulty": "easy",
        "tags": ["math"],
        "test_cases": [
            {
                "test_case_number": n,
                "q_test_code": f"result:solve[{n}]; show result;",
                "q_expected_output": str(2 * n),
            }
            for n in range(n_tests, 0, -1)  # stored out of order on purpose
        ],
    }
    if split is not None:
        rec["split"] = split
    rec.update(changes)
    return rec


def write_folder_problem(root: Path, split: str, name: str, n_tests: int = 2) -> Path:
    """One problem folder in the original SFT_Data layout."""
    folder = root / split / name
    folder.mkdir(parents=True)
    (folder / "problem_description.txt").write_text(f"Double x ({name}). Write solve[x].\n")
    (folder / "q_sol.q").write_text("solve:{[x] 2*x}\n")
    (folder / "python_sol.py").write_text("def solve(x):\n    return 2 * x\n")
    (folder / "entry.json").write_text(
        json.dumps({"id": name, "difficulty": "easy", "tags": ["math"]})
    )
    for n in range(1, n_tests + 1):
        (folder / f"q_test_case_{n}.q").write_text(f"result:solve[{n}]; show result;\n")
        (folder / f"q_exact_ans_test_case_{n}.txt").write_text(f"{2 * n}\n")
    return folder


@pytest.fixture
def sft_folder(tmp_path: Path) -> Path:
    """Good train problems p1..p5 and one good test problem, plus four bad train problems."""
    for i in range(1, 6):
        write_folder_problem(tmp_path, "train", f"p{i}", n_tests=2 + i % 2)
    write_folder_problem(tmp_path, "test", "t1")
    (write_folder_problem(tmp_path, "train", "no_description") / "problem_description.txt").unlink()
    no_tests = write_folder_problem(tmp_path, "train", "no_tests", n_tests=1)
    (no_tests / "q_test_case_1.q").unlink()
    (write_folder_problem(tmp_path, "train", "no_answer") / "q_exact_ans_test_case_2.txt").unlink()
    (write_folder_problem(tmp_path, "train", "binary_sol") / "q_sol.q").write_bytes(b"\xff\xfe\x00")
    return tmp_path


def test_folder_layout_loads_good_problems_and_reports_bad_ones(sft_folder):
    report = load_problems(str(sft_folder), "train")
    assert [p.problem_id for p in report.problems] == ["p1", "p2", "p3", "p4", "p5"]
    p1 = report.problems[0]
    assert isinstance(p1, Problem)
    assert p1.tests[0] == TestCase("result:solve[1]; show result;", "2")
    assert len(p1.tests) == 3 and p1.difficulty == "easy" and p1.tags == ["math"]
    assert p1.python_solution.startswith("def solve")
    reasons = dict(report.skipped)
    assert set(reasons) == {"no_description", "no_tests", "no_answer", "binary_sol"}
    assert "problem_description.txt" in reasons["no_description"]
    assert "no test cases" in reasons["no_tests"]
    assert "q_exact_ans_test_case_2.txt" in reasons["no_answer"]
    assert "cannot read q_sol.q" in reasons["binary_sol"]
    assert [p.problem_id for p in load_problems(str(sft_folder), "test").problems] == ["t1"]


def test_strict_mode_raises_one_error_naming_every_bad_record(sft_folder):
    with pytest.raises(DataError) as err:
        load_problems(str(sft_folder), "train", strict=True)
    message = str(err.value)
    assert message.startswith("4 bad train record(s)")
    for name in ("no_description", "no_tests", "no_answer", "binary_sol"):
        assert name in message
    assert load_problems(str(sft_folder), "test", strict=True).problems  # the test split is clean


def test_sampling_is_reproducible_and_keeps_source_order(sft_folder):
    first = [p.problem_id for p in load_problems(str(sft_folder), "train", max_problems=3).problems]
    again = [p.problem_id for p in load_problems(str(sft_folder), "train", max_problems=3).problems]
    assert first == again and len(first) == 3 and first == sorted(first)
    by_seed = {
        tuple(
            p.problem_id
            for p in load_problems(str(sft_folder), "train", max_problems=3, seed=s).problems
        )
        for s in range(10)
    }
    assert len(by_seed) > 1  # the seed matters
    everything = load_problems(str(sft_folder), "train", max_problems=50).problems
    assert len(everything) == 5
    assert load_problems(str(sft_folder), "train", max_problems=0).problems == []


def write_jsonl(path: Path, records: list) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records))
    return path


BAD_RECORDS = [
    record("nodesc", problem_description="  "),
    record("notests", n_tests=0),
    record("nocode", test_cases=[{"test_case_number": 1, "q_expected_output": "2"}]),
    record("", problem_name="no id"),
]


def test_jsonl_with_split_column(tmp_path):
    path = write_jsonl(
        tmp_path / "q.jsonl",
        [record("a", 3), record("b", split="test"), record("c", 4), *BAD_RECORDS],
    )
    report = load_problems(str(path), "train")
    assert [p.problem_id for p in report.problems] == ["a", "c"]
    assert [t.code for t in report.problems[0].tests][0] == "result:solve[1]; show result;"
    assert report.problems[1].name == "Problem c" and len(report.problems[1].tests) == 4
    reasons = dict(report.skipped)
    assert reasons["nodesc"] == "no problem_description"
    assert "no test cases" in reasons["notests"]
    assert reasons["nocode"] == "test case 1 has no q_test_code"
    assert reasons["record #6"] == "no problem_id"
    assert [p.problem_id for p in load_problems(str(path), "test").problems] == ["b"]
    with pytest.raises(DataError, match="nodesc: no problem_description"):
        load_problems(str(path), "train", strict=True)


def test_jsonl_without_split_column_says_how_to_split(tmp_path):
    path = write_jsonl(tmp_path / "all.jsonl", [record("a", split=None)])
    with pytest.raises(DataError, match="no 'split' column"):
        load_problems(str(path), "train")


def test_invalid_json_line_is_named(tmp_path):
    path = tmp_path / "broken.jsonl"
    path.write_text(json.dumps(record("a")) + "\n{not json\n")
    with pytest.raises(DataError, match=r"broken.jsonl:2 is not valid JSON"):
        load_problems(str(path), "train")


def test_folder_of_split_files(tmp_path):
    write_jsonl(tmp_path / "train.jsonl", [record("a", split=None), record("b", split=None)])
    rows = [record("t", split=None)]
    pq.write_table(pa.Table.from_pylist(rows), tmp_path / "test.parquet")
    assert [p.problem_id for p in load_problems(str(tmp_path), "train").problems] == ["a", "b"]
    test = load_problems(str(tmp_path), "test").problems
    assert [p.problem_id for p in test] == ["t"] and len(test[0].tests) == 2


def test_parquet_with_split_column_and_json_encoded_tests(tmp_path):
    rows = [record("a"), record("b", split="test")]
    rows[0]["test_cases"] = json.dumps(rows[0]["test_cases"])  # some exports store a JSON string
    rows[1]["test_cases"] = json.dumps(rows[1]["test_cases"])
    pq.write_table(pa.Table.from_pylist(rows), tmp_path / "q.parquet")
    report = load_problems(str(tmp_path / "q.parquet"), "train")
    assert [p.problem_id for p in report.problems] == ["a"]
    assert report.problems[0].tests[1] == TestCase("result:solve[2]; show result;", "4")


def test_save_to_disk_dataset_dict_and_dataset(tmp_path):
    splits = DatasetDict(
        {
            "train": Dataset.from_list([record("a", split=None), record("b", split=None)]),
            "test": Dataset.from_list([record("t", split=None)]),
        }
    )
    splits.save_to_disk(str(tmp_path / "dd"))
    assert [p.problem_id for p in load_problems(str(tmp_path / "dd"), "train").problems] == [
        "a",
        "b",
    ]
    assert [p.problem_id for p in load_problems(str(tmp_path / "dd"), "test").problems] == ["t"]
    Dataset.from_list([record("a"), record("t", split="test")]).save_to_disk(str(tmp_path / "ds"))
    assert [p.problem_id for p in load_problems(str(tmp_path / "ds"), "test").problems] == ["t"]


def test_hub_name_offline_gives_one_clear_sentence(monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("HF_DATASETS_OFFLINE", "1")
    with pytest.raises(DataError) as err:
        load_problems("no-such-owner/no-such-q-dataset", "train")
    message = str(err.value)
    assert "no-such-owner/no-such-q-dataset" in message
    assert "--data" in message and "save_to_disk" in message
    assert err.value.__cause__ is None and err.value.__suppress_context__  # no chained traceback


@pytest.mark.parametrize(
    ("source", "split", "match"),
    [
        ("does/not/exist.jsonl", "train", "no such file or folder"),
        (str(ROOT / "data"), "validation", "split must be one of"),
        (str(ROOT / "pyproject.toml"), "train", "expected a .jsonl or .parquet file"),
        (str(ROOT / "tests"), "train", "is not a problem source"),
    ],
)
def test_unusable_sources_fail_with_a_clear_message(source, split, match):
    with pytest.raises(DataError, match=match):
        load_problems(source, split)


def test_bundled_problem_set_loads():
    train = load_problems(str(ROOT / "data"), "train", strict=True).problems
    test = load_problems(str(ROOT / "data"), "test", strict=True).problems
    assert len(train) >= 120 and len(test) >= 30
    assert all(len(p.tests) >= 4 and p.python_solution for p in train + test)
    assert {p.difficulty for p in train + test} == {"easy", "medium", "hard"}
    assert not {p.problem_id for p in train} & {p.problem_id for p in test}
