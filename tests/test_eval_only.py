"""--eval_only: pass@k of the reference solutions (must be 1.0) and of the tiny model."""

import json

from tests.conftest import run_trainer


def test_reference_baseline_scores_one_on_the_bundled_test_split(tmp_path) -> None:
    proc = run_trainer(
        [
            "--eval_only",
            "--eval_baseline",
            "reference",
            "--max_test_problems",
            "1000",
            "--eval_problems",
            "1000",
            "--eval_k",
            "2",
            "--output_dir",
            str(tmp_path),
        ]  # fmt: skip
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    results = json.loads((tmp_path / "logs" / "eval_results.json").read_text())
    passk = results["pass_at_k"]
    assert passk["num_problems"] >= 30
    assert passk["aggregate"] == {"pass@1": 1.0, "pass@2": 1.0}
    assert all(p["passed"] == p["samples"] == 4 for p in passk["problems"])
    assert results["eval_baseline"] == "reference"


def test_eval_only_on_the_tiny_model_writes_complete_results(tmp_path, small_run) -> None:
    proc = run_trainer([*small_run, "--eval_only", "--output_dir", str(tmp_path)])
    assert proc.returncode == 0, proc.stderr[-3000:]
    results = json.loads((tmp_path / "logs" / "eval_results.json").read_text())
    passk = results["pass_at_k"]
    assert passk["sampler"] == "transformers"
    assert passk["q_backend"] == "embedded"
    assert passk["n_samples"] == 4 and passk["k"] == [1, 2]
    assert len(passk["problems"]) == 3
    for problem in passk["problems"]:
        assert set(problem) == {"id", "samples", "passed", "pass@1", "pass@2", "failure_kinds"}
    assert results["model_path"]
    assert results["seed"] == 42
    assert not list((tmp_path / "checkpoints").glob("checkpoint-*"))
