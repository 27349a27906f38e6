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
