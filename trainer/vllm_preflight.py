"""Checks before a ``--use_vllm`` run loads its model: the server is up and set up the way TRL's
server mode needs, and every prompt plus ``--max_completion_length`` fits the server's context.

Without them a missing server costs TRL's 240 s connection wait after the model load, and a prompt
longer than the context fails in the middle of training. Each failure is one
``VLLMPreflightError`` whose message names the URL or the problem and says what to run or change.
"""

import importlib.util
import json
import logging
import sys
import urllib.error
import urllib.request
from collections.abc import Sequence
from typing import Any
from urllib.parse import urlparse

from q_data import Problem
from trainer.cli import RunConfig
from trainer.prompts import build_prompt
from trainer.vllm_serve import serve_argv, shell_command

logger = logging.getLogger(__name__)

HEALTH_TIMEOUT_S = 5.0
"""How long one request to the server may take before the preflight gives up."""


class VLLMPreflightError(RuntimeError):
    """The vLLM server or the run's settings cannot work; the message says what to do."""


def start_command(base_url: str, model: str, max_model_len: int) -> str:
    """The shell line that starts a server answering at ``base_url`` for ``model``."""
    port = urlparse(base_url).port or 8000
    return shell_command(serve_argv(model, port=port, max_model_len=max_model_len))


def _get_json(url: str) -> Any:
    with urllib.request.urlopen(url, timeout=HEALTH_TIMEOUT_S) as response:
        return json.loads(response.read().decode() or "null")


def check_health(base_url: str, start_hint: str) -> None:
    """Fail at once, naming the URL and the start command, unless ``/health`` answers 200."""
    url = f"{base_url}/health"
    try:
        with urllib.request.urlopen(url, timeout=HEALTH_TIMEOUT_S) as response:
            status = response.status
    except urllib.error.HTTPError as err:
        status = err.code
    except (urllib.error.URLError, OSError) as err:
        reason = getattr(err, "reason", err)
        raise VLLMPreflightError(
            f"no vLLM server answers at {url} ({reason}); start it on a free GPU with\n"
            f"    {start_hint}\n"
            "wait until that URL answers, then rerun (./exps.sh SIZE starts and stops the "
            "server for you)."
        ) from None
    if status != 200:
        raise VLLMPreflightError(
            f"{url} answered HTTP {status}, so the server there is not a ready vLLM server; "
            f"start one with\n    {start_hint}"
        )


def check_weight_sync(base_url: str, start_hint: str) -> None:
    """Training pushes weights to the server: it needs dev mode and the NCCL weight transfer."""
    try:
        info = _get_json(f"{base_url}/server_info?config_format=json")["vllm_config"]
    except urllib.error.HTTPError as err:
        raise VLLMPreflightError(
            f"the vLLM server at {base_url} has no weight-sync endpoints (GET /server_info: "
            f"HTTP {err.code}); TRL needs VLLM_SERVER_DEV_MODE=1 in the server's environment. "
            f"Restart it with\n    {start_hint}"
        ) from None
    except (urllib.error.URLError, OSError, ValueError, KeyError, TypeError) as err:
        raise VLLMPreflightError(
            f"could not read {base_url}/server_info ({err}); restart the server with\n"
            f"    {start_hint}"
        ) from None
    if not info.get("weight_transfer_config"):
        raise VLLMPreflightError(
            f"the vLLM server at {base_url} has no weight-transfer engine, so the trained weights "
            f"could not reach it; restart it with\n    {start_hint}"
        )
    logprobs_mode = (info.get("model_config") or {}).get("logprobs_mode")
    if logprobs_mode not in (None, "processed_logprobs"):
        logger.warning(
            "the vLLM server runs with --logprobs-mode %s; TRL's importance-sampling correction "
            "expects processed_logprobs (restart it with: %s)",
            logprobs_mode,
            start_hint,
        )


def served_model(base_url: str) -> tuple[str | None, int | None]:
    """The id and context length (``max_model_len``) the server reports on ``/v1/models``."""
    try:
        card = _get_json(f"{base_url}/v1/models")["data"][0]
    except (urllib.error.URLError, OSError, ValueError, KeyError, IndexError, TypeError) as err:
        logger.warning(
            "could not read %s/v1/models (%s): checking --max_model_len only",
            base_url,
            err,
        )
        return None, None
    length = card.get("max_model_len")
    return card.get("id"), int(length) if isinstance(length, int) else None


