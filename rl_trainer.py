#!/usr/bin/env python
"""GRPO reinforcement learning for q code generation.

    python rl_trainer.py                       # the built-in tiny model on the bundled problems
    python rl_trainer.py --model /sft/7b --use_vllm --output_dir final_outputs/7b/non_reasoning/
    python rl_trainer.py --eval_only --model /sft/7b

See README.md for every flag. The script wires the parts together: flags → problems → q executor
→ reward functions → TRL GRPOTrainer → checkpoints, logs and pass@k evaluation.
"""

import logging
import os
import sys
from pathlib import Path

from q_exec import Executor, QBackendError
from rewards import RewardSettings, TestScorer, build_reward_funcs
from trainer.cli import RunConfig, eval_samples, parse_args, world_size
from trainer.outputs import RunPaths, default_output_dir, write_json, write_yaml
from trainer.problem_datasets import data_source, load_split
from trainer.resume import ResumeError, prepare_resume, resolve_checkpoint
from trainer.reward_check import check_rewards, format_table, verdict

logger = logging.getLogger("rl_trainer")

PREFLIGHT_PROBLEMS = 4


def is_main_process() -> bool:
    return os.environ.get("RANK", "0") == "0"


def reward_settings(config: RunConfig) -> RewardSettings:
    return RewardSettings(
        base_reward_weight=config.base_reward_weight,
        perfect_reward_weight=config.perfect_reward_weight,
        perfect_bonus=config.perfect_bonus,
        format_reward_weight=config.format_reward_weight,
        use_reasoning_format=config.use_reasoning_format,
        dummy_reward=config.dummy_reward,
    )


def resolved_config(config: RunConfig, paths: RunPaths, executor: Executor) -> dict:
    """Every flag after YAML and command line, plus what the run derived from them."""
    return {
        **vars(config),
        "output_dir": str(paths.root),
        "data": data_source(config),
        "eval_samples": eval_samples(config),
        "q_backend_resolved": executor.backend,
        "world_size": world_size(),
    }


def run_reward_check(
    config: RunConfig, problems, funcs, weights, limit: int | None, executor: Executor
) -> bool:
    """Score probe completions; print the table; False when the reward is broken."""
    sample = problems if limit is None else problems[:limit]
    rows, found = check_rewards(sample, funcs, weights, reward_settings(config), executor)
    if limit is None or found:
        print(format_table(rows))
    for line in verdict(rows, found):
        logger.log(logging.ERROR if found else logging.INFO, "reward check: %s", line)
    return not found


def final_evaluation(
    config: RunConfig, paths: RunPaths, executor: Executor, test_problems, sampler, extra: dict
) -> dict:
    """pass@k over ``--eval_problems`` test problems, written to logs/eval_results.json."""
    from trainer.evaluation import evaluate_pass_at_k

    problems = test_problems[: config.eval_problems]
    result = evaluate_pass_at_k(problems, sampler, executor, eval_samples(config), config.eval_k)
    payload = {
        "model": config.model or "built-in tiny model",
        "data": data_source(config),
        "seed": config.seed,
        "eval_baseline": config.eval_baseline,
        "temperature": config.generation_temp,
        **extra,
        "pass_at_k": result,
    }
    write_json(paths.eval_results, payload)
    logger.info("pass@k: %s (written to %s)", result["aggregate"], paths.eval_results)
    return payload


def make_sampler(config: RunConfig, model, tokenizer):
    from trainer.evaluation import ReferenceSampler, TransformersSampler, VLLMServerSampler

    if config.eval_baseline == "reference":
        return ReferenceSampler(config.use_reasoning_format)
    if config.use_vllm:
        from trl.generation.vllm_client import VLLMClient

        from trainer.grpo_setup import vllm_base_url

        client = VLLMClient(
            base_url=vllm_base_url(config), connection_timeout=config.vllm_server_timeout
        )
        return VLLMServerSampler(
            client,
            tokenizer,
            config.use_reasoning_format,
            config.generation_temp,
            config.max_completion_length,
        )
    return TransformersSampler(
        model,
        tokenizer,
        config.use_reasoning_format,
        config.generation_temp,
        config.max_completion_length,
    )


