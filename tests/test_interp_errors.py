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


def test_debugger_lines_run_in_the_suspended_frame():
    src = 'f:{g[x;2#y]}\ng:{a:x*2;a+y}\nf[3;"hello"]\n'
    assert q(src + ")a*4") == "'type\n24"
    # an error at the debug prompt nests a level whose frame is the new lambda
    assert q(src + "){x+y}[a;y]\n))x\n))\\\n)a") == "'type\n'type\n6\n6"
    # leaving the last level returns to top level, where a is undefined
    assert q(src + ")\\\n)a") == "'type\n'a"


def test_error_at_top_level_does_not_suspend():
    assert q("a:1\n1+`a\n)a") == "'type\n1"


def test_trp_passes_message_and_backtrace():
    src = "g:{1+`a}\n"
    assert q(src + ".Q.trp[{g x};2;{(x;y)}]") == '"type"\n("g:{1+`a}";"{g x}")'
    assert q(src + ".Q.trp[g;0;{.Q.sbt y}]") == '"  [1]  g:{1+`a}\\n"'
    assert q(".Q.trp[{x+1};2;{x}]") == "3"


@pytest.mark.parametrize(
    "expr",
    ["hopen `:localhost:5000", "hclose 3", "read0 `:/etc/passwd", "\\l x.q", 'system "ls"'],
)
def test_handles_files_and_shell_are_closed_in_the_sandbox(expr):
    assert q(expr) == "'access"


def test_a_name_both_global_and_local_in_a_lambda_fails_at_definition():
    assert q("{a::1;a:1}") == "'a"
    assert q("f:{a:1;b::2;a+b}\nf[]\nb") == "3\n2"


def test_a_signal_unwinds_its_frame_for_the_debugger():
    src = "f:{[x]a:1;if[x<a;'`bad]}\ng:{f[x]}\ng[0]\n"
    assert q(src + ")a") == "'bad\n'a"
    assert q('value "\\\\P 3"\n1%3') == "0.333"


def test_reserved_words_cannot_be_assigned():
    assert q("count:5") == "'assign"
    assert q("{til+:1}") == "'assign"
    assert q("t:([]a:1 2)\nselect count:count i from t") == "count\n-----\n2"


# ------------------------------------------------------------ robustness on malformed programs
# Each case below once escaped as a Python exception into the interpreter's catch-all; the
# `strict` fixture fails a test if any non-q exception reaches it again.


@pytest.fixture
def strict(monkeypatch):
    """Fail on a Python exception (not a q signal) turned into a q error by the catch-all."""
    from q_exec.interp import session
    from q_exec.interp.errors import QError

    plain = session.error_message

    def checked(e):
        assert isinstance(e, (QError, RecursionError)), f"internal error: {e!r}"
        return plain(e)

    monkeypatch.setattr(session, "error_message", checked)


@pytest.mark.parametrize(
    "src",
    [
        "x:enlist/[100000;1]; x~x",  # deep data: C-level recursion in match
        "x:enlist/[100000;1]; -8!x",
        "x:enlist/[100000;1]; asc (x;x)",
        "f:{f x}; f 1",
    ],
)
def test_deep_recursion_is_stack_error_not_a_crash(src):
    import subprocess
    import sys

    r = subprocess.run(
        [sys.executable, "-m", "q_exec.interp"], input=src, capture_output=True, text=True
    )
    assert (r.returncode, r.stdout, r.stderr) == (0, "", "'stack\n")


def test_deep_recursion_in_a_thread_stays_within_its_stack():
    import subprocess
    import sys

    prog = (
        "import io, threading\n"
        "from q_exec.interp import run_script\n"
        "err = io.StringIO()\n"
        "src = 'x:enlist/[100000;1]; x~x'\n"
        "t = threading.Thread(target=run_script, args=(src, io.StringIO(), err))\n"
        "t.start(); t.join(); print(err.getvalue(), end='')\n"
    )
    r = subprocess.run([sys.executable, "-c", prog], capture_output=True, text=True)
    assert (r.returncode, r.stdout) == (0, "'stack\n")


