"""`consistency check-all ARCHIVE_DIR`: every story folder of an archive, in parallel, resumable.

Results go to a JSON-lines file, one line per story, appended (and flushed) as each story finishes so
an interrupted run loses nothing; a rerun skips stories whose files and options are unchanged. At the
end the file is rewritten in story order through a temporary file, so it is byte-for-byte the same
whatever the number of jobs.

It runs unattended in a newsroom's CI, so faults must end cleanly: workers die with the main process
(SIGTERM, SIGKILL), a SIGTERM writes what was done and exits 143, a damaged results file costs only its
bad lines, and a second run on the same results file is refused instead of interleaving with the first.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sys
import time
from collections import Counter
from dataclasses import asdict
from pathlib import Path
from typing import Any, Iterable

from consistency.entry.archive_ray import RaySettings, run_stories_ray
from consistency.entry.archive_results import (
    ArchiveSummary,
    Journal,
    ResultsLock,
    finish,
    lock_path,
    read_results,
    result_line,
)
from consistency.entry.archive_workers import (
    EXIT_TERMINATED,
    SigtermAsException,
    Terminated,
    check_one,
    run_stories,
    worker_count,
)
from consistency.errors import StoryError
from consistency.files import printable
from consistency.stages.load.discover import PIVOT_STEM, STORY_FILE, SkippedFolder, is_edition_name, survey_archive

__all__ = ["ArchiveSummary", "RaySettings", "check_archive", "check_one", "fingerprint", "read_results", "worker_count"]


def fingerprint(story: Path, options_signature: str, ignore: Iterable[Path] = ()) -> str:
    """Changes when any file of the story, or the options, change (names, sizes, modification times).

    Hidden files are left out (an editor's swap file, the results file's lock and temporary files: the
    loader never reads them), and so is anything in `ignore` (a results file kept in a story folder, which
    changes on every run and would otherwise make its story be checked again every time)."""
    ignored = {path.resolve() for path in ignore}
    digest = hashlib.sha256(options_signature.encode())
    for path in sorted(p for p in story.iterdir() if p.is_file() and not p.name.startswith(".")):
        if path.resolve() in ignored:
            continue
        stat = path.stat()
        digest.update(f"{path.name}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()[:32]


def _options_signature(options) -> str:
    return json.dumps(asdict(options), sort_keys=True, default=str)


def check_archive(archive: Path, output: Path, options, jobs: int = 1, progress: bool | None = None,
                  ray: RaySettings | None = None) -> ArchiveSummary:
    """Check every story of `archive` into the results file `output`: in `jobs` worker processes here, or on
    a Ray cluster when `ray` says where (the same results, line for line)."""
    if ray is not None:
        ray.check(options)
    started = time.perf_counter()
    stories, unfollowed = survey_archive(archive)
    _refuse_output_among_stories(output, stories)
    lock = ResultsLock(output) if _is_regular_or_new(output) else contextlib.nullcontext()
    with lock, SigtermAsException():
        try:
            return _check_locked(archive, output, options, jobs, progress, started, stories, unfollowed, ray)
        except Terminated:  # the results written so far are in the file (_check_locked rewrote it)
            sys.stderr.write(f"consistency: terminated; the results so far are in {output}\n")
            raise SystemExit(EXIT_TERMINATED) from None


def _is_regular_or_new(output: Path) -> bool:
    """A results file that can be locked beside itself: /dev/null and FIFOs are written through, unlocked."""
    return not output.exists() or output.is_file()


def _refuse_output_among_stories(output: Path, stories: list[Path]) -> None:
    """The results file must not overwrite what a story is made of: a file the loader reads (an edition, a
    translation, story.toml) in any story folder, or any other file already there that is not results of an
    earlier run. A new results file kept inside a story folder is allowed (its fingerprint ignores it)."""
    if not output.parent.is_dir():
        raise StoryError(output, "the folder for the results file does not exist")
    if output.is_dir():
        raise StoryError(output, "is a folder; name a file for the results")
    target = Path(os.path.realpath(output))
    folders = {Path(os.path.realpath(story)) for story in stories}
    if target.parent not in folders:
        return
    if target.name == STORY_FILE or is_edition_name(target.name) or PIVOT_STEM.match(target.stem):
        raise StoryError(output, f"is a file of the story {target.parent.name}; write the results elsewhere")
    if target.is_file() and target.stat().st_size and not _looks_like_results(target):
        raise StoryError(output, f"already holds something other than check-all results, in the story folder "
                                 f"{target.parent.name}; write the results elsewhere")


def _looks_like_results(path: Path) -> bool:
    with path.open("rb") as stream:
        first = stream.readline(1 << 20)
    try:
        entry = json.loads(first)
    except ValueError:
        return False
    return isinstance(entry, dict) and "story" in entry and "fingerprint" in entry


def _check_locked(archive: Path, output: Path, options, jobs: int, progress: bool | None, started: float,
                  stories: list[Path], unfollowed: list[SkippedFolder], ray: RaySettings | None) -> ArchiveSummary:
    options_signature = _options_signature(options)
    previous = read_results(output)
    ignore = [output, lock_path(output)]
    tasks, kept = [], {}
    for story in stories:
        name = _name(story, archive)
        story_fingerprint = fingerprint(story, options_signature, ignore)
        earlier = previous.get(name)
        if earlier is not None and earlier.get("fingerprint") == story_fingerprint:
            kept[name] = earlier
        else:
            tasks.append((str(story), name, story_fingerprint))
    links = {_name(folder.path, archive): folder for folder in unfollowed}
    fresh: dict[str, dict[str, Any]] = {}
    try:
        with Journal(output) as journal:
            def record(entry: dict[str, Any]) -> None:
                entry.pop("_seconds", None)
                fresh[entry["story"]] = entry
                try:
                    journal.write(result_line(entry))
                    journal.flush()
                except OSError as exc:  # a full disk: a line, not a traceback (the rewrite below says it too)
                    raise StoryError(output, f"cannot write the results file: {exc.strerror or exc}") from None

            if ray is None:
                run_stories(tasks, options, jobs, progress, record)
            else:
                run_stories_ray(tasks, options, ray, progress, record)
    except Terminated:
        finish(output, kept, fresh, links, options_signature)
        sys.stderr.write(f"consistency: terminated; {len(kept) + len(fresh)} of {len(stories)} stories' results "
                         f"are in {output} (a rerun checks the rest)\n")
        raise SystemExit(EXIT_TERMINATED) from None
    except BaseException:
        finish(output, kept, fresh, links, options_signature)
        raise
    merged = finish(output, kept, fresh, links, options_signature)
    findings = Counter()
    for entry in merged.values():
        for finding in entry.get("report", {}).get("findings", []):
            if isinstance(finding, dict) and finding.get("severity") == "error":
                findings[str(finding.get("check"))] += 1
    by_verdict = lambda verdict: [name for name in sorted(merged) if merged[name]["verdict"] == verdict]  # noqa: E731

    def with_checks(name: str) -> str:
        """"2023/pentagon-broken (language, numbers)": the story and the checks that failed it."""
        failing = sorted({str(f.get("check")) for f in merged[name].get("report", {}).get("findings", [])
                          if isinstance(f, dict) and f.get("severity") == "error"})
        return f"{name} ({', '.join(failing)})" if failing else name

    return ArchiveSummary(
        stories=len(stories), skipped=len(kept), checked=len(fresh),
        verdicts=dict(Counter(entry["verdict"] for entry in merged.values())),
        findings_by_check=dict(findings), seconds=time.perf_counter() - started, bad_lines=previous.bad_lines,
        unfollowed=[(name, folder.reason) for name, folder in links.items()],
        failed=[with_checks(name) for name in by_verdict("fail")], errors=by_verdict("error"),
    )


def _name(folder: Path, archive: Path) -> str:
    return printable(folder.relative_to(archive).as_posix()) or "."


