"""The pytest plugin as a newsroom uses it: a scratch repository with story folders, pytest run in a
subprocess (the plugin is auto-loaded through its `pytest11` entry point, nothing is configured)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from consistency.entry.pytest_plugin import assert_consistent, findings_table
from consistency.model import Finding

STORIES = Path(__file__).resolve().parents[1] / "fixtures" / "stories"
CLEAN, BROKEN = "pentagon-2023-12-06", "pentagon-2023-12-06-broken"


@pytest.fixture
def newsroom(tmp_path: Path) -> Path:
    """A newsroom repository: stories/<slug>/ folders copied from the fixtures, one clean, one broken."""
    for slug in (CLEAN, BROKEN):
        shutil.copytree(STORIES / slug, tmp_path / "stories" / slug)
    return tmp_path


def run_pytest(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    # a wide terminal, so pytest's summary lines are not cut
    return subprocess.run([sys.executable, "-m", "pytest", "-p", "no:cacheprovider", *args],
                          cwd=repo, capture_output=True, text=True, timeout=120, env={**os.environ, "COLUMNS": "200"})


def add_expected_failure(story: Path, check: str, reason: str) -> None:
    with (story / "story.toml").open("a", encoding="utf-8") as toml:
        toml.write(f'\n[expected_failures]\n{check} = "{reason}"\n')


def test_one_story_passes_and_the_broken_one_fails_naming_edition_check_and_span(newsroom):
    result = run_pytest(newsroom, "--consistency-stories", "stories/", "--consistency-checks", "language", "-v")
    out = result.stdout
    assert result.returncode == 1, out + result.stderr
    assert "stories/pentagon-2023-12-06::language PASSED" in out
    assert "stories/pentagon-2023-12-06-broken::language FAILED" in out
    assert "1 failed, 1 passed, 12 skipped" in out
    # the failure is a findings table naming the check, the edition, its paragraph and the span itself
    assert "the language check found 1 error(s)" in out
    assert "ERROR language foreign-paragraph in [ru]" in out
    assert "ru (ru.txt:16)" in out  # the line of the file, where the page chrome is still in
    assert "According to the US Department of Defense" in out
    assert "Traceback" not in out and "def runtest" not in out
    # checks whose pipeline part did not run say so instead of passing vacuously
    assert "stories/pentagon-2023-12-06::numbers SKIPPED (the numbers check did not run (pipeline parts: language;" in out


def test_items_are_one_per_story_and_check(newsroom):
    result = run_pytest(newsroom, "--consistency-stories", "stories", "--collect-only", "-q")
    ids = [line for line in result.stdout.splitlines() if "::" in line]
    assert ids == [f"stories/{slug}::{check}" for slug in (CLEAN, BROKEN)
                   for check in ("language", "numbers", "dates", "entities", "omission", "addition", "semantic")]


def test_ini_file_and_expected_failures_in_story_toml(newsroom):
    (newsroom / "pytest.ini").write_text("[pytest]\nconsistency_stories = stories\nconsistency_checks = language\n")
    add_expected_failure(newsroom / "stories" / BROKEN, "language", "ru paragraph 5 awaits translation (ticket 42)")
    result = run_pytest(newsroom, "-rxX")
    assert result.returncode == 0, result.stdout
    assert "XFAIL stories/pentagon-2023-12-06-broken::language - ru paragraph 5 awaits translation (ticket 42)" in result.stdout
    assert "1 passed, 12 skipped, 1 xfailed" in result.stdout


def test_a_known_issue_that_is_fixed_fails_as_strict_xpass(newsroom):
    add_expected_failure(newsroom / "stories" / CLEAN, "language", "thought ru was untranslated")
    result = run_pytest(newsroom, "--consistency-stories", "stories", "--consistency-checks", "language")
    assert result.returncode == 1
    assert "FAILED stories/pentagon-2023-12-06::language - [XPASS(strict)] thought ru was untranslated" in result.stdout
    # and it names the file to edit
    assert "pentagon-2023-12-06/story.toml, [expected_failures] language)" in result.stdout


@pytest.mark.slow
def test_junit_xml_under_xdist_workers(newsroom):
    result = run_pytest(newsroom, "--consistency-stories", "stories", "--consistency-checks", "language",
                        "-n", "2", "--junitxml", "report.xml")
    assert result.returncode == 1, result.stdout + result.stderr
    assert "1 failed, 1 passed, 12 skipped" in result.stdout
    cases = ET.parse(newsroom / "report.xml").getroot().iter("testcase")
    by_name = {(c.get("classname"), c.get("name")): c for c in cases}
    assert len(by_name) == 14
    failure = by_name[("stories.pentagon-2023-12-06-broken", "language")].find("failure")
    assert failure is not None
    assert "ru (ru.txt:16)" in (failure.text or "")
    assert by_name[("stories.pentagon-2023-12-06", "language")].find("failure") is None


def test_a_story_that_cannot_be_read_fails_with_the_reason_not_a_traceback(newsroom):
    (newsroom / "stories" / CLEAN / "story.toml").write_text("title = [unclosed\n", encoding="utf-8")
    result = run_pytest(newsroom, "--consistency-stories", "stories", "--consistency-checks", "language")
    assert "pentagon-2023-12-06: could not be checked:" in result.stdout
    assert "malformed TOML" in result.stdout
    assert "Traceback" not in result.stdout


def test_unknown_story_folder_and_unknown_pipeline_part_are_usage_errors(newsroom):
    missing = run_pytest(newsroom, "--consistency-stories", "no-such-dir")
    assert missing.returncode == 4 and "no-such-dir: no such folder" in missing.stderr
    bad_part = run_pytest(newsroom, "--consistency-stories", "stories", "--consistency-checks", "language,spelling")
    assert bad_part.returncode != 0 and "unknown pipeline part(s) 'spelling'" in (bad_part.stdout + bad_part.stderr)


def test_hand_written_tests_use_the_fixture_and_the_assertion_helper(newsroom):
    (newsroom / "test_stories.py").write_text(
        "from consistency.entry.pytest_plugin import assert_consistent\n"
        "\n"
        "def test_broken_story_has_only_the_known_language_error(consistency_check):\n"
        "    report = consistency_check('stories/pentagon-2023-12-06-broken', checks=('language',))\n"
        "    assert_consistent(report, max_errors=1)\n"
        "    assert_consistent(report, checks=['numbers', 'dates'])\n"
        "\n"
        "def test_broken_story_is_not_consistent(consistency_check):\n"
        "    assert_consistent(consistency_check('stories/pentagon-2023-12-06-broken', checks=('language',)))\n",
        encoding="utf-8",
    )
    result = run_pytest(newsroom, "test_stories.py")
    assert "1 failed, 1 passed" in result.stdout, result.stdout
    assert "pentagon-2023-12-06-broken is not consistent: 1 error(s), at most 0 allowed" in result.stdout
    assert "ru (ru.txt:16)" in result.stdout


def test_a_failing_test_id_pasted_back_runs_that_test_alone(newsroom):
    result = run_pytest(newsroom, f"stories/{BROKEN}::language", "--consistency-checks", "language", "-v")
    assert result.returncode == 1, result.stdout + result.stderr
    assert f"stories/{BROKEN}::language FAILED" in result.stdout
    assert "1 failed, 6 deselected" in result.stdout
    assert CLEAN + "::" not in result.stdout
    unknown = run_pytest(newsroom, f"stories/{BROKEN}::spelling")
    assert unknown.returncode == 4 and "spelling is no check of a story" in unknown.stderr


def test_paths_on_the_command_line_choose_what_runs_over_the_ini(newsroom):
    (newsroom / "pytest.ini").write_text("[pytest]\nconsistency_stories = stories\nconsistency_checks = language\n")
    (newsroom / "test_util.py").write_text("def test_util():\n    assert True\n", encoding="utf-8")
    only_the_file = run_pytest(newsroom, "test_util.py")
    assert "1 passed" in only_the_file.stdout and "::language" not in only_the_file.stdout
    one_story = run_pytest(newsroom, f"stories/{CLEAN}", "-v")
    assert f"stories/{CLEAN}::language PASSED" in one_story.stdout and BROKEN not in one_story.stdout
    # the option replaces the ini's folders, as a command-line option does
    (newsroom / "other").mkdir()
    shutil.copytree(STORIES / CLEAN, newsroom / "other" / CLEAN)
    replaced = run_pytest(newsroom, "--consistency-stories", "other", "-v")
    assert f"other/{CLEAN}::language PASSED" in replaced.stdout and "stories/" not in replaced.stdout


def test_options_are_checked_once_before_collection_and_a_header_says_what_runs(newsroom):
    bad = run_pytest(newsroom, "--consistency-stories", "stories", "--consistency-checks", "language,spelling")
    assert bad.returncode == 4
    assert bad.stderr.count("unknown pipeline part(s) 'spelling'") == 1 and "Traceback" not in bad.stderr
    no_model = run_pytest(newsroom, "--consistency-stories", "stories", "--consistency-translator", "transformers",
                          "--consistency-model", "no-such-org/no-such-model")
    assert no_model.returncode == 4 and no_model.stderr.count("'no-such-org/no-such-model' is not available offline") == 1
    # the tests' own vocabulary names the part that runs them
    by_check = run_pytest(newsroom, "--consistency-stories", "stories", "--consistency-checks", "numbers", "-v")
    assert f"stories/{CLEAN}::numbers PASSED" in by_check.stdout, by_check.stdout + by_check.stderr
    assert "consistency: translator auto (pivot en), embeddings on, parts facts, cache " in by_check.stdout


def test_warnings_reach_the_junit_report(newsroom):
    result = run_pytest(newsroom, "--consistency-stories", "stories", "--consistency-no-embeddings",
                        "--junitxml", "report.xml")
    assert result.returncode == 1, result.stdout + result.stderr
    properties = [(p.get("name"), p.get("value")) for p in ET.parse(newsroom / "report.xml").getroot().iter("property")]
    warned = [value for name, value in properties if name == "consistency warnings"]
    assert warned and all("WARNING" in value for value in warned)


def test_an_expected_failure_that_names_its_difference_still_fails_on_a_new_one(newsroom):
    story = newsroom / "stories" / BROKEN
    with (story / "story.toml").open("a", encoding="utf-8") as toml:
        toml.write('\n[expected_failures]\nlanguage = { reason = "ru paragraph 5 awaits translation", edition = "ru", '
                   'contains = "According to the US Department of Defense" }\n')
    known = run_pytest(newsroom, "--consistency-stories", "stories", "--consistency-checks", "language", "-rxX")
    assert known.returncode == 0, known.stdout
    assert "XFAIL stories/pentagon-2023-12-06-broken::language - ru paragraph 5 awaits translation" in known.stdout
    # the same entry, accepting another difference than the one the story has: the story's error is new
    toml_text = (story / "story.toml").read_text(encoding="utf-8")
    (story / "story.toml").write_text(toml_text.replace("According to the US Department of Defense", "Pentagon said"),
                                      encoding="utf-8")
    new = run_pytest(newsroom, "--consistency-stories", "stories", "--consistency-checks", "language")
    assert new.returncode == 1
    assert "the language check found 1 error(s) that [expected_failures] in " in new.stdout
    assert "does not accept (ru paragraph 5 awaits translation (accepts: edition ru, 'Pentagon said'))" in new.stdout


def test_each_story_is_read_once(newsroom):
    (newsroom / "conftest.py").write_text(
        "import consistency.stages.load as load\n"
        "import consistency.pipeline as pipeline\n"
        "READ = []\n"
        "_load_story = load.load_story\n"
        "def load_story(folder, *args, **kwargs):\n"
        "    READ.append(str(folder))\n"
        "    return _load_story(folder, *args, **kwargs)\n"
        "load.load_story = pipeline.load_story = load_story\n"
        "def pytest_terminal_summary(terminalreporter):\n"
        "    terminalreporter.write_line(f'stories read: {len(READ)}')\n", encoding="utf-8")
    result = run_pytest(newsroom, "--consistency-stories", "stories", "--consistency-checks", "language")
    assert "stories read: 2" in result.stdout, result.stdout


# ---------------------------------------------------------------- in-process: the helpers themselves

def test_consistency_check_fixture_returns_the_report(consistency_check, broken_story):
    report = consistency_check(broken_story, checks=("language",))
    assert report.story == BROKEN
    assert [(f.check, f.edition, f.kind) for f in report.findings if f.severity == "error"] == [
        ("language", "ru", "foreign-paragraph")]
    assert consistency_check(broken_story, checks=("language",)) is report  # analysed once per session


def test_assert_consistent_counts_against_thresholds(consistency_check, broken_story):
    report = consistency_check(broken_story, checks=("language",))
    assert_consistent(report, max_errors=1)
    assert_consistent(report, checks=["numbers"])
    with pytest.raises(AssertionError, match=r"1 error\(s\), at most 0 allowed") as failure:
        assert_consistent(report, checks=["language"])
    assert "According to the US Department of Defense" in str(failure.value)
    with pytest.raises(ValueError, match="unknown check"):
        assert_consistent(report, checks=["spelling"])


def test_findings_table_puts_each_editions_span_side_by_side():
    finding = Finding(check="numbers", severity="error", edition="ru", kind="altered",
                      message="value altered: 157 млн долларов (ru) where en has $175 million",
                      evidence={"en": "$175 million", "ru": "157 млн долларов", "uk": "175 мільйонів доларів"},
                      spans={"en": (2086, 2098), "ru": (2102, 2118), "uk": (1862, 1883)})
    table = findings_table([finding], width=100).splitlines()
    assert table[0] == "ERROR numbers altered in [ru]: value altered: 157 млн долларов (ru) where en has $175 million"
    header = next(line for line in table if "chars 2102" in line)
    # the edition where the problem is seen comes first, the others beside it on the same row
    assert header.index("ru (chars 2102–2118)") < header.index("en (chars 2086–2098)") < header.index("uk (chars 1862–1883)")
    body = next(line for line in table[1:] if "157 млн" in line)
    assert "$175 million" in body and "175 мільйонів доларів" in body
    assert all(len(line) <= 100 for line in table)
