"""Less common q semantics of the embedded interpreter: function types, views as namespace
entries, and other gaps found against real q's documented behaviour."""

import pytest
from interp_support import q


@pytest.mark.parametrize(
    ("expr", "want"),
    [
        ("type (+')", "106h"),
        ("type (+/)", "107h"),
        ("type (+\\)", "108h"),
        ("type (+':)", "109h"),
        ("type (+/:)", "110h"),
        ("type (+\\:)", "111h"),
        ("type ({x}')", "106h"),
        ("type (+)", "102h"),
        ("type (-:)", "101h"),
        ("type count", "101h"),
        ("type neg", "101h"),
        ("type sum", "107h"),
        ("type sums", "108h"),
        ("type deltas", "109h"),
        ("type iasc", "100h"),
        ("type (1+)", "104h"),
        ("type (0|+)", "105h"),
    ],
)
def test_function_types_follow_their_form(expr, want):
    assert q(expr) == want


def test_view_entry_in_root_namespace_shows_its_definition():
    src = "a:1 2 3\nb:10\nd::a+b\n"
    assert q(src + "`. `d") == "a+b"
    assert q(src + "value `.") == "a| 1 2 3\nb| 10\nd| a+b"


def test_get_and_value_of_a_view_name_evaluate_it():
    src = "a:1 2 3\nd::a+1\na:10 20\n"
    assert q(src + "get `d") == "11 21"
    assert q(src + "value `d") == "11 21"
