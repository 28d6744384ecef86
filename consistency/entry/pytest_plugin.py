"""The pytest plugin: a newsroom's CI runs `pytest --consistency-stories stories/` and gets one test per
story and check ("stories/pentagon-2023-12-06::numbers FAILED").

Loaded on install through the `pytest11` entry point, so it must stay cheap to import: the pipeline is
imported only when a story is analysed. Nothing is collected unless story folders are named, on the
command line (`--consistency-stories`) or in the ini file (`consistency_stories`).

Each story is analysed once per session (once per worker under pytest-xdist) and the Report is shared by
its check items; an item fails when its check has error findings, and the failure is a table of those
findings with each edition's span side by side, not a traceback.
"""

from __future__ import annotations

import bisect
import shutil
import textwrap
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, Sequence

import pytest

from consistency.model import CHECK_NAMES
from consistency.options import PIPELINE_PARTS, TRANSLATOR_MODES
from consistency.stages.load.discover import STORY_FILE, is_story_folder

if TYPE_CHECKING:  # the pipeline is heavy; imported only when a story is analysed
    from consistency.model import Analysis, Finding, Report
    from consistency.options import Options

DEFAULT_WIDTH = 120


# ---------------------------------------------------------------- the findings table

# edition key -> (file name, start offsets of its paragraphs): enough to say "ru.txt ¶5" for a span.
# Paragraphs, not lines: spans are offsets into the loaded text, after page chrome was stripped, so a line
# number would not match the file.
Places = dict[str, tuple[str, tuple[int, ...]]]


def _span_label(finding: "Finding", key: str, places: Places | None) -> str:
    """`ru (ru.txt ¶5)` when the edition's paragraphs are known, else `ru (chars 639–877)`."""
    span = finding.spans.get(key)
    if places and key in places and span is not None:
        file_name, starts = places[key]
        first = bisect.bisect_right(starts, span[0]) or 1
        last = bisect.bisect_right(starts, max(span[0], span[1] - 1)) or 1
        where = f"¶{first}" if first == last else f"¶{first}–{last}"
        return f"{key} ({file_name} {where})"
    if span is not None:
        return f"{key} (chars {span[0]}–{span[1]})"
    return key


