"""The embedded default model: a tiny Qwen2 causal LM built locally from q problems and cached.

`build_tiny_model` trains a byte-level BPE tokenizer on the problems' text, initialises a small
`Qwen2ForCausalLM` and warm-starts it on (prompt -> reference solution) pairs, entirely offline
on CPU. The result is a normal Hugging Face model folder (AutoTokenizer/AutoModelForCausalLM,
TRL, vLLM). It lives in a cache folder named by a hash of the corpus and the build recipe; it is
built in a staging folder and renamed into place with a completion marker written last, so a
half-built model is never used, and concurrent builders (one per training process) wait on a lock.
"""

import fcntl
import hashlib
import json
import logging
import math
import os
import shutil
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict
from pathlib import Path

import torch
from transformers import GenerationConfig, PreTrainedTokenizerBase, Qwen2Config, Qwen2ForCausalLM

from trainer.prompts import (
    PLAIN_INSTRUCTION,
    REASONING_INSTRUCTION,
    build_prompt,
    format_completion,
)
from trainer.q_tokenizer import train_q_tokenizer
from trainer.warm_start import BATCH_SIZE, run_warm_start

logger = logging.getLogger(__name__)

RECIPE_VERSION = 3
VOCAB_SIZE = 2048
WARM_START_EPOCHS = 25
MAX_WARM_START_STEPS = 450
MARKER_FILE = "BUILD_COMPLETE"
BUILD_INFO_FILE = "build_info.json"
CACHE_ENV = "Q_RL_CACHE"


def default_cache_dir() -> Path:
    """Where built models are cached: `$Q_RL_CACHE` if set, else `~/.cache/q-rl`."""
    configured = os.environ.get(CACHE_ENV)
    return Path(configured).expanduser() if configured else Path.home() / ".cache" / "q-rl"


def default_warm_start_steps(corpus_size: int) -> int:
    """Warm-start steps for a corpus: 25 epochs over both answer formats, capped at 450."""
    steps = math.ceil(WARM_START_EPOCHS * 2 * corpus_size / BATCH_SIZE)
    return min(MAX_WARM_START_STEPS, steps)


def tiny_model_path(
    cache_dir: Path,
    corpus: Sequence[tuple[str, str]],
    seed: int = 0,
    warm_start_steps: int | None = None,
) -> Path:
    """The cache folder `build_tiny_model` uses for these arguments (it may not exist yet)."""
    pairs = _checked_corpus(corpus)
    steps = _checked_steps(warm_start_steps, len(pairs))
    return Path(cache_dir) / f"tiny-model-{_recipe_hash(pairs, seed, steps)}"


def is_built(model_dir: Path) -> bool:
    """True when `model_dir` holds a completely built tiny model."""
    return (Path(model_dir) / MARKER_FILE).is_file()


def build_tiny_model(
    cache_dir: Path,
    corpus: Sequence[tuple[str, str]],
    seed: int = 0,
    force: bool = False,
    warm_start_steps: int | None = None,
) -> Path:
    """Return the folder of the tiny model for `corpus`, building it first unless cached.

    `corpus` holds (problem description, reference q solution) pairs. `warm_start_steps`
    defaults to `default_warm_start_steps(len(corpus))`; `force` rebuilds even when cached.
    The same arguments always give the same model.
    """
    pairs = _checked_corpus(corpus)
    steps = _checked_steps(warm_start_steps, len(pairs))
    target = tiny_model_path(cache_dir, pairs, seed, steps)
    target.parent.mkdir(parents=True, exist_ok=True)
    with _exclusive_lock(target.parent / f".{target.name}.lock"):
        if is_built(target) and not force:
            logger.info("using cached tiny model %s", target)
            return target
        logger.info("building tiny model %s (%d problems, %d steps)", target, len(pairs), steps)
        _build_into(target, pairs, seed, steps)
    return target


def tiny_config(tokenizer: PreTrainedTokenizerBase) -> Qwen2Config:
    """The tiny Qwen2 architecture (about 1M parameters, head_dim 32 as vLLM's CPU path needs)."""
    return Qwen2Config(
        vocab_size=len(tokenizer),
        hidden_size=128,
        intermediate_size=384,
        num_hidden_layers=4,
        num_attention_heads=4,
        num_key_value_heads=2,
        max_position_embeddings=8192,
        tie_word_embeddings=True,
        bos_token_id=None,
        eos_token_id=tokenizer.eos_token_id,
        pad_token_id=tokenizer.pad_token_id,
    )