def train(
    config: RunConfig,
    paths: RunPaths,
    executor: Executor,
    train_problems,
    test_problems,
    funcs,
    weights,
) -> int:
    """Build GRPOTrainer, train, save the final model and evaluate it."""
    from transformers import set_seed
    from trl import GRPOTrainer

    from trainer.distributed import main_process_model
    from trainer.grpo_setup import build_grpo_config
    from trainer.interrupt import GracefulStop, finish_interrupted
    from trainer.model_setup import (
        load_model,
        load_tokenizer,
        lora_config,
        resolve_model_path,
        use_bf16,
    )
    from trainer.problem_datasets import periodic_eval_dataset, prompt_rows
    from trainer.progress import install_progress
    from trainer.q_health import TimeoutSurgeWarning
    from trainer.training_log import EvalHistoryCallback, TrainingLogCallback
    from trainer.vllm_preflight import vllm_ready

    set_seed(config.seed)
    model_path = resolve_model_path(config)
    bf16 = use_bf16(config, deepspeed=_deepspeed_enabled())
    tokenizer = load_tokenizer(model_path)
    if config.use_vllm and not vllm_ready(
        config, model_path, tokenizer, train_problems + test_problems, training=True
    ):
        return 2
    train_dataset = prompt_rows(train_problems, config.use_reasoning_format)
    eval_dataset = periodic_eval_dataset(config, test_problems)
    grpo_config = build_grpo_config(config, paths, weights, bf16, has_eval=eval_dataset is not None)
    # After the config: under ZeRO-3 (zero3_init_flag) each process then loads only its shard.
    model = load_model(config, model_path, bf16)
    if config.use_wandb and is_main_process():
        from trainer.wandb_setup import start_wandb

        start_wandb(
            resolved_config(config, paths, executor),
            config.wandb_project,
            config.wandb_name,
            config.wandb_entity,
            config.wandb_tags,
            paths.root,
        )
    history = EvalHistoryCallback()
    trainer = GRPOTrainer(
        model=model,
        reward_funcs=funcs,
        args=grpo_config,
        train_dataset=train_dataset,
        eval_dataset=eval_dataset,
        processing_class=tokenizer,
        peft_config=lora_config(config),
        callbacks=[
            TrainingLogCallback(paths.training_log),
            history,
            TimeoutSurgeWarning(config.q_timeout, executor.workers),
        ],
    )
    install_progress(trainer)
    stop = GracefulStop()
    trainer.add_callback(stop)
    stop.install()
    try:
        trainer.train(resume_from_checkpoint=_resume_target(config, paths))
    finally:
        stop.uninstall()
    if stop.stopped:
        return finish_interrupted(stop, trainer.state, paths.checkpoints, paths.root)
    save_final_model(trainer, tokenizer, paths)
    if is_main_process():
        # With vLLM the server samples; else a model this process can run on its own.
        policy = None if config.use_vllm else main_process_model(trainer, paths.final_model, bf16)
        sampler = make_sampler(config, policy, tokenizer)
        final_evaluation(
            config,
            paths,
            executor,
            test_problems,
            sampler,
            {
                "model_path": model_path,
                "global_step": trainer.state.global_step,
                "periodic_eval": history.history,
            },
        )
    return 0


def save_final_model(trainer, tokenizer, paths: RunPaths) -> None:
    """Save model and tokenizer beside ``final_model`` and move them into place, so a kill
    never leaves a half-written final model."""
    import shutil

    partial = paths.root / ".final_model.partial"
    trainer.save_model(str(partial))
    trainer.accelerator.wait_for_everyone()
    if is_main_process():
        tokenizer.save_pretrained(str(partial))
        shutil.rmtree(paths.final_model, ignore_errors=True)
        partial.rename(paths.final_model)
    trainer.accelerator.wait_for_everyone()


def _deepspeed_enabled() -> bool:
    return os.environ.get("ACCELERATE_USE_DEEPSPEED", "false").lower() == "true"


def _resume_target(config: RunConfig, paths: RunPaths) -> str | None:
    checkpoint = resolve_checkpoint(config.resume_from_checkpoint, paths)
    return str(checkpoint) if checkpoint else None


def evaluate_only(
    config: RunConfig, paths: RunPaths, executor: Executor, train_problems, test_problems
) -> int:
    """``--eval_only``: pass@k of the model (or of the references) without training."""
    model = tokenizer = None
    extra: dict = {}
    if config.eval_baseline == "model":
        from trainer.model_setup import load_model, load_tokenizer, resolve_model_path, use_bf16
        from trainer.vllm_preflight import vllm_ready

        model_path = resolve_model_path(config)
        tokenizer = load_tokenizer(model_path)
        if config.use_vllm and not vllm_ready(
            config, model_path, tokenizer, test_problems, training=False
        ):
            return 2
        model = load_model(config, model_path, use_bf16(config, deepspeed=False))
        extra["model_path"] = model_path
    final_evaluation(
        config, paths, executor, test_problems, make_sampler(config, model, tokenizer), extra
    )
    return 0


def main(argv: list[str] | None = None) -> int:
    config = parse_args(argv)
    if config.report is not None:
        from trainer.report import report_command

        return report_command(config.report)
    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    paths = RunPaths(
        Path(config.output_dir or default_output_dir(config.model, config.use_reasoning_format))
    )
    try:
        prepare_resume(config, paths)
    except ResumeError as err:
        print(f"rl_trainer.py: error: {err}", file=sys.stderr)
        return 2
    paths.create()
    try:
        executor = Executor(
            config.q_backend,
            q_binary=config.q_binary,
            timeout=config.q_timeout,
            workers=config.q_workers,
        )
    except QBackendError as err:
        print(f"rl_trainer.py: error: {err}", file=sys.stderr)
        return 2
    logger.info("q backend: %s", executor.backend)
    with executor:
        train_problems = load_split(config, "train", config.max_train_problems)
        test_problems = load_split(config, "test", config.max_test_problems)
        if is_main_process():
            write_yaml(paths.config, resolved_config(config, paths, executor))
        settings = reward_settings(config)
        scorer = None if config.dummy_reward else TestScorer(executor, config.max_tests_per_problem)
        funcs, weights = build_reward_funcs(settings, scorer)
        if not config.dummy_reward:
            limit = None if config.test_reward_function else PREFLIGHT_PROBLEMS
            if not run_reward_check(config, train_problems, funcs, weights, limit, executor):
                print(
                    "rl_trainer.py: error: the reward is broken (see the lines above); "
                    "fix the q backend or the data before training.",
                    file=sys.stderr,
                )
                return 1
            if config.test_reward_function:
                print("reward check passed")
                return 0
        if config.eval_only:
            return evaluate_only(config, paths, executor, train_problems, test_problems)
        return train(config, paths, executor, train_problems, test_problems, funcs, weights)


if __name__ == "__main__":
    sys.exit(main())