def _side_by_side(columns: list[tuple[str, str]], width: int) -> list[str]:
    """Boxed columns, one per edition: header row, then the wrapped spans."""
    count = len(columns)
    inner = max(16, (width - 3 * count - 1) // count)
    wrapped = [
        (textwrap.wrap(header, inner) or [""], textwrap.wrap(" ".join(body.split()), inner) or ["—"])
        for header, body in columns
    ]
    rule = lambda left, mid, right: left + mid.join("─" * (inner + 2) for _ in columns) + right  # noqa: E731

    def rows(parts: list[list[str]]) -> list[str]:
        height = max(len(p) for p in parts)
        return ["│" + "│".join(f" {(p[i] if i < len(p) else ''):<{inner}} " for p in parts) + "│" for i in range(height)]

    return [rule("┌", "┬", "┐"), *rows([h for h, _ in wrapped]), rule("├", "┼", "┤"),
            *rows([b for _, b in wrapped]), rule("└", "┴", "┘")]


def findings_table(findings: Sequence["Finding"], *, places: Places | None = None,
                   width: int = DEFAULT_WIDTH, max_span_chars: int = 400) -> str:
    """Findings as plain text: one line per finding (severity, check, edition, kind, message), then the
    span of every edition it concerns in boxed columns side by side.

    `places` (edition key → file name and paragraph starts) turns offsets into paragraph numbers.
    """
    lines: list[str] = []
    for finding in findings:
        kind = f" {finding.kind}" if finding.kind else ""
        lines.append(f"{finding.severity.upper()} {finding.check}{kind} in [{finding.edition}]: {finding.message}")
        keys = sorted(set(finding.evidence) | set(finding.spans), key=lambda k: (k != finding.edition, k))
        if keys:
            columns = []
            for key in keys:
                body = finding.evidence.get(key, "")
                if len(body) > max_span_chars:
                    body = body[: max_span_chars - 1] + "…"
                columns.append((_span_label(finding, key, places), body))
            lines.extend("  " + row for row in _side_by_side(columns, width - 2))
    return "\n".join(lines)


def _count(findings: Iterable["Finding"], severity: str) -> int:
    return sum(1 for f in findings if f.severity == severity)


def assert_consistent(report: "Report", max_errors: int = 0, max_warnings: int | None = None,
                      checks: Iterable[str] | None = None, *, width: int = DEFAULT_WIDTH) -> None:
    """Raise AssertionError (with the findings table) when the report has more errors than `max_errors`
    or, if `max_warnings` is given, more warnings than that; `checks` limits which checks count.

        report = consistency_check("stories/pentagon-2023-12-06")
        assert_consistent(report, max_errors=0, max_warnings=2, checks=["numbers", "dates"])
    """
    wanted = set(checks) if checks is not None else None
    if wanted is not None and not wanted <= set(CHECK_NAMES):
        raise ValueError(f"unknown check(s) {', '.join(sorted(wanted - set(CHECK_NAMES)))} (known: {', '.join(CHECK_NAMES)})")
    findings = [f for f in report.findings if wanted is None or f.check in wanted]
    errors, warnings = _count(findings, "error"), _count(findings, "warning")
    problems = []
    if errors > max_errors:
        problems.append(f"{errors} error(s), at most {max_errors} allowed")
    if max_warnings is not None and warnings > max_warnings:
        problems.append(f"{warnings} warning(s), at most {max_warnings} allowed")
    if not problems:
        return
    shown = [f for f in findings if f.severity == "error" or (max_warnings is not None and f.severity == "warning")]
    scope = f" (checks: {', '.join(sorted(wanted))})" if wanted is not None else ""
    raise AssertionError(f"{report.story} is not consistent{scope}: {'; '.join(problems)}\n"
                         + findings_table(shown, width=width))


# ---------------------------------------------------------------- running stories, once each

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
        return {key: (edition.path.name, tuple(p.start for p in self.analysis.segmentations[key].paragraphs))
                for key, edition in self.analysis.story.editions.items() if key in self.analysis.segmentations}


@dataclass
class StoryRunner:
    """Analyses story folders with the session's options and keeps each result for the session."""

    options: "Options"
    outcomes: dict[tuple[Path, tuple], Outcome] = field(default_factory=dict)

    def outcome(self, path: Path | str, **overrides: Any) -> Outcome:
        from consistency.pipeline import Pipeline

        key = (Path(path).resolve(), tuple(sorted((k, repr(v)) for k, v in overrides.items())))
        if key not in self.outcomes:
            outcome = Outcome()
            try:
                pipeline = Pipeline(self.options.replace(**overrides))
                result = pipeline.run(Path(path))
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


# ---------------------------------------------------------------- options

def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("consistency", "translation consistency of news stories")
    group.addoption("--consistency-stories", action="append", default=[], metavar="DIR",
                    help="folder of story folders (stories/<slug>/) or one story folder; one test per story and "
                         "check. Repeatable. Ini: consistency_stories")
    group.addoption("--consistency-translator", default=None, choices=TRANSLATOR_MODES,
                    help="machine translation: auto (a cached model, else precomputed <lang>.<pivot>.txt, else none). "
                         "Ini: consistency_translator")
    group.addoption("--consistency-model", default=None, metavar="ID_OR_DIR",
                    help="Hugging Face model id or local model directory. Ini: consistency_model")
    group.addoption("--consistency-no-embeddings", action="store_true", default=False,
                    help="align without sentence embeddings")
    group.addoption("--consistency-checks", default=None, metavar="PARTS",
                    help=f"pipeline parts to run, comma-separated from {','.join(PIPELINE_PARTS)} (default: all). "
                         "Ini: consistency_checks")
    parser.addini("consistency_stories", type="paths", default=[],
                  help="folders of story folders checked by the consistency plugin")
    parser.addini("consistency_translator", default="", help=" | ".join(TRANSLATOR_MODES))
    parser.addini("consistency_model", default="", help="model id or local directory for machine translation")
    parser.addini("consistency_checks", default="", help=f"pipeline parts: {','.join(PIPELINE_PARTS)}")


RUNNER_KEY = pytest.StashKey[StoryRunner]()
ROOTS_KEY = pytest.StashKey[tuple[Path, ...]]()


def _story_roots(config: pytest.Config) -> tuple[Path, ...]:
    given = [Path(config.invocation_params.dir, p) for p in config.getoption("consistency_stories")]
    given += [Path(p) for p in config.getini("consistency_stories")]
    roots: list[Path] = []
    for path in given:
        resolved = path.resolve()
        if not resolved.is_dir():
            raise pytest.UsageError(f"--consistency-stories {path}: no such folder")
        if resolved not in roots:
            roots.append(resolved)
    return tuple(roots)


def _options(config: pytest.Config) -> "Options":
    """The session's options: a command-line option wins over the ini key of the same name."""
    from consistency.errors import OptionError
    from consistency.options import build_options

    def given(name: str) -> Any:
        return config.getoption(f"consistency_{name}") or config.getini(f"consistency_{name}") or None

    try:
        return build_options(translator=given("translator"), model=given("model"), checks=given("checks"),
                             embeddings=False if config.getoption("consistency_no_embeddings") else None)
    except OptionError as exc:
        raise pytest.UsageError(f"consistency: {exc}") from None


def _covered(path: Path, args: Sequence[str], base: Path) -> bool:
    for arg in args:
        arg_path = Path(base, arg.split("::")[0]).resolve()
        if path == arg_path or path.is_relative_to(arg_path):
            return True
    return False


@pytest.hookimpl(tryfirst=True)
def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "consistency: a translation-consistency check of one story")
    roots = _story_roots(config)
    config.stash[ROOTS_KEY] = roots
    # Story roots join the paths pytest collects, unless a path already being collected holds them.
    base = config.invocation_params.dir
    for root in roots:
        if not _covered(root, config.args, base):
            config.args.append(str(root))


