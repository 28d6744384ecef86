"""Feedback while a story is checked: a bar for the slow steps (embedding sentences, translating) on a
terminal or in a notebook, and a line for each slow stage on stderr where nobody watches a bar (a CI log),
so a cold run that spends a minute loading and running a model never looks hung.

    with reporting(resolve(options.progress)):      # the pipeline does this around a run
        with bar(len(texts), "Embedding", "sentence") as b: ...
        times = StoryTimes("pentagon-2023-12-06")
        with times.stage("align"): ...

In a CI log a stage is announced once it has run for SLOW_STAGE_SECONDS ("consistency: pentagon: align…"),
and a story that had such a stage ends with a line of its time: a quick check, and a bad input's one-line
error, stay as they are.

`Options.progress`: None (the default) shows bars where someone watches (a terminal, a notebook) and
nothing otherwise; True also writes the stage lines without a terminal (the command line does this);
False is silent.
"""

from __future__ import annotations

import sys
import threading
import time
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Iterator

BARS, LINES, OFF = "bars", "lines", "off"
# a bar is worth its screen line only for work that takes a while (a sentence embeds in about 50 ms on
# two cores): below this many items it stays away
BAR_MIN_ITEMS = 16
# a stage that runs longer than this is announced in a CI log
SLOW_STAGE_SECONDS = 2.0
# how often check-all's plain progress line is written without a terminal
LINE_SECONDS = 10.0

_MODE: ContextVar[str] = ContextVar("consistency_progress", default=OFF)


def in_notebook() -> bool:
    """A Jupyter kernel runs this process (tqdm.auto then draws a widget)."""
    shell = sys.modules.get("IPython")
    if shell is None:
        return False
    ip = getattr(shell, "get_ipython", lambda: None)()
    return ip is not None and "IPKernelApp" in getattr(ip, "config", {})


def watched() -> bool:
    try:
        return sys.stderr.isatty() or in_notebook()
    except (AttributeError, ValueError):  # a closed or replaced stderr
        return False


def resolve(progress: bool | None) -> str:
    if progress is False:
        return OFF
    if watched():
        return BARS
    return LINES if progress else OFF


@contextmanager
def reporting(chosen: str) -> Iterator[None]:
    token = _MODE.set(chosen)
    try:
        yield
    finally:
        _MODE.reset(token)


class _Silent:
    def update(self, n: int = 1) -> None:
        pass

    def __enter__(self) -> "_Silent":
        return self

    def __exit__(self, *exc_info: object) -> None:
        pass


def bar(total: int, description: str, unit: str):
    """A progress bar (tqdm.auto: a widget in a notebook) when bars are on and the work is long enough; a
    no-op otherwise (a CI log hears of a slow step from `StoryTimes`)."""
    if _MODE.get() == BARS and total >= BAR_MIN_ITEMS:
        from tqdm.auto import tqdm

        return tqdm(total=total, desc=description, unit=unit, file=sys.stderr, leave=False)
    return _Silent()


class StoryTimes:
    """A story's stages as they run: each one that runs past SLOW_STAGE_SECONDS is announced in a CI log
    (`consistency: pentagon-2023-12-06: align…`: a cold embedding model takes most of a minute), and the
    story's time is said at the end when one was."""

    def __init__(self, story: str) -> None:
        from consistency.report.text import escape_controls

        self.story = escape_controls(story)  # a folder's name: an ESC in it must not reach the terminal
        self.seconds: dict[str, float] = {}
        self.announced = False

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        timer = None
        if _MODE.get() == LINES:
            timer = threading.Timer(SLOW_STAGE_SECONDS, self._announce, (name,))
            timer.daemon = True
            timer.start()
        started = time.perf_counter()
        try:
            yield
        finally:
            if timer is not None:
                timer.cancel()
                timer.join()  # an announcement under way is written before the stage is said to be over
            self.seconds[name] = time.perf_counter() - started

    def _announce(self, name: str) -> None:
        self.announced = True
        _write(f"consistency: {self.story}: {name}…")

    def done(self) -> None:
        if self.announced and self.seconds:
            slowest = max(self.seconds, key=self.seconds.__getitem__)
            _write(f"consistency: {self.story}: checked in {sum(self.seconds.values()):.1f} s "
                   f"({slowest} {self.seconds[slowest]:.1f} s)")


def _write(line: str) -> None:
    try:
        sys.stderr.write(line + "\n")
        sys.stderr.flush()
    except (OSError, ValueError):  # a closed stderr must not stop the check
        pass


class ArchiveLines:
    """check-all's progress without a terminal: a line every LINE_SECONDS, and one at the end."""

    def __init__(self, total: int, seconds: float = LINE_SECONDS) -> None:
        self.total, self.done, self.seconds = total, 0, seconds
        self.started = self.last = time.monotonic()

    def update(self, n: int = 1) -> None:
        self.done += n
        now = time.monotonic()
        if now - self.last >= self.seconds or self.done == self.total:
            self.last = now
            rate = self.done / max(now - self.started, 1e-9) * 60
            _write(f"consistency: checked {self.done}/{self.total} stories ({rate:.0f}/min)")

    def __enter__(self) -> "ArchiveLines":
        return self

    def __exit__(self, *exc_info: object) -> None:
        pass
