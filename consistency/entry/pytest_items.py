"""What the pytest plugin collects: a story folder (`StoryFolder`) whose items are one test per check
(`CheckItem`, "stories/<slug>::numbers"), or one failing `::load` item when the story cannot be read.
Each story is analysed once per session by the session's `StoryRunner` and its Report shared by the
story's items; a failure prints the findings table, not a traceback."""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterator, Sequence

import pytest

from consistency.model import CHECK_NAMES
from consistency.report.findings_table import DEFAULT_WIDTH, Places, findings_table
from consistency.stages.load.discover import STORY_FILE

if TYPE_CHECKING:  # the pipeline is heavy; imported only when a story is analysed
    from consistency.model import Analysis, ExpectedFailure, Finding, Report, Story
    from consistency.options import Options


@dataclass
class Outcome:
    """What analysing one story gave: the analysis and report, or the error that stopped it."""

    analysis: "Analysis | None" = None
    report: "Report | None" = None
    error: BaseException | None = None
    ran_checks: frozenset[str] = frozenset()

    def places(self) -> Places:
        if self.analysis is None:
            return {}
        return {key: edition.path.name for key, edition in self.analysis.story.editions.items()}


@dataclass
class StoryRunner:
    """Analyses story folders with the session's options and keeps each result for the session."""

    options: "Options"
    outcomes: dict[tuple[Path, tuple], Outcome] = field(default_factory=dict)
    # stories read at collection, handed to their first analysis, so that the files are read once
    loaded: dict[Path, "Story"] = field(default_factory=dict)

    def outcome(self, path: Path | str, **overrides: Any) -> Outcome:
        from consistency.pipeline import Pipeline

        key = (Path(path).resolve(), tuple(sorted((k, repr(v)) for k, v in overrides.items())))
        if key not in self.outcomes:
            outcome = Outcome()
            try:
                pipeline = Pipeline(self.options.replace(**overrides))
                result = pipeline.run(self.loaded.pop(key[0], None) or Path(path))
                outcome.analysis, outcome.report, outcome.ran_checks = result.analysis, result.report, pipeline.produces
            except Exception as exc:  # kept so the story's other items report it without re-running
                outcome.error = exc
            self.outcomes[key] = outcome
        return self.outcomes[key]

    def report(self, path: Path | str, **overrides: Any) -> "Report":
        outcome = self.outcome(path, **overrides)
        if outcome.error is not None:
            raise outcome.error
        assert outcome.report is not None
        return outcome.report




def session_options(config: pytest.Config) -> "Options":
    """The session's options: a command-line option wins over the ini key of the same name."""
    from consistency.errors import OptionError
    from consistency.options import build_options

    def given(name: str) -> Any:
        return config.getoption(f"consistency_{name}") or config.getini(f"consistency_{name}") or None

    try:
        return build_options(translator=given("translator"), model=given("model"), checks=given("checks"),
                             mt_engine=given("mt_engine"),
                             embeddings=False if config.getoption("consistency_no_embeddings") else None)
    except OptionError as exc:
        raise pytest.UsageError(f"consistency: {exc}") from None



RUNNER_KEY = pytest.StashKey[StoryRunner]()


def session_runner(config: pytest.Config) -> StoryRunner:
    if RUNNER_KEY not in config.stash:
        config.stash[RUNNER_KEY] = StoryRunner(session_options(config))
    return config.stash[RUNNER_KEY]




class FindingsFailure(Exception):
    """Error findings of a check of a story (shown as a findings table, not a traceback)."""

    def __init__(self, story: str, check: str, findings: Sequence["Finding"], places: Places):
        self.story, self.check, self.findings, self.places = story, check, tuple(findings), places
        super().__init__(f"{story}: {check}: {len(findings)} error(s)")


class ConsistencyFailure(FindingsFailure):
    """A check found error findings in a story: the failure an [expected_failures] entry expects."""


class StoryFolder(pytest.Directory):
    """One story folder; its children are one item per check."""

    def collect(self) -> Iterator[pytest.Item]:
        problem, expected = self._read()
        if problem is not None:
            # one failing item naming the file and the problem, instead of the same error once per check
            # (or, for a bad [expected_failures], an error that stopped every other story from running)
            item = UnreadableStoryItem.from_parent(self, name=UnreadableStoryItem.NAME, problem=problem)
            item.add_marker(pytest.mark.consistency)
            yield item
            return
        for check in CHECK_NAMES:
            item = CheckItem.from_parent(self, name=check, check=check, expected=expected.get(check))
            item.add_marker(pytest.mark.consistency)
            if check in expected:
                # strict: a known issue that got fixed must be noticed (XPASS(strict) fails the run), and only
                # the check's own failure counts, not a crash of the pipeline nor an error it does not accept
                reason = f"{expected[check]} ({self.path / STORY_FILE}, [expected_failures] {check})"
                item.add_marker(pytest.mark.xfail(reason=reason, strict=True, raises=ConsistencyFailure))
            yield item

    def _read(self) -> tuple[str | None, dict[str, "ExpectedFailure"]]:
        """Why the story cannot be checked at all (a bad file, a bad story.toml), or None, and its expected
        failures. Loading reads only the edition files (no models), so doing it at collection is cheap; the
        story read is kept for its analysis, which does not read the files again.

        Any exception is caught, not only StoryError: an exception escaping collect() is a collection error,
        and pytest then interrupts the whole session, so one odd story.toml would stop every story."""
        from consistency.errors import StoryError
        from consistency.stages.load import load_story

        try:
            story = load_story(self.path)
            config = story.config
            expected = dict(config.expected_failures)
            unknown = sorted(set(expected) - set(CHECK_NAMES))
        except StoryError as exc:
            return str(exc), {}
        except Exception as exc:
            return f"{self._blamed_file()}: could not be loaded: {_one_line(exc)}", {}
        if unknown:
            return (f"{self.path / STORY_FILE}: [expected_failures] names unknown check(s) "
                    f"{', '.join(unknown)} (known: {', '.join(CHECK_NAMES)})"), {}
        session_runner(self.config).loaded[self.path.resolve()] = story
        return None, expected

    def _blamed_file(self) -> Path:
        # the edition files are read by code that reports its own StoryErrors; what slips through untyped
        # is, in practice, a value of story.toml of an unexpected type
        story_file = self.path / STORY_FILE
        return story_file if story_file.is_file() else self.path

    def outcome(self) -> Outcome:
        return session_runner(self.config).outcome(self.path)


