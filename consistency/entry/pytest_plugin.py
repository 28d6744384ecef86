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

from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Sequence

import pytest

from consistency.entry.pytest_items import StoryFolder, StoryRunner, session_runner
from consistency.model import CHECK_NAMES
from consistency.options import PIPELINE_PARTS, TRANSLATOR_MODES
from consistency.report.findings_table import DEFAULT_WIDTH, findings_table
from consistency.stages.load.discover import is_story_folder

if TYPE_CHECKING:  # the pipeline is heavy; imported only when a story is analysed
    from consistency.model import Analysis, Finding, Report

__all__ = ["assert_consistent", "findings_table"]


# ---------------------------------------------------------------- assertions for hand-written tests

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


# ---------------------------------------------------------------- fixtures for hand-written tests

@pytest.fixture(scope="session")
def consistency_runner(pytestconfig: pytest.Config) -> StoryRunner:
    """The session's StoryRunner (shared with the collected story items, so nothing is analysed twice)."""
    return session_runner(pytestconfig)


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
