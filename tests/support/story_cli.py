"""Helpers for tests that run `consistency check` as a user would: story folders written from a dict, and
the CLI run in subprocesses (several at once, on a CI runner's two cores) with a cache folder of their own."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Mapping, Sequence

# One short story in three languages (written for these tests): two paragraphs, a name, a figure, a date.
UK = ("Міністр оборони США Ллойд Остін зустрівся з Рустемом Умєровим у Пентагоні 6 грудня.\n\n"
      "Київ отримає новий пакет допомоги на 175 мільйонів доларів.")
EN = ("US Defense Secretary Lloyd Austin met Rustem Umerov at the Pentagon on December 6.\n\n"
      "Kyiv will receive a new $175 million aid package.")
RU = ("Министр обороны США Ллойд Остин встретился с Рустемом Умеровым в Пентагоне 6 декабря.\n\n"
      "Киев получит новый пакет помощи на 175 миллионов долларов.")

NO_MT = ("--translator", "none")
NO_EMBEDDINGS = ("--no-embeddings",)


def write_story(folder: Path, files: Mapping[str, str | bytes]) -> Path:
    """`files`: file name -> text (written as UTF-8) or bytes (written as they are)."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, content in files.items():
        (folder / name).write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return folder


PROGRESS_LINE = re.compile(r"consistency: [^:]+: (?:\w+…|checked in .*)")


@dataclass
class CliRun:
    """One finished `python -m consistency.cli …`, with the JSON report it wrote (if any)."""

    args: tuple[str, ...]
    returncode: int
    stdout: str
    stderr: str
    seconds: float
    report_path: Path | None = None
    report_bytes: bytes | None = field(default=None, repr=False)

    @property
    def report(self) -> dict[str, Any]:
        assert self.report_bytes is not None, f"no report was written; stderr: {self.stderr}"
        return json.loads(self.report_bytes)

    def findings(self, check: str | None = None, severity: str | None = None) -> list[dict[str, Any]]:
        return [f for f in self.report["findings"]
                if (check is None or f["check"] == check) and (severity is None or f["severity"] == severity)]

    @property
    def messages(self) -> list[str]:
        """stderr's lines but the progress of slow stages ("consistency: story: translate…", "checked in
        12.0 s"), which a busy machine may write before the one line that matters."""
        return [line for line in self.stderr.strip().splitlines() if not PROGRESS_LINE.match(line)]

    def describe(self) -> str:
        return f"exit {self.returncode}\n--- stdout\n{self.stdout[-3000:]}\n--- stderr\n{self.stderr[-3000:]}"


def run_cli(args: Sequence[str], *, cache_dir: Path, report: Path | None = None, env: Mapping[str, str] | None = None,
            timeout: float = 300, preexec_fn: Callable[[], None] | None = None) -> CliRun:
    """Run the CLI in a fresh interpreter with CONSISTENCY_CACHE_DIR=cache_dir; with `report`, ask for a
    JSON report in that file and read it back."""
    command = [sys.executable, "-m", "consistency.entry.cli", *args]
    if report is not None:
        command += ["--format", "json", "--output", str(report)]
    # one thread per process: these runs go side by side on a 2-core runner, and OpenMP threads spinning
    # against each other there are many times slower than one thread each
    environment = {**os.environ, "OMP_NUM_THREADS": "1", **(env or {}), "CONSISTENCY_CACHE_DIR": str(cache_dir)}
    environment.pop("PYTEST_XDIST_WORKER", None)
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, env=environment, timeout=timeout,
                          preexec_fn=preexec_fn)
    seconds = time.perf_counter() - started
    written = report.read_bytes() if report is not None and report.is_file() else None
    return CliRun(tuple(args), done.returncode, done.stdout, done.stderr, seconds, report, written)


def run_pytest_on_stories(repo: Path, cache_dir: Path, timeout: float = 240) -> subprocess.CompletedProcess[str]:
    """`pytest -v -rfE` in a scratch newsroom repo over its `stories/` folder, MT and embeddings off, as its
    CI would run it: a wide terminal (summary lines are not cut), one thread, a cache folder of its own,
    outside this session's xdist worker."""
    environment = {**os.environ, "COLUMNS": "200", "CONSISTENCY_CACHE_DIR": str(cache_dir), "OMP_NUM_THREADS": "1"}
    environment.pop("PYTEST_XDIST_WORKER", None)
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-p", "no:randomly", "-v", "-rfE",
         "--consistency-stories", "stories", "--consistency-translator", "none", "--consistency-no-embeddings"],
        cwd=repo, capture_output=True, text=True, timeout=timeout, env=environment)


def run_all(jobs: Mapping[str, Callable[[], CliRun]], workers: int = 3) -> dict[str, CliRun]:
    """Run independent CLI jobs side by side (each one is a subprocess, so threads are enough)."""
    with ThreadPoolExecutor(max_workers=workers) as pool:
        futures = {name: pool.submit(job) for name, job in jobs.items()}
        return {name: future.result() for name, future in futures.items()}


def one_line_error(run: CliRun) -> str:
    """The single stderr line of a bad-input exit (asserting there is exactly one and no traceback)."""
    assert run.returncode == 2, run.describe()
    assert "Traceback" not in run.stderr, run.describe()
    lines = run.messages
    assert len(lines) == 1, run.describe()
    assert lines[0].startswith("consistency: error: "), run.describe()
    return lines[0]


def folder_digest(folder: Path) -> dict[str, str]:
    """Every file below `folder` (symbolic links as their target path) by relative path and content hash:
    equal before and after a run means the run changed, added and removed nothing there."""
    import hashlib

    digest: dict[str, str] = {}
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder).as_posix()
        if path.is_symlink():
            digest[relative] = "link:" + os.readlink(path)
        elif path.is_file():
            digest[relative] = hashlib.sha256(path.read_bytes()).hexdigest()
    return digest
