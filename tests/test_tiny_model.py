"""The embedded default model: tokenizer, build, cache, warm start, and TRL GRPO compatibility."""

import json
from pathlib import Path

import pytest
import torch
from transformers import AutoModelForCausalLM, AutoTokenizer, Qwen2ForCausalLM, Qwen2Tokenizer

from trainer.prompts import build_prompt
from trainer.q_tokenizer import MESSAGE_END, PAD_TOKEN, train_q_tokenizer
from trainer.tiny_model import (
    BUILD_INFO_FILE,
    MARKER_FILE,
    build_tiny_model,
    default_cache_dir,
    is_built,
    new_tiny_model,
    tiny_model_path,
    tokenizer_texts,
)
from trainer.warm_start import completion_loss, encode_examples

# Small hand-written q problems: (description, reference solution).
CORPUS = [
    ("Return the running totals of the list `x`.", "solve:{[x] sums x}"),
    ("Return the sum of the items of `x` greater than 10.", "solve:{[x] sum x where x>10}"),
    ("Return the string `s` reversed and in upper case.", "solve:{[s] upper reverse s}"),
    ("Count the items of `x` divisible by 3.", "solve:{[x] sum 0=x mod 3}"),
    ("Return the distinct items of `x`, sorted ascending.", "solve:{[x] asc distinct x}"),
    ("Return the product of 1 to `n` (1 when n < 1).", "solve:{[n] prd 1+til n}"),
    ("Return the positions where lists `a` and `b` differ.", "solve:{[a;b] where not a=b}"),
    ("Is the string `s` a palindrome, ignoring case?", "solve:{[s] s~reverse s:lower s}"),
    (
        "Average `price` by `sym` in table `t`, as a keyed table.",
        "solve:{[t] select avg price by sym from t}",
    ),
    (
        "Return the key of dictionary `d` with the largest value.",
        "/ first key holding the maximum\nsolve:{[d] first where d=max d}",
    ),
    ("Return each item of `x` minus the previous one.", "solve:{[x] deltas x}"),
    (
        "Split `s` on commas and count the non-empty pieces.",
        'solve:{[s] sum 0<count each "," vs s}',
    ),
]
STEPS = 150
SEED = 3


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    """One tiny model built from CORPUS, shared by the tests of this module."""
    return build_tiny_model(
        tmp_path_factory.mktemp("cache"), CORPUS, seed=SEED, warm_start_steps=STEPS
    )


@pytest.fixture(scope="module")
def tokenizer(built):
    return AutoTokenizer.from_pretrained(built)


@pytest.fixture(scope="module")
def model(built):
    return AutoModelForCausalLM.from_pretrained(built)


def test_build_gives_loadable_tiny_qwen2(built, tokenizer, model):
    assert is_built(built)
    assert isinstance(tokenizer, Qwen2Tokenizer)
    assert isinstance(model, Qwen2ForCausalLM)
    assert tokenizer.eos_token == MESSAGE_END and tokenizer.pad_token == PAD_TOKEN
    assert model.config.vocab_size == len(tokenizer) <= 4096
    assert model.config.hidden_size // model.config.num_attention_heads >= 32
    assert model.num_parameters() < 2_000_000
    assert model.generation_config.eos_token_id == tokenizer.eos_token_id
    info = json.loads((built / BUILD_INFO_FILE).read_text())
    assert info["warm_start"]["steps"] == STEPS
    assert info["warm_start"]["examples"] == 2 * len(CORPUS)


@pytest.mark.parametrize(
    "code",
    [
        "solve:{[x] sums x}",
        "f:{[t;c] ?[t;();0b;(enlist c)!enlist (max;c)]}\nshow f[([] a:1 2 3);`a]  / comment",
        "x:`a`b`c!1 2 3;\r\n\tshow x`b\n\n\n  ",
        'r:0x0a1f, "é€ unicode", .z.p; -1 "done"; exit 0;',
    ],
)
def test_tokenizer_round_trips_q_code_after_reload(built, tokenizer, code):
    ids = tokenizer.encode(code)
    assert tokenizer.decode(ids) == code
    in_memory = train_q_tokenizer(tokenizer_texts(CORPUS))
    assert in_memory.encode(code) == ids


