"""The translation and embedding caches are a convenience, never a reason to fail: an unwritable, full or
corrupt cache folder gives a warning and the very report a healthy cache gives, with the same exit code;
two processes sharing one cache both succeed with the same bytes.

MT is the tiny test double (real transformers code, gibberish output) so that translations.sqlite3 is
written; embeddings are on so that embeddings.sqlite3 is too.
"""

from __future__ import annotations

import os
import resource
import signal
from pathlib import Path

import pytest

from consistency.cache import TranslationCache
from consistency.stages.align.embed import EmbeddingCache
from support.story_cli import EN, NO_MT, RU, UK, CliRun, run_all, run_cli, write_story

pytestmark = pytest.mark.slow  # three MT runs of the tiny model side by side: ~10 s

FILES = {"uk.txt": UK, "en.txt": EN, "ru.txt": RU}
CACHE_FILES = ("translations.sqlite3", "embeddings.sqlite3")
# big enough for the interpreter to run, too small for an SQLite database with its journal
FILE_SIZE_LIMIT = 6000


def _disk_full() -> None:
    """preexec_fn: every write past FILE_SIZE_LIMIT bytes fails with EFBIG, as on a full disk (the signal
    that would kill the process instead is ignored)."""
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (FILE_SIZE_LIMIT, FILE_SIZE_LIMIT))


def _stdout_report(run: CliRun) -> CliRun:
    run.report_bytes = run.stdout.encode("utf-8")
    return run


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory, tiny_marian: Path) -> dict[str, CliRun]:
    root = tmp_path_factory.mktemp("caches")
    story = write_story(root / "story", FILES)
    args = ["check", str(story), "--translator", "transformers", "--model", str(tiny_marian)]
    (root / "plain-file").write_text("a file where the cache folder should be\n")
    corrupt = root / "corrupt"
    corrupt.mkdir()
    (corrupt / "translations.sqlite3").write_bytes(b"SQLite format 3\x00" + os.urandom(8192))
    (corrupt / "embeddings.sqlite3").write_bytes(os.urandom(3000))
    without_mt = ["check", str(story), *NO_MT]  # embeddings only: enough where MT adds nothing to the case
    jobs = {
        "healthy": lambda: run_cli(args, cache_dir=root / "healthy", report=root / "healthy.json"),
        "corrupt": lambda: run_cli(args, cache_dir=corrupt, report=root / "corrupt.json"),
        # the report goes to stdout: a pipe is not limited by RLIMIT_FSIZE, a report file would be. No bytecode
        # either: importlib writes a .pyc with one unchecked write, so under the limit a module first imported
        # here (a fresh clone) left a .pyc cut at FILE_SIZE_LIMIT bytes, and every later process of the run
        # failed to import it ("marshal data too short")
        "disk-full": lambda: _stdout_report(run_cli([*args, "--format", "json"], cache_dir=root / "full",
                                                    env={"PYTHONDONTWRITEBYTECODE": "1"}, preexec_fn=_disk_full)),
        "healthy-without-mt": lambda: run_cli(without_mt, cache_dir=root / "healthy-without-mt",
                                              report=root / "healthy-without-mt.json"),
        "under-a-file": lambda: run_cli(without_mt, cache_dir=root / "plain-file" / "cache", report=root / "file.json"),
    }
    return run_all(jobs)


def _same_as_healthy(run: CliRun, healthy: CliRun) -> None:
    assert "Traceback" not in run.stderr, run.describe()
    assert run.returncode == healthy.returncode, run.describe()
    assert run.report_bytes == healthy.report_bytes


def test_a_healthy_cache_is_used_silently(runs):
    healthy = runs["healthy"]
    assert healthy.returncode in (0, 1) and "Warning" not in healthy.stderr, healthy.describe()
    assert healthy.report["editions"]["uk"]["translator"] == "transformers"


def test_a_cache_folder_under_a_regular_file_is_skipped_with_a_warning(runs):
    run = runs["under-a-file"]
    _same_as_healthy(run, runs["healthy-without-mt"])
    assert "CacheWarning: embedding cache" in run.stderr
    assert "Not a directory" in run.stderr


def test_a_full_disk_turns_caching_off_with_a_warning(runs):
    run = runs["disk-full"]
    _same_as_healthy(run, runs["healthy"])
    assert "CacheWarning: translation cache" in run.stderr and "carrying on without it" in run.stderr
    assert "CacheWarning: embedding cache" in run.stderr


def test_garbage_cache_files_are_moved_aside_and_rebuilt(runs):
    run = runs["corrupt"]
    _same_as_healthy(run, runs["healthy"])
    assert "translations.sqlite3 is unreadable" in run.stderr and "embeddings.sqlite3 is unreadable" in run.stderr
    folder = run.report_path.parent / "corrupt"
    for name in CACHE_FILES:
        assert (folder / f"{name}.corrupt").is_file()
    with TranslationCache(folder) as rebuilt:
        assert len(rebuilt) == 4  # ru and uk, two sentences each, written to the new file


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root writes through chmod 555")
def test_a_read_only_cache_folder_is_skipped_with_a_warning(tmp_path, runs):
    story = write_story(tmp_path / "story", FILES)
    healthy = run_cli(["check", str(story), *NO_MT], cache_dir=tmp_path / "healthy", report=tmp_path / "h.json")
    read_only = tmp_path / "read-only"
    read_only.mkdir()
    read_only.chmod(0o555)
    try:
        run = run_cli(["check", str(story), *NO_MT], cache_dir=read_only, report=tmp_path / "r.json")
    finally:
        read_only.chmod(0o755)
    _same_as_healthy(run, healthy)
    assert "CacheWarning: embedding cache" in run.stderr


def test_two_processes_sharing_one_cache_write_the_same_report(tmp_path):
    story = write_story(tmp_path / "story", FILES)
    shared = tmp_path / "shared-cache"
    both = run_all({name: (lambda name=name: run_cli(["check", str(story), *NO_MT], cache_dir=shared,
                                                     report=tmp_path / f"{name}.json"))
                    for name in ("first", "second")}, workers=2)
    first, second = both["first"], both["second"]
    for run in (first, second):
        assert run.returncode == 0 and "Traceback" not in run.stderr and "Warning" not in run.stderr, run.describe()
    assert first.report_bytes == second.report_bytes
    with EmbeddingCache(shared) as vectors:
        assert len(vectors) >= 6  # every sentence of the three editions
