"""The worker side of `check-all`: worker processes that each keep one pipeline for all their stories and
die with the main process, and the main process's handling of SIGTERM (write what was done, exit 143)."""

from __future__ import annotations

import ctypes
import os
import signal
import sys
import threading
import time
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from consistency.entry import archive_results
from consistency.errors import ModelUnavailableError, StoryError
from consistency.options import Options

EXIT_TERMINATED = 128 + signal.SIGTERM

# Each worker process builds one pipeline for all its stories (the embedding model loads once per worker).
_WORKER_PIPELINE = None
def _die_with_parent(parent: int) -> None:
    """Ask Linux to SIGTERM this worker when the main process dies, whatever killed it (even SIGKILL, where
    nothing of the main process runs): an orphaned worker keeps the caller's stdout and stderr open, and a
    CI step waiting for them hangs. Elsewhere only the main process's own SIGTERM handling applies."""
    if not sys.platform.startswith("linux"):
        return
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, int(signal.SIGTERM), 0, 0, 0)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        return
    if os.getppid() != parent:  # the parent died before the request was made: nobody is left to signal us
        os._exit(EXIT_TERMINATED)


def _init_worker(options: Options, threads: int | None = None, parent: int | None = None) -> None:
    """Set up a worker; with several workers each gets its share of the cores, since the embedding
    model (OpenMP) and torch would otherwise each start one thread per core in every worker."""
    from consistency.pipeline import Pipeline

    global _WORKER_PIPELINE
    if parent is not None:
        # a forked worker inherits the main process's SIGTERM handler, which would turn a SIGTERM into an
        # exception the pool sends back as a result, and the worker would carry on
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        _die_with_parent(parent)
        if archive_results.held_lock_fd >= 0:
            try:
                os.close(archive_results.held_lock_fd)
            except OSError:
                pass
    if threads is not None:
        os.environ["OMP_NUM_THREADS"] = str(threads)
        if "torch" in sys.modules:
            sys.modules["torch"].set_num_threads(threads)
    # the archive's own progress (a bar, or a line every few seconds) speaks for all its stories
    _WORKER_PIPELINE = Pipeline(options.replace(progress=False))


def check_one(task: tuple[str, str, str]) -> dict[str, Any]:
    return check_with(_WORKER_PIPELINE, task)


def check_with(pipeline, task: tuple[str, str, str]) -> dict[str, Any]:
    """The results line of one story (path, name, fingerprint), checked by `pipeline`; a story that cannot
    be checked is an error line saying why, never an exception."""
    from consistency.report import report_to_dict

    story_path, name, story_fingerprint = task
    started = time.perf_counter()
    try:
        report = pipeline.run(story_path).report
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


class Terminated(BaseException):
    """SIGTERM arrived (a CI timeout, `docker stop`); a BaseException so that no `except Exception` eats it."""


class SigtermAsException:
    """While inside, SIGTERM raises Terminated in the main thread (only there can Python install handlers;
    elsewhere, e.g. a notebook's worker thread, the default stays)."""

    def __enter__(self) -> None:
        self.previous = None
        if threading.current_thread() is threading.main_thread():
            self.previous = signal.signal(signal.SIGTERM, self._raise)

    @staticmethod
    def _raise(signum, frame) -> None:
        # a second SIGTERM must not cut short the writing of what the first one asked to keep
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        raise Terminated()

    def __exit__(self, *exc_info: object) -> None:
        if self.previous is not None:
            signal.signal(signal.SIGTERM, self.previous)


def _stop_pool(pool: ProcessPoolExecutor) -> None:
    """Stop now: the stories in hand are lost (a rerun checks them), but waiting for them could take
    minutes that a CI's kill timeout does not give."""
    processes = list((getattr(pool, "_processes", None) or {}).values())
    for process in processes:
        process.terminate()
    pool.shutdown(wait=False, cancel_futures=True)
    deadline = time.monotonic() + 5
    for process in processes:
        process.join(max(0.0, deadline - time.monotonic()))
        if process.is_alive():
            process.kill()
            process.join(1)


def worker_count(jobs: int, tasks: int) -> int:
    """No more workers than stories to check (each one loads the models), nor than the machine can run."""
    return max(1, min(jobs, tasks, 2 * (os.cpu_count() or 1)))


def run_stories(tasks: list[tuple[str, str, str]], options, jobs: int, progress: bool | None, record) -> None:
    if not tasks:
        return
    workers = worker_count(jobs, len(tasks))
    if workers == 1:
        _init_worker(options)
        with archive_bar(len(tasks), progress) as bar:
            for task in tasks:
                record(check_one(task))
                bar.update(1)
        return
    threads = max(1, (os.cpu_count() or 1) // workers)
    pool = ProcessPoolExecutor(max_workers=workers, initializer=_init_worker, initargs=(options, threads, os.getpid()))
    try:
        # one future per story, recorded as each finishes: in story order a slow story would hold back
        # the journal lines of all those finished after it, and an interruption would lose them
        pending: set[Future] = {pool.submit(check_one, task) for task in tasks}
        with archive_bar(len(tasks), progress) as bar:
            while pending:
                done, pending = wait(pending, return_when=FIRST_COMPLETED)
                for future in done:
                    record(future.result())
                    bar.update(1)
    except BrokenProcessPool:
        _stop_pool(pool)
        raise StoryError(None, "a worker process died (killed, or out of memory?); the results so far are kept "
                               "and a rerun checks the rest") from None
    except BaseException:
        _stop_pool(pool)
        raise
    pool.shutdown(wait=True)


def archive_bar(total: int, enabled: bool | None):
    """A bar on a terminal; without one (a CI log) a line every few seconds, unless turned off."""
    from tqdm import tqdm

    from consistency.progress import ArchiveLines

    if enabled is False:
        return tqdm(total=total, disable=True)
    if sys.stderr.isatty() or enabled:
        return tqdm(total=total, unit="story", file=sys.stderr)
    return ArchiveLines(total)
