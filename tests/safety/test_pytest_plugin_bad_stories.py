"""The pytest plugin in a newsroom's CI when a story is odd in a way nobody planned for: whatever goes wrong
while one story is read or analysed, that story is ONE failing item (`stories/<slug>::load`) or one line per
check item, never a collection error that stops every other story, and never a traceback.

Two kinds of case: story.toml files with values of the wrong type (whichever way the loader reports them, as
a StoryError or as a stray TypeError, the session must survive), and faults injected by a scratch
conftest.py (an exception that is not a StoryError while loading; a bug in the analysis of one story), so
that the containment is tested even after every known bad input has its own message.
"""

from __future__ import annotations

import re

import pytest

from support.story_cli import EN, RU, UK, folder_digest, run_pytest_on_stories, write_story

CHECKS = ("language", "numbers", "dates", "entities", "omission", "addition", "semantic")
TOMORROW_UK = UK.replace("6 грудня", "завтра")
TOMORROW_EN = EN.replace("on December 6", "tomorrow")

# slug -> story.toml: values of the wrong type. Each story must be either one failing ::load item naming
# story.toml, or checked as usual; what it must never do is stop the session or print a traceback.
ODD_TOML = {
    "edition-file-is-a-number": "[editions.x]\nfile = 5\n",
    "edition-lang-is-a-number": "[editions.en]\nfile = 'en.txt'\nlang = 5\n",
    "expected-failures-is-a-number": "expected_failures = 3\n",
    "expected-failure-reason-is-a-number": "[expected_failures]\nnumbers = 5\n",
    "expected-failure-table-without-reason": "[expected_failures]\nnumbers = { edition = 'ru' }\n",
    "expected-failure-table-odd-key": "[expected_failures]\nnumbers = { reason = 'x', figure = 157 }\n",
    "thresholds-is-a-string": "thresholds = 'high'\n",
    "threshold-is-a-string": "[thresholds]\nomission = 'very'\n",
    "published-is-not-a-date": "published = 'the day after'\n",
    "reference-is-a-number": "reference = 7\n",
}
# The last day of the calendar and "tomorrow" in the editions: the dates reader steps past year 9999.
OVERFLOW = {"uk.txt": TOMORROW_UK, "en.txt": TOMORROW_EN, "story.toml": "published = 9999-12-31\n"}

# Faults injected by the scratch conftest below, with what the failure must say, word for word.
LOAD_EXPLODES = "load-explodes"
ANALYSIS_EXPLODES = "analysis-explodes"
CONFTEST = f'''
import consistency.pipeline as pipeline
import consistency.stages.load as load

_load_story, _run = load.load_story, pipeline.Pipeline.run


def load_story(folder, *args, **kwargs):
    if str(folder).endswith("{LOAD_EXPLODES}"):
        raise RuntimeError("boom while loading")
    return _load_story(folder, *args, **kwargs)


def run(self, story, *args, **kwargs):
    if str(getattr(story, "path", story)).endswith("{ANALYSIS_EXPLODES}"):  # a folder, or the Story read from it
        raise ValueError("boom in the analysis")
    return _run(self, story, *args, **kwargs)


load.load_story, pipeline.Pipeline.run = load_story, run
'''

CLEAN = {"uk.txt": UK, "en.txt": EN, "ru.txt": RU}


@pytest.fixture(scope="module")
def newsroom(tmp_path_factory: pytest.TempPathFactory):
    repo = tmp_path_factory.mktemp("newsroom")
    stories = repo / "stories"
    write_story(stories / "clean", CLEAN)
    write_story(stories / "clean-too", {"uk.txt": UK, "en.txt": EN})
    for slug, toml in ODD_TOML.items():
        write_story(stories / slug, {**CLEAN, "story.toml": toml})
    write_story(stories / "date-overflow", OVERFLOW)
    write_story(stories / LOAD_EXPLODES, CLEAN)
    write_story(stories / ANALYSIS_EXPLODES, CLEAN)
    (repo / "conftest.py").write_text(CONFTEST, encoding="utf-8")
    before = folder_digest(stories)
    done = run_pytest_on_stories(repo, repo / "cache")
    return done, before, folder_digest(stories)


