"""exps.sh: the printed commands for every size (--dry-run), its errors, and real runs of the script
on CPU with a stand-in for `vllm serve` (tests/vllm_standin_server.py), since no vLLM runs here."""

import argparse
import os
import re
import shlex
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.launch_support import run_bounded
from trainer.cli import build_parser
from trainer.model_setup import resolve_model_path
from trainer.vllm_serve import serve_argv

ROOT = Path(__file__).resolve().parent.parent
EXPS = ROOT / "exps.sh"
WANDB_NAMES = {"1.5b": "1.5b_non_reason", "3b": "3b_non_reason", "7b": "7b_non_reason",
               "14b": "14b_reasoning", "32b": "32b_reasoning"}  # fmt: skip
SIZES = {"1.5b": "non_reasoning", "3b": "non_reasoning", "7b": "non_reasoning",
         "14b": "reasoning", "32b": "reasoning"}  # fmt: skip
MODEL_VARS = {"1.5b": "MODEL_1_5B", "3b": "MODEL_3B", "7b": "MODEL_7B", "14b": "MODEL_14B",
              "32b": "MODEL_32B"}  # fmt: skip
STANDIN_CMD = f"{sys.executable} {ROOT / 'tests' / 'vllm_standin_server.py'}"


def clean_env(**extra: str) -> dict[str, str]:
    """The test environment without any exps.sh settings, plus ``extra``."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("MODEL_", "VLLM_"))}
    for name in ("SERVER_GPU", "TRAIN_GPUS", "MAX_MODEL_LEN", "SERVER_WAIT_S", "ACCELERATE_CONFIG"):
        env.pop(name, None)
    env.update(WANDB_MODE="offline", HF_HUB_OFFLINE="1", TOKENIZERS_PARALLELISM="false")
    env.update(extra)
    return env


def exps(
    *args: str, timeout: float = 60, cwd: Path = ROOT, **env: str
) -> subprocess.CompletedProcess:
    return run_bounded([str(EXPS), *args], timeout=timeout, cwd=cwd, env=clean_env(**env))


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def commands(stdout: str) -> tuple[str, list[str]]:
    """The server line and the training argv of one size's dry-run output."""
    lines = [line for line in stdout.splitlines() if not line.startswith("#")]
    assert len(lines) == 2, stdout
    return lines[0], shlex.split(lines[1])


def split_env(argv: list[str]) -> tuple[dict[str, str], list[str]]:
    env = {}
    while re.match(r"^[A-Z][A-Z0-9_]*=", argv[0]):
        key, value = argv.pop(0).split("=", 1)
        env[key] = value
    return env, argv


@pytest.mark.parametrize("size", list(SIZES))
def test_dry_run_prints_the_exact_commands_of_each_size(size, tmp_path):
    model = tmp_path / f"sft {size}"
    model.mkdir()
    result = exps("--dry-run", size, **{MODEL_VARS[size]: str(model)})
    assert result.returncode == 0, result.stderr
    server_line, train_argv = commands(result.stdout)
    output_dir = f"final_outputs/{size}/{SIZES[size]}/"

    server_env, server_argv = split_env(shlex.split(server_line))
    assert server_env == {
        "NCCL_P2P_DISABLE": "1",
        "CUDA_VISIBLE_DEVICES": "0",
        "VLLM_SERVER_DEV_MODE": "1",
    }
    assert server_argv[:-4] == serve_argv(str(model), port=8000, max_model_len=8192)
    assert server_argv[-4:] == [">", f"{output_dir}logs/vllm_server.log", "2>&1", "&"]

    train_env, train_argv = split_env(train_argv)
    assert train_env == {"NCCL_P2P_DISABLE": "1", "CUDA_VISIBLE_DEVICES": "1,2,3,4,5,6,7"}
    assert train_argv[:7] == [
        "accelerate", "launch", "--num_processes", "7", "--config_file", "config/zero3.yaml",
        "rl_trainer.py",
    ]  # fmt: skip
    flags = build_parser().parse_args(train_argv[7:])
    assert flags.model == str(model)
    assert flags.output_dir == output_dir
    assert flags.use_vllm and flags.use_wandb
    assert flags.vllm_server_port == 8000 and flags.max_model_len == 8192
    assert flags.learning_rate == 2e-6 and flags.generation_temp == 0.8
    assert (flags.eval_steps, flags.simple_eval_problems, flags.repeat_eval_problems) == (25, 15, 4)
    assert flags.use_reasoning_format == (SIZES[size] == "reasoning")
    assert (
        flags.wandb_name == f"{size}_{'reasoning' if SIZES[size] == 'reasoning' else 'non_reason'}"
    )
    assert not (ROOT / output_dir / "logs" / "vllm_server.log").exists()


