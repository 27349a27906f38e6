"""q display rendering and q literal writing, checked against real q output.

Expected strings below are copied from /work/shared/q-conformance/public.jsonl (real q console
output); the q expression that produced each one is given alongside.
"""

import math

import pytest

from q_data.literal import q_literal
from q_data.qtypes import QTypeError
from q_data.render import DisplayError, show


@pytest.mark.parametrize(
    ("value", "qtype", "real_q"),
    [
        ([], "longs", "`long$()"),  # til 0
        ([3], "longs", ",3"),  # "A grown man in a gown" ss "rown"
        ([-365, 365], "longs", "-365 365"),  # "j"$1999.01.01 2000.12.31
        (False, "bool", "0b"),  # all 1 2 3 = 1 2 4
        (True, "bool", "1b"),  # all 1 2 3 = 1 2 3
        (2.0, "float", "2f"),  # avg 1 2 3
        (1.5, "float", "1.5"),  # avg (1;0n;2;3)
        (2 / 3, "float", "0.6666667"),  # 2%3
        (math.log(0.5), "float", "-0.6931472"),  # log 0.5
        (0.0, "float", "0f"),  # log 1
        (256.0, "float", "256f"),  # 2 xexp 8
        (math.exp(-21), "float", "7.58256e-10"),  # exp d (first column)
        ([1, 1.5, 2.5, 4, 6, 8.5], "floats", "1 1.5 2.5 4 6 8.5"),  # 2 mavg 1 2 3 5 7 10
        ([65.0, 67.0], "floats", "65 67f"),  # `float$"AC"
        ([1, 2.4, 5, -7.9, 10], "floats", "1 2.4 5 -7.9 10"),  # 1 2.4 5,-7.9 10
        (
            [2000, 2005 / 2000, 2007 / 2005, 2012 / 2007, 2020 / 2012],
            "floats",
            "2000 1.0025 1.000998 1.002491 1.003976",
        ),  # ratios 2000 2005 2007 2012 2020
        ("2", "str", ',"2"'),  # string 2
        (["c", "a", "t"], "strs", ',"c"\n,"a"\n,"t"'),  # string "cat"
        (["one", "two", "three"], "strs", '"one"\n"two"\n"three"'),  # "," vs "one,two,three"
        (
            ["quick...", "", "brown...", "fox..."],
            "strs",
            '"quick..."\n""\n"brown..."\n"fox..."',
        ),  # @[d;where"b"$count each d;,[;"..."]]
        (["c2"], "syms", ",`c2"),  # where all null ([] c1:`a`b`c; c2:0n 0n 0n; c3:10 0N 30)
        (["c", "a", "b"], "syms", "`c`a`b"),
        ([[2, 0], [0, 1, 0]], "longss", "2 0\n0 1 0"),  # i:(2 0; 0 1 0)
        ([[1, 4], [2, 5], [3, 6]], "longss", "1 4\n2 5\n3 6"),  # flip (1 2 3;4 5 6)
        ([[100, 200, 300], [400, 500, 600]], "longss", "100 200 300\n400 500 600"),
        ([[]] * 9 + [[10]], "longss", "\n".join(["`long$()"] * 9 + [",10"])),  # (10 0N)#(),10
    ],
)
def test_show_matches_real_q(value, qtype, real_q):
    assert show(value, qtype) == real_q


@pytest.mark.parametrize(
    ("value", "qtype", "expected"),
    [
        ([True, False, True], "bools", "101b"),
        ([True], "bools", ",1b"),
        ([], "bools", "`boolean$()"),
        ("", "str", '""'),
        ("abc", "str", '"abc"'),
        ("a", "char", '"a"'),
        ("ibm", "sym", "`ibm"),
        ([], "syms", "`symbol$()"),
        ([2.5], "floats", ",2.5"),
        ([], "floats", "`float$()"),
        ([[1, 2, 3]], "longss", ",1 2 3"),
        (["ab"], "strs", ',"ab"'),
        (["5"], "strs", ',,"5"'),
        ([[1, 22], [3, 44]], "longss", "1 22\n3 44"),
        ([[10, 2], [3, 4]], "longss", "10 2\n3  4"),  # inner columns are padded to align
    ],
)
def test_show_other_shapes(value, qtype, expected):
    assert show(value, qtype) == expected


@pytest.mark.parametrize(
    ("value", "qtype"),
    [
        ([[3, 2], [-4, -6]], "longss"),  # last column varies in width: padding not certain
        ([], "strs"),  # empty general list
        ([[1], [2]], "longss"),  # equal-length rows shorter than 2
        (list(range(40)), "longs"),  # wider than q's default 80-column console
        ([str(i) for i in range(30)], "strs"),  # taller than q's default 25-row console
        (float("nan"), "float"),
        ('say "hi"', "str"),
    ],
)
def test_show_refuses_uncertain_displays(value, qtype):
    with pytest.raises(DisplayError):
        show(value, qtype)


@pytest.mark.parametrize(
    ("value", "qtype"),
    [("x", "long"), (True, "long"), (1, "bool"), (5, "longs"), ("ab", "char"), (1, "nosuchtype")],
)
def test_show_rejects_values_of_the_wrong_type(value, qtype):
    with pytest.raises(QTypeError):
        show(value, qtype)


@pytest.mark.parametrize(
    ("value", "qtype", "literal"),
    [
        (5, "long", "5"),
        (-3, "long", "-3"),
        ([1, -2, 3], "longs", "1 -2 3"),
        ([7], "longs", "enlist 7"),
        ([], "longs", "`long$()"),
        (2.0, "float", "2.0"),
        ([0.5, 1.0], "floats", "0.5 1.0"),
        ([], "floats", "`float$()"),
        ([True, False], "bools", "10b"),
        ([False], "bools", "enlist 0b"),
        ("a", "char", '"a"'),
        ("a", "str", 'enlist "a"'),
        ("", "str", '""'),
        ('a"b\\', "str", '"a\\"b\\\\"'),
        (["a", "bc"], "strs", '(enlist "a";"bc")'),
        (["bc"], "strs", 'enlist "bc"'),
        ([], "strs", "()"),
        (["x", "y"], "syms", "`x`y"),
        (["x"], "syms", "enlist `x"),
        ([[1], [2, 3], []], "longss", "(enlist 1;2 3;`long$())"),
        ([[4, 5]], "longss", "enlist 4 5"),
    ],
)
def test_q_literal(value, qtype, literal):
    assert q_literal(value, qtype) == literal


def test_q_literal_rejects_bad_symbols_and_types():
    with pytest.raises(QTypeError):
        q_literal("has space", "sym")
    with pytest.raises(QTypeError):
        q_literal([1, "2"], "longs")
