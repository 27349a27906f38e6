"""Command-line flags of rl_trainer.py, YAML config merging and up-front validation.

The flag names and defaults of the original research script are kept; flags added for real
use (data source, q backend, step limits, vLLM server, resume, YAML config) follow them.
"""

import argparse
import os
from pathlib import Path
from typing import Any

import yaml

RunConfig = argparse.Namespace
"""The fully resolved run configuration (every flag, after YAML and command line)."""


class ConfigError(ValueError):
    """A run configuration that cannot work; the message is one sentence for the user."""


def build_parser() -> argparse.ArgumentParser:
    """The argparse parser for every flag of rl_trainer.py."""
    p = argparse.ArgumentParser(
        prog="rl_trainer.py",
        description="GRPO reinforcement learning for q code generation (TRL GRPOTrainer).",
        formatter_class=argparse.ArgumentDefaultsHelpFormatter,
    )
    g = p.add_argument_group("model and output")
    g.add_argument(
        "--model",
        default=None,
        help="SFT model directory or hub id; default: the built-in tiny model",
    )
    g.add_argument("--output_dir", default=None, help="default: final_outputs/<size>/<format>/")
    g.add_argument(
        "--config", default=None, help="YAML file supplying any flag; the command line wins"
    )
    g.add_argument(
        "--resume_from_checkpoint", default=None, help="'latest' or a checkpoint directory"
    )
    g.add_argument(
        "--report",
        default=None,
        metavar="OUTPUT_DIR",
        help="write report.png and report.md for a run's output dir, then exit",
    )

    g = p.add_argument_group("data")
    g.add_argument(
        "--data",
        default=None,
        help="SFT_Data folder, JSONL/parquet/save_to_disk data or hub name; default: bundled data/",
    )
    g.add_argument(
        "--strict_data",
        action="store_true",
        help="bad problem records are fatal instead of skipped",
    )
    g.add_argument(
        "--max_train_problems",
        type=int,
        default=540,
        help="training problems sampled (seed-reproducible)",
    )
    g.add_argument(
        "--max_test_problems", type=int, default=40, help="test problems sampled for evaluation"
    )
    g.add_argument(
        "--max_tests_per_problem",
        type=int,
        default=3,
        help="test cases run per completion during training",
    )

    g = p.add_argument_group("rewards")
    g.add_argument(
        "--base_reward_weight", type=float, default=1.0, help="weight of the test pass fraction"
    )
    g.add_argument("--perfect_bonus", type=float, default=1.0, help="bonus when every test passes")
    g.add_argument(
        "--perfect_reward_weight", type=float, default=1.0, help="weight of the perfect bonus"
    )
    g.add_argument(
        "--format_reward_weight",
        type=float,
        default=1.0,
        help="weight of the reasoning-format reward",
    )
    g.add_argument(
        "--use_reasoning_format",
        action="store_true",
        help="<reasoning>…</reasoning><answer>…</answer>",
    )
    g.add_argument(
        "--dummy_reward", action="store_true", help="bracket-count reward (pipeline check, no q)"
    )
    g.add_argument(
        "--test_reward_function",
        action="store_true",
        help="check the reward on reference solutions first",
    )

    g = p.add_argument_group("q execution")
    g.add_argument("--q_backend", choices=["auto", "kdb", "embedded"], default="auto")
    g.add_argument(
        "--q_binary", default=None, help="kdb+ q binary; else $Q_INTERPRETER_PATH, else q on PATH"
    )
    g.add_argument("--q_timeout", type=float, default=5.0, help="seconds per q run")
    g.add_argument(
        "--q_workers",
        type=int,
        default=None,
        help="parallel q runs; default: cores / local processes",
    )

    g = p.add_argument_group("training")
    g.add_argument("--learning_rate", type=float, default=2e-6, help="AdamW learning rate")
    g.add_argument(
        "--num_generations",
        type=int,
        default=8,
        help="completions sampled per prompt (the GRPO group)",
    )
    g.add_argument(
        "--gradient_accumulation_steps",
        type=int,
        default=8,
        help="micro-batches per optimizer step",
    )
    g.add_argument(
        "--per_device_train_batch_size",
        type=int,
        default=1,
        help="completions per process per micro-batch",
    )
    g.add_argument("--generation_temp", type=float, default=0.8, help="sampling temperature")
    g.add_argument(
        "--max_completion_length",
        type=int,
        default=512,
        help="tokens generated per completion at most",
    )
    g.add_argument("--max_steps", type=int, default=-1, help="-1: run --num_train_epochs")
    g.add_argument(
        "--num_train_epochs",
        type=float,
        default=1.0,
        help="passes over the training problems when --max_steps is -1",
    )
    g.add_argument("--save_steps", type=int, default=100, help="checkpoint every N steps")
    g.add_argument(
        "--logging_steps",
        type=int,
        default=1,
        help="log (and write training_log.txt) every N steps",
    )
    g.add_argument(
        "--seed", type=int, default=42, help="seed for sampling problems, data order and training"
    )
    g.add_argument(
        "--bf16",
        choices=["auto", "true", "false"],
        default="auto",
        help="auto: on with CUDA or DeepSpeed",
    )

    g = p.add_argument_group("evaluation")
    g.add_argument(
        "--eval_steps",
        type=int,
        default=25,
        help="periodic evaluation every N steps (and at start)",
    )
    g.add_argument(
        "--simple_eval_problems", type=int, default=15, help="test problems in the periodic eval"
    )
    g.add_argument(
        "--repeat_eval_problems", type=int, default=4, help="repeats of each periodic-eval problem"
    )
    g.add_argument("--eval_only", action="store_true", help="only run pass@k evaluation")
    g.add_argument("--eval_k", type=int, default=4, help="k of pass@k (pass@1 is always reported)")
    g.add_argument(
        "--eval_problems",
        type=int,
        default=40,
        help="test problems in the final / --eval_only pass@k",
    )
    g.add_argument(
        "--eval_samples", type=int, default=None, help="samples per problem; default 2 × eval_k"
    )
    g.add_argument(
        "--eval_baseline",
        choices=["model", "reference"],
        default="model",
        help="reference: score the reference solutions (must give pass@k = 1)",
    )

    g = p.add_argument_group("LoRA")
    g.add_argument(
        "--use_lora", action="store_true", help="train LoRA adapters instead of all weights"
    )
    g.add_argument("--use_qlora", action="store_true", help="4-bit QLoRA (CUDA + bitsandbytes)")
    g.add_argument("--lora_rank", type=int, default=16, help="LoRA rank r")
    g.add_argument("--lora_alpha", type=int, default=32, help="LoRA alpha")
    g.add_argument("--lora_dropout", type=float, default=0.1, help="LoRA dropout")

    g = p.add_argument_group("vLLM server")
    g.add_argument(
        "--use_vllm",
        action="store_true",
        help="generate with a running vLLM server (TRL server mode)",
    )
    g.add_argument("--vllm_server_host", default="0.0.0.0", help="vLLM server host")
    g.add_argument("--vllm_server_port", type=int, default=8000, help="vLLM server port")
    g.add_argument("--vllm_server_base_url", default=None, help="overrides host and port")
    g.add_argument(
        "--vllm_server_timeout",
        type=float,
        default=240.0,
        help="seconds to wait for the vLLM server",
    )
    g.add_argument(
        "--max_model_len", type=int, default=8192, help="the vLLM server's context length"
    )

    g = p.add_argument_group("Weights & Biases")
    g.add_argument("--use_wandb", action="store_true", help="log to Weights & Biases")
    g.add_argument("--wandb_project", default="q-rl", help="wandb project")
    g.add_argument("--wandb_name", default=None, help="wandb run name")
    g.add_argument("--wandb_entity", default=None, help="wandb entity (team or user)")
    g.add_argument("--wandb_tags", nargs="*", default=None, help="wandb tags")
    return p


