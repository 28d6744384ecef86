"""The bad-input matrix through the pytest plugin, as a newsroom's CI meets it: a scratch repository of
story folders, `python -m pytest --consistency-stories stories` in a subprocess.

A story that cannot be read is ONE failing item (`stories/<slug>::load`) whose text names the file and the
problem, not a traceback, and every other story still runs.
"""

from __future__ import annotations

import re
import subprocess

import pytest

from support.story_cli import EN, RU, UK, run_pytest_on_stories, write_story

CHECKS = ("language", "numbers", "dates", "entities", "omission", "addition", "semantic")

UNREADABLE = {  # slug -> (files, what the failure must say)
    "empty-edition": ({"uk.txt": "", "en.txt": EN, "ru.txt": RU}, "uk.txt: edition is empty"),
    "whitespace-edition": ({"uk.txt": " \n\t \n", "en.txt": EN, "ru.txt": RU}, "uk.txt: edition is empty"),
    "png-edition": ({"uk.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "en.txt": EN},
                    "uk.txt: not a text file"),
    "uk-and-ua": ({"uk.txt": UK, "ua.txt": UK, "en.txt": EN}, "uk.txt: a second edition for 'uk' (already read ua.txt)"),
    "en-txt-and-md": ({"uk.txt": UK, "en.txt": EN, "en.md": EN}, "en.txt: a second edition for 'en' (already read en.md)"),
    "malformed-toml": ({"uk.txt": UK, "en.txt": EN, "story.toml": "title = 'x'\n[thresholds\n"},
                       "story.toml: malformed TOML: Expected ']' at the end of a table declaration (at line 2"),
    "unknown-expected-failure": ({"uk.txt": UK, "en.txt": EN, "story.toml": "[expected_failures]\nspelling = 'typos'\n"},
                                 "story.toml: [expected_failures] names unknown check(s) spelling"),
    "one-edition": ({"uk.txt": UK}, "a story needs at least two editions to compare; found only uk.txt"),
}
READABLE = {
    "clean": {"uk.txt": UK, "en.txt": EN, "ru.txt": RU},
    "cp1251": {"uk.txt": UK.encode("cp1251"), "en.txt": EN, "ru.txt": RU.encode("koi8-u")},
    "mixed-scripts": {"uk.txt": UK.replace("Київ", "Kиїв"), "en.txt": EN, "ru.txt": RU},
    "wrong-language": {"uk.txt": RU, "en.txt": EN, "ru.txt": RU},
}


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> subprocess.CompletedProcess[str]:
    repo = tmp_path_factory.mktemp("newsroom")
    for slug, (files, _problem) in UNREADABLE.items():
        write_story(repo / "stories" / slug, files)
    for slug, files in READABLE.items():
        write_story(repo / "stories" / slug, files)
    big = write_story(repo / "stories" / "huge-edition", {"en.txt": EN})
    with (big / "uk.txt").open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    return run_pytest_on_stories(repo, repo / "cache")


def _outcomes(out: str) -> dict[str, str]:
    return dict(re.findall(r"^(stories/\S+::\w+) (PASSED|FAILED|SKIPPED|ERROR|XFAIL|XPASS)", out, re.MULTILINE))


@pytest.mark.parametrize("slug", [*UNREADABLE, "huge-edition"])
def test_an_unreadable_story_is_one_failing_item_naming_file_and_problem(session, slug):
    out = session.stdout
    items = {item: result for item, result in _outcomes(out).items() if item.startswith(f"stories/{slug}::")}
    assert items == {f"stories/{slug}::load": "FAILED"}, out
    problem = UNREADABLE[slug][1] if slug in UNREADABLE else "uk.txt: file is 52.4 MB"
    section = out.split(f"_ {slug}::load _", 1)[1].split("\n_", 1)[0]
    assert f"{slug}: could not be checked: " in section and problem in section, section


def test_other_stories_still_run_and_nothing_is_a_traceback(session):
    out = session.stdout
    assert session.returncode == 1, out + session.stderr
    outcomes = _outcomes(out)
    for slug in ("clean", "cp1251", "mixed-scripts"):
        assert [outcomes[f"stories/{slug}::{check}"] for check in CHECKS] == ["PASSED"] * len(CHECKS), out
    assert outcomes["stories/wrong-language::language"] == "FAILED"
    assert "uk.txt is declared uk but reads as ru" in out
    assert "Traceback" not in out and "Traceback" not in session.stderr
    assert "errors during collection" not in out and "INTERNALERROR" not in out + session.stderr
    # one item per unreadable story, one per check for each readable one
    assert len(outcomes) == len(UNREADABLE) + 1 + len(READABLE) * len(CHECKS), out
