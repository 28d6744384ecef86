"""Writing output files so that a reader never sees half of one: a temporary file beside the target,
renamed over it. The report of `check` and the results file of `check-all` are both written this way."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from consistency.errors import StoryError


def write_atomically(path: Path | str, text: str) -> None:
    path = Path(path)
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
