"""`python -m q_exec.interp` as a real subprocess: script file and stdin session modes."""

import subprocess
import sys
from pathlib import Path

import pytest
from interp_support import q, script

ROOT = Path(__file__).resolve().parent.parent


def _run(args, stdin=""):
    return subprocess.run(
        [sys.executable, "-m", "q_exec.interp", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )


def test_script_file_mode(tmp_path):
    f = tmp_path / "s.q"
    f.write_text('solve:{[n] sum til n}\nshow solve 10\n-1 "done";\n')
    p = _run([str(f)])
    assert (p.returncode, p.stdout, p.stderr) == (0, "45\ndone\n", "")


def test_script_error_exit_code(tmp_path):
    f = tmp_path / "bad.q"
    f.write_text("show 1\nshow 1+`a\nshow 2\n")
    p = _run([str(f)])
    assert (p.returncode, p.stdout, p.stderr) == (1, "1\n", "'type\n")


def test_session_mode_echoes_values():
    p = _run([], stdin="x:3\nx*2\nx;\n`a`b!1 2\n")
    assert p.returncode == 0
    assert p.stdout == "6\na| 1\nb| 2\n"


def test_views_recompute_and_list_their_source():
    assert q("a:5\nv::2+a*3\nv\na:1\nv") == "17\n5"
    assert q("w::b*10\nv::2+a*3\nviews[]\nview `v") == '`s#`v`w\n"2+a*3"'
    assert q("v::$[b;1;v+1]\nb:1;0N!v") == "'loop"  # even when the branch is not taken
    assert q("a::c+1\nc::a+1\na") == "'loop"


def test_global_amend_inside_a_lambda_returns_generic_null():
    assert q("{v::x+y}[10;20]\nv") == "30"


def test_key_backtick_lists_namespaces():
    assert q("key `") == "`q`Q`h`j`o"
    assert q(".fee.fi.fo:42\nkey `\nkey `.fee") == "`q`Q`h`j`o`fee\n``fi"


def test_system_commands_list_names_by_kind():
    src = "a:1;f:{x};t:([]a:1 2);v::a+1;.foo.b:2\n"
    assert q(src + "\\v\n\\f\n\\a\n\\b\n\\v .foo") == "`a`f`t\n,`f\n,`t\n,`v\n,`b"
    assert q(src + 'system "f"\n\\d\n\\p') == ",`f\n`.\n0i"


@pytest.mark.parametrize(
    ("expr", "out"),
    [
        (".Q.fmt[6;2;3.14159]", '"  3.14"'),
        (".Q.fmt[3;2;123.4]", '"***"'),
        (".Q.f[2;0.5]", '"0.50"'),
        (".Q.f[2;-1.234]", '"-1.23"'),
        (".Q.addmonths[2006.01.31 2006.10.30;1]", "2006.03.03 2006.11.30"),
        (".Q.dd[`a;`b]", "`a.b"),
        ('.Q.id `$"a b"', "`ab"),
        (".Q.id `count", "`count1"),
        ('.Q.atob .Q.btoa "hello"', '"hello"'),
        (".Q.ty (1 2;3 4)", '"J"'),
        (".Q.fu[{x*2};1 2 1]", "2 4 2"),
        ('.Q.sha1 "abc"', "0xa9993e364706816aba3e25717850c26c9cd0d89d"),
        (".Q.qt ([]a:1 2)", "1b"),
        (".Q.qt 1 2", "0b"),
        (".Q.x10 12345", '"AAAAAAADA5"'),
        ('.Q.j10 "AAAAAAADA5"', "12345"),
        (".Q.x12 12345", '"0000000009IX"'),
        (".Q.j12 .Q.x12 1 2", "1 2"),
        ("3#.Q.res", "`abs`acos`asin"),
    ],
)
def test_dotq_utilities(expr, out):
    assert q(expr) == out


def test_d_context_puts_plain_names_in_the_namespace():
    src = "b:100\n\\d .foo\na:1\nf:{a+b+x}\nf 1\n\\d\n\\v\n\\d .\n"
    assert q(src + ".foo.f 2\nkey `.foo\na") == "102\n`.foo\n`a`f\n103\n``a`f\n'a"
    assert q("\\d .foo\nf:{n::x}\nf 3\n\\d .\n.foo.n") == "3"


def test_system_settings_read_back():
    assert q("\\t\n\\W\n\\C\n\\B\n\\s") == "0i\n2i\n36 2000i\n`symbol$()\n0i"
    assert q('count system "ts:10 til 10"') == "2"
    assert q("\\S 7\n\\S") == "7i"


def test_zexit_runs_on_exit_and_at_end_of_input():
    src = '.z.exit:{-1 "bye ",string x}\n'
    assert q(src + "1+1") == "2\nbye 0"
    code, out, _ = script(src + "exit 3\n")
    assert (code, out) == (3, "bye 3\n")
    assert q(".z.x\n.z.o") == "()\n`l64"


def test_zb_maps_names_to_the_views_reading_them():
    assert q("a::x+y\nb::x+1\nc::sum x\n.z.b") == "x| `a`b`c\ny| ,`a"