def _runner(config: pytest.Config) -> StoryRunner:
    if RUNNER_KEY not in config.stash:
        config.stash[RUNNER_KEY] = StoryRunner(_options(config))
    return config.stash[RUNNER_KEY]


def _is_story(path: Path, roots: Sequence[Path]) -> bool:
    """A story folder (the loader's rule: a story.toml or an edition file) at or under a story root."""
    resolved = path.resolve()
    if not any(resolved == root or resolved.is_relative_to(root) for root in roots):
        return False
    return is_story_folder(resolved)


@pytest.hookimpl(tryfirst=True)
def pytest_collect_directory(path: Path, parent: pytest.Collector) -> pytest.Collector | None:
    roots = parent.config.stash.get(ROOTS_KEY, ())
    if roots and _is_story(path, roots):
        return StoryFolder.from_parent(parent, path=path)
    return None


# ---------------------------------------------------------------- collection

class ConsistencyFailure(Exception):
    """A check found error findings in a story (shown as a findings table, not a traceback)."""

    def __init__(self, story: str, check: str, findings: Sequence["Finding"], places: Places):
        self.story, self.check, self.findings, self.places = story, check, tuple(findings), places
        super().__init__(f"{story}: {check}: {len(findings)} error(s)")


class StoryFolder(pytest.Directory):
    """One story folder; its children are one item per check."""

    def collect(self) -> Iterator[pytest.Item]:
        problem = self._unreadable()
        if problem is not None:
            # one failing item naming the file and the problem, instead of the same error once per check
            # (or, for a bad [expected_failures], an error that stopped every other story from running)
            item = UnreadableStoryItem.from_parent(self, name=UnreadableStoryItem.NAME, problem=problem)
            item.add_marker(pytest.mark.consistency)
            yield item
            return
        expected = self._expected_failures()
        for check in CHECK_NAMES:
            item = CheckItem.from_parent(self, name=check, check=check)
            item.add_marker(pytest.mark.consistency)
            if check in expected:
                # strict: a known issue that got fixed must be noticed (XPASS(strict) fails the run), and only
                # the check's own failure counts, not a crash of the pipeline
                item.add_marker(pytest.mark.xfail(reason=expected[check], strict=True, raises=ConsistencyFailure))
            yield item

    def _unreadable(self) -> str | None:
        """Why the story cannot be checked at all (a bad file, a bad story.toml), or None. Loading reads only
        the edition files (no models), so doing it at collection is cheap."""
        from consistency.errors import StoryError
        from consistency.stages.load import load_story

        try:
            config = load_story(self.path).config
        except StoryError as exc:
            return str(exc)
        unknown = sorted(set(config.expected_failures) - set(CHECK_NAMES))
        if unknown:
            return (f"{self.path / STORY_FILE}: [expected_failures] names unknown check(s) "
                    f"{', '.join(unknown)} (known: {', '.join(CHECK_NAMES)})")
        return None

    def _expected_failures(self) -> dict[str, str]:
        from consistency.stages.load import read_story_toml

        config, _raw = read_story_toml(self.path)  # _unreadable() has already vouched for it
        return dict(config.expected_failures)

    def outcome(self) -> Outcome:
        return _runner(self.config).outcome(self.path)


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