def _yaml_defaults(parser: argparse.ArgumentParser, path: str) -> dict[str, Any]:
    """Flag values from a YAML file, converted and checked like command-line values."""
    file = Path(path)
    if not file.is_file():
        raise ConfigError(f"--config {path}: no such file.")
    try:
        data = yaml.safe_load(file.read_text()) or {}
    except yaml.YAMLError as err:
        raise ConfigError(f"--config {path} is not valid YAML: {err}") from None
    if not isinstance(data, dict):
        raise ConfigError(f"--config {path} must hold a mapping of flag names to values.")
    actions = {a.dest: a for a in parser._actions}
    values: dict[str, Any] = {}
    for key, value in data.items():
        name = str(key).lstrip("-").replace("-", "_")
        action = actions.get(name)
        if action is None or name in ("help", "config"):
            raise ConfigError(f"--config {path}: unknown flag {key!r}.")
        values[name] = _convert(action, value, path)
    return values


def _convert(action: argparse.Action, value: Any, path: str) -> Any:
    if value is None:
        return None
    where = f"--config {path}: {action.dest}={value!r}"
    if isinstance(action, argparse._StoreTrueAction):
        if not isinstance(value, bool):
            raise ConfigError(f"{where} must be true or false.")
        return value
    if action.nargs == "*":
        items = value if isinstance(value, list) else [value]
        return [str(v) for v in items]
    try:
        converted = action.type(value) if action.type else str(value)
    except (TypeError, ValueError):
        raise ConfigError(f"{where} is not a valid {action.type.__name__}.") from None
    if action.choices and converted not in action.choices:
        raise ConfigError(f"{where} must be one of {', '.join(map(str, action.choices))}.")
    return converted


