"""Feedback while it works: a bar where someone watches (a terminal, a notebook), a line for each slow
stage in a CI log, and nothing from the library unless asked."""

from __future__ import annotations

import io
import shutil
import sys

from consistency import progress
from consistency.entry.cli import main
from consistency.options import Options
from consistency.pipeline import Pipeline

FAST = ["--translator", "none", "--no-embeddings"]


def test_the_command_line_announces_each_slow_stage_in_a_ci_log(example_story, capsys, monkeypatch):
    monkeypatch.setattr(progress, "SLOW_STAGE_SECONDS", 0.0)  # every stage counts as slow
    assert main(["check", str(example_story), *FAST]) == 0
    err = capsys.readouterr().err.splitlines()
    assert "consistency: pentagon-2023-12-06: align…" in err
    assert err[-1].startswith("consistency: pentagon-2023-12-06: checked in ")


def test_a_quick_check_and_no_progress_say_nothing(example_story, capsys, monkeypatch):
    assert main(["check", str(example_story), *FAST]) == 0
    assert capsys.readouterr().err == ""  # no stage ran for two seconds
    monkeypatch.setattr(progress, "SLOW_STAGE_SECONDS", 0.0)
    assert main(["check", str(example_story), *FAST, "--no-progress"]) == 0
    assert capsys.readouterr().err == ""


def test_the_library_says_nothing_unless_asked(example_story, capsys, monkeypatch):
    monkeypatch.setattr(progress, "SLOW_STAGE_SECONDS", 0.0)
    Pipeline(Options(translator="none", embeddings=False)).run(example_story)
    assert capsys.readouterr().err == ""


def test_where_someone_watches_the_slow_steps_get_a_bar(monkeypatch):
    stream = io.StringIO()
    monkeypatch.setattr(sys, "stderr", stream)
    monkeypatch.setattr(progress, "watched", lambda: True)
    with progress.reporting(progress.resolve(None)):
        with progress.bar(40, "Embedding", "sentence") as shown:
            shown.update(40)
        with progress.bar(3, "Embedding", "sentence") as shown:  # too short to be worth a bar
            shown.update(3)
    assert stream.getvalue().count("Embedding") >= 1 and "/3 " not in stream.getvalue()
    assert progress.resolve(False) == progress.OFF


def test_check_all_without_a_terminal_says_how_far_it_is(example_story, tmp_path, capsys):
    archive = tmp_path / "archive"
    for name in ("a", "b"):
        shutil.copytree(example_story, archive / name)
    assert main(["check-all", str(archive), "-o", str(tmp_path / "results.jsonl"), *FAST]) == 0
    err = capsys.readouterr().err
    assert "consistency: checked 2/2 stories" in err
    assert "segment…" not in err  # the archive's line speaks for its stories
