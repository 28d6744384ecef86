"""The results file of `check-all`: one JSON line per story, appended as each story finishes, read back
tolerantly (a damaged line costs only itself), locked for one run at a time, rewritten in story order at
the end; and the summary a run prints."""

from __future__ import annotations

import errno
import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from consistency.errors import StoryError
from consistency.files import printable, write_atomically
from consistency.stages.load.discover import SkippedFolder

SHOWN_STORIES = 20  # failing stories named in the summary; more would bury the table
# The results file's lock, held by the main process; a forked worker gets a copy of the descriptor, and
# flock's lock lasts while any copy is open, so a worker that outlived the run would keep the next one out.
held_lock_fd = -1



def lock_path(output: Path) -> Path:
    return output.parent / f".{output.name}.lock"


class ResultsLock:
    """An exclusive lock on a file beside the results file, held for the whole run: two runs appending to
    one journal would interleave their lines, and one's final rewrite would drop the other's results."""

    def __init__(self, output: Path):
        self.output, self.path, self.fd = output, lock_path(output), -1

    def __enter__(self) -> "ResultsLock":
        import fcntl

        while True:
            try:
                fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o666)
            except OSError as exc:
                raise StoryError(self.path, f"cannot create the lock file: {exc.strerror}") from None
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError as exc:
                os.close(fd)
                if exc.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                    raise StoryError(None, f"another check-all is writing {self.output}") from None
                raise StoryError(self.path, f"cannot lock: {exc.strerror}") from None
            # the run before may have removed the file between our open and our lock: then the lock is on a
            # file nobody else will open, and a third run could take the new one; try again on the new one
            try:
                same = os.path.samestat(os.fstat(fd), os.stat(self.path))
            except FileNotFoundError:
                same = False
            if same:
                global held_lock_fd
                self.fd = held_lock_fd = fd
                return self
            os.close(fd)

    def __exit__(self, *exc_info: object) -> None:
        global held_lock_fd
        # removed while still held, so the next run never locks a file that is about to disappear
        try:
            self.path.unlink(missing_ok=True)
        finally:
            held_lock_fd = -1
            os.close(self.fd)


class Results(dict):
    """The earlier results by story name (a dict, as it always was), and how many lines could not be used."""

    bad_lines: int = 0


def read_results(path: Path) -> Results:
    """Earlier results by story name. A line that is not a result (cut short by an interruption or a full
    disk, possibly inside a multi-byte character; edited by hand) is counted and passed over: its story is
    checked again, and the rewrite at the end leaves the line out. Refusing the whole file would make every
    later run fail until someone repaired it by hand."""
    results = Results()
    if not path.is_file():
        return results
    for raw in path.read_bytes().split(b"\n"):
        if not raw.strip():
            continue
        try:
            entry = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError):
            results.bad_lines += 1
            continue
        if (isinstance(entry, dict) and isinstance(entry.get("story"), str) and entry["story"]
                and isinstance(entry.get("fingerprint"), str) and isinstance(entry.get("verdict"), str)
                and isinstance(entry.get("report", {}), dict)):
            results[entry["story"]] = entry
        else:
            results.bad_lines += 1
    return results


@dataclass
class ArchiveSummary:
    stories: int
    skipped: int
    checked: int
    verdicts: dict[str, int]
    findings_by_check: dict[str, int]
    seconds: float
    bad_lines: int = 0
    unfollowed: list[tuple[str, str]] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    @property
    def stories_per_minute(self) -> float:
        return 60.0 * self.checked / self.seconds if self.seconds > 0 else 0.0

    def table(self) -> str:
        rows = [
            ("stories found", self.stories), ("up to date, skipped", self.skipped), ("checked now", self.checked),
            ("pass", self.verdicts.get("pass", 0)), ("fail", self.verdicts.get("fail", 0)),
            ("bad input / error", self.verdicts.get("error", 0)),
        ]
        rows += [(f"  error findings: {check}", count) for check, count in sorted(self.findings_by_check.items())]
        if self.unfollowed:
            rows.append(("linked folders not followed", len(self.unfollowed)))
        if self.bad_lines:
            rows.append(("unreadable results lines, dropped", self.bad_lines))
        rows.append(("stories per minute (this run)", f"{self.stories_per_minute:.1f}"))
        width = max(len(label) for label, _ in rows)
        lines = [f"{label:<{width}}  {value:>8}" for label, value in rows]
        lines += _named("failed:", self.failed)
        lines += _named("bad input / error:", self.errors)
        lines += [f"not followed: {name} ({reason})" for name, reason in self.unfollowed]
        return "\n".join(lines) + "\n"


def _named(label: str, stories: list[str]) -> list[str]:
    lines = [f"{label} {name}" for name in stories[:SHOWN_STORIES]]
    if len(stories) > SHOWN_STORIES:
        lines.append(f"{label} and {len(stories) - SHOWN_STORIES} more")
    return lines


class Journal:
    """The results file opened for appending; a file that ends inside a line (an interrupted write) gets a
    newline first, so the next result does not join the broken line and get dropped with it."""

    def __init__(self, output: Path):
        self.output = output

    def __enter__(self):
        try:
            ends_cut = self.output.is_file() and self.output.stat().st_size > 0 and _last_byte(self.output) != b"\n"
            self.stream = self.output.open("a", encoding="utf-8")
            if ends_cut:
                self.stream.write("\n")
        except OSError as exc:
            raise StoryError(self.output, f"cannot write the results file: {exc.strerror}") from None
        return self.stream

    def __exit__(self, *exc_info: object) -> None:
        try:
            self.stream.close()
        except OSError:
            pass  # a full disk: _finish, which comes next, says so


def _last_byte(path: Path) -> bytes:
    with path.open("rb") as stream:
        stream.seek(-1, os.SEEK_END)
        return stream.read(1)


def _link_entry(name: str, folder: SkippedFolder, options_signature: str) -> dict[str, Any]:
    marker = hashlib.sha256(f"{options_signature}\0{folder.reason}".encode()).hexdigest()[:32]
    return {"story": name, "fingerprint": marker, "verdict": "error", "error": f"{folder.path}: {folder.reason}"}


def result_line(entry: dict[str, Any]) -> str:
    """One story's JSON line; a path with undecodable bytes in an error message is shown with U+FFFD."""
    return printable(json.dumps(entry, ensure_ascii=False, sort_keys=True)) + "\n"


def finish(output: Path, kept: dict, fresh: dict, links: dict[str, SkippedFolder], options_signature: str) -> dict:
    """Rewrite the results file in story order: what was kept, what was checked now, and an error line
    per link not followed (so a pipeline reading the results sees that folder as not checked)."""
    merged = {**kept, **fresh}
    for name, folder in links.items():
        merged[name] = _link_entry(name, folder, options_signature)
    try:
        write_atomically(output, "".join(result_line(merged[name])
                                         for name in sorted(merged)))
    except OSError as exc:
        raise StoryError(output, f"cannot write the results file: {exc.strerror or exc}") from None
    return merged
