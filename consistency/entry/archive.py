"""`consistency check-all ARCHIVE_DIR`: every story folder of an archive, in parallel, resumable.

Results go to a JSON-lines file, one line per story, appended (and flushed) as each story finishes so
an interrupted run loses nothing; a rerun skips stories whose files and options are unchanged. At the
end the file is rewritten in story order through a temporary file, so it is byte-for-byte the same
whatever the number of jobs.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Iterable, Iterator

from consistency.errors import ModelUnavailableError, StoryError
from consistency.files import write_atomically
from consistency.options import Options
from consistency.stages.load.discover import find_stories


def fingerprint(story: Path, options_signature: str) -> str:
    """Changes when any file of the story, or the options, change (names, sizes, modification times)."""
    digest = hashlib.sha256(options_signature.encode())
    for path in sorted(p for p in story.iterdir() if p.is_file()):
        stat = path.stat()
        digest.update(f"{path.name}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()[:32]


def _options_signature(options) -> str:
    return json.dumps(asdict(options), sort_keys=True, default=str)


# Each worker process builds one pipeline for all its stories (the embedding model loads once per worker).
_WORKER_PIPELINE = None


def _init_worker(options: Options, threads: int | None = None) -> None:
    """Set up a worker; with several workers each gets its share of the cores, since the embedding
    model (OpenMP) and torch would otherwise each start one thread per core in every worker."""
    from consistency.pipeline import Pipeline

    global _WORKER_PIPELINE
    if threads is not None:
        os.environ["OMP_NUM_THREADS"] = str(threads)
        if "torch" in sys.modules:
            sys.modules["torch"].set_num_threads(threads)
    _WORKER_PIPELINE = Pipeline(options)


def check_one(task: tuple[str, str, str]) -> dict[str, Any]:
    from consistency.report import report_to_dict

    story_path, name, story_fingerprint = task
    started = time.perf_counter()
    try:
        report = _WORKER_PIPELINE.run(story_path).report
    except (StoryError, ModelUnavailableError) as exc:
        return {"story": name, "fingerprint": story_fingerprint, "verdict": "error", "error": str(exc)}
    except Exception as exc:  # one broken story must not stop an archive run; say what happened
        return {"story": name, "fingerprint": story_fingerprint, "verdict": "error",
                "error": f"{story_path}: internal error: {type(exc).__name__}: {exc}"}
    as_dict = report_to_dict(report)
    return {
        "story": name, "fingerprint": story_fingerprint, "verdict": report.verdict, "counts": as_dict["counts"],
        "report": as_dict, "_seconds": time.perf_counter() - started,
    }


def read_results(path: Path) -> dict[str, dict[str, Any]]:
    """Earlier results by story name; a line cut short by an interruption is ignored."""
    results: dict[str, dict[str, Any]] = {}
    if not path.is_file():
        return results
    with path.open(encoding="utf-8") as stream:
        for line in stream:
            try:
                entry = json.loads(line)
            except json.JSONDecodeError:
                continue
            if isinstance(entry, dict) and "story" in entry and "fingerprint" in entry:
                results[entry["story"]] = entry
    return results


@dataclass
class ArchiveSummary:
    stories: int
    skipped: int
    checked: int
    verdicts: dict[str, int]
    findings_by_check: dict[str, int]
    seconds: float

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
        rows.append(("stories per minute (this run)", f"{self.stories_per_minute:.1f}"))
        width = max(len(label) for label, _ in rows)
        return "\n".join(f"{label:<{width}}  {value:>8}" for label, value in rows) + "\n"


def _progress(iterable: Iterable, total: int, enabled: bool | None) -> Iterator:
    from tqdm import tqdm

    disable = not sys.stderr.isatty() if enabled is None else not enabled
    yield from tqdm(iterable, total=total, unit="story", disable=disable, file=sys.stderr)


def check_archive(archive: Path, output: Path, options, jobs: int = 1, progress: bool | None = None) -> ArchiveSummary:
    started = time.perf_counter()
    stories = find_stories(archive)
    options_signature = _options_signature(options)
    previous = read_results(output)
    tasks, kept = [], {}
    for story in stories:
        name = story.relative_to(archive).as_posix() or "."
        story_fingerprint = fingerprint(story, options_signature)
        if name in previous and previous[name].get("fingerprint") == story_fingerprint:
            kept[name] = previous[name]
        else:
            tasks.append((str(story), name, story_fingerprint))
    if not output.parent.is_dir():
        raise StoryError(output, "the folder for the results file does not exist")
    fresh: dict[str, dict[str, Any]] = {}
    with output.open("a", encoding="utf-8") as journal:
        def record(entry: dict[str, Any]) -> None:
            entry.pop("_seconds", None)
            fresh[entry["story"]] = entry
            journal.write(json.dumps(entry, ensure_ascii=False, sort_keys=True) + "\n")
            journal.flush()

        if jobs <= 1:
            _init_worker(options)
            for entry in _progress(map(check_one, tasks), len(tasks), progress):
                record(entry)
        else:
            threads = max(1, (os.cpu_count() or 1) // jobs)
            with ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker, initargs=(options, threads)) as pool:
                for entry in _progress(pool.map(check_one, tasks, chunksize=4), len(tasks), progress):
                    record(entry)
    merged = {**kept, **fresh}
    write_atomically(output, "".join(json.dumps(merged[name], ensure_ascii=False, sort_keys=True) + "\n"
                                     for name in sorted(merged)))
    findings = Counter()
    for entry in merged.values():
        for finding in entry.get("report", {}).get("findings", []):
            if finding["severity"] == "error":
                findings[finding["check"]] += 1
    return ArchiveSummary(
        stories=len(stories), skipped=len(kept), checked=len(fresh),
        verdicts=dict(Counter(entry["verdict"] for entry in merged.values())),
        findings_by_check=dict(findings), seconds=time.perf_counter() - started,
    )
