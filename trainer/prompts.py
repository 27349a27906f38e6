"""Conversational prompts for q problems and the reference completions that match them.

The trainer, the evaluation and the tiny model's warm start all use these functions, so the
model sees at RL time exactly the prompt format it was warm-started on.
"""

PLAIN_INSTRUCTION = (
    "Write a q (kdb+) function named `solve` for the problem below. "
    "Answer with the q code only, in a ```q code block."
)
REASONING_INSTRUCTION = (
    "Write a q (kdb+) function named `solve` for the problem below. "
    "First think inside <reasoning></reasoning> tags, then give only the q code "
    "that defines `solve` inside <answer></answer> tags."
)


def build_prompt(description: str, reasoning: bool) -> list[dict[str, str]]:
    """Return the chat messages asking for a q `solve` function for `description`.

    `reasoning` selects the `<reasoning>…</reasoning><answer>…</answer>` answer format.
    """
    if not isinstance(description, str) or not description.strip():
        raise ValueError(f"problem description must be a non-empty string, got {description!r}")
    instruction = REASONING_INSTRUCTION if reasoning else PLAIN_INSTRUCTION
    return [{"role": "user", "content": f"{instruction}\n\n{description.strip()}"}]


def format_completion(description: str, solution: str, reasoning: bool) -> str:
    """Return the ideal assistant answer to `build_prompt(description, reasoning)`.

    The plain format is the solution in a ```q fence; the reasoning format restates the task's
    first sentence as reasoning and puts the bare solution inside `<answer>`.
    """
    code = solution.strip()
    if not reasoning:
        return f"```q\n{code}\n```"
    return f"<reasoning>\n{_first_sentence(description)}\n</reasoning>\n<answer>\n{code}\n</answer>"


def _first_sentence(text: str) -> str:
    """The text up to and including its first full stop (or its first line when it has none)."""
    first_line = text.strip().splitlines()[0]
    head, dot, _ = first_line.partition(". ")
    return head + "." if dot else first_line