def test_dry_run_all_prints_every_size_in_order_with_placeholders():
    result = exps("--dry-run", "all")
    assert result.returncode == 0, result.stderr
    headers = re.findall(r"^# exps.sh (\S+):", result.stdout, re.M)
    assert headers == list(SIZES)
    for var in MODEL_VARS.values():
        assert f"--model '<{var}>'" in result.stdout
        assert f"{var} is not set" in result.stderr


def test_overrides_and_extra_flags_reach_the_commands(tmp_path):
    env = dict(MODEL_7B=str(tmp_path), SERVER_GPU="3", TRAIN_GPUS="4,5", VLLM_PORT="8100",
               MAX_MODEL_LEN="4096", ACCELERATE_CONFIG="config/cpu_multi.yaml")  # fmt: skip
    out = tmp_path / "out"
    result = exps("--dry-run", "7b", "--output_dir", str(out), "--max_steps", "3", **env)
    assert result.returncode == 0, result.stderr
    server_line, train_argv = commands(result.stdout)
    server_env, server_argv = split_env(shlex.split(server_line))
    assert server_env["CUDA_VISIBLE_DEVICES"] == "3"
    assert server_argv[:-4] == serve_argv(str(tmp_path), port=8100, max_model_len=4096)
    assert server_argv[-3] == f"{out}/logs/vllm_server.log"
    train_env, train_argv = split_env(train_argv)
    assert train_env["CUDA_VISIBLE_DEVICES"] == "4,5"
    assert train_argv[2:6] == ["--num_processes", "2", "--config_file", "config/cpu_multi.yaml"]
    flags = build_parser().parse_args(train_argv[7:])
    assert (flags.output_dir, flags.max_steps) == (str(out), 3)
    assert (flags.vllm_server_port, flags.max_model_len) == (8100, 4096)
    assert train_argv.count("--output_dir") == 1
    assert not out.exists()


