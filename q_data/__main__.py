"""Command line: `python -m q_data check DATA_DIR [--no-q] [--backend B] [--timeout S]`."""

import argparse
import sys
from pathlib import Path

from q_data.check import check_data, format_report


def main(argv: list[str] | None = None) -> int:
    """Run the problem-set checker; exit status 1 when any problem fails."""
    parser = argparse.ArgumentParser(prog="python -m q_data", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    check = commands.add_parser("check", help="verify a problem set (structure, references)")
    check.add_argument("data", type=Path, help="folder with train/ and test/ problem folders")
    check.add_argument("--no-q", action="store_true", help="skip running the q references")
    check.add_argument("--backend", default="embedded", choices=("embedded", "kdb", "auto"))
    check.add_argument("--timeout", type=float, default=10.0, help="seconds per q test run")
    args = parser.parse_args(argv)
    if not args.data.is_dir():
        parser.error(f"{args.data} is not a folder")
    report = check_data(args.data, run_q=not args.no_q, backend=args.backend, timeout=args.timeout)
    print(format_report(report, run_q=not args.no_q))
    return 0 if report.ok else 1


if __name__ == "__main__":
    sys.exit(main())
