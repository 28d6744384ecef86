"""`consistency check-all`: a whole archive, in parallel, resumable, one bad story never stops the run."""

import json
import os
import shutil
import time

import pytest

from consistency.entry.cli import main

FAST = ["--translator", "none", "--no-embeddings", "--no-progress"]


@pytest.fixture
def archive(tmp_path, example_story, broken_story):
    root = tmp_path / "archive"
    shutil.copytree(example_story, root / "2023" / "pentagon")
    shutil.copytree(broken_story, root / "2023" / "pentagon-broken")
    lonely = root / "2024" / "lonely"
    lonely.mkdir(parents=True)
    (lonely / "uk.txt").write_text("Лише одне видання цієї новини.", encoding="utf-8")
    return root


def summary_figures(out: str) -> dict[str, str]:
    """The summary table as {label: value}."""
    rows = [line.rsplit(None, 1) for line in out.splitlines() if not line.startswith("results:")]
    return {label.strip(): value for label, value in rows}


def results(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_every_story_gets_a_line_and_a_bad_story_does_not_stop_the_run(archive, tmp_path, capsys):
    output = tmp_path / "results.jsonl"
    assert main(["check-all", str(archive), "--output", str(output), *FAST]) == 1
    lines = results(output)
    assert [(r["story"], r["verdict"]) for r in lines] == [
        ("2023/pentagon", "pass"), ("2023/pentagon-broken", "fail"), ("2024/lonely", "error")]
    assert "at least two editions" in lines[2]["error"]
    assert lines[1]["report"]["schema"] == "consistency.report/2"
    summary = capsys.readouterr().out
    assert "stories found" in summary and "fail" in summary and "stories per minute" in summary
    # the failing story is named with the checks that failed it, the bad one with its problem
    failed = next(line for line in summary.splitlines() if line.startswith("failed: "))
    assert failed.startswith("failed: 2023/pentagon-broken (") and "numbers" in failed
    assert any(line.startswith("bad input / error: 2024/lonely") for line in summary.splitlines())


def test_a_rerun_skips_stories_that_are_up_to_date_and_rechecks_changed_ones(archive, tmp_path, capsys):
    output = tmp_path / "results.jsonl"
    main(["check-all", str(archive), "--output", str(output), *FAST])
    first = output.read_bytes()
    capsys.readouterr()
    main(["check-all", str(archive), "--output", str(output), *FAST])
    figures = summary_figures(capsys.readouterr().out)
    assert (figures["up to date, skipped"], figures["checked now"]) == ("3", "0")
    assert output.read_bytes() == first
    edited = archive / "2023" / "pentagon" / "en.txt"
    later = time.time() + 5
    os.utime(edited, (later, later))
    main(["check-all", str(archive), "--output", str(output), *FAST])
    figures = summary_figures(capsys.readouterr().out)
    assert (figures["up to date, skipped"], figures["checked now"]) == ("2", "1")


def test_two_jobs_write_the_same_results_as_one(archive, tmp_path):
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    main(["check-all", str(archive), "--output", str(one), *FAST])
    main(["check-all", str(archive), "--output", str(two), "--jobs", "2", *FAST])
    assert one.read_bytes() == two.read_bytes()


def test_a_line_cut_short_by_an_interruption_is_checked_again(archive, tmp_path):
    output = tmp_path / "results.jsonl"
    main(["check-all", str(archive), "--output", str(output), *FAST])
    complete = output.read_bytes()
    lines = complete.decode().splitlines(keepends=True)
    output.write_text(lines[0] + lines[1][: len(lines[1]) // 2], encoding="utf-8")
    main(["check-all", str(archive), "--output", str(output), *FAST])
    assert output.read_bytes() == complete


def test_a_missing_archive_is_bad_input(tmp_path, capsys):
    assert main(["check-all", str(tmp_path / "nowhere"), "--output", str(tmp_path / "r.jsonl"), *FAST]) == 2
    assert "no such archive folder" in capsys.readouterr().err


@pytest.mark.parametrize("options, problem", [
    (["--address", "auto"], "--address, --embedding-actors, --translation-actors and --gpus-per-actor are options"),
    (["--engine", "ray", "--embedding-actors", "0"], "--embedding-actors must be at least 1"),
    (["--engine", "ray", "--jobs", "0"], "--jobs must be at least 1"),
    (["--engine", "ray", "--device", "cuda"], "--device cuda: on Ray the models run in actors"),
])
def test_ray_options_out_of_place_are_bad_input_before_anything_runs(archive, tmp_path, capsys, options, problem):
    output = tmp_path / "r.jsonl"
    assert main(["check-all", str(archive), "--output", str(output), *FAST, *options]) == 2
    assert problem in capsys.readouterr().err
    assert not output.exists()
