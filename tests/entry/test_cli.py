"""`consistency check` as a CI job uses it: exit codes, the JSON contract, bad input, determinism."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from consistency.entry.cli import main

FAST = ["--translator", "none"]


def run_cli(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "consistency.entry.cli", *args], capture_output=True, text=True, env=env, timeout=600,
    )


def test_the_example_story_passes_and_says_mt_is_off(example_story, capsys):
    assert main(["check", str(example_story), *FAST]) == 0
    out = capsys.readouterr().out
    assert out.startswith("pentagon-2023-12-06: PASS")
    assert "MT is off" in out


def test_the_broken_story_fails_with_the_untranslated_paragraph(broken_story, tmp_path, capsys):
    output = tmp_path / "report.json"
    assert main(["check", str(broken_story), *FAST, "--output", str(output)]) == 1
    report = json.loads(output.read_text(encoding="utf-8"))
    assert report["schema"] == "consistency.report/2"
    assert report["verdict"] == "fail"
    language = [f for f in report["findings"] if f["check"] == "language" and f["severity"] == "error"]
    assert [f["edition"] for f in language] == ["ru"]
    assert language[0]["evidence"]["ru"].startswith("According to the US Department of Defense")
    assert "report written to" in capsys.readouterr().out


def test_the_json_report_keeps_its_contract(example_story, tmp_path):
    output = tmp_path / "r.json"
    main(["check", str(example_story), *FAST, "--format", "json", "--output", str(output)])
    report = json.loads(output.read_text(encoding="utf-8"))
    assert list(report)[:4] == ["schema", "story", "pivot", "verdict"]
    assert {"editions", "findings", "scores", "signature"} <= set(report)
    assert set(report["editions"]) == {"en", "en-dod", "ru", "uk"}
    for edition in report["editions"].values():
        assert {"file", "detected_language", "paragraphs", "sentences", "translator"} <= set(edition)
    for finding in report["findings"]:
        assert {"check", "severity", "edition", "message", "evidence"} <= set(finding)
        assert finding["check"] in {"language", "numbers", "dates", "entities", "omission", "addition", "semantic"}
        assert finding["severity"] in {"error", "warning", "info"}
    assert report["signature"]["tool"].startswith("consistency ")
    assert "thresholds" in report["signature"]


@pytest.mark.parametrize(
    "make_input, problem",
    [
        (lambda tmp: tmp / "missing", "no such story folder"),
        (lambda tmp: _story(tmp, {"uk.txt": "Привіт, світе! Це українське видання новини."}), "at least two editions"),
        (lambda tmp: _story(tmp, {"uk.txt": "", "en.txt": "An English edition of the story."}), "uk.txt: edition is empty"),
        (lambda tmp: _story(tmp, {"xx.txt": "Text.", "en.txt": "An English edition."}), "unknown language code 'xx'"),
        (lambda tmp: _story(tmp, {"uk.txt": b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" * 50, "en.txt": "Text of the story."}), "not a text file"),
    ],
)
def test_bad_input_is_one_line_exit_2_and_nothing_written(tmp_path, make_input, problem):
    story = make_input(tmp_path)
    output = tmp_path / "out.json"
    result = run_cli("check", str(story), *FAST, "--output", str(output))
    assert result.returncode == 2
    assert problem in result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not output.exists() and not list(tmp_path.glob(".out.json.*"))


def test_usage_errors_exit_2():
    assert run_cli("check").returncode == 2
    assert run_cli("check", ".", "--format", "pdf").returncode == 2


def test_the_same_story_gives_the_same_bytes_across_processes_and_hash_seeds(broken_story, tmp_path):
    reports = []
    for seed in ("0", "1", "12345"):
        output = tmp_path / f"r{seed}.json"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        result = run_cli("check", str(broken_story), "--translator", "none", "--output", str(output), env=env)
        assert result.returncode == 1, result.stderr
        reports.append(output.read_bytes())
    assert reports[0] == reports[1] == reports[2]


def _story(tmp: Path, files: dict) -> Path:
    folder = tmp / "story"
    folder.mkdir()
    for name, content in files.items():
        (folder / name).write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return folder


def test_the_version_is_the_installed_package_version(capsys):
    from importlib import metadata

    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.strip() == f"consistency {metadata.version('consistency')}"


def test_info_findings_are_counted_by_default_and_listed_with_verbose(example_story, capsys):
    main(["check", str(example_story), *FAST, "--no-embeddings"])
    quiet = capsys.readouterr().out
    main(["check", str(example_story), *FAST, "--no-embeddings", "-v"])
    verbose = capsys.readouterr().out
    infos = int(quiet.splitlines()[0].rsplit(", ", 1)[1].split()[0])  # "... 40 info"
    assert infos > 0 and f"{infos} info finding(s) not shown: -v shows them" in quiet
    assert "· info" not in quiet
    assert sum(line.startswith("· info") for line in verbose.splitlines()) == infos
    assert "not shown" not in verbose
