"""Another commit's library, checked out beside this one, for a benchmark to run against in the same run."""

from __future__ import annotations

import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@contextmanager
def worktree_at(rev: str) -> Iterator[Path]:
    """A temporary `git worktree` of commit `rev` (removed afterwards): put it first on PYTHONPATH to run
    that commit's `consistency`."""
    worktree = Path(tempfile.mkdtemp(prefix="consistency_rev_")) / "tree"
    subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", str(worktree), rev], check=True,
                   stdout=subprocess.DEVNULL)
    try:
        yield worktree
    finally:
        subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(worktree)], check=False)
        try:
            worktree.parent.rmdir()
        except OSError:
            pass
