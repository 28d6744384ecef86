"""Writing output files so that a reader never sees half of one: a temporary file beside the target,
renamed over it. The report of `check` and the results file of `check-all` are both written this way.

Only an ordinary file (or a name not taken yet) is replaced. A device, a FIFO or a socket is written
through, because replacing `/dev/null` with a regular file (as root) breaks the whole machine; a symbolic
link is followed and its target replaced, so the link stays a link."""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path

from consistency.errors import StoryError


def write_atomically(path: Path | str, text: str) -> None:
    """Raises StoryError (naming `path`) when it cannot be written: a folder, a missing folder, a full disk."""
    path = Path(path)
    if not str(path).strip():
        raise StoryError(None, "an empty name was given for the output file")
    try:
        status = os.stat(path)  # follows links: what matters is what a write would reach
    except FileNotFoundError:
        status = None
    except OSError as exc:
        raise StoryError(path, f"cannot be written ({exc.strerror or exc})") from None
    if status is not None and stat.S_ISDIR(status.st_mode):
        raise StoryError(path, "is a folder, not a file; name a file for the output")
    try:
        if status is not None and not stat.S_ISREG(status.st_mode):
            _write_through(path, text)
        else:
            _replace(Path(os.path.realpath(path)) if path.is_symlink() else path, text)
    except OSError as exc:
        raise StoryError(path, f"cannot be written ({exc.strerror or exc})") from None


def _write_through(path: Path, text: str) -> None:
    # no O_CREAT, no O_TRUNC: the node stays what it is (a device, a pipe someone reads)
    descriptor = os.open(path, os.O_WRONLY)
    with os.fdopen(descriptor, "w", encoding="utf-8", newline="\n") as stream:
        stream.write(text)


def _replace(path: Path, text: str) -> None:
    directory = path.parent if str(path.parent) else Path(".")
    if not directory.is_dir():
        raise StoryError(path, "the folder for the output file does not exist")
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temporary, 0o666 & ~umask)  # mkstemp makes it private; a report is an ordinary file
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def printable(text: str) -> str:
    """A file name's undecodable bytes (a folder named b"story-\\xff" reaches Python as lone surrogates) as
    U+FFFD: the raw bytes cannot go into a UTF-8 report, a JSON line or a terminal."""
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def repository_path(path: Path | str) -> str:
    """`path` as a repository's tools name it (GitHub annotations, `git apply`): relative to
    GITHUB_WORKSPACE, or else the current folder, where it lies inside; else as given."""
    root = os.environ.get("GITHUB_WORKSPACE") or os.getcwd()
    absolute = os.path.abspath(path)
    if absolute.startswith(os.path.abspath(root) + os.sep):
        return Path(os.path.relpath(absolute, root)).as_posix()
    return Path(path).as_posix()
