"""``rl_trainer.py --report OUTPUT_DIR`` on a real short run's output, the merge of the training
log with checkpoint histories (a resumed run logs some steps twice), and the errors."""

import json
from pathlib import Path

import matplotlib.image
import pytest

from tests.conftest import run_trainer
from tests.training_runs import MAX_STEPS, reference_run
from trainer.report import load_history, parse_log_line, write_report


@pytest.fixture(scope="module")
def reported(tmp_path_factory) -> tuple[Path, str]:
    run = reference_run(tmp_path_factory.getbasetemp())
    assert run.returncode == 0, run.stderr[-3000:]
    proc = run_trainer(["--report", str(run.output_dir)])
    assert proc.returncode == 0, proc.stderr[-3000:]
    return run.output_dir, proc.stdout


def test_report_files_are_written(reported) -> None:
    out, stdout = reported
    assert f"wrote {out / 'report.png'} and {out / 'report.md'}" in stdout
    image = matplotlib.image.imread(out / "report.png")
    height, width = image.shape[:2]
    assert width > 1000 and height > 600
    assert not [p.name for p in out.iterdir() if p.name.startswith(".")]  # no temp files left


def test_report_covers_every_step_of_the_run(reported) -> None:
    out, _ = reported
    history = load_history(out)
    assert [int(r["step"]) for r in history.train] == list(range(1, MAX_STEPS + 1))
    assert [int(r["step"]) for r in history.evals] == [0, 3, MAX_STEPS]  # start, 3, end
    for record in history.train:  # the checkpoint's full-precision metrics were merged in
        assert {"reward", "q/pass_rate", "completions/mean_length", "entropy"} <= set(record)


def test_report_md_states_the_final_pass_at_k(reported) -> None:
    out, _ = reported
    md = (out / "report.md").read_text()
    aggregate = json.loads((out / "logs" / "eval_results.json").read_text())["pass_at_k"][
        "aggregate"
    ]
    assert "![metrics](report.png)" in md
    assert f"| steps logged | {MAX_STEPS} of max_steps {MAX_STEPS} |" in md
    assert f"pass@1 = {aggregate['pass@1']:.3f}, pass@2 = {aggregate['pass@2']:.3f}" in md
    assert "| reward |" in md and "| test pass rate |" in md
    assert "| q backend | embedded |" in md


def test_log_lines_of_a_resumed_run_are_merged_by_step(tmp_path) -> None:
    logs = tmp_path / "logs"
    logs.mkdir()
    (logs / "training_log.txt").write_text(
        "step=1 loss=0.1 reward=0.5 lr=1e-05 seconds=3\n"
        "step=2 loss=0.2 reward=0.6 lr=1e-05 seconds=6\n"
        "step=3 loss=0.3 reward=0.1 lr=1e-05 seconds=9\n"  # lost: the kill came before a save
        "step=2 seconds=9.5\n"
        "step=3 loss=0.3 reward=0.7 lr=1e-05 seconds=4\n"  # the resumed run's step 3
        "step=3 eval_reward=0.9 eval_q/pass_rate=0.5 seconds=5\n"
        "step=4 loss=0.4 rew"  # half-written last line of a killed run
    )
    checkpoint = tmp_path / "checkpoints" / "checkpoint-2"
    checkpoint.mkdir(parents=True)
    history = [
        {"step": 1, "loss": 0.1, "reward": 0.5123456, "completions/mean_length": 40.0},
        {"step": 2, "loss": 0.2, "reward": 0.6123456, "completions/mean_length": 41.0},
    ]
    (checkpoint / "trainer_state.json").write_text(json.dumps({"log_history": history}))
    merged = load_history(tmp_path)
    assert merged.series("reward") == ([1, 2, 3], [0.5123456, 0.6123456, 0.7])
    assert merged.series("loss")[0] == [1, 2, 3, 4]
    assert merged.series("completions/mean_length") == ([1, 2], [40.0, 41.0])
    assert merged.series("eval_reward", "eval") == ([3], [0.9])
    assert merged.checkpoints == ["checkpoint-2"]


def test_parse_log_line() -> None:
    assert parse_log_line("step=7 loss=0.5 q/pass_rate=0.25 lr=2e-06 seconds=1.5") == {
        "step": 7.0,
        "loss": 0.5,
        "q/pass_rate": 0.25,
        "learning_rate": 2e-06,
        "seconds": 1.5,
    }
    assert parse_log_line("2026-11-25 INFO something happened") is None


def test_report_on_a_dir_without_a_run_is_a_clear_error(tmp_path) -> None:
    proc = run_trainer(["--report", str(tmp_path)])
    assert proc.returncode == 2
    assert f"{tmp_path} holds no training metrics" in proc.stderr
    assert "Traceback" not in proc.stderr
    missing = run_trainer(["--report", str(tmp_path / "missing")])
    assert missing.returncode == 2 and "no such directory" in missing.stderr


def test_report_of_an_empty_history_still_draws(tmp_path) -> None:
    (tmp_path / "logs").mkdir()
    (tmp_path / "logs" / "eval_results.json").write_text(
        json.dumps({"global_step": 0, "pass_at_k": {"aggregate": {"pass@1": 0.25}}})
    )
    png, md = write_report(tmp_path)
    assert png.stat().st_size > 10_000
    assert "pass@1 = 0.250" in md.read_text()
