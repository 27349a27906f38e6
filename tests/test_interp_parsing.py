"""Parsing and evaluation-order edge cases of the embedded q interpreter."""

import pytest
from interp_support import q, script, session


@pytest.mark.parametrize(
    ("expr", "want"),
    [
        ("2*3+4", "14"),  # right to left, no precedence
        ("(2*3)+4", "10"),
        ("10-2-3", "11"),
        ("x:5;x-1", "4"),  # minus after a name
        ("x:1 2 3;x -1", "0N"),  # juxtaposed negative literal: index -1 -> null
        ("1 -2 3", "1 -2 3"),  # negative literal inside a vector
        ("2-1", "1"),
        ("3 - -1", "4"),
        ("-1+2", "1"),
        ("neg 1 2", "-1 -2"),
        ("til 3", "0 1 2"),
        ("count til 5", "5"),
        ("1 2 3+10", "11 12 13"),
    ],
)
def test_right_to_left_and_negative_literals(expr, want):
    assert q(expr) == want


@pytest.mark.parametrize(
    ("expr", "want"),
    [
        ("+/[1 2 3]", "6"),
        ("+/ 1 2 3", "6"),
        ("10 +/ 1 2 3", "16"),
        ("+\\ 1 2 3", "1 3 6"),
        ("{x*y}/[2 3 4]", "24"),
        ("count each (1 2;3 4 5)", "2 3"),
        ("1 2 ,/: 3 4", "1 2 3\n1 2 4"),
        ("1 2 ,\\: 3", "1 3\n2 3"),
        ("-': 1 4 9", "1 3 5"),
        ("{x+1}/[3;0]", "3"),
        ("{x<100}{x*2}/1", "128"),
        ("{1+x mod 5}\\[3]", "3 4 5 1 2"),
    ],
)
def test_adverbs_bind_to_the_left(expr, want):
    assert q(expr) == want


def test_projections_and_partial_application():
    assert q("f:{x+y*z};g:f[1;;3];g 2") == "7"
    assert q("add:+;inc:add[1];inc 41") == "42"
    assert q("(2+) 3") == "5"
    assert q("f:{x-y};f[10] 3") == "7"


def test_comments_are_ignored():
    assert q("1+1 / a trailing comment") == "2"
    out = session("/ whole-line comment\n/\nblock comment\n\\\n3*3\n")
    assert out.strip() == "9"


def test_multiline_function_in_script():
    src = "f:{[a;b]\n  c:a+b;\n  c*2}\nshow f[1;2]\n"
    code, out, err = script(src)
    assert (code, out, err) == (0, "6\n", "")


def test_continuation_line_is_blank_space():
    # a line break inside a statement is not a separator: `x!` continues on the next line
    src = "f:{[a]\n  `p`q!\n    a+1 2}\nshow f 10\nd:`u`v!\n  3 4\nshow d\n"
    code, out, err = script(src)
    assert (code, out, err) == (0, "p| 11\nq| 12\nu| 3\nv| 4\n", "")


def test_lambda_locals_globals_and_return():
    assert q("a:1;f:{a:10;a+x};f 5") == "15"
    assert q("f:{b::x};f 7;b") == "7"
    assert q("f:{if[x>0;:`pos];`neg};(f 1;f -1)") == "`pos`neg"


def test_control_flow():
    assert q("i:0;s:0;while[i<5;s+:i;i+:1];s") == "10"
    assert q("r:();do[3;r,:1];r") == "1 1 1"
    assert q("$[0;`a;1;`b;`c]") == "`b"
    assert q("x:3;if[x>2;x:0];x") == "0"


def test_assignment_forms():
    assert q("x:1 2 3;x[1]:20;x") == "1 20 3"
    assert q("x:1 2 3;x[0]+:5;x") == "6 2 3"
    assert q("x:1 2;x,:3;x") == "1 2 3"
    assert q("d:()!();d[`a]:1;d[`b]:2;d") == "a| 1\nb| 2"
    assert q("d:`a`b!1 2;d[`a]+:10;d`a") == "11"


def test_qsql_select_exec_update_delete():
    t = "t:([]a:1 2 3 4;b:`x`y`x`y);"
    assert q(t + "select a from t where b=`x") == "a\n-\n1\n3"
    assert q(t + "select sum a by b from t") == "b| a\n-| -\nx| 4\ny| 6"
    assert q(t + "exec a from t where a>2") == "3 4"
    assert q(t + "update a:a*10 from t where b=`y") == "a  b\n----\n1  x\n20 y\n3  x\n40 y"
    assert q(t + "delete from t where a<3") == "a b\n---\n3 x\n4 y"


def test_pattern_assignment():
    assert q("(b;c):2 3;b+c") == "5"
    assert q("(1):2") == "'match"
    assert q("(b;c):2 3 4") == "'length"
    assert q('(1 2!(one;two)):1 2 3!"abc";one') == '"a"'
    assert q("([]cc:e):([]aa:1 2;cc:5 6);e") == "5 6"


def test_dictionary_literal_and_views():
    assert q("([a:1;b:2])") == "a| 1\nb| 2"
    assert q("b:1;a::b*10;b:2;a") == "20"