def test_tokenizer_learned_q_merges(tokenizer):
    """BPE on q text merges common q words, so a solution is far fewer tokens than bytes."""
    code = "solve:{[x] sum x where x>10}"
    assert len(tokenizer.encode(code)) < len(code.encode()) / 2


def test_chat_template_and_generation(tokenizer, model):
    prompt = build_prompt("Return the running totals of the list `x`.", reasoning=False)
    text = tokenizer.apply_chat_template(prompt, add_generation_prompt=True, tokenize=False)
    assert text.startswith("<|im_start|>user\n") and text.endswith("<|im_start|>assistant\n")
    encoded = tokenizer.apply_chat_template(
        prompt, add_generation_prompt=True, return_tensors="pt", return_dict=True
    )
    torch.manual_seed(0)
    output = model.generate(**encoded, do_sample=True, temperature=0.8, max_new_tokens=48)
    completion = tokenizer.decode(output[0, encoded["input_ids"].shape[1] :])
    assert "solve" in completion


def test_greedy_completion_reproduces_a_reference_solution(tokenizer, model):
    """After the warm start the model answers a training prompt with its reference solution."""
    prompt = build_prompt(CORPUS[0][0], reasoning=False)
    encoded = tokenizer.apply_chat_template(
        prompt, add_generation_prompt=True, return_tensors="pt", return_dict=True
    )
    output = model.generate(**encoded, do_sample=False, max_new_tokens=32)
    completion = tokenizer.decode(output[0, encoded["input_ids"].shape[1] :])
    assert completion == f"```q\n{CORPUS[0][1]}\n```{MESSAGE_END}"


def test_warm_start_lowers_corpus_loss(built, tokenizer, model):
    examples, skipped = encode_examples(tokenizer, CORPUS, max_length=1024)
    assert skipped == 0
    untrained = completion_loss(new_tiny_model(tokenizer, SEED), examples, tokenizer.pad_token_id)
    trained = completion_loss(model, examples, tokenizer.pad_token_id)
    assert trained < 0.25 * untrained
    report = json.loads((built / BUILD_INFO_FILE).read_text())["warm_start"]
    assert report["loss_before"] == pytest.approx(untrained, rel=1e-3)
    assert report["loss_after"] == pytest.approx(trained, rel=1e-3)


def test_second_build_reuses_the_cache(built):
    marker = built / MARKER_FILE
    stamp = marker.stat().st_mtime_ns
    again = build_tiny_model(built.parent, CORPUS, seed=SEED, warm_start_steps=STEPS)
    assert again == built
    assert marker.stat().st_mtime_ns == stamp


def test_forced_rebuild_is_deterministic(tmp_path):
    first = build_tiny_model(tmp_path, CORPUS[:3], seed=1, warm_start_steps=5)
    stamp = (first / MARKER_FILE).stat().st_mtime_ns
    weights = AutoModelForCausalLM.from_pretrained(first).state_dict()
    rebuilt = build_tiny_model(tmp_path, CORPUS[:3], seed=1, force=True, warm_start_steps=5)
    assert rebuilt == first and (rebuilt / MARKER_FILE).stat().st_mtime_ns != stamp
    again = AutoModelForCausalLM.from_pretrained(rebuilt).state_dict()
    assert weights.keys() == again.keys()
    for name, weight in weights.items():
        assert torch.equal(weight, again[name]), name
    leftovers = [p.name for p in tmp_path.iterdir() if ".staging-" in p.name or ".old-" in p.name]
    assert leftovers == []


