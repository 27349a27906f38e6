"""q code extraction from completions in every accepted shape."""

import pytest

from rewards.extract import extract_q_code, has_reasoning_format


@pytest.mark.parametrize(
    ("completion", "code"),
    [
        ("solve:{x+1}", "solve:{x+1}"),
        ("  solve:{x+1}\n\n", "solve:{x+1}"),
        ("Here you go:\n```q\nsolve:{x+1}\n```\nDone.", "solve:{x+1}"),
        ("```\nsolve:{x*2}\n```", "solve:{x*2}"),
        ("```kdb\nsolve:{x*2}\n```", "solve:{x*2}"),
        ("```q\nsolve:{x*2}\n```\n```q\nother:1\n```", "solve:{x*2}"),
        ("```q\nsolve:{x*2}\nhelper:{", "solve:{x*2}\nhelper:{"),
        ("solve:{x+1}\nexit 0;", "solve:{x+1}"),
        ("```q\nsolve:{x+1}\nexit 0\n```", "solve:{x+1}"),
        ("<reasoning>add one</reasoning>\n<answer>\nsolve:{x+1}\n</answer>", "solve:{x+1}"),
        ("<reasoning>r</reasoning><answer>```q\nsolve:{x}\n```</answer>", "solve:{x}"),
        ("<reasoning>r</reasoning><answer>solve:{x}", "solve:{x}"),
    ],
)
def test_extracts_code(completion: str, code: str) -> None:
    assert extract_q_code(completion) == code


@pytest.mark.parametrize("completion", ["", "   \n", "```q\n```", "<answer></answer>", "exit 0;"])
def test_no_code_gives_none(completion: str) -> None:
    assert extract_q_code(completion) is None


def test_exit_inside_code_is_kept() -> None:
    assert extract_q_code("f:{exit 0}\nsolve:{x}") == "f:{exit 0}\nsolve:{x}"


def test_reasoning_format_detection() -> None:
    assert has_reasoning_format("<reasoning>a</reasoning>\n<answer>b</answer>")
    assert not has_reasoning_format("<answer>b</answer>")
    assert not has_reasoning_format("<reasoning>a</reasoning><answer>b</answer> trailing")
    assert not has_reasoning_format("solve:{x}")
