"""Flags: original names and defaults, YAML configs, validation, and the GRPOConfig built."""

import subprocess
import sys
from pathlib import Path

import pytest

from trainer.cli import build_parser, parse_args
from trainer.grpo_setup import build_grpo_config, vllm_base_url
from trainer.outputs import RunPaths, default_output_dir, model_size_label

ROOT = Path(__file__).resolve().parent.parent

ORIGINAL_DEFAULTS = {
    "model": None,
    "output_dir": None,
    "max_train_problems": 540,
    "max_test_problems": 40,
    "max_tests_per_problem": 3,
    "perfect_bonus": 1.0,
    "use_reasoning_format": False,
    "eval_steps": 25,
    "learning_rate": 2e-6,
    "use_vllm": False,
    "dummy_reward": False,
    "test_reward_function": False,
    "eval_only": False,
    "eval_k": 4,
    "eval_problems": 40,
    "repeat_eval_problems": 4,
    "simple_eval_problems": 15,
    "seed": 42,
    "num_generations": 8,
    "gradient_accumulation_steps": 8,
    "per_device_train_batch_size": 1,
    "use_wandb": False,
    "wandb_project": "q-rl",
    "wandb_name": None,
    "wandb_entity": None,
    "wandb_tags": None,
    "use_lora": False,
    "use_qlora": False,
    "lora_rank": 16,
    "lora_alpha": 32,
    "lora_dropout": 0.1,
    "generation_temp": 0.8,
    "base_reward_weight": 1.0,
    "perfect_reward_weight": 1.0,
    "max_model_len": 8192,
}


def test_original_flags_and_defaults() -> None:
    config = parse_args([])
    for name, default in ORIGINAL_DEFAULTS.items():
        assert getattr(config, name) == default, name


def test_added_flags_exist() -> None:
    dests = {a.dest for a in build_parser()._actions}
    for name in [
        "data", "q_backend", "q_binary", "q_timeout", "max_steps", "num_train_epochs",
        "save_steps", "max_completion_length", "vllm_server_host", "vllm_server_port",
        "vllm_server_timeout", "resume_from_checkpoint", "config", "eval_samples",
        "eval_baseline", "strict_data", "q_workers",
    ]:  # fmt: skip
        assert name in dests


def test_yaml_supplies_flags_and_command_line_wins(tmp_path: Path) -> None:
    cfg = tmp_path / "run.yaml"
    cfg.write_text("learning_rate: 1.0e-5\nnum_generations: 4\nuse_reasoning_format: true\n"
                   "wandb_tags: [a, b]\neval_k: 2\n")  # fmt: skip
    config = parse_args(["--config", str(cfg), "--num_generations", "2"])
    assert config.learning_rate == pytest.approx(1e-5)
    assert config.num_generations == 2
    assert config.use_reasoning_format is True
    assert config.wandb_tags == ["a", "b"]
    assert config.eval_k == 2


@pytest.mark.parametrize(
    ("yaml_text", "message"),
    [
        ("no_such_flag: 1\n", "unknown flag 'no_such_flag'"),
        ("num_generations: many\n", "num_generations='many' is not a valid int"),
        ("q_backend: java\n", "must be one of auto, kdb, embedded"),
        ("use_vllm: 3\n", "must be true or false"),
        ("- a\n- b\n", "must hold a mapping"),
    ],
)
def test_bad_yaml_is_named(tmp_path: Path, capsys, yaml_text: str, message: str) -> None:
    cfg = tmp_path / "run.yaml"
    cfg.write_text(yaml_text)
    with pytest.raises(SystemExit) as exit_info:
        parse_args(["--config", str(cfg)])
    assert exit_info.value.code == 2
    assert message in capsys.readouterr().err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--num_generations", "3"], "is not divisible by --num_generations 3"),
        (["--num_generations", "1", "--gradient_accumulation_steps", "1"], "at least 2"),
        (["--model", "/no/such/model"], "--model /no/such/model: no such model directory"),
        (["--use_qlora"], "--use_qlora needs a CUDA GPU"),
        (["--eval_k", "4", "--eval_samples", "2"], "--eval_samples 2 is smaller than --eval_k 4"),
        (["--learning_rate", "0"], "--learning_rate must be positive"),
        (["--resume_from_checkpoint", "/nope"], "no such checkpoint directory"),
        (["--config", "/nope.yaml"], "--config /nope.yaml: no such file"),
    ],
)
def test_invalid_combinations_fail_fast(argv: list[str], message: str) -> None:
    """The real script exits 2 with one sentence, before any model or data is loaded."""
    proc = subprocess.run(
        [sys.executable, str(ROOT / "rl_trainer.py"), *argv],
        capture_output=True, text=True, timeout=120, cwd=ROOT,
    )  # fmt: skip
    assert proc.returncode == 2
    assert message in proc.stderr
    assert "Traceback" not in proc.stderr