@pytest.mark.usefixtures("strict")
@pytest.mark.parametrize(
    ("expr", "out"),
    [
        ("desc enlist", "'type"),  # sorting a function
        ("asc ({x};{y})", "'type"),
        ("f[1;", "'["),  # text ends inside brackets
        ("f:{x+y}[1", "'["),
        ("2 vs `a", "'type"),  # base encoding needs integers
        ("`z`y vs `z", "'type"),
        ("2 vs 1.5", "'type"),
        ("24 60 vs 3725", "14 5"),
        ("1 2 3 _ til", "'type"),  # a function where a number belongs
        ("1 2 3 _ 5", "1 2 3"),  # dropping an index the list lacks
        ("1 2 3 _ -1", "1 2 3"),
        ("2 3[1b]", "3"),  # a boolean atom indexes as 0 or 1
        ("(2;`a)[0b]", "2"),
        ("2 3[(0b;1)]", "2 3"),
        ("40'[10 20 30]", "'index"),  # case selector names no argument
        ("-1'[1 2;3 4]", "'index"),
        ("0 1 0'[1 2 3;4 5 6]", "1 5 3"),
        ("0x0fshow", "'0x0fshow"),  # not a byte literal
        ("2 set 3", "'type"),  # set needs a symbol name
        ("('[1;2]) 3", "'type"),  # compose needs a function on the right
        ("('[2;+]) 3", "5"),
        ("``long$()", "'length"),  # casts pair up item-wise
        ('("";enlist ".") xcol ([]a:1 2)', "'type"),
        ("1 2 wavg ([k:1 2]v:3 4)", "'type"),
        ("fills 4", "4"),  # an atom is its own scan
        ("type 3?0", "7h"),  # 0 rolls any long (ref/deal.md), not an error
        ("2?()", "'length"),
        ("-5?3", "'length"),
        ('" " sv (1b;"a")', "'type"),  # only strings join with a separator
        ("7 12 sv enlist 1", "'length"),  # one digit per base
        ("24 60 sv 1 30", "90"),
        ("1 2 xasc ([k:1 2]v:3 4)", "'type"),  # sort columns are named by symbols
        ("`zz xasc ([]a:1 2)", "'zz"),  # a column the table lacks
        ("`v xdesc ([k:1 2]v:3 4)", "k| v\n-| -\n2| 4\n1| 3"),
        ("1 xkey 2", "'type"),
        ("signum 010b", "0 1 0i"),
        ("signum 0x0100", "1 0i"),
        ("$':[1;2;3]", "'rank"),  # each-prior takes one or two arguments
        ('"j"_010b', "'type"),  # a list or atom of the wrong type where an index belongs
        ("1 2 rotate 1 2 3", "'type"),
        ("3$1.5 2.5", "'type"),  # no type 3h
        ("5 sublist 7", "'type"),
        ('0N$"ab"', "'wsfull"),
        ("1 within enlist 1", "'length"),  # the bounds are a pair
        ("1 within 1", "'type"),
        ("0 cut til 3", "'domain"),
        ("3 cut 0", "'type"),
        ("1 2 3 wavg 1 2", "'length"),
        ('" " vs (::)', "'type"),
        ('" " vs "x"$"a b"', ',"a"\n,"b"'),
        ("(`long$())#1 2", "1"),  # a shape of rank 0
        ("1h 5 0N 1 3", "1 5 0N 1 3h"),  # a long null among shorts is the short null
        ("1i 0W", "1 0Wi"),
        ("1h 100000", "'1h 100000"),  # too big for a short
        ("3 0N^til 10", "'length"),  # fill item-wise
        ("1 2 3 mmu 1 2", "'length"),
        ("1 0 0 1 mmu (1 2 3;4 5 6)", "'length"),
        ("0n 1'[1 2;3 4]", "'type"),  # case selectors are integers
        ('"BXH"$("42";("42";"42"))', "'length"),
        ('` vs ("ab";"c")', "'type"),
        ("`d`e xcol (1;2)", "'type"),
        ("1.5 3_til 5", "'type"),  # cut indices are integers
        ("?[prd;();0b;()]", "'type"),  # a query over a function
        ("![prd;();0b;`a]", "'type"),
        ("1 2 3 xexp 1 2", "'length"),
        ("1 2 3 cor 1 2", "'length"),
        ("() xrank 1 2", "'type"),
        ("` sv 101b", "'type"),  # names join symbols only
        ("([a:`A;c:`C]first) xcol ([]a:1 2)", "'type"),
        ("0N#til 3", "'limit"),  # longer than any list
        ("where 0 0W", "'limit"),
        ("(2%1+til 0) ema 1 2 3", "'length"),
        ("avg (1;`a)", "'type"),
        ("`quick sublist 1 2", "'type"),
        ("(enlist 1) sublist 1 2", "'length"),  # (start;count)
        ('9$("The";("fox";(desc;"over")))', "'type"),  # only text pads
        ("1 2 bin 0Ng", "'type"),
        ("1 2 0Ng 4f", "'0Ng"),  # a guid null is no number
        ("meta 0Nj", "'type"),  # table functions on non-tables
        ("ungroup 0x", "'type"),
        ("(+/) xgroup `", "'type"),
        ('"x" xcols 1h', "'type"),
        ("(0n 1.5) pj ([a:`x`y]b:1 2)", "'type"),
        ('(1+) insert "abc"', "'type"),
        ("hsym -1", "'type"),
        ("hsym `a`b", "`:a`:b"),
        ("md5 ()", "'type"),
        ("(-1) mcount 1h", "'type"),  # windows move over lists, by an integer
        ("`a mmax 1 2", "'type"),
        ("2 msum `a`b", "'type"),
        ("1.5 xprev 1 2 3", "'type"),
        ("2 mcount 1 0N 3", "1 1 1"),
        ('deltas["x";0x;1.5 2.5]', "'rank"),
        ("0Ng>0Ni", "'type"),  # guids and symbols are no numbers
        ("`a xexp `b", "'type"),
        ("00:00:01.000%`a`b", "'type"),
        ("abs 0Ng", "'type"),
        ("-0w?0Nd", "'type"),  # roll and deal count with an integer
        ("1 2 3 vs ()", "'type"),
        ("?[010b;(1 2;3 4);(`a;1 2)]", "'length"),
        ("svar 0Ng", "'type"),
        ('0Ng&"x"', "'type"),
        ("where 0W", "'limit"),
        ("where -2", "'domain"),
        ("(`long$())^(`a;1 2)", "'length"),
        ("`sym`x asof enlist `a`b!1 2", "'type"),
        ("(::)_(`a;1 2)", "'type"),
        ("0D01 upsert `", "'type"),
        ("1h cut 0x", "()"),  # nothing to cut
        ("0Ng cut 0n 1.5", "'type"),
        ("ajf[`a;::;0n 1.5]", "'type"),
        ('"x" avg `', "'type"),
        ("avg 5", "5f"),
        ("(count;type)@\\:-2?0Ng", "2\n2h"),  # random guids
        ('"abc" binr {x+y}', "'type"),  # functions have no order
        ("0Ng ema 1 2", "'type"),
        ("0W vs 0Ni", ",0Ni"),
        ("0W mmax 1.5 2.5", "1.5 2.5"),  # a window longer than the list
        ("(1;2.5) _ 0w", "'type"),
        ('"P"$"00000000000..123456789"', "0Np"),  # text that does not parse is null
        ("signum 0Ng", "'type"),
        ("?[-1;010b;xbar;([k:1 2]v:3 4)]", "'type"),  # functional forms over non-tables
        ("![(`a;1 2);(),`a;hcount;`sym`x]", "'type"),
        ("?[([]a:1 2);();0b;([k:1 2]v:3 4)]", "'type"),  # columns named by symbols
        ('"abc"&0Ng', "'type"),
        ('(sum;1 2 3) fby "abbac"', "'length"),  # one value per row of the grouping
        ('(2#;1 2 3 4 5) fby "abbac"', "'length"),
        ('(sums;1 2 3 4 5) fby "abbac"', "1 2 5 5 5"),
        ("3!([]a:1 2;b:3 4)", "'length"),  # more key columns than the table has
        ("-0W!enlist `a`b!1 2", "'length"),
        ("neg 0Ng", "'type"),
        ("0 xprev'(`a;1 2)", "'type"),  # an atom has no previous item
        ("ej[(),`a;010b;{[a;b;c]a}]", "'type"),
        ("`a`b!(`c`d!1 2)", "a| 1\nb| 2"),  # a dictionary's values as a dictionary's values
        ("@[([]a:1 2;b:`x`y);`f;!;00:00:01.000]", "'type"),  # a column is a list
        ("@[([]a:1 2);`f;:;3 4 5]", "'length"),  # of one item per row
        ("@[([]a:1 2);`f;:;3]", "a f\n---\n1 3\n2 3"),
        ("(1;2.5) xbar 2024.01.01", "'type"),
        ("?[([]a:`x`y;b:1 2);-0w;`a]", "'type"),  # rows are picked by index
        ("(([]a:`x`y;b:1 2)!([]c:3 4))(`a;1 2)", "'length"),  # a key of the wrong shape
        (".[+/;();{x}]", "+/"),  # as f . (): no arguments apply nothing
        ("0Ni msum (1 2;3 4)", "0 0\n0 0"),  # a window of no items sums to 0
        ("0 msum 1 2 3", "0 0 0"),
        ("-1 msum 1 2 3", "0 0 0"),
        ("0 mcount 1 2 3", "0 0 0"),
        (".Q.dd[0Nj;0Nd]", "'type"),  # ` sv joins symbols or lines of text only
        ('` sv ("ab";"cd")', '"ab\\ncd\\n"'),
        (".h.iso8601 `a", "'type"),
        ("([]a:1 2;b:`x`y)-([]c:3 4)", "'length"),  # tables of different widths
        ('`long$"d"$2000000000m', "744207856"),  # days beyond 32 bits wrap
        ('"d"$-24001m', "0000.00.00"),  # a month before the calendar
        ('"d"$2024.03m', "2024.03.01"),
        ("1 1 2-(33!1)!2", "'length"),  # a vector pairs item-wise with a dictionary's values
        ("1 2 3+`a`b!3 4", "'length"),
        ("1 2+`a`b!3 4", "a| 4\nb| 6"),
        ('"" vs `mywork.dat', "'length"),  # an empty separator
        ("0 sv (1 2;(3;4 5))", "'type"),
        ("10 sv (1 2;3 4)", "13 24"),
        ("`sym`x in 1e", "00b"),  # symbols match no number
        ("0n 1.5 in 0Ng", "00b"),
        (".Q.f[2;`a]", "'type"),  # .Q.f formats numbers
        (".Q.fmt[0n 1.5;10000000000;0Ng]", "'type"),
        (".Q.f[0W;1e]", "'wsfull"),
        ("count .Q.f[400;1.5]", "402"),
        ("0W?(),`a", "'limit"),  # more draws than any list holds
        ('0 0\'["abc";"xyz";"123"]', "'length"),  # one case selector per item
        ("2 sv 0N 1 2 4", "12"),  # long arithmetic wraps
        ("first 0#([]a:1 2;b:`x`y)", "a| 0N\nb| `"),  # an empty table's row: its nulls
        ("(desc g)~reverse asc g:5?0Ng", "1b"),  # guids sort both ways
        ("`k xkey group ([]k:`a`b;v:1 2)", "'type"),  # a grouping is no keyed table
        ('"a\\101b"', '"aAb"'),  # an octal escape has three digits
        ('count "\\03"', "2"),
        ("@[`a`b!1 2;`c;neg]", "a| 1\nb| 2\nc|"),  # f alone applies to the null of a new key
        ("count .[(`$())!();0Nt;distinct]", "1"),
        ("([]a:(1 2;3 4))[::;0b]", "'type"),  # columns are picked by symbols
        ("@[([]a:1 2);`c;neg]", "'c"),  # f alone needs the column it applies to
        ("@[([]a:1 2);`c;:;3]", "a c\n---\n1 3\n2 3"),
        ("last 0#([]a:1.5;b:`x)", "a| 0n\nb| `"),
        ("(([]a:`x`y)!([]c:3 4))&`a`b!(1 2;3 4)", "'type"),  # table keys and plain keys
        ("2024.01.01D mod -0w", "'type"),  # times divide into whole units
        ("2014.10.13 div 365", "2000.01.15"),
        ("(1;2", "'("),
    ],
)
def test_malformed_programs_signal_q_errors(expr, out):
    assert q(expr) == out


