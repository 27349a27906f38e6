"""Removing run directories, whatever their code did to them."""

from __future__ import annotations

import contextlib
import os
import shutil


def remove_tree(path: str) -> None:
    """Remove a run directory, even one whose code made parts of it unreadable."""
    with contextlib.suppress(OSError):
        os.rmdir(path)  # the usual case: the run left its directory empty
        return
    shutil.rmtree(path, ignore_errors=True)
    if os.path.lexists(path):
        for root, dirs, _ in os.walk(path):
            for name in dirs:
                with contextlib.suppress(OSError):
                    os.chmod(os.path.join(root, name), 0o700, follow_symlinks=False)
        os.chmod(path, 0o700)
        shutil.rmtree(path, ignore_errors=True)
