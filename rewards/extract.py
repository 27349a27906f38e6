"""Pull the q program out of a model completion.

Accepted shapes, tried in this order:
- ``<reasoning>…</reasoning><answer>…</answer>``: the answer part (which may hold a fence);
- a fenced block (```q, ```kdb, ```k or a bare ```): the first block's body;
- a partial fence (an opening ``` and no closing one, as when truncated): what follows it;
- plain code: the whole text.
A trailing ``exit 0;`` is removed, since the test harness appends the test code after the solution.
"""

import re

_ANSWER = re.compile(r"<answer>(.*?)(?:</answer>|$)", re.DOTALL)
_REASONING_FORMAT = re.compile(
    r"^\s*<reasoning>.*?</reasoning>\s*<answer>.*?</answer>\s*$", re.DOTALL
)
_FENCED = re.compile(r"```[ \t]*(?:q|kdb\+?|k)?[ \t]*\n(.*?)```", re.DOTALL | re.IGNORECASE)
_OPEN_FENCE = re.compile(r"```[ \t]*(?:q|kdb\+?|k)?[ \t]*\n(.*)$", re.DOTALL | re.IGNORECASE)
_TRAILING_EXIT = re.compile(r"(?:\n|^)[ \t]*\\?exit[ \t]+0[ \t]*;?[ \t]*$")


def has_reasoning_format(completion: str) -> bool:
    """True when the completion is exactly one reasoning block followed by one answer block."""
    return bool(_REASONING_FORMAT.match(completion))


def extract_q_code(completion: str) -> str | None:
    """Return the q code in ``completion``, or None when there is none."""
    text = completion
    answer = _ANSWER.search(text)
    if answer:
        text = answer.group(1)
    fenced = _FENCED.search(text)
    if fenced:
        text = fenced.group(1)
    else:
        partial = _OPEN_FENCE.search(text)
        if partial:
            text = partial.group(1)
    code = text.strip()
    while True:
        stripped = _TRAILING_EXIT.sub("", code).rstrip()
        if stripped == code:
            break
        code = stripped
    return code or None
