"""The pytest plugin: a newsroom's CI runs `pytest --consistency-stories stories/` and gets one test per
story and check ("stories/pentagon-2023-12-06::numbers FAILED").

Loaded on install through the `pytest11` entry point, so it must stay cheap to import: the pipeline is
imported only when a story is analysed. Nothing is collected unless story folders are named, on the
command line (`--consistency-stories`, which replaces the ini's list) or in the ini file
(`consistency_stories`, not run when the command line names other paths). A story folder, or a test id
pasted back from a failure ("stories/x::numbers"), may be named as a path. The options are checked once,
at start-up (one usage error), and the header says what runs (translator, embeddings, cache).

Each story is analysed once per session (once per worker under pytest-xdist) and the Report is shared by
its check items; an item fails when its check has error findings, and the failure is a table of those
findings with each edition's span side by side, not a traceback.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Sequence

import pytest

from consistency.entry.pytest_items import StoryFolder, StoryRunner, UnreadableStoryItem, session_runner
from consistency.model import CHECK_NAMES
from consistency.options import MT_ENGINES, PIPELINE_PARTS, TRANSLATOR_MODES
from consistency.report.findings_table import DEFAULT_WIDTH, findings_table
from consistency.stages.load.discover import is_story_folder

if TYPE_CHECKING:  # the pipeline is heavy; imported only when a story is analysed
    from consistency.model import Analysis, Finding, Report
    from consistency.options import Options

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
                         + findings_table(shown, places={k: e["file"] for k, e in report.editions.items()}, width=width))


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
    group.addoption("--consistency-mt-engine", default=None, choices=MT_ENGINES,
                    help="what runs the model: transformers or ctranslate2. Ini: consistency_mt_engine")
    group.addoption("--consistency-no-embeddings", action="store_true", default=False,
                    help="align without sentence embeddings")
    group.addoption("--consistency-checks", default=None, metavar="PARTS",
                    help=f"pipeline parts to run, comma-separated from {','.join(PIPELINE_PARTS)} or the checks "
                         "they run (numbers runs facts) (default: all). Ini: consistency_checks")
    parser.addini("consistency_stories", type="paths", default=[],
                  help="folders of story folders checked by the consistency plugin")
    parser.addini("consistency_translator", default="", help=" | ".join(TRANSLATOR_MODES))
    parser.addini("consistency_model", default="", help="model id or local directory for machine translation")
    parser.addini("consistency_mt_engine", default="", help=" | ".join(MT_ENGINES))
    parser.addini("consistency_checks", default="", help=f"pipeline parts: {','.join(PIPELINE_PARTS)}")


ROOTS_KEY = pytest.StashKey[tuple[Path, ...]]()
UNREADABLE = UnreadableStoryItem.NAME


SELECTIONS_KEY = pytest.StashKey[dict[Path, set[str]]]()


def _story_roots(config: pytest.Config) -> tuple[Path, ...]:
    """The folders whose story folders are tests: `--consistency-stories` (which replaces the ini's list,
    as a command-line option does), else the ini's `consistency_stories`."""
    given = [Path(config.invocation_params.dir, p) for p in config.getoption("consistency_stories")]
    if not given:
        given = [Path(p) for p in config.getini("consistency_stories")]
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


def _named_stories(config: pytest.Config) -> dict[Path, set[str]]:
    """Story folders named on the command line, each with the checks its `::` parts select (a test id
    pasted back: "stories/x::numbers"; none: every check). pytest refuses `::` after a directory, so the
    arguments are rewritten to the folders, and the selection is applied once the items are collected."""
    base = config.invocation_params.dir
    named: dict[Path, set[str]] = {}
    for n, arg in enumerate(list(config.args)):
        path_part, _, selection = arg.partition("::")
        folder = Path(base, path_part).resolve()
        if not folder.is_dir() or not is_story_folder(folder):
            continue
        chosen = named.setdefault(folder, set())
        if selection:
            unknown = [name for name in selection.split("::") if name not in CHECK_NAMES + (UNREADABLE,)]
            if unknown:
                raise pytest.UsageError(f"{arg}: {', '.join(unknown)} is no check of a story "
                                        f"(the checks: {', '.join(CHECK_NAMES)})")
            chosen.update(selection.split("::"))
            config.args[n] = path_part
    return named


@pytest.hookimpl(tryfirst=True)
def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "consistency: a translation-consistency check of one story")
    named = _named_stories(config)
    roots = _story_roots(config)
    roots += tuple(folder for folder in named if folder not in roots)
    config.stash[ROOTS_KEY] = roots
    config.stash[SELECTIONS_KEY] = {folder: checks for folder, checks in named.items() if checks}
    # Story roots join the paths pytest collects, unless a path already being collected holds them, or the
    # command line names what to run and the roots come from the ini (`pytest tests/test_util.py` runs no
    # story, `pytest stories/x` runs x alone)
    base = config.invocation_params.dir
    chosen_on_command_line = (config.args_source == pytest.Config.ArgsSource.ARGS
                              and not config.getoption("consistency_stories"))
    for root in roots:
        if not chosen_on_command_line and not _covered(root, config.args, base):
            config.args.append(str(root))
    if roots:
        # the options checked once, before collection: one usage error, not the same failure in every test
        _check_model(session_runner(config).options)


def _check_model(options: "Options") -> None:
    """A model named for `--consistency-translator transformers` is found now (offline, at once), or the run
    stops with why and how to get it."""
    if options.translator != "transformers" or not isinstance(options.model, str) or options.allow_download:
        return
    from consistency.errors import ModelUnavailableError
    from consistency.stages.translate.models import resolve_model

    try:
        resolve_model(options.model, revision=options.revision)
    except ModelUnavailableError as exc:
        raise pytest.UsageError(f"consistency: {exc}") from None


def pytest_report_header(config: pytest.Config) -> list[str]:
    """What runs, so that a CI log says whether MT and embeddings were used."""
    if not config.stash.get(ROOTS_KEY, ()):
        return []
    options = session_runner(config).options
    from consistency.cache import default_cache_dir

    model = f", model {options.model}" if options.model else ""
    model += f", engine {options.mt_engine}" if options.mt_engine != "transformers" else ""
    return [f"consistency: translator {options.translator}{model} (pivot {options.pivot}), embeddings "
            f"{'on' if options.embeddings else 'off'}, parts {','.join(options.checks)}, "
            f"cache {options.cache_dir or default_cache_dir()}"]


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    selections = config.stash.get(SELECTIONS_KEY, {})
    if not selections:
        return
    kept, deselected = [], []
    for item in items:
        story = item.parent.path.resolve() if isinstance(item.parent, StoryFolder) else None
        wanted = selections.get(story) if story is not None else None
        (deselected if wanted is not None and item.name not in wanted else kept).append(item)
    if deselected:
        config.hook.pytest_deselected(items=deselected)
        items[:] = kept


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