def prompt_tokens(tokenizer: Any, problem: Problem, reasoning: bool) -> int:
    """Tokens of the chat-templated prompt the trainer sends for ``problem``."""
    text = tokenizer.apply_chat_template(
        build_prompt(problem.description, reasoning), tokenize=False, add_generation_prompt=True
    )
    return len(tokenizer(text, add_special_tokens=False)["input_ids"])


def check_context(
    tokenizer: Any,
    problems: Sequence[Problem],
    reasoning: bool,
    max_completion_length: int,
    limits: Sequence[tuple[str, int]],
) -> int:
    """Refuse when the longest prompt plus the completion exceeds a context limit.

    ``limits`` pairs a description (e.g. ``"--max_model_len"``) with a token count. Returns the
    longest prompt's token count.
    """
    if not problems:
        return 0
    longest, problem = max(
        ((prompt_tokens(tokenizer, p, reasoning), p) for p in problems), key=lambda pair: pair[0]
    )
    needed = longest + max_completion_length
    for name, limit in limits:
        if needed > limit:
            room = limit - longest
            shorter = (
                f"lower --max_completion_length to at most {room}"
                if room > 0
                else "shorten or drop that problem (its prompt alone does not fit)"
            )
            raise VLLMPreflightError(
                f"problem {problem.problem_id!r} has a {longest}-token prompt, which with "
                f"--max_completion_length {max_completion_length} needs {needed} tokens, more "
                f"than {name} {limit}; raise --max_model_len (and the server's --max-model-len) "
                f"to at least {needed}, or {shorter}."
            )
    return longest


def check_flags(config: RunConfig) -> None:
    """Refuse flag combinations TRL's server mode cannot run; log what LoRA does with vLLM."""
    if config.use_qlora:
        raise VLLMPreflightError(
            "--use_qlora cannot be combined with --use_vllm: TRL's server mode sends the policy's "
            "weights to the server as they are stored, and 4-bit QLoRA weights do not load into "
            "the server's 16-bit model; use --use_lora with --use_vllm, or drop --use_vllm."
        )
    if config.use_lora:
        logger.info(
            "LoRA with vLLM: vLLM stays on. Before each generation TRL merges the LoRA adapter "
            "into the base weights, sends the merged weights to the server (which serves the full "
            "model) and unmerges them, so generation always uses the current policy; under "
            "ZeRO-3 the full model is gathered on every process for that merge."
        )


def preflight_vllm(
    config: RunConfig,
    base_url: str,
    model_path: str,
    tokenizer: Any,
    problems: Sequence[Problem],
    training: bool,
) -> None:
    """Every check a ``--use_vllm`` run needs before its model is loaded (see module doc)."""
    check_flags(config)
    hint = start_command(base_url, model_path, config.max_model_len)
    check_health(base_url, hint)
    if training:
        check_weight_sync(base_url, hint)
    served, server_context = served_model(base_url)
    if served is not None and served != model_path:
        logger.warning(
            "the vLLM server serves %s but --model is %s: TRL overwrites the server's weights "
            "with the policy's, so the two must share tokenizer and architecture",
            served,
            model_path,
        )
    limits = [("--max_model_len", config.max_model_len)]
    if server_context is not None:
        limits.append((f"the server's max_model_len at {base_url}", server_context))
    longest = check_context(
        tokenizer, problems, config.use_reasoning_format, config.max_completion_length, limits
    )
    if importlib.util.find_spec("vllm") is None:
        raise VLLMPreflightError(
            "--use_vllm needs the vllm package in the training environment too (TRL's vLLM "
            "client imports it): pip install -r requirements-gpu.txt"
        )
    logger.info(
        "vLLM server ready at %s (context %s tokens; longest prompt %d + completion %d)",
        base_url,
        server_context or config.max_model_len,
        longest,
        config.max_completion_length,
    )


def vllm_ready(
    config: RunConfig,
    model_path: str,
    tokenizer: Any,
    problems: Sequence[Problem],
    training: bool,
) -> bool:
    """Run `preflight_vllm` for rl_trainer.py; on failure print its error and return False."""
    from trainer.grpo_setup import vllm_base_url

    try:
        preflight_vllm(config, vllm_base_url(config), model_path, tokenizer, problems, training)
    except VLLMPreflightError as err:
        print(f"rl_trainer.py: error: {err}", file=sys.stderr)
        return False
    return True
