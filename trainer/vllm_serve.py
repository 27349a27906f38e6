"""The command that starts the vLLM generation server the way TRL 1.16's server mode needs it.

TRL 1.16's `trl vllm-serve` is a deprecated wrapper that execs `vllm serve` with flags TRL relies
on (the NCCL weight-transfer engine, processed logprobs, unlimited logprobs, scale-out endpoints)
and `VLLM_SERVER_DEV_MODE=1` (the weight-sync endpoints). We build the same `vllm serve` command
with TRL's own `build_command`, so it follows TRL exactly:

    python -m trainer.vllm_serve --model /sft/7b --port 8000 --max_model_len 8192
    python -m trainer.vllm_serve --model /sft/7b --print0   # NUL-separated argv, for exps.sh
"""

import argparse
import shlex
import sys

SERVE_ENV = {"VLLM_SERVER_DEV_MODE": "1"}
"""Environment the server needs: TRL's weight-sync endpoints live behind vLLM's dev mode."""

SCALE_OUT_FLAG = "--enable-scale-out"
"""Taken by vLLM 0.30 and later; the server runs vLLM 0.31.0 (requirements-gpu.txt)."""


def serve_argv(
    model: str,
    host: str = "0.0.0.0",
    port: int = 8000,
    max_model_len: int = 8192,
    gpu_memory_utilization: float = 0.9,
) -> list[str]:
    """`vllm serve MODEL ...` as TRL 1.16's `trl vllm-serve` runs it, for the pinned vLLM."""
    from trl.scripts.vllm_serve import ScriptArguments, build_command

    command = build_command(
        ScriptArguments(
            model=model,
            host=host,
            port=port,
            max_model_len=max_model_len,
            gpu_memory_utilization=gpu_memory_utilization,
        )
    )
    argv = ["vllm", *command[command.index("serve") :]]
    # TRL adds --enable-scale-out only when the vLLM installed *here* is >= 0.30; the server runs
    # the pinned release, so the flag belongs in the command whatever this machine has.
    if SCALE_OUT_FLAG not in argv:
        argv.insert(argv.index("--weight-transfer-config"), SCALE_OUT_FLAG)
    return argv


def shell_command(argv: list[str]) -> str:
    """The server command as one shell line, with its environment, ready to paste."""
    env = " ".join(f"{key}={value}" for key, value in SERVE_ENV.items())
    return f"{env} {shlex.join(argv)}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m trainer.vllm_serve",
        description="Print the vLLM server command for TRL server mode (--use_vllm).",
    )
    parser.add_argument("--model", required=True, help="model directory or hub id to serve")
    parser.add_argument("--host", default="0.0.0.0")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--max_model_len", type=int, default=8192)
    parser.add_argument("--gpu_memory_utilization", type=float, default=0.9)
    parser.add_argument(
        "--print0",
        action="store_true",
        help="print the argv NUL-separated (without the environment) instead of a shell line",
    )
    args = parser.parse_args(argv)
    command = serve_argv(
        args.model, args.host, args.port, args.max_model_len, args.gpu_memory_utilization
    )
    if args.print0:
        sys.stdout.write("".join(f"{part}\0" for part in command))
    else:
        print(shell_command(command))
    return 0


if __name__ == "__main__":
    sys.exit(main())
