"""Supervised warm start: teach a causal LM to answer q problem prompts with reference solutions.

Each (description, solution) pair becomes one example per answer format (plain and reasoning),
rendered with `trainer.prompts` and the tokenizer's chat template exactly as GRPO renders its
prompts. Only completion tokens (the answer and its closing eos) are trained on.
"""

import math
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import torch
from torch.nn import functional
from transformers import PreTrainedModel, PreTrainedTokenizerBase

from trainer.prompts import build_prompt, format_completion

IGNORE_INDEX = -100
BATCH_SIZE = 16
LEARNING_RATE = 3e-3


@dataclass(frozen=True)
class Example:
    """One tokenized training sequence: the prompt followed by its completion."""

    input_ids: tuple[int, ...]
    prompt_length: int


@dataclass(frozen=True)
class WarmStartReport:
    """What the warm start did, with the mean completion-token loss before and after it."""

    steps: int
    examples: int
    skipped_too_long: int
    loss_before: float
    loss_after: float
    seconds: float


def encode_examples(
    tokenizer: PreTrainedTokenizerBase,
    corpus: Sequence[tuple[str, str]],
    max_length: int,
) -> tuple[list[Example], int]:
    """Tokenize every (description, solution) pair in both answer formats.

    Returns the examples and how many were dropped for exceeding `max_length` tokens.
    """
    examples, skipped = [], 0
    for description, solution in corpus:
        for reasoning in (False, True):
            prompt_ids = tokenizer.apply_chat_template(
                build_prompt(description, reasoning),
                add_generation_prompt=True,
                tokenize=True,
                return_dict=True,
            )["input_ids"]
            completion = format_completion(description, solution, reasoning)
            completion_ids = tokenizer.encode(completion) + [tokenizer.eos_token_id]
            if len(prompt_ids) + len(completion_ids) > max_length:
                skipped += 1
                continue
            examples.append(Example(tuple(prompt_ids + completion_ids), len(prompt_ids)))
    return examples, skipped


def completion_loss(
    model: PreTrainedModel, examples: Sequence[Example], pad_id: int, batch_size: int = 16
) -> float:
    """Mean cross-entropy per completion token of `model` over `examples` (no gradients)."""
    was_training = model.training
    model.eval()
    total, tokens = 0.0, 0
    with torch.no_grad():
        for start in range(0, len(examples), batch_size):
            batch = _collate(examples[start : start + batch_size], pad_id)
            loss_sum, count = _summed_loss(model, batch)
            total += loss_sum.item()
            tokens += count
    model.train(was_training)
    return total / tokens


def warm_start(
    model: PreTrainedModel,
    examples: Sequence[Example],
    pad_id: int,
    steps: int,
    seed: int,
    batch_size: int = BATCH_SIZE,
    learning_rate: float = LEARNING_RATE,
) -> tuple[float, float]:
    """Fine-tune `model` in place for `steps` AdamW steps; return (loss before, loss after)."""
    if not examples:
        raise ValueError("warm start needs at least one example that fits the length limit")
    loss_before = completion_loss(model, examples, pad_id)
    generator = torch.Generator().manual_seed(seed)
    optimizer = torch.optim.AdamW(
        model.parameters(), lr=learning_rate, betas=(0.9, 0.98), weight_decay=0.01
    )
    schedule = torch.optim.lr_scheduler.LambdaLR(optimizer, _warmup_cosine(steps))
    model.train()
    batches = _endless_batches(examples, batch_size, generator)
    for _ in range(steps):
        batch = _collate([examples[i] for i in next(batches)], pad_id)
        loss_sum, count = _summed_loss(model, batch)
        (loss_sum / count).backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        optimizer.step()
        schedule.step()
        optimizer.zero_grad(set_to_none=True)
    model.eval()
    return loss_before, completion_loss(model, examples, pad_id)


def run_warm_start(
    model: PreTrainedModel,
    tokenizer: PreTrainedTokenizerBase,
    corpus: Sequence[tuple[str, str]],
    steps: int,
    seed: int,
    max_length: int = 1024,
) -> WarmStartReport:
    """Encode `corpus`, warm-start `model` on it and report the losses and the time taken."""
    started = time.perf_counter()
    examples, skipped = encode_examples(tokenizer, corpus, max_length)
    loss_before, loss_after = warm_start(model, examples, tokenizer.pad_token_id, steps, seed)
    return WarmStartReport(
        steps=steps,
        examples=len(examples),
        skipped_too_long=skipped,
        loss_before=loss_before,
        loss_after=loss_after,
        seconds=time.perf_counter() - started,
    )


def _warmup_cosine(steps: int):
    """Learning-rate multiplier: linear warm-up over 5% of the steps, cosine decay to 10%."""
    warmup = max(1, steps // 20)

    def multiplier(step: int) -> float:
        if step < warmup:
            return (step + 1) / warmup
        progress = (step - warmup) / max(1, steps - warmup)
        return 0.1 + 0.45 * (1.0 + math.cos(math.pi * progress))

    return multiplier


def _endless_batches(
    examples: Sequence[Example], batch_size: int, generator: torch.Generator
) -> Iterator[list[int]]:
    """Yield index batches forever, epoch by epoch, grouping examples of similar length.

    Each epoch is shuffled, cut into windows of 8 batches, each window sorted by length and cut
    into batches (less padding), and the batch order is shuffled again.
    """
    window = batch_size * 8
    while True:
        order = torch.randperm(len(examples), generator=generator).tolist()
        batches = []
        for start in range(0, len(order), window):
            chunk = sorted(order[start : start + window], key=lambda i: len(examples[i].input_ids))
            batches += [chunk[i : i + batch_size] for i in range(0, len(chunk), batch_size)]
        for position in torch.randperm(len(batches), generator=generator).tolist():
            yield batches[position]


def _collate(batch: Sequence[Example], pad_id: int) -> dict[str, torch.Tensor]:
    """Right-pad a batch; labels mask the prompt and the padding."""
    width = max(len(example.input_ids) for example in batch)
    input_ids = torch.full((len(batch), width), pad_id, dtype=torch.long)
    labels = torch.full((len(batch), width), IGNORE_INDEX, dtype=torch.long)
    attention_mask = torch.zeros((len(batch), width), dtype=torch.long)
    for row, example in enumerate(batch):
        ids = torch.tensor(example.input_ids, dtype=torch.long)
        input_ids[row, : len(ids)] = ids
        labels[row, example.prompt_length : len(ids)] = ids[example.prompt_length :]
        attention_mask[row, : len(ids)] = 1
    return {"input_ids": input_ids, "attention_mask": attention_mask, "labels": labels}


def _summed_loss(
    model: PreTrainedModel, batch: dict[str, torch.Tensor]
) -> tuple[torch.Tensor, int]:
    """Summed next-token cross-entropy over labelled positions, and the number of them."""
    logits = model(input_ids=batch["input_ids"], attention_mask=batch["attention_mask"]).logits
    targets = batch["labels"][:, 1:]
    loss_sum = functional.cross_entropy(
        logits[:, :-1].reshape(-1, logits.size(-1)).float(),
        targets.reshape(-1),
        ignore_index=IGNORE_INDEX,
        reduction="sum",
    )
    return loss_sum, int((targets != IGNORE_INDEX).sum())