def _outcomes(out: str) -> dict[str, str]:
    return dict(re.findall(r"^(stories/\S+::\w+) (PASSED|FAILED|SKIPPED|ERROR|XFAIL|XPASS)", out, re.MULTILINE))


def _items(out: str, slug: str) -> dict[str, str]:
    return {item.split("::")[1]: result for item, result in _outcomes(out).items() if item.startswith(f"stories/{slug}::")}


def _section(out: str, slug: str, item: str) -> str:
    """The failure text pytest printed for one item (between its `___ slug::item ___` header and the next)."""
    after = re.split(rf"^_+ {re.escape(slug)}::{item} _+$", out, maxsplit=1, flags=re.MULTILINE)[1]
    return re.split(r"^[_=]{3,}", after, maxsplit=1, flags=re.MULTILINE)[0].strip()


def test_the_session_runs_to_the_end(newsroom):
    done, before, after = newsroom
    out = done.stdout + done.stderr
    assert done.returncode == 1, out  # failures, not an interrupted session (2) or an internal error (3)
    assert "errors during collection" not in out and "error during collection" not in out, out
    assert "Interrupted" not in out and "INTERNALERROR" not in out and "Traceback" not in out, out
    assert after == before, "the run changed the story folders"


@pytest.mark.parametrize("slug", ["clean", "clean-too"])
def test_every_other_story_still_runs(newsroom, slug):
    out = newsroom[0].stdout
    assert _items(out, slug) == dict.fromkeys(CHECKS, "PASSED"), out


@pytest.mark.parametrize("slug", sorted(ODD_TOML))
def test_a_story_toml_of_the_wrong_types_is_one_load_item_or_checked(newsroom, slug):
    out = newsroom[0].stdout
    items = _items(out, slug)
    if "load" in items:
        assert items == {"load": "FAILED"}, out
        section = _section(out, slug, "load")
        assert section.startswith(f"{slug}: could not be checked: ") and "story.toml" in section, section
        assert len(section.splitlines()) <= 2, section  # the problem, not a traceback
    else:  # a value the loader tolerates: the story is checked like any other
        assert set(items) == set(CHECKS) and set(items.values()) <= {"PASSED", "FAILED"}, out


def test_an_exception_while_loading_is_one_load_item_naming_the_file(newsroom):
    out = newsroom[0].stdout
    assert _items(out, LOAD_EXPLODES) == {"load": "FAILED"}, out
    section = _section(out, LOAD_EXPLODES, "load")
    assert re.fullmatch(rf"{LOAD_EXPLODES}: could not be checked: /\S*/stories/{LOAD_EXPLODES}: "
                        r"could not be loaded: RuntimeError: boom while loading", section), section


def test_an_exception_in_the_analysis_is_one_line_per_check(newsroom):
    out = newsroom[0].stdout
    assert _items(out, ANALYSIS_EXPLODES) == dict.fromkeys(CHECKS, "FAILED"), out
    for check in CHECKS:
        assert _section(out, ANALYSIS_EXPLODES, check) == (
            f"{ANALYSIS_EXPLODES}: internal error: ValueError: boom in the analysis"), out


def test_a_date_past_year_9999_fails_its_items_with_one_line_each(newsroom):
    out = newsroom[0].stdout
    items = _items(out, "date-overflow")
    assert set(items) == set(CHECKS) or items == {"load": "FAILED"}, out
    for item, result in items.items():
        if result == "FAILED":
            section = _section(out, "date-overflow", item)
            assert "Traceback" not in section and len(section.splitlines()) <= 12, section
            if "internal error" in section:
                assert len(section.splitlines()) == 1, section