def test_cache_path_depends_on_corpus_seed_and_steps(tmp_path):
    base = tiny_model_path(tmp_path, CORPUS, seed=0, warm_start_steps=10)
    assert base.parent == tmp_path and base.name.startswith("tiny-model-")
    assert base == tiny_model_path(tmp_path, list(CORPUS), seed=0, warm_start_steps=10)
    assert base != tiny_model_path(tmp_path, CORPUS, seed=1, warm_start_steps=10)
    assert base != tiny_model_path(tmp_path, CORPUS, seed=0, warm_start_steps=11)
    assert base != tiny_model_path(tmp_path, CORPUS[1:], seed=0, warm_start_steps=10)


def test_half_built_folder_is_rebuilt(tmp_path):
    target = tiny_model_path(tmp_path, CORPUS[:3], warm_start_steps=0)
    target.mkdir()
    (target / "config.json").write_text("{ truncated")
    assert not is_built(target)
    assert build_tiny_model(tmp_path, CORPUS[:3], warm_start_steps=0) == target
    assert is_built(target)
    AutoModelForCausalLM.from_pretrained(target)


def test_failed_build_leaves_no_folder(tmp_path):
    too_long = [("word " * 3000, "solve:{x}")]
    with pytest.raises(ValueError, match="fits the length limit"):
        build_tiny_model(tmp_path, too_long, warm_start_steps=1)
    assert [p.name for p in tmp_path.iterdir() if not p.name.endswith(".lock")] == []


@pytest.mark.parametrize(
    ("corpus", "steps", "message"),
    [
        ([], None, "non-empty corpus"),
        ([("only a description",)], None, "corpus item 0"),
        ([("desc", "solve:{x}"), ("desc", "  ")], None, "corpus item 1"),
        ([("desc", 42)], None, "corpus item 0"),
        (CORPUS, -1, "warm_start_steps must be an integer >= 0, got -1"),
    ],
)
def test_bad_arguments_raise_clear_errors(tmp_path, corpus, steps, message):
    with pytest.raises(ValueError, match=message):
        build_tiny_model(tmp_path, corpus, warm_start_steps=steps)


def test_default_cache_dir_honours_env(monkeypatch, tmp_path):
    monkeypatch.setenv("Q_RL_CACHE", str(tmp_path / "cache"))
    assert default_cache_dir() == tmp_path / "cache"
    monkeypatch.delenv("Q_RL_CACHE")
    assert default_cache_dir() == Path.home() / ".cache" / "q-rl"


def test_grpo_trainer_trains_one_step(built, tmp_path):
    """TRL's GRPOTrainer accepts the model and tokenizer and updates the weights on CPU."""
    from datasets import Dataset
    from trl import GRPOConfig, GRPOTrainer

    model = AutoModelForCausalLM.from_pretrained(built)
    tokenizer = AutoTokenizer.from_pretrained(built)
    dataset = Dataset.from_list([{"prompt": build_prompt(d, False)} for d, _ in CORPUS[:4]])

    def length_reward(completions, **_):
        return [float(len(c[0]["content"])) for c in completions]

    config = GRPOConfig(
        output_dir=str(tmp_path / "grpo"),
        per_device_train_batch_size=4,
        num_generations=4,
        max_completion_length=64,
        max_steps=1,
        learning_rate=1e-3,
        temperature=1.0,
        use_cpu=True,
        bf16=False,
        report_to="none",
        save_strategy="no",
        logging_steps=1,
        seed=0,
    )
    trainer = GRPOTrainer(
        model=model,
        reward_funcs=length_reward,
        args=config,
        train_dataset=dataset,
        processing_class=tokenizer,
    )
    trainer.train()
    logged = trainer.state.log_history[0]
    assert "rewards/length_reward/mean" in logged
    assert logged["num_tokens"] > 0
    # That the GRPO updates change the weights is asserted on a real run of rl_trainer.py
    # (tests/test_train_e2e.py): this memorising model often samples identical completions,
    # whose group advantages cancel.