def parse_args(argv: list[str] | None = None) -> RunConfig:
    """Parse flags (YAML first, then the command line) and validate the combination."""
    parser = build_parser()
    first, _ = parser.parse_known_args(argv)
    if first.config:
        try:
            parser.set_defaults(**_yaml_defaults(parser, first.config))
        except ConfigError as err:
            parser.error(str(err))
    config = parser.parse_args(argv)
    try:
        validate(config)
    except ConfigError as err:
        parser.error(str(err))
    return config


def world_size() -> int:
    """Number of training processes (set by accelerate/torchrun), 1 for a plain run."""
    return int(os.environ.get("WORLD_SIZE", "1"))


def _looks_local(model: str) -> bool:
    """Paths (absolute, relative or with several parts) as opposed to hub ids like ``org/name``."""
    return model.startswith(("/", ".", "~")) or model.count("/") > 1


def validate(config: RunConfig) -> None:
    """Reject combinations that cannot work, before anything heavy is loaded."""
    positive = [
        "num_generations", "gradient_accumulation_steps", "per_device_train_batch_size",
        "max_completion_length", "eval_k", "eval_steps", "save_steps", "max_tests_per_problem",
        "lora_rank", "max_model_len", "logging_steps",
    ]  # fmt: skip
    for name in positive:
        if getattr(config, name) < 1:
            raise ConfigError(f"--{name} must be at least 1, got {getattr(config, name)}.")
    for name in ("max_train_problems", "max_test_problems", "eval_problems", "simple_eval_problems",
                 "repeat_eval_problems"):  # fmt: skip
        if getattr(config, name) < 0:
            raise ConfigError(f"--{name} must not be negative, got {getattr(config, name)}.")
    if config.num_generations < 2:
        raise ConfigError(
            f"--num_generations must be at least 2 for GRPO, got {config.num_generations}."
        )
    if config.learning_rate <= 0:
        raise ConfigError(f"--learning_rate must be positive, got {config.learning_rate}.")
    if config.generation_temp <= 0:
        raise ConfigError(f"--generation_temp must be positive, got {config.generation_temp}.")
    if config.q_timeout <= 0:
        raise ConfigError(f"--q_timeout must be positive, got {config.q_timeout}.")
    if config.q_workers is not None and config.q_workers < 1:
        raise ConfigError(f"--q_workers must be at least 1, got {config.q_workers}.")
    if not 0 <= config.lora_dropout < 1:
        raise ConfigError(f"--lora_dropout must be in [0, 1), got {config.lora_dropout}.")
    processes = world_size()
    global_batch = (
        config.per_device_train_batch_size * processes * config.gradient_accumulation_steps
    )
    if global_batch % config.num_generations:
        raise ConfigError(
            f"the global batch (per_device_train_batch_size {config.per_device_train_batch_size}"
            f" × {processes} processes × gradient_accumulation_steps "
            f"{config.gradient_accumulation_steps} = {global_batch}) is not divisible by "
            f"--num_generations {config.num_generations}."
        )
    samples = eval_samples(config)
    if samples < config.eval_k:
        raise ConfigError(f"--eval_samples {samples} is smaller than --eval_k {config.eval_k}.")
    if config.use_qlora:
        import torch

        if not torch.cuda.is_available():
            raise ConfigError(
                "--use_qlora needs a CUDA GPU (4-bit bitsandbytes); use --use_lora on CPU."
            )
    if (
        config.model is not None
        and _looks_local(config.model)
        and not Path(config.model).expanduser().is_dir()
    ):
        raise ConfigError(f"--model {config.model}: no such model directory.")
    if config.config is not None and not Path(config.config).is_file():
        raise ConfigError(f"--config {config.config}: no such file.")
    resume = config.resume_from_checkpoint
    if resume not in (None, "latest") and not Path(resume).is_dir():
        raise ConfigError(
            f"--resume_from_checkpoint {config.resume_from_checkpoint}: "
            "no such checkpoint directory."
        )


def eval_samples(config: RunConfig) -> int:
    """Samples per problem for pass@k (``--eval_samples``, default twice ``--eval_k``)."""
    return config.eval_samples if config.eval_samples is not None else 2 * config.eval_k


def flag_table() -> str:
    """A Markdown table of every flag, its default and help, grouped as in ``--help``."""
    parser = build_parser()
    lines = ["| flag | default | meaning |", "| --- | --- | --- |"]
    for group in parser._action_groups[2:]:
        for action in group._group_actions:
            default = "off" if isinstance(action, argparse._StoreTrueAction) else action.default
            meaning = (action.help or "").replace("|", "\\|")
            if action.choices:
                meaning = f"{meaning} ({'/'.join(map(str, action.choices))})".strip()
            lines.append(f"| `{action.option_strings[0]}` | {default} | {meaning} |")
    return "\n".join(lines)


if __name__ == "__main__":
    print(flag_table())