def test_a_stray_closer_in_a_table_literal_is_a_parse_error_not_a_hang():
    import subprocess
    import sys

    src = ",([0 1)\nt:([}a:1 2)\n([]] k:1 2)\nt:([a:1 2;b:3 4)\n"
    r = subprocess.run(
        [sys.executable, "-m", "q_exec.interp"],
        input=src,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert (r.stdout, r.stderr) == ("", "')\n'}\n']\n')\n")


def test_run_never_raises_when_its_output_streams_fail():
    import io

    from q_exec.interp import run_script, run_session

    class Broken(io.StringIO):
        def write(self, s):
            raise OSError(5, "EIO")

        def flush(self):
            raise OSError(5, "EIO")

    closed = io.StringIO()
    closed.close()
    assert run_script("1+`a", io.StringIO(), closed) == 1
    assert run_session("1+1\n2+`a", Broken(), Broken()) == 0


KEPT_SETTINGS_PROBE = """
import io, sys, threading
import numpy as np
from q_exec.interp import keep_run_settings, run_script

def run(src):
    err = io.StringIO()
    run_script(src, io.StringIO(), err)
    return err.getvalue().strip()

if sys.argv[1] == "keep":
    keep_run_settings()
before = (sys.getrecursionlimit(), np.geterr()["divide"])
deep = run("f:{f x+1}; f 0")
after = (sys.getrecursionlimit(), np.geterr()["divide"])
in_thread = []
t = threading.Thread(target=lambda: in_thread.append(run("x:enlist/[100000;1]; x~x")))
t.start(); t.join()
print(before, deep, after, in_thread[0])
"""


@pytest.mark.parametrize(
    ("mode", "expected"),
    [
        # a run sets its settings and restores them afterwards
        ("plain", "(1000, 'warn') 'stack (1000, 'warn') 'stack"),
        # kept: set once for the main thread, left in place; other threads still set their own
        ("keep", "(200000, 'ignore') 'stack (200000, 'ignore') 'stack"),
    ],
)
def test_run_settings_are_restored_unless_kept(mode, expected):
    import subprocess
    import sys

    r = subprocess.run(
        [sys.executable, "-c", KEPT_SETTINGS_PROBE, mode], capture_output=True, text=True
    )
    assert (r.returncode, r.stdout.strip()) == (0, expected), r.stderr
