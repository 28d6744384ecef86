"""The one error type for bad input: it names the file and the problem, and the CLI exits 2 on it."""

from __future__ import annotations

from pathlib import Path


class StoryError(Exception):
    """Bad input a user can fix: a missing folder, an undecodable file, a malformed story.toml."""

    def __init__(self, path: Path | str | None, problem: str):
        self.path = Path(path) if path is not None else None
        self.problem = problem
        super().__init__(f"{self.path}: {problem}" if self.path is not None else problem)


class ModelUnavailableError(Exception):
    """A translation model was asked for but is neither cached locally nor reachable."""


class OptionError(ValueError):
    """An option of a run that cannot be used (an unknown translator or pipeline part, a batch size of 0)."""
