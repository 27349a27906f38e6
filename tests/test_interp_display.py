"""Console display of every value type, as real q prints it."""

import pytest
from interp_support import q


@pytest.mark.parametrize(
    ("expr", "want"),
    [
        ("1b", "1b"),
        ("101b", "101b"),
        ("0x0f", "0x0f"),
        ("0x0102", "0x0102"),
        ("1h", "1h"),
        ("1 2h", "1 2h"),
        ("1i", "1i"),
        ("42", "42"),
        ("0N", "0N"),
        ("0W", "0W"),
        ("1 0N 3", "1 0N 3"),
        ("1.5", "1.5"),
        ("2.0", "2f"),
        ("1 2 3f", "1 2 3f"),
        ("1%3", "0.3333333"),
        ("0n", "0n"),
        ("1e", "1e"),
        ('"a"', '"a"'),
        ('"abc"', '"abc"'),
        ("`a", "`a"),
        ("`a`b", "`a`b"),
        ("2000.01.02", "2000.01.02"),
        ("2000.01m", "2000.01m"),
        ("12:30", "12:30"),
        ("12:30:15", "12:30:15"),
        ("12:30:15.250", "12:30:15.250"),
        ("2000.01.01D12:00:00.000000001", "2000.01.01D12:00:00.000000001"),
        ("0D01:00:00.000000000", "0D01:00:00.000000000"),
        ("enlist 1", ",1"),
        ('enlist "a"', ',"a"'),
        ("`long$()", "`long$()"),
        ("`symbol$()", "`symbol$()"),
        ('""', '""'),
        ("()", "()"),
        ("{x+y}", "{x+y}"),
        ("1e10", "1e+10"),
    ],
)
def test_atoms_and_vectors(expr, want):
    assert q(expr) == want


def test_general_lists_one_item_per_line():
    assert q('(1;`a;"b")') == '1\n`a\n"b"'
    assert q("(1 2;3 4 5)") == "1 2\n3 4 5"
    assert q("(1;(2;3 4))") == "1\n(2;3 4)"


def test_dictionaries_and_tables():
    assert q("`a`bc!1 2") == "a | 1\nbc| 2"
    assert q("([]a:1 10;b:`x`y)") == "a  b\n----\n1  x\n10 y"
    assert q("([k:`a`b]v:1 2)") == "k| v\n-| -\na| 1\nb| 2"
    assert q("([]a:1 0N)") == "a\n-\n1"  # nulls print as blank cells


def test_show_string_and_handles():
    assert q("show 1 2") == "1 2"
    assert q('-1 "hi";') == "hi"
    assert q("string 12") == '"12"'
    assert q("string `ab`c") == '"ab"\n,"c"'
    assert q(".Q.s 1 2") == '"1 2\\n"'


def test_rows_that_are_matrices_show_their_aligned_lines_as_cells():
    assert q("show N:0 3_/:2 6#til 12") == "0 1 2   3 4 5\n6 7  8  9 10 11"
    assert q("(2; 3 4) + ((5 6; 7 8 9); (10; 11 12))") == "7 8 9 10 11\n13  15 16"


def test_rows_mixing_vectors_and_general_lists_align_item_cells():
    assert q("(2 3 4;(5; 6 7;8)) within 3 6") == "0  1   1\n1b 10b 0b"
    assert q('(1 2;(`a;"bc"))') == '1  2\n`a "bc"'
