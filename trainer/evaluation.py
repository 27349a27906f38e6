"""pass@k evaluation: sample n completions per problem, run every test, aggregate.

Used by ``--eval_only`` and at the end of training. Samplers produce completion texts; the
executor runs them; nothing here knows how a sampler makes its text.
"""

import logging
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from tqdm import tqdm

from q_data import Problem
from q_exec import Executor
from rewards.scoring import CompletionScore, TestScorer
from trainer.passk import mean_pass_at_k, pass_at_k
from trainer.prompts import build_prompt, format_completion

logger = logging.getLogger(__name__)


class Sampler(Protocol):
    """Makes ``n`` completion texts for each problem."""

    name: str

    def sample(self, problems: Sequence[Problem], n: int) -> list[list[str]]: ...


@dataclass
class ReferenceSampler:
    """The reference solutions, formatted as the ideal completion: checks the evaluation itself."""

    reasoning: bool
    name: str = "reference"

    def sample(self, problems: Sequence[Problem], n: int) -> list[list[str]]:
        return [
            [format_completion(p.description, p.q_solution, self.reasoning)] * n for p in problems
        ]


@dataclass
class TransformersSampler:
    """Batched sampling with ``model.generate`` on the chat-templated prompts."""

    model: Any
    tokenizer: Any
    reasoning: bool
    temperature: float
    max_new_tokens: int
    batch_problems: int = 4
    name: str = "transformers"

    def sample(self, problems: Sequence[Problem], n: int) -> list[list[str]]:
        import torch

        tokenizer = self.tokenizer
        tokenizer.padding_side = "left"
        results: list[list[str]] = []
        device = next(self.model.parameters()).device
        for start in range(0, len(problems), self.batch_problems):
            batch = problems[start : start + self.batch_problems]
            texts = [
                tokenizer.apply_chat_template(
                    build_prompt(p.description, self.reasoning),
                    tokenize=False,
                    add_generation_prompt=True,
                )
                for p in batch
            ]
            encoded = tokenizer(
                texts, return_tensors="pt", padding=True, add_special_tokens=False
            ).to(device)
            with torch.no_grad():
                output = self.model.generate(
                    **encoded,
                    do_sample=True,
                    temperature=self.temperature,
                    max_new_tokens=self.max_new_tokens,
                    num_return_sequences=n,
                    pad_token_id=tokenizer.pad_token_id,
                )
            new_tokens = output[:, encoded["input_ids"].shape[1] :]
            decoded = tokenizer.batch_decode(new_tokens, skip_special_tokens=True)
            results.extend(decoded[i * n : (i + 1) * n] for i in range(len(batch)))
        return results


@dataclass
class VLLMServerSampler:
    """Sampling through a running ``trl vllm-serve`` / ``vllm serve`` server."""

    client: Any
    tokenizer: Any
    reasoning: bool
    temperature: float
    max_new_tokens: int
    name: str = "vllm-server"

    def sample(self, problems: Sequence[Problem], n: int) -> list[list[str]]:
        prompts = [
            self.tokenizer.apply_chat_template(
                build_prompt(p.description, self.reasoning),
                tokenize=True,
                add_generation_prompt=True,
            )
            for p in problems
        ]
        out = self.client.generate(
            prompts=prompts, n=n, temperature=self.temperature, max_tokens=self.max_new_tokens
        )
        texts = self.tokenizer.batch_decode(out["completion_ids"], skip_special_tokens=True)
        return [texts[i * n : (i + 1) * n] for i in range(len(problems))]


def _problem_result(problem: Problem, scores: list[CompletionScore], ks: list[int]) -> dict:
    kinds: Counter = Counter()
    for score in scores:
        if score.extraction_failed:
            kinds["extraction_failure"] += 1
        elif score.scoring_failed:
            kinds["scoring_failure"] += 1
        kinds.update(kind for kind in score.kinds if kind != "pass")
    n = len(scores)
    correct = sum(score.perfect for score in scores)
    return {
        "id": problem.problem_id,
        "samples": n,
        "passed": correct,
        **{f"pass@{k}": pass_at_k(n, correct, k) for k in ks},
        "failure_kinds": dict(kinds),
    }


def evaluate_pass_at_k(
    problems: Sequence[Problem],
    sampler: Sampler,
    executor: Executor,
    n: int,
    k: int,
) -> dict:
    """Sample, execute all tests of each problem, and return the eval_results payload."""
    ks = sorted({1, k})
    started = time.monotonic()
    scorer = TestScorer(executor, max_tests=None)  # every test, not the training cap
    per_problem: list[dict] = []
    batch = 4
    bar = tqdm(total=len(problems), desc="pass@k eval", unit="problem")
    for start in range(0, len(problems), batch):
        chunk = list(problems[start : start + batch])
        samples = sampler.sample(chunk, n)
        texts = [text for problem_samples in samples for text in problem_samples]
        tests = [
            p.tests
            for p, problem_samples in zip(chunk, samples, strict=True)
            for _ in problem_samples
        ]
        scores = scorer.score(texts, tests)
        offset = 0
        for problem, problem_samples in zip(chunk, samples, strict=True):
            mine = scores[offset : offset + len(problem_samples)]
            offset += len(problem_samples)
            per_problem.append(_problem_result(problem, mine, ks))
        bar.update(len(chunk))
    bar.close()
    counts = [(r["samples"], r["passed"]) for r in per_problem]
    return {
        "aggregate": {f"pass@{kk}": mean_pass_at_k(counts, kk) for kk in ks},
        "n_samples": n,
        "k": ks,
        "num_problems": len(per_problem),
        "sampler": sampler.name,
        "q_backend": executor.backend,
        "seconds": round(time.monotonic() - started, 2),
        "problems": per_problem,
    }
