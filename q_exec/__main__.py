"""Entry point for `python -m q_exec`."""

import sys

from q_exec.cli import main

sys.exit(main())
