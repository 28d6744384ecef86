"""Every finding says where it stands in the files a person opens (file and line), in every renderer,
in the JSON report and as GitHub annotations, whatever the loader took out before reading."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from consistency.entry.cli import main
from consistency.options import Options
from consistency.pipeline import Pipeline
from consistency.report import render
from consistency.report.github import github_commands
from consistency.stages.load import load_story, normalise
from consistency.stages.load.lines import file_lines


@pytest.fixture(scope="module")
def broken_run(broken_story):
    return Pipeline(Options(translator="none", embeddings=False)).run(broken_story)


def file_text(path: Path, lines: tuple[int, int]) -> str:
    written = path.read_text(encoding="utf-8").split("\n")
    return normalise(" ".join(written[lines[0] - 1: lines[1]]))  # apostrophes and spaces as the loader reads them


def test_each_span_of_each_finding_is_on_the_file_lines_it_names(broken_run):
    report, story = broken_run.report, broken_run.analysis.story
    assert report.findings
    for finding in report.findings:
        assert set(finding.lines) == set(finding.spans) & set(story.editions)
        for key, lines in finding.lines.items():
            said = " ".join(finding.evidence[key].split())[:30].rstrip("…")
            assert said in " ".join(file_text(story.editions[key].path, lines).split()), (finding.message, key, lines)


def test_lines_skip_page_furniture_blank_runs_and_markup(tmp_path):
    story = tmp_path / "story"
    story.mkdir()
    (story / "en.txt").write_text("Skip to main content\n\n\n\nKyiv gets 12 new buses.\n\nPhoto: Reuters\n\n"
                                  "The city paid $5 million.\n", encoding="utf-8")
    (story / "uk.md").write_text("# Київ отримав 12 нових автобусів\n\n\n* Місто заплатило **7 млн доларів**.\n",
                                 encoding="utf-8")
    report = Pipeline(Options(translator="none", embeddings=False, checks=("facts",))).run(story).report
    altered = next(f for f in report.findings if f.kind == "altered")
    assert altered.lines == {"en": (9, 9), "uk": (4, 4)}


def test_an_html_file_gives_the_line_its_paragraph_starts_on():
    written = ('<html><body>\n<nav>Menu</nav>\n<p>First paragraph of the story,\nwrapped by the CMS.</p>\n'
               '<p>The second paragraph of the story.</p><p>The third paragraph, on the same line.</p>\n</body></html>\n')
    loaded = ("First paragraph of the story, wrapped by the CMS.\n\nThe second paragraph of the story.\n\n"
              "The third paragraph, on the same line.")
    # the third paragraph shares the second one's line
    assert file_lines(written, loaded) == (3, 4, 5, 6, 5)


def test_a_short_line_is_found_only_as_itself_and_a_link_reads_as_its_text():
    written = "[AP](https://ap.org) повідомило.\n\nФонд виплатив 157 млн.\n\nПосадовці сказали: AP повідомило так.\n"
    loaded = "AP повідомило.\n\nФонд виплатив 157 млн.\n\nПосадовці сказали: AP повідомило так."
    assert file_lines(written, loaded) == (1, 2, 3, 4, 5)


def test_the_json_report_carries_file_and_line(broken_run):
    data = json.loads(render(broken_run.report, "json"))
    date = next(f for f in data["findings"] if f["check"] == "dates" and f["severity"] == "error")
    assert date["locations"]["ru"] == {"file": "ru.txt", "line": 32, "end_line": 32}


def test_text_and_markdown_name_file_and_line(broken_run):
    text = render(broken_run.report, "text")
    assert re.search(r"ru ru\.txt:32 +157 млн долларов", text)
    markdown = render(broken_run.report, "markdown")
    assert "**ru.txt:32** · en.txt:32 · uk.txt:30" in markdown


def test_github_format_annotates_the_story_files_once_a_finding(broken_run, broken_story, monkeypatch):
    monkeypatch.chdir(broken_story.parent.parent.parent.parent)  # the repository root, as in a workflow
    commands = github_commands(broken_run.report, broken_run.analysis.story.path)
    errors = [c for c in commands if c.startswith("::error ")]
    assert len(errors) == broken_run.report.counts["error"]
    numbers = next(c for c in errors if "numbers" in c)
    assert numbers.startswith("::error file=tests/fixtures/stories/pentagon-2023-12-06-broken/ru.txt,line=32,"
                              "title=consistency%3A numbers altered::pentagon-2023-12-06-broken: value altered: 157")
    # a source's figure no edition retells is one annotation, not one per edition
    missing = [c for c in commands if "52nd" in c]
    assert len(missing) == 1 and "is not in en, ru or uk" in missing[0]
    assert all("\n" not in c for c in commands)


def test_github_format_from_the_command_line(broken_story, tmp_path, capsys, monkeypatch):
    story = tmp_path / "stories" / "broken"
    shutil.copytree(broken_story, story)
    monkeypatch.chdir(tmp_path)
    assert main(["check", "stories/broken", "--format", "github", "--translator", "none", "--no-embeddings"]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("::error file=stories/broken/en.txt,line=32,")
    assert out[-1].startswith("broken: FAIL")


def test_a_message_cannot_break_out_of_its_workflow_command():
    from consistency.model import Finding, Report

    hostile = Finding("numbers", "error", "uk", "50%\n::error::forged", evidence={"uk": "x"}, spans={"uk": (0, 1)},
                      lines={"uk": (3, 3)})
    report = Report(story="s", pivot="en", editions={"uk": {"file": "a,b:c.txt"}}, findings=(hostile,), scores={},
                    signature={})
    (command,) = github_commands(report)
    assert command == "::error file=a%2Cb%3Ac.txt,line=3,title=consistency%3A numbers::s: 50%25%0A::error::forged"


def test_loading_keeps_the_line_map(broken_story):
    story = load_story(broken_story)
    dod = story.editions["en-dod"]
    assert dod.stripped_lines and dod.file_lines[0] > 1  # the page's banner lines come first in the file
