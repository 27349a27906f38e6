"""CLI: `python -m q_exec.interp [FILE.q]` (script file, or a console session on stdin)."""

from __future__ import annotations

import sys


def main(argv: list[str]) -> int:
    from . import run_script, run_session

    if len(argv) > 1:
        path = argv[1]
        try:
            with open(path, encoding="utf-8", errors="replace") as fh:
                src = fh.read()
        except OSError as e:
            sys.stderr.write(f"{path}: {e.strerror}\n")
            return 1
        code = run_script(src, sys.stdout, sys.stderr)
    else:
        code = run_session(sys.stdin.read(), sys.stdout, sys.stderr)
    sys.stdout.flush()
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv))
