"""Inputs that used to hang `consistency check` ("Safe in a newsroom's CI", item 4), through the CLI as a
newsroom's CI runs it: each finishes well inside a hang guard, either checked (exit 0 or 1, a report) or
refused (exit 2, one stderr line naming the file and the documented limit), never a traceback.

    b  1 MB of space-grouped digits ("1 234 567 …") on one line        checked (linear in the line)
    c  a 2 MB line without punctuation                                 checked (pysbd cut in pieces)
    d  a 5 MB real text (NTREX-128 Ukrainian lines, repeated)          refused: segment.MAX_SENTENCES
    cap  MAX_SENTENCES + 1 short sentences                             refused: segment.MAX_SENTENCES
    f1 a locale file's chrome pattern `^(a+)+$` on 40 "a"s and a "!"   checked (the regex engine copes)
    f2 a locale file's chrome pattern `^(a|aa)+$`, the same line       refused: chrome.CHROME_PATTERN_SECONDS
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

import pytest

from consistency.stages.load.chrome import CHROME_PATTERN_SECONDS
from consistency.stages.segment import MAX_SENTENCES
from support.story_cli import EN, NO_EMBEDDINGS, NO_MT, RU, UK, CliRun, one_line_error, run_all, run_cli, write_story

NTREX_UK = Path(__file__).parents[3] / "shared" / "data" / "ntrex128" / "newstest2019-ref.ukr.txt"
FIXTURE_LOCALES = Path(__file__).parents[1] / "fixtures" / "locales"
GUARD_SECONDS = 60  # per run: a hang, not a slow machine (the slowest, c, takes some 17 s alone on a 2-core machine)
FORTY_AS = "a" * 40 + "!"


def _digits() -> str:
    r = random.Random(4)
    groups, size = [], 0
    while size < 1_000_000:
        groups.append(f"{r.randint(1, 999)} {r.randint(0, 999):03d} {r.randint(0, 999):03d}")
        size += len(groups[-1]) + 1
    return "Числа " + " ".join(groups) + "."


def _unpunctuated() -> str:
    r = random.Random(5)
    words = "the defence minister met a colleague in kyiv and discussed a new aid package".split()
    return " ".join(r.choice(words) for _ in range(400_000))[:2_000_000]


def _real_text() -> str:
    if NTREX_UK.is_file():
        lines = NTREX_UK.read_text(encoding="utf-8").splitlines()
    else:  # the data set is not everywhere; the splitter sees ordinary sentences either way
        lines = [s + "." for s in UK.replace("\n\n", " ").split(". ")]
    out, size = [], 0
    while size < 5_000_000:
        out.append(lines[len(out) % len(lines)])
        size += len(out[-1].encode("utf-8")) + 1
    return "\n".join(out)


def _locale_folder(root: Path, pattern: str) -> Path:
    folder = root / "locales"
    folder.mkdir(parents=True)
    text = (FIXTURE_LOCALES / "pl.toml").read_text(encoding="utf-8")
    assert text.count("\nlines = [") == 1  # [chrome] lines (credit_lines is the other)
    (folder / "pl.toml").write_text(text.replace("\nlines = [", f"\nlines = [\n  '{pattern}',", 1), encoding="utf-8")
    return folder


@dataclass(frozen=True)
class Case:
    editions: dict[str, str]
    refused: str | None  # the text the one error line must hold (file and limit), or None: checked
    file: str = "uk.txt"  # the file the error line names
    pattern: str | None = None  # a chrome.lines pattern added in a CONSISTENCY_LOCALES folder


CASES: dict[str, Case] = {
    "b-digits": Case({"uk.txt": _digits(), "en.txt": EN, "ru.txt": RU}, None),
    "c-unpunctuated-line": Case({"uk.txt": UK, "en.txt": _unpunctuated(), "ru.txt": RU}, None),
    "d-real-text-5mb": Case({"uk.txt": _real_text(), "en.txt": EN, "ru.txt": RU},
                            f"more than {MAX_SENTENCES:,} sentences"),
    "sentence-cap": Case({"uk.txt": UK, "en.txt": "One line. " * (MAX_SENTENCES + 1), "ru.txt": RU},
                         f"more than {MAX_SENTENCES:,} sentences", file="en.txt"),
    "f1-nested-plus": Case({"uk.txt": UK + "\n\n" + FORTY_AS, "en.txt": EN, "ru.txt": RU}, None,
                           pattern="^(a+)+$"),
    "f2-catastrophic": Case({"uk.txt": UK + "\n\n" + FORTY_AS, "en.txt": EN, "ru.txt": RU},
                            f"took longer than {CHROME_PATTERN_SECONDS:g} s", file="pl.toml", pattern="^(a|aa)+$"),
}


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, CliRun]:
    root = tmp_path_factory.mktemp("huge")
    jobs = {}
    for name, case in CASES.items():
        story = write_story(root / name / "story", case.editions)
        env = {"CONSISTENCY_LOCALES": str(_locale_folder(root / name, case.pattern))} if case.pattern else {}
        jobs[name] = lambda story=story, name=name, env=env: run_cli(
            ["check", str(story), *NO_MT, *NO_EMBEDDINGS], cache_dir=root / name / "cache",
            report=root / name / "report.json", env=env, timeout=GUARD_SECONDS * 2)
    return run_all(jobs, workers=2)


@pytest.mark.parametrize("name", sorted(CASES))
def test_a_huge_input_is_checked_or_refused_with_its_limit(runs: dict[str, CliRun], name: str) -> None:
    case, run = CASES[name], runs[name]
    assert run.seconds < GUARD_SECONDS, (name, run.seconds)
    assert "Traceback" not in run.stderr, run.describe()
    if case.refused is None:
        assert run.returncode in (0, 1), run.describe()
        assert run.report["editions"], run.describe()
    else:
        line = one_line_error(run)
        assert f"{case.file}:" in line and case.refused in line, line
        assert run.report_bytes is None, "a refused story must not write a report"


def test_the_catastrophic_pattern_is_named_with_its_locale_file(runs: dict[str, CliRun]) -> None:
    line = one_line_error(runs["f2-catastrophic"])
    assert "locales/pl.toml: chrome.lines pattern '^(a|aa)+$'" in line and "simplify it" in line, line


def test_the_cases_and_their_outcomes_are_counted(runs: dict[str, CliRun]) -> None:
    outcomes = {name: "refused" if run.returncode == 2 else "checked" for name, run in runs.items()}
    assert sorted(outcomes.values()).count("refused") == sum(1 for c in CASES.values() if c.refused)
    assert len(outcomes) == 6, outcomes
