"""Load the policy model and tokenizer (or build the tiny built-in one) and the LoRA config."""

import logging
from pathlib import Path
from typing import Any

import torch

from q_data import load_problems
from trainer.cli import RunConfig
from trainer.problem_datasets import BUNDLED_DATA
from trainer.tiny_model import build_tiny_model, default_cache_dir

logger = logging.getLogger(__name__)


def resolve_model_path(config: RunConfig) -> str:
    """``--model``, or the tiny built-in model.

    The tiny model is always warm-started on the whole bundled training split (whatever
    ``--data`` and the problem sampling say), so every run on a machine shares one cached build.
    """
    if config.model is not None:
        local = Path(config.model).expanduser()
        return str(local) if local.is_dir() else config.model
    bundled = load_problems(str(BUNDLED_DATA), "train").problems
    corpus = [(p.description, p.q_solution) for p in bundled]
    path = build_tiny_model(default_cache_dir(), corpus)
    logger.info("using the built-in tiny model at %s", path)
    return str(path)


def use_bf16(config: RunConfig, deepspeed: bool) -> bool:
    """bf16 when asked, or (auto) when training on CUDA or under DeepSpeed, which needs it."""
    if config.bf16 != "auto":
        return config.bf16 == "true"
    return deepspeed or torch.cuda.is_available()


def load_tokenizer(model_path: str) -> Any:
    """The model's tokenizer, with a pad token (GRPO pads prompts on the left)."""
    from transformers import AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(model_path)
    if tokenizer.pad_token is None:
        tokenizer.pad_token = tokenizer.eos_token
    return tokenizer


def load_model(config: RunConfig, model_path: str, bf16: bool) -> Any:
    """The causal LM, 4-bit quantised for QLoRA."""
    from transformers import AutoModelForCausalLM

    kwargs: dict[str, Any] = {"dtype": torch.bfloat16 if bf16 else torch.float32}
    if config.use_qlora:
        from transformers import BitsAndBytesConfig

        kwargs["quantization_config"] = BitsAndBytesConfig(
            load_in_4bit=True,
            bnb_4bit_quant_type="nf4",
            bnb_4bit_compute_dtype=torch.bfloat16,
            bnb_4bit_use_double_quant=True,
        )
    return AutoModelForCausalLM.from_pretrained(model_path, **kwargs)


def lora_config(config: RunConfig) -> Any | None:
    """A PEFT LoRA config for ``--use_lora``/``--use_qlora``, else None (full fine-tuning)."""
    if not (config.use_lora or config.use_qlora):
        return None
    from peft import LoraConfig

    return LoraConfig(
        r=config.lora_rank,
        lora_alpha=config.lora_alpha,
        lora_dropout=config.lora_dropout,
        target_modules="all-linear",
        task_type="CAUSAL_LM",
    )
