"""--resume_from_checkpoint: a run stopped by SIGTERM and resumed with the command it printed
reaches the same step count as an uninterrupted run, with the same metrics at every step after
the stop (so model, optimizer, scheduler, RNG and data order all continued), its training log
continues, and wandb continues the same run. Plus the errors for what cannot be resumed."""

import json
from pathlib import Path

import pytest
import yaml

from tests.conftest import run_trainer
from tests.training_runs import MAX_STEPS, interrupted_run, reference_run, resumed_run
from trainer.outputs import RunPaths
from trainer.resume import (
    ResumeError,
    check_resumable,
    latest_checkpoint,
    resolve_checkpoint,
)

COMPARED = ("loss", "reward", "learning_rate", "grad_norm", "completions/mean_length")


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    base = tmp_path_factory.getbasetemp()
    stopped_at = interrupted_run(base)
    resumed = resumed_run(base)
    reference = reference_run(base)
    assert stopped_at.returncode == 143, stopped_at.stderr[-3000:]
    assert resumed.returncode == 0, resumed.stderr[-3000:]
    assert reference.returncode == 0, reference.stderr[-3000:]
    return stopped_at, resumed, reference


def _train_history(out: Path) -> dict[int, dict]:
    state = json.loads(
        (out / "checkpoints" / f"checkpoint-{MAX_STEPS}" / "trainer_state.json").read_text()
    )
    return {r["step"]: r for r in state["log_history"] if "loss" in r}


def _stop_step(runs) -> int:
    """The step the interrupted run stopped at, from its 'training interrupted' line."""
    line = next(ln for ln in runs[0].stderr.splitlines() if "training interrupted by" in ln)
    return int(line.split("at step ")[1].split(";")[0])


def test_resumed_run_reaches_the_same_step_count(runs) -> None:
    _, resumed, reference = runs
    for run in (resumed, reference):
        results = json.loads((run.output_dir / "logs" / "eval_results.json").read_text())
        assert results["global_step"] == MAX_STEPS
        assert (run.output_dir / "final_model" / "config.json").is_file()
    assert f"resuming from {resumed.output_dir}/checkpoints/checkpoint-" in resumed.stderr


def test_steps_after_the_stop_match_an_uninterrupted_run(runs) -> None:
    _, resumed, reference = runs
    stop = _stop_step(runs)
    ours, theirs = _train_history(resumed.output_dir), _train_history(reference.output_dir)
    assert sorted(ours) == sorted(theirs) == list(range(1, MAX_STEPS + 1))
    updated = [s for s in range(1, MAX_STEPS + 1) if theirs[s]["grad_norm"] > 0]
    assert updated, "no step changed the model: the comparison would not test the optimizer"
    for step in range(stop + 1, MAX_STEPS + 1):
        for key in COMPARED:
            assert ours[step][key] == pytest.approx(theirs[step][key], rel=1e-5, abs=1e-7), (
                step,
                key,
            )


def test_training_log_continues(runs) -> None:
    _, resumed, _ = runs
    log = (resumed.output_dir / "logs" / "training_log.txt").read_text().splitlines()
    steps = [int(line.split()[0].split("=")[1]) for line in log if " loss=" in line]
    assert steps == list(range(1, MAX_STEPS + 1))  # 1..stop, then the resumed stop+1..MAX


def test_same_wandb_run_continues(runs) -> None:
    _, resumed, _ = runs
    run_id = (resumed.output_dir / "wandb_run_id").read_text().strip()
    run_dirs = sorted((resumed.output_dir / "wandb").glob("offline-run-*"))
    assert len(run_dirs) == 2
    assert all(d.name.endswith(f"-{run_id}") for d in run_dirs)


def test_resume_with_other_settings_is_refused(runs) -> None:
    _, resumed, _ = runs
    config_before = (resumed.output_dir / "config.yaml").read_text()
    proc = run_trainer(
        [
            "--output_dir",
            str(resumed.output_dir),
            "--resume_from_checkpoint",
            "latest",
            "--num_generations",
            "2",
        ]  # fmt: skip
    )
    assert proc.returncode == 2
    assert "cannot resume from" in proc.stderr
    assert "--num_generations 4 → 2" in proc.stderr
    assert (resumed.output_dir / "config.yaml").read_text() == config_before


def test_latest_without_a_checkpoint_is_a_clear_error(tmp_path) -> None:
    proc = run_trainer(
        ["--output_dir", str(tmp_path / "new"), "--resume_from_checkpoint", "latest"]
    )
    assert proc.returncode == 2
    assert "--resume_from_checkpoint latest: no complete checkpoint" in proc.stderr
    assert str(tmp_path / "new" / "checkpoints") in proc.stderr
    assert "Traceback" not in proc.stderr


def _checkpoint(root: Path, step: int, complete: bool = True) -> Path:
    path = root / "checkpoints" / f"checkpoint-{step}"
    path.mkdir(parents=True)
    if complete:
        (path / "trainer_state.json").write_text("{}")
    return path


def test_latest_skips_a_half_written_checkpoint(tmp_path) -> None:
    _checkpoint(tmp_path, 2)
    ten = _checkpoint(tmp_path, 10)
    _checkpoint(tmp_path, 12, complete=False)  # killed while saving
    (tmp_path / "checkpoints" / "checkpoint-x").mkdir()
    assert latest_checkpoint(tmp_path / "checkpoints") == ten
    assert resolve_checkpoint("latest", RunPaths(tmp_path)) == ten


def test_a_path_must_be_a_complete_checkpoint(tmp_path) -> None:
    ten = _checkpoint(tmp_path, 10)
    assert resolve_checkpoint(str(ten), RunPaths(tmp_path / "elsewhere")) == ten
    with pytest.raises(ResumeError, match=f"did you mean {ten}"):
        resolve_checkpoint(str(tmp_path), RunPaths(tmp_path))
    with pytest.raises(ResumeError, match="no such checkpoint directory"):
        resolve_checkpoint(str(tmp_path / "missing"), RunPaths(tmp_path))
    assert resolve_checkpoint(None, RunPaths(tmp_path)) is None


def test_settings_that_may_change_on_resume(tmp_path) -> None:
    checkpoint = _checkpoint(tmp_path, 4)
    saved = {"model": None, "seed": 42, "num_generations": 8, "max_steps": 100, "lr": 1e-6}
    (tmp_path / "config.yaml").write_text(yaml.safe_dump(saved))
    check_resumable(checkpoint, {**saved, "max_steps": 200, "lr": 5e-7})
    with pytest.raises(ResumeError, match=r"--seed 42 → 7"):
        check_resumable(checkpoint, {**saved, "seed": 7})
