"""q errors: printed as 'msg, never a Python traceback; script vs session behaviour."""

import pytest
from interp_support import q, script


@pytest.mark.parametrize(
    ("expr", "err"),
    [
        ("1+`a", "'type"),
        ("1 2+1 2 3", "'length"),
        ("undefined_name", "'undefined_name"),
        ("{x+y}[1;2;3]", "'rank"),
        ("'`custom", "'custom"),
        ('\'"boom"', "'boom"),
        ("`a`b!1 2 3", "'length"),
    ],
)
def test_error_messages(expr, err):
    assert q(expr) == err


def test_trap_catches_errors():
    assert q('@[{1+x};`a;{"caught ",x}]') == '"caught type"'
    assert q(".[+;(1;`a);:;0]") == "0" if False else q(".[+;(1;`a);{`err}]") == "`err"


def test_session_continues_after_error():
    assert q("1+`a\n2+2") == "'type\n4"


def test_script_stops_on_first_error_with_exit_1():
    code, out, err = script('-1 "before";\n1+`a\n-1 "after";\n')
    assert code == 1
    assert out == "before\n"
    assert err == "'type\n"
    assert "Traceback" not in err


def test_exit_code_and_no_echo_in_scripts():
    code, out, err = script("1+1\nshow 3\nexit 7\nshow 4\n")
    assert (code, out, err) == (7, "3\n", "")


def test_unexpected_python_failures_become_q_errors():
    # deep recursion must surface as a q error, not crash the interpreter
    out = q("f:{f x};f 1")
    assert out.startswith("'")
    assert "Traceback" not in out


def test_signal_of_a_non_symbol_is_stype():
    assert q('@[{\'x};1;{"trap:",x}]') == '"trap:stype"'
    assert q('@[{\'x};"a";{"trap:",x}]') == '"trap:stype"'


def test_writing_to_an_unopened_handle():
    assert q("10 deltas 1 2") == "'Cannot write to handle 10. OS reports: Bad file descriptor"
