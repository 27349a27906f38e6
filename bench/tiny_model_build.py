"""Build the embedded default model from the bundled training problems and report how good it is.

Prints the build time, the warm-start loss before/after, one sampled completion, and the share of
completions sampled at temperature 0.8 that pass all of their problem's tests (embedded backend).
Usage: python bench/tiny_model_build.py [--problems 20] [--samples 4] [--cache DIR]
"""

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

import torch
from transformers import AutoModelForCausalLM, AutoTokenizer

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from q_data import load_problems  # noqa: E402
from q_exec import Executor  # noqa: E402
from rewards.extract import extract_q_code  # noqa: E402
from trainer.prompts import build_prompt  # noqa: E402
from trainer.tiny_model import BUILD_INFO_FILE, build_tiny_model  # noqa: E402


def sample(model, tokenizer, description: str, reasoning: bool, count: int) -> list[str]:
    """`count` completions sampled at temperature 0.8 for the problem's prompt."""
    encoded = tokenizer.apply_chat_template(
        build_prompt(description, reasoning),
        add_generation_prompt=True,
        return_tensors="pt",
        return_dict=True,
    )
    output = model.generate(
        **encoded, do_sample=True, temperature=0.8, max_new_tokens=160, num_return_sequences=count
    )
    prompt_length = encoded["input_ids"].shape[1]
    return tokenizer.batch_decode(output[:, prompt_length:], skip_special_tokens=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--problems", type=int, default=20, help="problems to sample for")
    parser.add_argument("--samples", type=int, default=4, help="completions per problem")
    parser.add_argument("--cache", type=Path, default=None, help="default: a fresh temp dir")
    args = parser.parse_args()

    problems = load_problems(str(ROOT / "data"), "train").problems
    corpus = [(p.description, p.q_solution) for p in problems]
    cache = args.cache or Path(tempfile.mkdtemp(prefix="tiny-model-bench-"))
    started = time.perf_counter()
    path = build_tiny_model(cache, corpus, force=True)
    print(f"built {path} from {len(corpus)} problems in {time.perf_counter() - started:.1f}s")
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(json.dumps(json.loads((path / BUILD_INFO_FILE).read_text()), indent=2))

    tokenizer = AutoTokenizer.from_pretrained(path)
    model = AutoModelForCausalLM.from_pretrained(path)
    torch.manual_seed(0)
    with Executor(backend="embedded") as executor:
        for reasoning in (False, True):
            passed = total = 0
            for problem in problems[: args.problems]:
                completions = sample(model, tokenizer, problem.description, reasoning, args.samples)
                if total == 0:
                    print(f"sample completion (reasoning={reasoning}):\n{completions[0]}\n")
                for completion in completions:
                    code = extract_q_code(completion)
                    outcomes = executor.run_tests(code, problem.tests) if code else []
                    passed += bool(outcomes) and all(o.passed for o in outcomes)
                    total += 1
            print(f"reasoning={reasoning}: {passed}/{total} sampled completions pass all tests")


if __name__ == "__main__":
    main()
