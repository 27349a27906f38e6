"""`python -m q_exec FILE.q`: output, --json, exit codes and usage errors (real subprocesses)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def cli(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "q_exec", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, **(env or {})},
    )


def test_prints_the_program_output(tmp_path):
    script = tmp_path / "hello.q"
    script.write_text('show 1+1\n-1 "x";\nexit 0\n')
    done = cli(str(script), "--backend", "embedded")
    assert (done.returncode, done.stdout, done.stderr) == (0, "2\nx\n", "")


def test_json_reports_every_field(tmp_path):
    script = tmp_path / "err.q"
    script.write_text('-1 "before";\n1+`a\n')
    done = cli(str(script), "--backend", "embedded", "--json")
    assert done.returncode == 0
    report = json.loads(done.stdout)
    assert set(report) == {"stdout", "stderr", "exit_code", "timed_out", "seconds"}
    assert report["stdout"] == "before\n" and report["stderr"].startswith("'type")
    assert report["exit_code"] == 1 and report["timed_out"] is False


def test_timeout_exits_124(tmp_path):
    script = tmp_path / "loop.q"
    script.write_text("while[1b;]\n")
    done = cli(str(script), "--backend", "embedded", "--timeout", "0.5")
    assert done.returncode == 124 and "timed out after 0.5s" in done.stderr


def test_missing_file_is_one_clear_error(tmp_path):
    done = cli(str(tmp_path / "nope.q"))
    assert done.returncode == 2
    assert done.stderr.startswith("python -m q_exec: error: cannot read q script")
    assert "Traceback" not in done.stderr


def test_kdb_without_a_binary_is_one_clear_error(tmp_path):
    script = tmp_path / "a.q"
    script.write_text("show 1\n")
    done = cli(
        str(script), "--backend", "kdb", env={"PATH": str(tmp_path), "Q_INTERPRETER_PATH": ""}
    )
    assert done.returncode == 2 and "needs the kdb+ q binary" in done.stderr
    assert "Traceback" not in done.stderr
