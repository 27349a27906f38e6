"""Turn loaded q problems into the prompt datasets GRPOTrainer consumes."""

import logging
from pathlib import Path

from datasets import Dataset

from q_data import LoadReport, Problem, load_problems
from trainer.cli import RunConfig
from trainer.prompts import build_prompt

logger = logging.getLogger(__name__)

BUNDLED_DATA = Path(__file__).resolve().parent.parent / "data"


def data_source(config: RunConfig) -> str:
    """The ``--data`` value, or the bundled problem set."""
    return config.data or str(BUNDLED_DATA)


def load_split(config: RunConfig, split: str, limit: int) -> list[Problem]:
    """Problems of one split, sampled reproducibly to ``limit``; skipped records are logged."""
    report: LoadReport = load_problems(
        data_source(config), split, strict=config.strict_data, max_problems=limit, seed=config.seed
    )
    if report.skipped:
        logger.warning(
            "skipped %d bad %s records of %s (use --strict_data to make this fatal): %s",
            len(report.skipped),
            split,
            report.source,
            "; ".join(f"{pid}: {why}" for pid, why in report.skipped[:5]),
        )
    logger.info("loaded %d %s problems from %s", len(report.problems), split, report.source)
    return report.problems


def prompt_rows(problems: list[Problem], reasoning: bool, repeat: int = 1) -> Dataset:
    """One row per problem (× ``repeat``): conversational prompt, problem id and all its tests."""
    rows = [
        {
            "prompt": build_prompt(problem.description, reasoning),
            "problem_id": problem.problem_id,
            "tests": [{"code": t.code, "expected": t.expected} for t in problem.tests],
        }
        for problem in problems
        for _ in range(repeat)
    ]
    return Dataset.from_list(rows)


def periodic_eval_dataset(config: RunConfig, test_problems: list[Problem]) -> Dataset | None:
    """The first ``--simple_eval_problems`` test problems, each ``--repeat_eval_problems`` times."""
    chosen = test_problems[: config.simple_eval_problems]
    if not chosen or config.repeat_eval_problems == 0:
        return None
    return prompt_rows(chosen, config.use_reasoning_format, repeat=config.repeat_eval_problems)
