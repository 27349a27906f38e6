"""Make the training arguments fit how `accelerate launch` started this process.

On a CUDA node nothing changes. On a CPU-only machine two transformers/accelerate defaults would
quietly break a multi-process launch, so the arguments are adjusted here:

- MULTI_GPU launch (config/cpu_multi.yaml): accelerate sets up gloo (MULTI_CPU) only when told
  the run is on CPU; otherwise every process trains alone and they overwrite each other's output.
  So ``use_cpu=True``.
- DeepSpeed launch (config/zero3.yaml): ``use_cpu`` would switch DeepSpeed off, and without a CUDA
  device accelerate has no collective backend, so ``ddp_backend="gloo"``. transformers refuses
  ``bf16`` without a GPU unless ``use_cpu``, yet DeepSpeed runs bf16 on CPU and its config must
  match the accelerate config's ``mixed_precision: bf16``, so bf16 is set after that check.
"""

import os
from pathlib import Path
from typing import Any, TypeVar

import torch

ArgsT = TypeVar("ArgsT")


def deepspeed_enabled() -> bool:
    """True when this process was started by `accelerate launch` with a DeepSpeed config."""
    return os.environ.get("ACCELERATE_USE_DEEPSPEED", "false").lower() == "true"


def training_args_for_launch(args_class: type[ArgsT], bf16: bool, **kwargs: Any) -> ArgsT:
    """``args_class(bf16=bf16, **kwargs)`` (e.g. GRPOConfig) adjusted to this launch."""
    if torch.cuda.is_available():
        return args_class(bf16=bf16, **kwargs)
    if not deepspeed_enabled():
        return args_class(bf16=bf16, use_cpu=True, **kwargs)
    args = args_class(bf16=False, ddp_backend="gloo", **kwargs)
    args.bf16 = bf16
    return args


def zero3_enabled(trainer: Any) -> bool:
    """True when ``trainer`` (a transformers Trainer) shards its parameters with ZeRO stage 3."""
    plugin = getattr(trainer.accelerator.state, "deepspeed_plugin", None)
    return bool(trainer.is_deepspeed_enabled and plugin is not None and plugin.zero_stage == 3)


def main_process_model(trainer: Any, saved_model_dir: Path, bf16: bool) -> Any:
    """The trained policy for sampling on the main process alone (the final evaluation).

    Under ZeRO-3 each process holds a shard of every parameter, and a forward pass on one process
    would wait forever for the others, so the consolidated model saved in ``saved_model_dir``
    (16-bit weights gathered by ``save_model``) is loaded instead.
    """
    if not zero3_enabled(trainer):
        return trainer.model
    from transformers.integrations.deepspeed import unset_hf_deepspeed_config

    unset_hf_deepspeed_config()  # training is over: load whole here, not partitioned (zero.Init)
    dtype = torch.bfloat16 if bf16 else torch.float32
    if (saved_model_dir / "adapter_config.json").is_file():
        from peft import AutoPeftModelForCausalLM

        return AutoPeftModelForCausalLM.from_pretrained(saved_model_dir, dtype=dtype)
    from transformers import AutoModelForCausalLM

    return AutoModelForCausalLM.from_pretrained(saved_model_dir, dtype=dtype)