def test_every_training_flag_reaches_grpo_config(tmp_path: Path) -> None:
    config = parse_args([
        "--learning_rate", "3e-6", "--num_generations", "4", "--gradient_accumulation_steps", "2",
        "--per_device_train_batch_size", "2", "--generation_temp", "0.6",
        "--max_completion_length", "77", "--max_steps", "5", "--num_train_epochs", "2",
        "--save_steps", "3", "--seed", "7", "--eval_steps", "9", "--use_wandb",
        "--wandb_name", "run-x", "--use_vllm", "--vllm_server_host", "10.0.0.1",
        "--vllm_server_port", "8123", "--vllm_server_timeout", "30",
    ])  # fmt: skip
    paths = RunPaths(tmp_path)
    grpo = build_grpo_config(config, paths, [1.0, 0.5], bf16=False, has_eval=True)
    assert grpo.output_dir == str(tmp_path / "checkpoints")
    assert grpo.learning_rate == pytest.approx(3e-6)
    assert grpo.num_generations == 4
    assert grpo.gradient_accumulation_steps == 2
    assert grpo.per_device_train_batch_size == 2
    assert grpo.temperature == pytest.approx(0.6)
    assert grpo.max_completion_length == 77
    assert grpo.max_steps == 5
    assert grpo.num_train_epochs == 2
    assert grpo.save_steps == 3
    assert grpo.seed == 7
    assert grpo.eval_steps == 9
    assert grpo.eval_on_start is True
    assert grpo.per_device_eval_batch_size == 4
    assert grpo.reward_weights == [1.0, 0.5]
    assert grpo.report_to == ["wandb"]
    assert grpo.run_name == "run-x"
    assert grpo.use_vllm is True
    assert grpo.vllm_mode == "server"
    assert grpo.vllm_server_base_url == "http://10.0.0.1:8123"
    assert grpo.vllm_server_timeout == 30
    assert grpo.bf16 is False


def test_vllm_base_url_flag_wins() -> None:
    config = parse_args(["--vllm_server_base_url", "http://gpu0:9000/"])
    assert vllm_base_url(config) == "http://gpu0:9000"


@pytest.mark.parametrize(
    ("model", "label"),
    [
        (None, "tiny"),
        ("/your/best/sft/1.5b/checkpoint", "1.5b"),
        ("Qwen/Qwen2.5-7B-Instruct", "7b"),
        ("/models/Qwen2.5-32B", "32b"),
        ("/models/my-model", "my-model"),
    ],
)
def test_model_size_label(model: str | None, label: str) -> None:
    assert model_size_label(model) == label


def test_default_output_dir() -> None:
    assert default_output_dir(None, False) == Path("final_outputs/tiny/non_reasoning")
    assert default_output_dir("/m/14b", True) == Path("final_outputs/14b/reasoning")


def test_readme_flag_table_is_current() -> None:
    from trainer.cli import flag_table

    assert flag_table() in (ROOT / "README.md").read_text()
