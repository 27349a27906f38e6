"""vLLM server mode: the server command TRL 1.16 wants, the pinned vLLM release, and the preflight
(health, weight-sync endpoints, context length, LoRA/QLoRA policy) against a real HTTP server
that answers like `vllm serve` (tests/vllm_standin_server.py), since no vLLM runs here."""

import argparse
import importlib.util
import inspect
import logging
import re
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from packaging.version import Version
from trl import import_utils as trl_import_utils
from trl.scripts.vllm_serve import ScriptArguments, build_command

from q_data import Problem
from tests.conftest import run_trainer
from trainer.model_setup import resolve_model_path
from trainer.q_tokenizer import train_q_tokenizer
from trainer.vllm_preflight import (
    VLLMPreflightError,
    check_context,
    check_flags,
    check_health,
    check_weight_sync,
    preflight_vllm,
    served_model,
)
from trainer.vllm_serve import serve_argv, shell_command

ROOT = Path(__file__).resolve().parent.parent
STANDIN = ROOT / "tests" / "vllm_standin_server.py"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_standin(args: list[str], dev_mode: bool = True) -> tuple[subprocess.Popen, str]:
    """Run the stand-in server on a free port; return it and its base URL once it listens."""
    port = free_port()
    env = {"PATH": "/usr/bin:/bin", **({"VLLM_SERVER_DEV_MODE": "1"} if dev_mode else {})}
    proc = subprocess.Popen(
        [sys.executable, str(STANDIN), *args, "--host", "127.0.0.1", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return proc, f"http://127.0.0.1:{port}"
        except OSError:
            time.sleep(0.1)
    proc.kill()
    raise RuntimeError("stand-in server did not start")


@pytest.fixture
def standin():
    procs = []

    def start(args: list[str], dev_mode: bool = True) -> str:
        proc, url = start_standin(args, dev_mode)
        procs.append(proc)
        return url

    yield start
    for proc in procs:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.fixture(scope="module")
def tokenizer():
    texts = ["Write a q (kdb+) function named `solve` for the problem below.", "solve:{x+1}"]
    return train_q_tokenizer(texts * 20, vocab_size=512)


def problem(pid: str, words: int) -> Problem:
    description = " ".join(["Return the sum of the list"] + ["and more"] * words)
    return Problem(pid, pid, description, "solve:{sum x}", "easy", [], [])


def run_config(**overrides) -> argparse.Namespace:
    values = dict(
        use_qlora=False,
        use_lora=False,
        max_model_len=8192,
        max_completion_length=64,
        use_reasoning_format=False,
    )
    return argparse.Namespace(**{**values, **overrides})


def test_server_command_is_trls_vllm_serve_for_the_pinned_release():
    ours = serve_argv("/sft/7b", port=8123, max_model_len=4096, gpu_memory_utilization=0.8)
    trl_args = ScriptArguments(
        model="/sft/7b", port=8123, max_model_len=4096, gpu_memory_utilization=0.8
    )
    trls = build_command(trl_args)
    expected = ["vllm", *trls[trls.index("serve") :]]
    if "--enable-scale-out" not in expected:  # TRL adds it only when vLLM >= 0.30 is installed
        expected.insert(expected.index("--weight-transfer-config"), "--enable-scale-out")
    assert ours == expected
    assert ours[:3] == ["vllm", "serve", "/sft/7b"]
    for flag, value in [
        ("--weight-transfer-config", '{"backend": "nccl"}'),
        ("--logprobs-mode", "processed_logprobs"),
        ("--max-logprobs", "-1"),
        ("--max-model-len", "4096"),
        ("--port", "8123"),
    ]:
        assert ours[ours.index(flag) + 1] == value
    line = shell_command(ours)
    assert line.startswith("VLLM_SERVER_DEV_MODE=1 vllm serve /sft/7b ")
    assert """--weight-transfer-config '{"backend": "nccl"}'""" in line


def test_pinned_vllm_is_in_the_range_trl_supports():
    pins = re.findall(r"^vllm==(\S+)$", (ROOT / "requirements-gpu.txt").read_text(), re.M)
    assert len(pins) == 1, "requirements-gpu.txt must pin exactly one vllm release"
    pinned = Version(pins[0])
    source = inspect.getsource(trl_import_utils.is_vllm_available)
    low, high = re.search(r'Version\("([\d.]+)"\) <= \S+ <= Version\("([\d.]+)"\)', source).groups()
    assert Version(low) <= pinned <= Version(high), f"TRL supports vLLM {low}..{high}"
    assert pinned >= Version("0.30.0"), "the server command passes --enable-scale-out"


def test_health_check_fails_in_seconds_naming_url_and_command():
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    hint = shell_command(serve_argv("/sft/7b", port=port))
    start = time.monotonic()
    with pytest.raises(VLLMPreflightError) as err:
        check_health(url, hint)
    assert time.monotonic() - start < 10
    message = str(err.value)
    assert f"{url}/health" in message
    assert f"VLLM_SERVER_DEV_MODE=1 vllm serve /sft/7b --host 0.0.0.0 --port {port}" in message


def test_health_and_served_model_of_a_running_server(standin):
    url = standin(["/sft/7b", "--max-model-len", "2048"])
    check_health(url, "unused")
    assert served_model(url) == ("/sft/7b", 2048)


def test_weight_sync_needs_dev_mode_and_the_weight_transfer_engine(standin):
    no_dev = standin(["/m", "--weight-transfer-config", '{"backend": "nccl"}'], dev_mode=False)
    with pytest.raises(VLLMPreflightError, match="VLLM_SERVER_DEV_MODE=1"):
        check_weight_sync(no_dev, "START")
    no_transfer = standin(["/m"])
    with pytest.raises(VLLMPreflightError, match="(?s)no weight-transfer engine.*START"):
        check_weight_sync(no_transfer, "START")
    ready = standin(serve_argv("/m")[2:])
    check_weight_sync(ready, "START")


def test_context_check_refuses_prompts_that_cannot_fit(tokenizer):
    problems = [problem("short", 1), problem("long_one", 60), problem("mid", 10)]
    longest = check_context(tokenizer, problems, False, 64, [("--max_model_len", 8192)])
    assert longest > 100
    assert check_context(tokenizer, problems, False, 64, [("--max_model_len", longest + 64)])
    with pytest.raises(VLLMPreflightError) as err:
        check_context(tokenizer, problems, False, 64, [("--max_model_len", longest + 63)])
    message = str(err.value)
    assert "'long_one'" in message
    assert f"{longest}-token prompt" in message
    assert f"needs {longest + 64} tokens, more than --max_model_len {longest + 63}" in message
    assert "--max_completion_length to at most 63" in message
    with pytest.raises(VLLMPreflightError, match="prompt alone does not fit"):
        check_context(tokenizer, problems, False, 64, [("--max_model_len", longest - 1)])


def test_reasoning_prompts_are_measured_in_their_own_format(tokenizer):
    problems = [problem("p", 5)]
    plain = check_context(tokenizer, problems, False, 1, [])
    reasoning = check_context(tokenizer, problems, True, 1, [])
    assert reasoning > plain


def test_qlora_with_vllm_is_refused_and_lora_is_explained(caplog):
    with pytest.raises(VLLMPreflightError, match="--use_qlora cannot be combined with --use_vllm"):
        check_flags(run_config(use_qlora=True))
    with caplog.at_level(logging.INFO, logger="trainer.vllm_preflight"):
        check_flags(run_config(use_lora=True))
    assert "LoRA with vLLM: vLLM stays on" in caplog.text
    assert "merges the LoRA adapter" in caplog.text


def test_preflight_checks_the_servers_own_context(standin, tokenizer):
    url = standin([*serve_argv("/sft/7b", max_model_len=40)[2:]])
    with pytest.raises(VLLMPreflightError, match=r"the server's max_model_len at .* 40;"):
        preflight_vllm(run_config(), url, "/sft/7b", tokenizer, [problem("p", 5)], training=True)


def test_preflight_passes_a_ready_server_up_to_the_vllm_package(standin, tokenizer):
    url = standin(serve_argv("/sft/7b")[2:])
    args = (run_config(), url, "/sft/7b", tokenizer, [problem("p", 5)])
    if importlib.util.find_spec("vllm") is None:
        with pytest.raises(VLLMPreflightError, match="pip install -r requirements-gpu.txt"):
            preflight_vllm(*args, training=True)
    else:
        preflight_vllm(*args, training=True)


def test_trainer_stops_before_loading_the_model_when_no_server_answers(tmp_path):
    model = resolve_model_path(argparse.Namespace(model=None))  # the built-in tiny model
    port = free_port()
    args = ["--model", model, "--use_vllm", "--vllm_server_port", str(port),
            "--output_dir", str(tmp_path / "run"), "--max_train_problems", "4"]  # fmt: skip
    result = run_trainer(args, timeout=300)
    assert result.returncode == 2
    assert f"no vLLM server answers at http://0.0.0.0:{port}/health" in result.stderr
    start = f"VLLM_SERVER_DEV_MODE=1 vllm serve {model} --host 0.0.0.0 --port {port} "
    assert start in result.stderr
    assert "Loading weights" not in result.stderr + result.stdout
    assert "Traceback" not in result.stderr
