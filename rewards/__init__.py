"""TRL reward functions for q code: extraction, test-case execution, bonuses and format."""

from rewards.extract import extract_q_code, has_reasoning_format
from rewards.functions import RewardSettings, build_reward_funcs
from rewards.scoring import CompletionScore, RewardStats, TestScorer

__all__ = [
    "CompletionScore",
    "RewardSettings",
    "RewardStats",
    "TestScorer",
    "build_reward_funcs",
    "extract_q_code",
    "has_reasoning_format",
]
