"""Map the run configuration onto TRL's GRPOConfig."""

from trl import GRPOConfig

from trainer.cli import RunConfig
from trainer.distributed import training_args_for_launch
from trainer.outputs import RunPaths


def vllm_base_url(config: RunConfig) -> str:
    """The vLLM server's base URL from ``--vllm_server_base_url`` or host and port."""
    if config.vllm_server_base_url:
        return config.vllm_server_base_url.rstrip("/")
    return f"http://{config.vllm_server_host}:{config.vllm_server_port}"


def build_grpo_config(
    config: RunConfig, paths: RunPaths, reward_weights: list[float], bf16: bool, has_eval: bool
) -> GRPOConfig:
    """GRPOConfig carrying every training flag (the names differ from the original CLI's)."""
    eval_args = (
        {
            "eval_strategy": "steps",
            "eval_steps": config.eval_steps,
            "eval_on_start": True,
            "per_device_eval_batch_size": config.num_generations,
        }
        if has_eval
        else {"eval_strategy": "no"}
    )
    vllm_args = (
        {
            "use_vllm": True,
            "vllm_mode": "server",
            "vllm_server_base_url": vllm_base_url(config),
            "vllm_server_timeout": config.vllm_server_timeout,
        }
        if config.use_vllm
        else {"use_vllm": False}
    )
    return training_args_for_launch(
        GRPOConfig,
        bf16,
        output_dir=str(paths.checkpoints),
        learning_rate=config.learning_rate,
        num_generations=config.num_generations,
        gradient_accumulation_steps=config.gradient_accumulation_steps,
        per_device_train_batch_size=config.per_device_train_batch_size,
        temperature=config.generation_temp,
        max_completion_length=config.max_completion_length,
        max_steps=config.max_steps,
        num_train_epochs=config.num_train_epochs,
        save_strategy="steps",
        save_steps=config.save_steps,
        logging_steps=config.logging_steps,
        seed=config.seed,
        data_seed=config.seed,
        reward_weights=reward_weights,
        report_to=["wandb"] if config.use_wandb else "none",
        run_name=config.wandb_name,
        log_completions=config.use_wandb,
        **eval_args,
        **vllm_args,
    )