class CheckItem(pytest.Item):
    """`stories/<slug>::<check>`: fails when the story's report has error findings of this check."""

    def __init__(self, *, check: str, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.check = check

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
            self.add_report_section("call", "consistency warnings", findings_table(warnings, places=outcome.places(), width=self._width()))
        errors = [f for f in findings if f.severity == "error"]
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
        if isinstance(error, ConsistencyFailure):
            head = f"{error.story}: the {error.check} check found {len(error.findings)} error(s)"
            return head + "\n" + findings_table(error.findings, places=error.places, width=self._width())
        if isinstance(error, (StoryError, ModelUnavailableError)):
            return f"{self.parent.path.name}: could not be checked: {error}"
        return super().repr_failure(excinfo, style=style)

    def reportinfo(self) -> tuple[Path, int | None, str]:
        return self.parent.path, None, f"{self.parent.path.name}::{self.check}"


# ---------------------------------------------------------------- fixtures for hand-written tests

@pytest.fixture(scope="session")
def consistency_runner(pytestconfig: pytest.Config) -> StoryRunner:
    """The session's StoryRunner (shared with the collected story items, so nothing is analysed twice)."""
    return _runner(pytestconfig)


@pytest.fixture
def consistency_check(consistency_runner: StoryRunner) -> Callable[..., "Report"]:
    """`consistency_check(path, **options) -> Report`: check one story folder with the session's options,
    overridden by keyword (any pipeline.Options field: checks=("language",), translator="none", ...)."""

    def check(path: Path | str, **options: Any) -> "Report":
        return consistency_runner.report(path, **options)

    return check


@pytest.fixture
def consistency_analysis(consistency_runner: StoryRunner) -> Callable[..., "Analysis"]:
    """`consistency_analysis(path, **options) -> Analysis`: the same run as consistency_check, as the Analysis
    (texts, alignments, facts) for tests that look deeper than the findings."""

    def analysis(path: Path | str, **options: Any) -> "Analysis":
        consistency_runner.report(path, **options)  # raises the story's error, if any
        outcome = consistency_runner.outcome(path, **options)
        assert outcome.analysis is not None
        return outcome.analysis

    return analysis


@pytest.fixture(name="assert_consistent")
def assert_consistent_fixture() -> Callable[..., None]:
    """The `assert_consistent(report, max_errors=0, max_warnings=None, checks=None)` helper, as a fixture."""
    return assert_consistent