def test_relative_model_path_is_the_callers(tmp_path):
    (tmp_path / "ckpt").mkdir()
    result = exps("--dry-run", "--model", "ckpt", "3b", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    _, train_argv = commands(result.stdout)
    assert train_argv[train_argv.index("--model") + 1] == str(tmp_path / "ckpt")


@pytest.mark.parametrize(
    ("args", "env", "message"),
    [
        (["7b"], {}, "no model for 7b: set MODEL_7B=/path/to/sft/checkpoint or pass --model PATH"),
        (["7b"], {"MODEL_7B": "/no/such/dir"}, "'/no/such/dir' is not a directory (from MODEL_7B)"),
        (["--model", "/no/such/dir", "3b"], {}, "'/no/such/dir' is not a directory (from --model)"),
        (["9b"], {}, "unknown SIZE '9b'"),
        ([], {}, "missing SIZE"),
        (["--dry-run", "7b", "--vllm_server_port", "9"], {}, "set VLLM_PORT instead"),
        (["--dry-run", "7b", "--max_model_len", "9"], {}, "set MAX_MODEL_LEN"),
        (["--dry-run", "7b"], {"TRAIN_GPUS": "0,1"}, "SERVER_GPU 0 is also in TRAIN_GPUS 0,1"),
        (["--dry-run", "7b"], {"TRAIN_GPUS": "1;2"}, "TRAIN_GPUS='1;2' is not a list"),
        (["--dry-run", "--model", "/x", "all"], {}, "--model cannot be used with all"),
    ],
)
def test_bad_input_gives_one_clear_error(args, env, message):
    result = exps(*args, **env)
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def standin_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    """Settings for a real exps.sh run on this CPU machine with the stand-in server."""
    settings = dict(VLLM_SERVE_CMD=STANDIN_CMD, VLLM_PORT=str(free_port()), SERVER_GPU="0",
                    TRAIN_GPUS="1", ACCELERATE_CONFIG="config/cpu_multi.yaml", SERVER_WAIT_S="60",
                    MODEL_1_5B=str(tmp_path))  # fmt: skip
    return {**settings, **extra}


def server_pid(stderr: str) -> int:
    return int(re.search(r"vLLM server started \(pid (\d+)\)", stderr).group(1))


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def test_real_run_starts_server_waits_trains_and_stops_it(tmp_path):
    out = tmp_path / "out"
    train = ["--output_dir", str(out), "--test_reward_function", "--max_train_problems", "3"]
    result = exps("1.5b", *train, timeout=300, **standin_env(tmp_path))
    assert result.returncode == 0, result.stderr[-3000:]
    assert "reward check passed" in result.stdout
    assert "vLLM server is up at http://127.0.0.1:" in result.stderr
    assert "training for 1.5b exited with status 0" in result.stderr
    assert not alive(server_pid(result.stderr))
    log = (out / "logs" / "vllm_server.log").read_text()
    assert "--weight-transfer-config" in log and str(tmp_path) in log
    assert "GET /health" in log
    assert "stopped by signal 15" in log


def test_training_failure_stops_the_server_and_returns_the_failure(tmp_path):
    out = tmp_path / "out"
    # 8 gradient-accumulation steps × 1 process cannot hold groups of 3: rl_trainer refuses.
    flags = ["--output_dir", str(out), "--num_generations", "3"]
    result = exps("1.5b", *flags, timeout=300, **standin_env(tmp_path))
    assert result.returncode != 0  # accelerate launch reports a failed process as 1
    assert "not divisible by --num_generations 3" in result.stderr
    assert f"training for 1.5b exited with status {result.returncode}" in result.stderr
    assert not alive(server_pid(result.stderr))
    assert "stopped by signal 15" in (out / "logs" / "vllm_server.log").read_text()


def test_real_run_reaches_the_trainers_vllm_preflight(tmp_path):
    """exps.sh -> accelerate launch -> rl_trainer.py --use_vllm: the trainer finds the server
    healthy with its weight-sync endpoints, then refuses prompts longer than its context."""
    model = resolve_model_path(argparse.Namespace(model=None))  # the built-in tiny model
    env = standin_env(tmp_path, MODEL_1_5B=model, MAX_MODEL_LEN="64")
    out = tmp_path / "out"
    flags = ["--output_dir", str(out), "--max_completion_length", "32", "--max_train_problems", "4"]
    result = exps("1.5b", *flags, timeout=600, **env)
    assert result.returncode != 0
    assert "rl_trainer.py: error: problem " in result.stderr
    assert "more than --max_model_len 64" in result.stderr
    assert not alive(server_pid(result.stderr))
    log = (out / "logs" / "vllm_server.log").read_text()
    assert "GET /server_info?config_format=json" in log and "GET /v1/models" in log


def test_server_that_dies_is_reported_with_its_log(tmp_path):
    out = tmp_path / "out"
    env = standin_env(tmp_path, STANDIN_EXIT_CODE="3")
    result = exps("1.5b", "--output_dir", str(out), **env)
    assert result.returncode == 1
    assert "the vLLM server exited (status 3) before answering" in result.stderr
    assert "stand-in vLLM server: argv" in result.stderr  # the log's last lines


def test_server_that_never_answers_times_out_and_is_stopped(tmp_path):
    env = standin_env(tmp_path, STANDIN_START_DELAY_S="120", SERVER_WAIT_S="2")
    start = time.monotonic()
    result = exps("1.5b", "--output_dir", str(tmp_path / "out"), **env)
    assert result.returncode == 1
    assert time.monotonic() - start < 40
    assert "did not answer http://127.0.0.1:" in result.stderr and "within 2 s" in result.stderr
    assert not alive(server_pid(result.stderr))


def test_sigterm_while_waiting_stops_the_server(tmp_path):
    env = standin_env(tmp_path, STANDIN_START_DELAY_S="120")
    proc = subprocess.Popen(
        [str(EXPS), "1.5b", "--output_dir", str(tmp_path / "out")],
        env=clean_env(**env),
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        text=True,
    )
    line = ""
    while "vLLM server started" not in line:
        line = proc.stderr.readline()
        assert line, "exps.sh ended before starting the server"
    pid = server_pid(line)
    proc.send_signal(signal.SIGTERM)
    rest = proc.stderr.read()
    assert proc.wait(timeout=60) == 143
    assert "stopping the vLLM server" in rest
    assert not alive(pid)


def test_refuses_to_train_against_a_server_already_on_the_port(tmp_path):
    env = standin_env(tmp_path)
    port = env["VLLM_PORT"]
    other = subprocess.Popen(
        [*STANDIN_CMD.split(), "/other", "--host", "127.0.0.1", "--port", port],
        stdout=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", int(port)), timeout=1).close()
                break
            except OSError:
                time.sleep(0.1)
        result = exps("1.5b", "--output_dir", str(tmp_path / "out"), **env)
    finally:
        other.terminate()
        other.wait(timeout=10)
    assert result.returncode == 2
    assert f"something already answers at http://127.0.0.1:{port}/health" in result.stderr
