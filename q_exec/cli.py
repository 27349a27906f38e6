"""`python -m q_exec FILE.q`: run a q script in the sandbox, as the reward pipeline would."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict

from q_exec.backends import BACKENDS, QBackendError
from q_exec.executor import Executor


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m q_exec",
        description="Run a q script in the q_exec sandbox and print its output.",
    )
    parser.add_argument("file", help="q script to run")
    parser.add_argument("--backend", choices=BACKENDS, default="auto")
    parser.add_argument("--q_binary", default=None, help="kdb+ q binary (kdb/auto backends)")
    parser.add_argument("--timeout", type=float, default=5.0, help="wall-clock seconds")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Run the script; exit with its exit code (124 on timeout, 2 on bad usage)."""
    args = parse_args(argv)
    try:
        with open(args.file, encoding="utf-8") as fh:
            script = fh.read()
    except (OSError, UnicodeDecodeError) as err:
        print(
            f"python -m q_exec: error: cannot read q script {args.file!r}: {err}", file=sys.stderr
        )
        return 2
    try:
        with Executor(args.backend, q_binary=args.q_binary, timeout=args.timeout, workers=1) as ex:
            result = ex.run(script)
    except QBackendError as err:
        print(f"python -m q_exec: error: {err}", file=sys.stderr)
        return 2
    if args.json:
        fields = asdict(result)
        print(
            json.dumps(
                {k: fields[k] for k in ("stdout", "stderr", "exit_code", "timed_out", "seconds")}
            )
        )
        return 0
    sys.stdout.write(result.stdout)
    sys.stderr.write(result.stderr)
    if result.timed_out:
        print(f"python -m q_exec: timed out after {args.timeout}s", file=sys.stderr)
        return 124
    if result.truncated:
        print("python -m q_exec: output truncated at the sandbox's cap", file=sys.stderr)
    return result.exit_code if result.exit_code >= 0 else 128 - result.exit_code
