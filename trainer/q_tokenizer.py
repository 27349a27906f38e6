"""Train a byte-level BPE tokenizer on q text, saved as a Qwen2 tokenizer with a chat template.

transformers rebuilds a `Qwen2Tokenizer` on load with Qwen2's own normalizer and pre-tokenizer,
keeping only the vocabulary and merges from `tokenizer.json`. The BPE is therefore trained with
the very normalizer and pre-tokenizer a fresh `Qwen2Tokenizer` carries, so ids round-trip.
"""

import json
from collections.abc import Iterable

from tokenizers import Tokenizer, pre_tokenizers, trainers
from tokenizers.models import BPE
from transformers import Qwen2Tokenizer

PAD_TOKEN = "<|endoftext|>"
MESSAGE_START = "<|im_start|>"
MESSAGE_END = "<|im_end|>"
SPECIAL_TOKENS = (PAD_TOKEN, MESSAGE_START, MESSAGE_END)
MAX_MODEL_LENGTH = 8192

CHAT_TEMPLATE = (
    "{%- for message in messages %}"
    "{{- '<|im_start|>' + message['role'] + '\\n' + message['content'] + '<|im_end|>\\n' }}"
    "{%- endfor %}"
    "{%- if add_generation_prompt %}{{- '<|im_start|>assistant\\n' }}{%- endif %}"
)

# Text the chat template adds around messages; trained on so role names get their own tokens.
_TEMPLATE_TEXT = ("system\n", "user\n", "assistant\n")


def train_q_tokenizer(texts: Iterable[str], vocab_size: int = 2048) -> Qwen2Tokenizer:
    """Train a byte-level BPE on `texts` and wrap it as a `Qwen2Tokenizer` with a chat template.

    The end of a message (`<|im_end|>`) is the eos token; `<|endoftext|>` pads.
    """
    if vocab_size < 512:
        raise ValueError(f"vocab_size must be at least 512 (256 bytes + merges), got {vocab_size}")
    reference = Qwen2Tokenizer().backend_tokenizer
    bpe = Tokenizer(BPE(unk_token=None, fuse_unk=False, byte_fallback=False))
    bpe.normalizer = reference.normalizer
    bpe.pre_tokenizer = reference.pre_tokenizer
    bpe.decoder = reference.decoder
    trainer = trainers.BpeTrainer(
        vocab_size=vocab_size,
        min_frequency=2,
        special_tokens=list(SPECIAL_TOKENS),
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
        show_progress=False,
    )
    bpe.train_from_iterator([*texts, *_TEMPLATE_TEXT * 8], trainer)
    vocab = bpe.get_vocab()
    merges = [tuple(pair) for pair in _merges_of(bpe)]
    return Qwen2Tokenizer(
        vocab=vocab,
        merges=merges,
        unk_token=None,
        eos_token=MESSAGE_END,
        pad_token=PAD_TOKEN,
        extra_special_tokens=[MESSAGE_START],
        chat_template=CHAT_TEMPLATE,
        model_max_length=MAX_MODEL_LENGTH,
    )


def _merges_of(bpe: Tokenizer) -> list[list[str]]:
    """The trained merge rules, in priority order."""
    return json.loads(bpe.to_str())["model"]["merges"]
