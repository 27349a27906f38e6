"""The TRL reward functions and their weights.

Total reward per completion, as in the original pipeline:
    pass_fraction × base_reward_weight + [all tests pass] × perfect_bonus × perfect_reward_weight
(+ format_reward × format_reward_weight with the reasoning format). Each component is its own
TRL reward function so that it is logged as ``rewards/<name>/mean``.
"""

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from rewards.extract import extract_q_code, has_reasoning_format
from rewards.scoring import RewardStats, TestScorer

logger = logging.getLogger(__name__)

RewardFunc = Callable[..., list[float]]
_BRACKETS = {")": "(", "]": "[", "}": "{"}


@dataclass(frozen=True)
class RewardSettings:
    base_reward_weight: float = 1.0
    perfect_reward_weight: float = 1.0
    perfect_bonus: float = 1.0
    format_reward_weight: float = 1.0
    use_reasoning_format: bool = False
    dummy_reward: bool = False


def completion_text(completion: str | list[dict]) -> str:
    """The assistant text of a plain or conversational completion."""
    if isinstance(completion, str):
        return completion
    return "".join(str(message.get("content", "")) for message in completion)


def bracket_score(text: str) -> float:
    """Pipeline-check reward that needs no q: balanced bracket pairs (capped at 10) / 10."""
    stack: list[str] = []
    pairs = 0
    for char in text:
        if char in "([{":
            stack.append(char)
        elif char in _BRACKETS:
            if not stack or stack.pop() != _BRACKETS[char]:
                return 0.0
            pairs += 1
    return 0.0 if stack else min(pairs, 10) / 10


def _never_raise(name: str, func: Callable[[list[str]], list[float]]) -> RewardFunc:
    """Wrap a scorer over completion texts as a TRL reward function that cannot raise."""

    def reward(completions: Sequence, **kwargs) -> list[float]:
        texts: list[str] = []
        for completion in completions:
            try:
                texts.append(completion_text(completion))
            except Exception:
                texts.append("")
        try:
            return func(texts, **kwargs)
        except Exception:
            logger.exception("reward %s failed for a whole batch; it scores 0", name)
            return [0.0] * len(completions)

    reward.__name__ = name
    return reward


def build_reward_funcs(
    settings: RewardSettings, scorer: TestScorer | None
) -> tuple[list[RewardFunc], list[float]]:
    """Reward functions and their ``reward_weights`` for GRPOConfig."""
    if settings.dummy_reward:
        return [
            _never_raise("bracket_reward", lambda texts, **_: list(map(bracket_score, texts)))
        ], [1.0]
    if scorer is None:
        raise ValueError("a TestScorer is needed unless --dummy_reward is set")

    def test_pass(texts: list[str], tests: Sequence, log_metric=None, **_) -> list[float]:
        scores = scorer.score(texts, tests)
        if log_metric is not None:
            stats = RewardStats()
            for score in scores:
                stats.add(score)
            for name, value in stats.as_metrics().items():
                log_metric(name, value)
        return [score.fraction for score in scores]

    def perfect(texts: list[str], tests: Sequence, **_) -> list[float]:
        return [settings.perfect_bonus * s.perfect for s in scorer.score(texts, tests)]

    funcs = [_never_raise("test_pass_reward", test_pass), _never_raise("perfect_bonus", perfect)]
    weights = [settings.base_reward_weight, settings.perfect_reward_weight]
    if settings.use_reasoning_format:
        funcs.append(
            _never_raise(
                "format_reward", lambda texts, **_: [float(has_reasoning_format(t)) for t in texts]
            )
        )
        weights.append(settings.format_reward_weight)
    return funcs, weights


__all__ = [
    "RewardSettings",
    "bracket_score",
    "build_reward_funcs",
    "completion_text",
    "extract_q_code",
]