def _one_line(exc: BaseException) -> str:
    """`TypeError: unsupported operand …` on one line: the message a CI log shows in place of a traceback."""
    text = " ".join(str(exc).split())
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


class StoryUnreadable(Exception):
    """The story's files cannot be read (StoryError at collection); reported as one line, not a traceback."""


class UnreadableStoryItem(pytest.Item):
    """`stories/<slug>::load`: the one item of a story that cannot be loaded; it fails with the reason."""

    NAME = "load"

    def __init__(self, *, problem: str, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.problem = problem

    def runtest(self) -> None:
        raise StoryUnreadable(self.problem)

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style=None) -> str:
        if isinstance(excinfo.value, StoryUnreadable):
            return f"{self.parent.path.name}: could not be checked: {self.problem}"
        return super().repr_failure(excinfo, style=style)

    def reportinfo(self) -> tuple[Path, int | None, str]:
        return self.parent.path, None, f"{self.parent.path.name}::{self.NAME}"


class UnexpectedErrors(FindingsFailure):  # no ConsistencyFailure: the xfail marker must not expect it
    """Errors of a check that story.toml expects to fail, none of which its [expected_failures] entry
    accepts: a new difference, which fails the test though the known one would be an expected failure."""


class CheckItem(pytest.Item):
    """`stories/<slug>::<check>`: fails when the story's report has error findings of this check (beyond
    those story.toml's [expected_failures] accepts)."""

    def __init__(self, *, check: str, expected: "ExpectedFailure | None" = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.check = check
        self.expected = expected

    def runtest(self) -> None:
        outcome = self.parent.outcome()
        if outcome.error is not None:
            raise outcome.error
        report = outcome.report
        assert report is not None
        if self.check not in outcome.ran_checks:
            pytest.skip(f"the {self.check} check did not run (pipeline parts: {', '.join(sorted(outcome.ran_checks)) or 'none'};"
                        f" see --consistency-checks)")
        findings = report.findings_for(self.check)
        warnings = [f for f in findings if f.severity == "warning"]
        if warnings:
            table = findings_table(warnings, places=outcome.places(), width=self._width())
            self.add_report_section("call", "consistency warnings", table)
            # JUnit XML keeps user properties whatever its logging setting: a CI's test report shows them
            self.user_properties.append(("consistency warnings", table))
        errors = [f for f in findings if f.severity == "error"]
        unaccepted = [f for f in errors if self.expected is not None and not self.expected.accepts(f)]
        if unaccepted:
            raise UnexpectedErrors(report.story, self.check, unaccepted, outcome.places())
        if errors:
            raise ConsistencyFailure(report.story, self.check, errors, outcome.places())

    def _width(self) -> int:
        try:
            return max(60, min(160, self.config.get_terminal_writer().fullwidth))
        except Exception:  # no terminal (e.g. a worker): a fixed width keeps the table readable
            return max(60, min(160, shutil.get_terminal_size((DEFAULT_WIDTH, 24)).columns))

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style=None) -> str:
        from consistency.errors import ModelUnavailableError, StoryError

        error = excinfo.value
        if isinstance(error, UnexpectedErrors):
            head = (f"{error.story}: the {error.check} check found {len(error.findings)} error(s) that "
                    f"[expected_failures] in {self.parent.path / STORY_FILE} does not accept ({self.expected})")
            return head + "\n" + findings_table(error.findings, places=error.places, width=self._width())
        if isinstance(error, ConsistencyFailure):
            head = f"{error.story}: the {error.check} check found {len(error.findings)} error(s)"
            return head + "\n" + findings_table(error.findings, places=error.places, width=self._width())
        if isinstance(error, (StoryError, ModelUnavailableError)):
            return f"{self.parent.path.name}: could not be checked: {error}"
        if isinstance(error, Exception) and self.parent.outcome().error is error:
            # a bug in the pipeline on one story: the same traceback once per check item buries the log;
            # one line per item says which story and what, and the story's other items say the same
            return f"{self.parent.path.name}: internal error: {_one_line(error)}"
        return super().repr_failure(excinfo, style=style)

    def reportinfo(self) -> tuple[Path, int | None, str]:
        return self.parent.path, None, f"{self.parent.path.name}::{self.check}"