def new_tiny_model(tokenizer: PreTrainedTokenizerBase, seed: int) -> Qwen2ForCausalLM:
    """A freshly initialised tiny model for `tokenizer`, its weights fixed by `seed`."""
    with torch.random.fork_rng(devices=[]):
        torch.manual_seed(seed)
        model = Qwen2ForCausalLM(tiny_config(tokenizer))
    model.generation_config = GenerationConfig(
        eos_token_id=tokenizer.eos_token_id, pad_token_id=tokenizer.pad_token_id
    )
    return model


def tokenizer_texts(pairs: Sequence[tuple[str, str]]) -> Iterator[str]:
    """Every text the model reads or writes for `pairs`: prompts and completions, both formats."""
    for description, solution in pairs:
        for reasoning in (False, True):
            yield build_prompt(description, reasoning)[0]["content"]
            yield format_completion(description, solution, reasoning)


def _build_into(target: Path, pairs: list[tuple[str, str]], seed: int, steps: int) -> None:
    """Build the model in a staging folder, then move it to `target` with its marker."""
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.staging-", dir=target.parent))
    try:
        tokenizer = train_q_tokenizer(tokenizer_texts(pairs), vocab_size=VOCAB_SIZE)
        model = new_tiny_model(tokenizer, seed)
        report = run_warm_start(model, tokenizer, pairs, steps, seed)
        tokenizer.save_pretrained(staging)
        model.save_pretrained(staging)
        info = {
            "recipe_version": RECIPE_VERSION,
            "seed": seed,
            "problems": len(pairs),
            "parameters": model.num_parameters(),
            "vocab_size": len(tokenizer),
            "warm_start": asdict(report),
        }
        (staging / BUILD_INFO_FILE).write_text(json.dumps(info, indent=2) + "\n")
        (staging / MARKER_FILE).write_text("complete\n")
        _replace_dir(staging, target)
        logger.info(
            "built tiny model in %.1fs: completion loss %.3f -> %.3f",
            report.seconds,
            report.loss_before,
            report.loss_after,
        )
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _replace_dir(source: Path, target: Path) -> None:
    """Rename `source` to `target`, first moving any existing `target` aside and deleting it."""
    if target.exists():
        retired = Path(tempfile.mkdtemp(prefix=f".{target.name}.old-", dir=target.parent))
        os.replace(target, retired)
        shutil.rmtree(retired, ignore_errors=True)
    os.replace(source, target)


@contextmanager
def _exclusive_lock(lock_path: Path) -> Iterator[None]:
    """Hold an exclusive advisory lock on `lock_path` (other processes wait)."""
    with open(lock_path, "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _recipe_hash(pairs: list[tuple[str, str]], seed: int, steps: int) -> str:
    """A short hash of everything that determines the built model."""
    recipe = {
        "recipe_version": RECIPE_VERSION,
        "vocab_size": VOCAB_SIZE,
        "instructions": [PLAIN_INSTRUCTION, REASONING_INSTRUCTION],
        "seed": seed,
        "warm_start_steps": steps,
        "corpus": pairs,
    }
    return hashlib.sha256(json.dumps(recipe).encode()).hexdigest()[:16]


def _checked_corpus(corpus: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
    """The corpus as a list of (description, solution) string pairs, or a clear ValueError."""
    pairs = list(corpus)
    if not pairs:
        raise ValueError("the tiny model needs a non-empty corpus of (description, solution) pairs")
    for index, pair in enumerate(pairs):
        if (
            not isinstance(pair, tuple | list)
            or len(pair) != 2
            or not all(isinstance(text, str) and text.strip() for text in pair)
        ):
            raise ValueError(
                f"corpus item {index} must be a (description, solution) pair of non-empty "
                f"strings, got {pair!r:.200}"
            )
    return [(description, solution) for description, solution in pairs]


def _checked_steps(warm_start_steps: int | None, corpus_size: int) -> int:
    """The warm-start step count to use, or a clear ValueError for a bad one."""
    if warm_start_steps is None:
        return default_warm_start_steps(corpus_size)
    if not isinstance(warm_start_steps, int) or warm_start_steps < 0:
        raise ValueError(f"warm_start_steps must be an integer >= 0, got {warm_start_steps!r}")
    return warm_start_steps
