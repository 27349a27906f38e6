"""A real multi-step GRPO run of rl_trainer.py on the built-in tiny model, embedded q backend,
wandb in offline mode: the output layout, logs, eval results and the final model."""

import json
from pathlib import Path

import pytest
import yaml

from tests.conftest import run_trainer


@pytest.fixture(scope="module")
def finished_run(tmp_path_factory, small_run) -> tuple[Path, str]:
    out = tmp_path_factory.mktemp("run")
    proc = run_trainer(
        [
            *small_run,
            "--max_steps",
            "3",
            "--save_steps",
            "2",
            "--eval_steps",
            "2",
            "--use_wandb",
            "--wandb_name",
            "e2e-test",
            "--wandb_tags",
            "ci",
            "tiny",
            "--output_dir",
            str(out),
        ]  # fmt: skip
    )
    assert proc.returncode == 0, proc.stderr[-4000:]
    return out, proc.stderr


def test_output_layout(finished_run) -> None:
    out, _ = finished_run
    assert (out / "checkpoints" / "checkpoint-2").is_dir()
    assert (out / "checkpoints" / "checkpoint-3").is_dir()
    assert (out / "final_model" / "config.json").is_file()
    assert (out / "logs" / "training_log.txt").is_file()
    assert (out / "logs" / "eval_results.json").is_file()
    assert (out / "config.yaml").is_file()


def test_training_log_has_a_line_per_step(finished_run) -> None:
    out, _ = finished_run
    lines = (out / "logs" / "training_log.txt").read_text().splitlines()
    train_lines = [ln for ln in lines if ln.split()[1].startswith("loss=")]
    assert [ln.split()[0] for ln in train_lines] == ["step=1", "step=2", "step=3"]
    for line in train_lines:
        assert "rewards/test_pass_reward/mean=" in line
        assert "rewards/perfect_bonus/mean=" in line
        assert "q/pass_rate=" in line
        assert "lr=" in line and "seconds=" in line and "eta=" in line
    assert sum("eval_reward=" in ln for ln in lines) == 3  # at start, at step 2 and at the end


def test_config_yaml_is_the_resolved_config(finished_run) -> None:
    out, _ = finished_run
    config = yaml.safe_load((out / "config.yaml").read_text())
    assert config["max_steps"] == 3
    assert config["num_generations"] == 4
    assert config["q_backend_resolved"] == "embedded"
    assert config["output_dir"] == str(out)
    assert config["eval_samples"] == 4


def test_eval_results(finished_run) -> None:
    out, _ = finished_run
    results = json.loads((out / "logs" / "eval_results.json").read_text())
    passk = results["pass_at_k"]
    assert set(passk["aggregate"]) == {"pass@1", "pass@2"}
    assert passk["num_problems"] == 3 and len(passk["problems"]) == 3
    for problem in passk["problems"]:
        assert problem["samples"] == 4
        assert 0 <= problem["passed"] <= 4
        assert 0.0 <= problem["pass@1"] <= problem["pass@2"] <= 1.0
    assert results["global_step"] == 3
    assert [h["step"] for h in results["periodic_eval"]] == [0, 2, 3]  # start, every 2, end


def test_final_model_reloads_and_generates(finished_run) -> None:
    from transformers import AutoModelForCausalLM, AutoTokenizer

    out, _ = finished_run
    tokenizer = AutoTokenizer.from_pretrained(out / "final_model")
    model = AutoModelForCausalLM.from_pretrained(out / "final_model")
    ids = tokenizer("solve:{x+1}", return_tensors="pt")
    generated = model.generate(**ids, max_new_tokens=5, do_sample=False)
    assert generated.shape[1] > ids["input_ids"].shape[1]


def test_wandb_offline_run(finished_run) -> None:
    out, _ = finished_run
    runs = list((out / "wandb").glob("offline-run-*"))
    assert len(runs) == 1
    run_id = (out / "wandb_run_id").read_text().strip()
    assert runs[0].name.endswith(run_id)
    assert list(runs[0].glob("run-*.wandb"))


def test_grpo_updates_changed_the_weights(finished_run) -> None:
    import torch
    from transformers import AutoModelForCausalLM

    out, _ = finished_run
    results = json.loads((out / "logs" / "eval_results.json").read_text())
    before = AutoModelForCausalLM.from_pretrained(results["model_path"]).state_dict()
    after = AutoModelForCausalLM.from_pretrained(out / "final_model").state_dict()
    assert any(not torch.equal(before[name], after[name]) for name in before)
