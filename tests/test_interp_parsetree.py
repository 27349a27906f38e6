"""`parse` (q text to parse tree), `eval` / `0 x` (parse tree to value)."""

import pytest
from interp_support import q

T = "t:([]s:`a`b`a;p:1 20 30)\n"


@pytest.mark.parametrize(
    ("expr", "out"),
    [
        ('parse "1+2"', "+\n1\n2"),
        ('parse "not 0b"', "~:\n0b"),
        ('parse "-x"', "-:\n`x"),
        ('parse "a in b"', "in\n`a\n`b"),
        ('parse "{x+y}[3;4]"', "{x+y}\n3\n4"),
        ('parse "a:1"', ":\n`a\n1"),
        ('parse "s::x+1"', "::\n`s\n(+;`x;1)"),
        ('parse "`a`b"', ",`a`b"),
        ('parse "(1;`a)"', "enlist\n1\n,`a"),
        ('parse "+/[1 2]"', "(/;+)\n1 2"),
        ('parse "f[1;]"', "`f\n1\n::"),
        ('parse "select from t where p>10"', "?\n`t\n,,(>;`p;10)\n0b\n()"),
        ('parse "exec p from t"', "?\n`t\n()\n()\n,`p"),
        ('parse "delete p from t"', "!\n`t\n()\n0b\n,,`p"),
    ],
)
def test_parse_trees(expr, out):
    assert q(expr) == out


def test_parse_select_by_shows_dictionaries():
    assert q('parse "select max p by s from t"').split("\n")[3] == "(,`s)!,`s"


@pytest.mark.parametrize(
    ("expr", "out"),
    [
        ('eval parse "2+3"', "5"),
        ("eval (+;1;(*;2;3))", "7"),
        ('eval parse "exec p from t"', "1 20 30"),
        ('eval parse "select max p by s from t where p>5"', "s| p\n-| --\na| 30\nb| 20"),
        ('eval parse "update p:2*p from t where s=`a"', "s p\n----\na 2\nb 20\na 60"),
        ('eval parse "$[0b;`x;`y]"', "`y"),
        ('eval parse "z:41+1";z', "42"),
    ],
)
def test_eval_parse_round_trip(expr, out):
    assert q(T + expr) == out


def test_own_handle_zero_evaluates_text_and_trees():
    assert q('0 "1 \\"hello\\""') == "hello1"
    assert q("0 (+;2;2)") == "4"


def test_internal_parse_and_eval():
    assert q('-5!"1+2"') == "+\n1\n2"
    assert q("-6!(+;1;2)") == "3"


def test_reval_refuses_assignment():
    assert q('reval parse "a:1"') == "'noupdate"
    assert q('reval parse "1+2"') == "3"


def test_parse_select_limit_and_order():
    tree = q('parse "select[10 20;>p] from t"').split("\n")
    assert tree[5:] == ["10 20", "(k){$[0h>@x;'`rank;>x]};`p)"]


def test_value_of_a_lambda_lists_its_names_and_source():
    src = "f:{[a;b]c:a+b;d::c*2;c+e}\n"
    assert q(src + "1_value f") == '`a`b\n,`c\n``d`e\n"{[a;b]c:a+b;d::c*2;c+e}"'
    assert q("(value {1})1") == ",`x"


@pytest.mark.parametrize(
    ("expr", "out"),
    [
        ("-1!`a", "`:a"),
        ("-2!`s#1 2", "`s"),
        ('-15!"abc"', "0x900150983cd24fb0d6963f7d28e17f72"),
        ('-33!"abc"', "0xa9993e364706816aba3e25717850c26c9cd0d89d"),
        ("-27!(3i;1.23456)", '"1.235"'),
        ("-27!(2i;1 2.5)", '"1.00"\n"2.50"'),
    ],
)
def test_internal_functions(expr, out):
    assert q(expr) == out


def test_value_of_derived_functions_and_compositions():
    assert q("value (+/)") == "+"
    assert q("value ('[neg;+])") == "-:\n+"


def test_serialize_in_q_ipc_format_and_back():
    assert q("-8!1") == "0x0100000011000000f90100000000000000"
    assert q("-8!`a`b") == "0x01000000120000000b000200000061006200"
    assert q('-8!"ab"') == "0x01000000100000000a00020000006162"
    src = 'x:(1 2;`a`b!(1.5;"x");([]a:1 2);2000.01.02;`s#1 2)\n'
    assert q(src + "(-9!-8!x)~x") == "1b"
    assert q("-8!{x}") == "'type"
