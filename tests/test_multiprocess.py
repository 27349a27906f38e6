"""Real multi-process launches of rl_trainer.py on CPU with `accelerate launch --num_processes 2`:
config/cpu_multi.yaml (two processes over gloo) and config/zero3.yaml (DeepSpeed ZeRO-3, bf16).
Each runs 2 GRPO steps on the built-in tiny model and must leave checkpoints and a final model
that reload as plain models."""

import json
import os
import re
import socket
import subprocess
from pathlib import Path

import pytest
import torch
import yaml
from safetensors.torch import load_file
from transformers import AutoModelForCausalLM

from tests.launch_support import run_bounded

ROOT = Path(__file__).resolve().parent.parent
ACCELERATE = ROOT / ".venv" / "bin" / "accelerate"
TINY_FLAGS = [
    "--max_steps", "2", "--save_steps", "1", "--num_generations", "2",
    "--gradient_accumulation_steps", "1", "--per_device_train_batch_size", "1",
    "--max_completion_length", "24", "--max_train_problems", "8", "--max_test_problems", "2",
    "--simple_eval_problems", "0", "--eval_problems", "2", "--eval_k", "1", "--eval_samples", "1",
]  # fmt: skip


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def launch(config_file: str, output_dir: Path) -> subprocess.CompletedProcess:
    """`accelerate launch --num_processes 2` of rl_trainer.py with tiny settings."""
    env = {**os.environ, "WANDB_MODE": "offline", "HF_HUB_OFFLINE": "1",
           "TOKENIZERS_PARALLELISM": "false"}  # fmt: skip
    env.pop("LOCAL_WORLD_SIZE", None)
    command = [
        str(ACCELERATE), "launch", "--config_file", config_file, "--num_processes", "2",
        "--main_process_port", str(free_port()),
        "rl_trainer.py", "--output_dir", str(output_dir), *TINY_FLAGS,
    ]  # fmt: skip
    result = run_bounded(command, timeout=1200, cwd=ROOT, env=env)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-6000:]
    return result


def expected_q_workers() -> int:
    return max(1, len(os.sched_getaffinity(0)) // 2)


def check_distributed_run(result: subprocess.CompletedProcess, output_dir: Path) -> None:
    """Two processes trained together for 2 steps, each with its own right-sized q pool."""
    log = result.stdout + result.stderr
    pools = re.findall(r"q backend: embedded \((\d+) workers\)", log)
    assert pools == [str(expected_q_workers())] * 2, pools
    resolved = yaml.safe_load((output_dir / "config.yaml").read_text())
    assert resolved["world_size"] == 2
    for step in (1, 2):
        state_file = output_dir / f"checkpoints/checkpoint-{step}/trainer_state.json"
        state = json.loads(state_file.read_text())
        assert state["global_step"] == step
    lines = (output_dir / "logs" / "training_log.txt").read_text().splitlines()
    logged = [line.split()[0] for line in lines if " reward=" in line]
    assert logged == ["step=1", "step=2"], lines
    assert json.loads((output_dir / "logs" / "eval_results.json").read_text())["pass_at_k"]


def check_reloads(model_dir: Path, dtype: torch.dtype) -> None:
    """A plain (consolidated) model: every tensor whole, and AutoModelForCausalLM loads it."""
    tensors = load_file(str(model_dir / "model.safetensors"))
    model = AutoModelForCausalLM.from_pretrained(model_dir)
    shapes = {name: tuple(p.shape) for name, p in model.state_dict().items()}
    assert tensors and all(t.numel() > 0 for t in tensors.values())
    for name, tensor in tensors.items():
        assert tuple(tensor.shape) == shapes[name], name
        assert tensor.dtype == dtype, (name, tensor.dtype)
    assert model.dtype == dtype


@pytest.mark.timeout(1500)
def test_two_cpu_processes_over_gloo(tmp_path):
    output_dir = tmp_path / "run"
    result = launch("config/cpu_multi.yaml", output_dir)
    check_distributed_run(result, output_dir)
    for step in (1, 2):
        check_reloads(output_dir / f"checkpoints/checkpoint-{step}", torch.float32)
    check_reloads(output_dir / "final_model", torch.float32)


@pytest.mark.timeout(1500)
def test_deepspeed_zero3_two_processes_bf16(tmp_path):
    output_dir = tmp_path / "run"
    result = launch("config/zero3.yaml", output_dir)
    check_distributed_run(result, output_dir)
    for step in (1, 2):
        checkpoint = output_dir / f"checkpoints/checkpoint-{step}"
        shards = sorted(p.name for p in (checkpoint / f"global_step{step}").iterdir())
        assert shards == [
            "bf16_zero_pp_rank_0_mp_rank_00_optim_states.pt",
            "bf16_zero_pp_rank_1_mp_rank_00_optim_states.pt",
            "zero_pp_rank_0_mp_rank_00_model_states.pt",
            "zero_pp_rank_1_mp_rank_00_model_states.pt",
        ]
        check_reloads(checkpoint, torch.bfloat16)
    check_reloads(output_dir / "final_model", torch.bfloat16)
