"""A suggested fix for each altered figure and date that the other editions agree on, written as the odd
edition writes it, in every renderer, and as a patch of the edition files that makes the story pass."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from consistency.entry.cli import main
from consistency.options import Options
from consistency.pipeline import Pipeline
from consistency.report import render

FACTS_ONLY = Options(translator="none", embeddings=False, checks=("facts",))


def story(tmp_path: Path, toml: str = "", **editions: str) -> Path:
    folder = tmp_path / "story"
    folder.mkdir(parents=True)
    for lang, text in editions.items():
        (folder / f"{lang}.txt").write_text(text, encoding="utf-8")
    if toml:
        (folder / "story.toml").write_text(toml, encoding="utf-8")
    return folder


def suggestions(folder: Path) -> list[tuple[str, str, str]]:
    report = Pipeline(FACTS_ONLY).run(folder).report
    return [(f.edition, f.evidence[f.edition], f.suggestion) for f in report.findings if f.suggestion]


def test_the_broken_example_gets_the_agreed_figure_and_date_in_the_odd_editions_words(broken_story):
    assert sorted(suggestions(broken_story)) == [("en", "December 5", "December 6"),
                                                 ("ru", "157 млн долларов", "175 млн долларов")]


def test_a_decimal_comma_and_a_month_in_its_case_are_kept(tmp_path):
    folder = story(tmp_path,
                   en="The fund paid $44.7 billion by December 6.",
                   uk="Фонд виплатив 44,2 млрд доларів до 6 листопада.",
                   ru="Фонд выплатил 44,7 млрд долларов до 6 декабря.")
    assert sorted(suggestions(folder)) == [("uk", "44,2 млрд доларів", "44,7 млрд доларів"),
                                           ("uk", "6 листопада.", "6 грудня.")]


def test_an_english_figure_keeps_its_full_stop_and_its_thousands_comma(tmp_path):
    folder = story(tmp_path,
                   en="The fund paid $1,244.2 million, or $4.5 per share.",
                   uk="Фонд виплатив 1 244,7 млн доларів, або 4,5 долара на акцію.",
                   ru="Фонд выплатил 1 244,7 млн долларов, или 4,5 доллара на акцию.")
    assert suggestions(folder) == [("en", "$1,244.2 million", "$1,244.7 million")]


def test_a_wrong_scale_word_gets_the_agreed_one_in_the_same_form(tmp_path):
    folder = story(tmp_path,
                   en="The fund paid $175 million in March.",
                   uk="Фонд виплатив 175 мільярдів доларів у квітні.",
                   ru="Фонд выплатил 175 млн долларов в марте.")
    # the word, not "0,175 мільярда"; a month in the locative stays locative
    assert sorted(suggestions(folder)) == [("uk", "175 мільярдів доларів", "175 мільйонів доларів"),
                                           ("uk", "квітні", "березні")]


def test_no_suggestion_without_a_majority_unless_one_edition_is_the_original(tmp_path):
    two = dict(en="The fund paid $175 million.", uk="Фонд виплатив 157 млн доларів.")
    assert suggestions(story(tmp_path / "a", **two)) == []
    with_original = story(tmp_path / "b", toml='original = "en"\n', **two)
    assert suggestions(with_original) == [("uk", "157 млн доларів", "175 млн доларів")]


def test_every_renderer_and_the_json_carry_the_suggestion(broken_story):
    report = Pipeline(Options(translator="none", embeddings=False)).run(broken_story).report
    data = json.loads(render(report, "json"))
    assert {f["suggestion"] for f in data["findings"] if f["check"] == "numbers" and f["severity"] == "error"} == {
        "175 млн долларов"}
    assert "suggested fix in ru: 157 млн долларов → 175 млн долларов" in render(report, "text")
    assert "suggested fix: `157 млн долларов` → `175 млн долларов`" in render(report, "markdown")
    assert "<del>157 млн долларов</del> → <ins>175 млн долларов</ins>" in render(report, "html")
    assert "Suggested fix: 157 млн долларов → 175 млн долларов" in render(report, "github")


@pytest.mark.skipif(shutil.which("git") is None, reason="git applies the patch")
def test_the_suggested_patch_applied_makes_numbers_and_dates_pass(broken_story, tmp_path, monkeypatch, capsys):
    shutil.copytree(broken_story, tmp_path / "stories" / "broken")
    monkeypatch.chdir(tmp_path)
    assert main(["check", "stories/broken", "--suggest-patch", "--translator", "none", "--no-embeddings"]) == 1
    captured = capsys.readouterr()
    patch = captured.out
    assert patch.startswith("--- a/stories/broken/en.txt\n+++ b/stories/broken/en.txt\n")
    assert "-Вчера, 6 декабря" in patch and "на сумму 175 млн долларов." in patch
    assert "2 suggested fix(es) in the patch" in captured.err
    (tmp_path / "fix.patch").write_text(patch, encoding="utf-8")
    subprocess.run(["git", "apply", "fix.patch"], cwd=tmp_path, check=True, capture_output=True)
    assert main(["check", "stories/broken", "--checks", "numbers,dates", "--translator", "none", "--no-embeddings"]) == 0


def test_a_fix_keeps_the_file_as_written_around_it(tmp_path, monkeypatch, capsys):
    # a no-break space inside the figure, a line of page furniture above, no newline at the end
    folder = story(tmp_path,
                   en="The fund paid $175 million.\n",
                   ru="Фонд выплатил 175 млн долларов.\n",
                   uk="Поділитися\n\nФонд виплатив 157\u00a0млн доларів.")
    monkeypatch.chdir(tmp_path)
    assert main(["check", "story", "--suggest-patch", "--translator", "none", "--no-embeddings"]) == 1
    patch = capsys.readouterr().out
    assert patch.endswith("-Фонд виплатив 157\u00a0млн доларів.\n\\ No newline at end of file\n"
                          "+Фонд виплатив 175\u00a0млн доларів.\n\\ No newline at end of file\n")
    (tmp_path / "fix.patch").write_text(patch, encoding="utf-8")
    subprocess.run(["git", "apply", "fix.patch"], cwd=tmp_path, check=True, capture_output=True)
    assert (folder / "uk.txt").read_text(encoding="utf-8") == "Поділитися\n\nФонд виплатив 175\u00a0млн доларів."


def test_suggest_patch_refuses_output(broken_story, tmp_path, capsys):
    assert main(["check", str(broken_story), "--suggest-patch", "-o", str(tmp_path / "r.json")]) == 2
    assert "--suggest-patch prints the diff on standard output" in capsys.readouterr().err


@pytest.mark.parametrize("newline, bom", [("\r\n", ""), ("\n", "\ufeff")], ids=["crlf", "utf-8-bom"])
def test_a_patch_applies_to_files_with_crlf_or_a_bom(tmp_path, monkeypatch, capsys, newline, bom):
    folder = tmp_path / "story"
    folder.mkdir()
    (folder / "en.txt").write_text("The fund paid $175 million.\n", encoding="utf-8")
    (folder / "ru.txt").write_text("Фонд выплатил 175 млн долларов.\n", encoding="utf-8")
    written = bom + newline.join(["Заголовок", "", "Фонд виплатив 157 млн доларів.", ""])
    (folder / "uk.txt").write_bytes(written.encode("utf-8"))
    monkeypatch.chdir(tmp_path)
    assert main(["check", "story", "--suggest-patch", "--translator", "none", "--no-embeddings"]) == 1
    (tmp_path / "fix.patch").write_bytes(capsys.readouterr().out.encode("utf-8"))
    subprocess.run(["git", "apply", "fix.patch"], cwd=tmp_path, check=True, capture_output=True)
    assert (folder / "uk.txt").read_bytes() == written.replace("157", "175").encode("utf-8")
