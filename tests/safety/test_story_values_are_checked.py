"""Every value a story brings is checked before it steers a run: story.toml values of the wrong type, TOML
nested thousands deep, thresholds that are nan, infinite or outside the range where the check still means
something, a pivot no locale knows, an edition mixing UTF-8 with cp1251. Each is refused as one line naming
the file (or the option) and the problem, exit 2, with nothing written; and a relative day at the calendar's
ends ("yesterday" of 0001-01-01) is no date rather than a crash.

The refusals run the real CLI (`consistency check`), side by side."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from pathlib import Path

import pytest

from support.story_cli import EN, RU, UK, CliRun, folder_digest, one_line_error, run_all, run_cli, write_story

STORY_ARGS = ("--translator", "none", "--no-embeddings")
EDITIONS = {"uk.txt": UK, "en.txt": EN, "ru.txt": RU}


@dataclass
class Case:
    """A story folder of `files` (the three editions unless replaced), and what the refusal must say: the
    file it names (None for an option) and a phrase of the problem."""

    files: dict[str, str | bytes]
    names: str | None
    problem: str
    args: tuple[str, ...] = STORY_ARGS


def toml(text: str, problem: str) -> Case:
    return Case({**EDITIONS, "story.toml": text}, "story.toml", problem)


WRONG_TYPES = {
    "file-is-a-number": toml('[editions.en]\nfile = 5\n',
                             '[editions.en] file = 5 is a number; it must be text in quotes (file = "uk.txt")'),
    "file-is-a-table": toml('[editions.en]\nfile = {name = "en.txt"}\n', "[editions.en] file = {'name': 'en.txt'} is a table"),
    "file-is-empty": toml('[editions.en]\nfile = ""\n', '[editions.en] needs file = "..."'),
    "file-holds-a-newline": toml('[editions.en]\nfile = "en.txt\\n/etc/passwd"\n', "holds a control character"),
    "file-holds-a-nul": toml('[editions.en]\nfile = "en.txt\\u0000"\n', "holds a control character"),
    "lang-is-a-number": toml('[editions.en]\nfile = "en.txt"\nlang = 3\n', "[editions.en] lang = 3 is a number"),
    "lang-is-unknown": toml('[editions.en]\nfile = "en.txt"\nlang = "zz"\n', "[editions.en] has unknown lang 'zz'"),
    "role-is-a-list": toml('[editions.en]\nfile = "en.txt"\nrole = []\n', "[editions.en] role = [] is a list"),
    "role-is-unknown": toml('[editions.en]\nfile = "en.txt"\nrole = "boss"\n', 'role must be "edition" or "source"'),
    "edition-key-is-a-typo": toml('[editions.en]\nfiel = "en.txt"\n', "[editions.en] has unknown key(s) fiel"),
    "editions-is-a-number": toml("editions = 5\n", "[editions.<key>] entries must be tables"),
    "reference-is-a-list": toml('reference = ["en"]\n', "reference = ['en'] is a list; it must be text in quotes"),
    "reference-names-no-edition": toml('reference = "de"\n', "reference = 'de' names no edition"),
    "title-is-a-number": toml("title = 5\n", "title = 5 is a number; it must be text in quotes"),
    "title-is-true": toml("title = true\n", "title = true is true/false; it must be text in quotes"),
    "original-is-a-number": toml("original = 1\n", "original = 1 is a number"),
    "original-is-unknown": toml('original = "klingon"\n', "original = 'klingon' is not a known language (known: en"),
    "published-is-a-word": toml('published = "yesterday"\n', "published = 'yesterday' is not a date (write published = 2023-12-07)"),
    "published-is-a-number": toml("published = 5\n", "published = 5 is not a date"),
    "published-is-a-time": toml("published = 07:32:00\n", "published = 07:32:00 is not a date"),
    "date-is-a-list": toml("date = [2023, 12, 7]\n", "date = [2023, 12, 7] is not a date"),
    "thresholds-is-a-number": toml("thresholds = 5\n", "[thresholds] must be a table of numbers"),
    "threshold-is-text": toml("[thresholds]\nsemantic_z = 'high'\n", "threshold semantic_z = 'high' is not a number"),
    "threshold-is-true": toml("[thresholds]\nsemantic_z = true\n", "threshold semantic_z = true is not a number"),
    "nested-5000-deep-arrays": toml("title = " + "[" * 5000 + "]" * 5000 + "\n", "malformed TOML: nested too deep"),
    "nested-5000-deep-tables": toml("title = " + "{a = " * 5000 + "1" + "}" * 5000 + "\n", "malformed TOML: nested too deep"),
    "nested-5000-deep-value-of-file": toml("[editions.en]\nfile." + "a." * 5000 + "b = 1\n",
                                           "[editions.en] file = {'a': {'a': {'a': {'a': {'a': {'a': {...}}}}}}} is a table"),
    "integer-of-5000-digits": toml("[thresholds]\nsemantic_z = " + "9" * 5000 + "\n",
                                   "malformed TOML: a whole number of thousands of digits"),
}
THRESHOLDS = {
    "confidence-above-one": toml("[thresholds]\nforeign_paragraph_confidence = 2.0\n",
                                 "[thresholds] foreign_paragraph_confidence = 2.0 is outside [0, 1]"),
    "confidence-nan": toml("[thresholds]\nforeign_paragraph_confidence = nan\n",
                           "foreign_paragraph_confidence = nan is not a finite number; write a number in [0, 1]"),
    "confidence-negative": toml("[thresholds]\nforeign_paragraph_confidence = -0.5\n",
                                "foreign_paragraph_confidence = -0.5 is outside [0, 1]"),
    "semantic-z-zero": toml("[thresholds]\nsemantic_z = 0\n", "semantic_z = 0 is outside (0, 100]"),
    "semantic-z-negative": toml("[thresholds]\nsemantic_z = -4.5\n", "semantic_z = -4.5 is outside (0, 100]"),
    "semantic-z-inf": toml("[thresholds]\nsemantic_z = inf\n", "semantic_z = inf is not a finite number"),
    "semantic-z-overflowing-float": toml("[thresholds]\nsemantic_z = 1e400\n", "semantic_z = inf is not a finite number"),
    "semantic-z-huge": toml("[thresholds]\nsemantic_z = 1e300\n", "semantic_z = 1e+300 is outside (0, 100]"),
    "semantic-z-400-digits": toml("[thresholds]\nsemantic_z = " + "1" + "0" * 400 + "\n", "semantic_z = 1000"),
    "omission-support-negative-inf": toml("[thresholds]\nomission_support = -inf\n",
                                          "omission_support = -inf is not a finite number; write a number in [0, 1]"),
    "omission-support-above-one": toml("[thresholds]\nomission_support = 1.5\n", "omission_support = 1.5 is outside [0, 1]"),
    "rounding-tolerance-whole": toml("[thresholds]\nrounding_tolerance = 1\n", "rounding_tolerance = 1 is outside [0, 0.5]"),
    "conversion-tolerance-nan": toml("[thresholds]\nconversion_tolerance = nan\n",
                                     "conversion_tolerance = nan is not a finite number; write a number in [0, 0.5]"),
}
MIXED = UK.encode() + "\n\nКиїв отримає новий пакет допомоги.\n".encode("cp1251")
ENCODINGS = {
    "utf-8-then-cp1251": Case({**EDITIONS, "uk.txt": MIXED}, "uk.txt",
                              f"mixes encodings: valid UTF-8 up to byte {len(UK.encode()) + 2} (line 5), then "),
    "utf-8-then-koi8-u": Case({**EDITIONS, "ru.txt": RU.encode() + "\nКиев получит помощь.\n".encode("koi8-u")}, "ru.txt",
                              f"mixes encodings: valid UTF-8 up to byte {len(RU.encode()) + 1}"),
    "utf-8-with-one-cp1251-word": Case({**EDITIONS, "uk.txt": UK.encode().replace("Київ".encode(), "Київ".encode("cp1251"))},
                                       "uk.txt", "save it in one encoding"),
}
PIVOTS = {
    "pivot-unknown": Case(EDITIONS, None, "pivot 'zz' is not a language with rules (known: en, ", (*STORY_ARGS, "--pivot", "zz")),
    "pivot-a-path": Case(EDITIONS, None, "pivot '../..' is not a language code", (*STORY_ARGS, "--pivot", "../..")),
    "pivot-empty": Case(EDITIONS, None, "pivot '' is not a language code", (*STORY_ARGS, "--pivot", "")),
}
REFUSED = {**WRONG_TYPES, **THRESHOLDS, **ENCODINGS, **PIVOTS}

CALENDAR_ENDS = {  # story -> files: each runs to a verdict (exit 0 or 1), no crash
    f"{edge}-{words}": {
        "uk.txt": UK + f"\n\n{uk_word} міністр повернеться до Києва.",
        "en.txt": EN + f"\n\n{en_word} the secretary will return to Kyiv.",
        "ru.txt": RU,
        "story.toml": f"published = {day}\n",
    }
    for edge, day in (("first-day", "0001-01-01"), ("last-day", "9999-12-31"))
    for words, uk_word, en_word in (("yesterday", "Вчора", "Yesterday"), ("tomorrow", "Завтра", "Tomorrow"))
}
ACCEPTED = {
    **CALENDAR_ENDS,
    "thresholds-at-their-bounds": {**EDITIONS, "story.toml": "[thresholds]\nforeign_paragraph_confidence = 1\n"
                                   "semantic_z = 100\nomission_support = 0\nrounding_tolerance = 0.5\n"
                                   "conversion_tolerance = 0\n"},
    "every-value-well-typed": {**EDITIONS, "story.toml": 'title = "Austin meets Umerov"\npublished = 2023-12-06\n'
                               'original = "ua"\nreference = "en"\n[editions.en]\nfile = "en.txt"\nlang = "EN"\n'
                               'role = "edition"\n'},
    "whole-file-cp1251": {**EDITIONS, "uk.txt": UK.encode("cp1251")},
    "pivot-in-capitals": EDITIONS,
}
ACCEPTED_ARGS = {"pivot-in-capitals": (*STORY_ARGS, "--pivot", "EN")}


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, CliRun, dict, dict]]:
    """Each story's CLI run, with the digest of its folder before and after."""
    root = tmp_path_factory.mktemp("values")

    def job(name: str, files: dict, args: tuple[str, ...]):
        story = write_story(root / "stories" / name, files)

        def run() -> tuple[Path, CliRun, dict, dict]:
            before = folder_digest(story)
            done = run_cli(["check", str(story), *args], cache_dir=root / "cache" / name, timeout=120)
            return story, done, before, folder_digest(story)
        return run

    jobs = {name: job(name, case.files, case.args) for name, case in REFUSED.items()}
    jobs |= {name: job(name, files, ACCEPTED_ARGS.get(name, STORY_ARGS)) for name, files in ACCEPTED.items()}
    return run_all(jobs)


@pytest.mark.parametrize("name", list(REFUSED))
def test_a_bad_value_is_one_line_naming_the_file_and_the_problem(runs, name):
    story, run, before, after = runs[name]
    case = REFUSED[name]
    line = one_line_error(run)
    prefix = "consistency: error: " + (f"{story / case.names}: " if case.names else "")
    assert line.startswith(prefix), run.describe()
    assert case.problem in line, run.describe()
    assert run.stdout == "" and after == before


@pytest.mark.parametrize("name", list(ACCEPTED))
def test_a_story_at_the_edges_of_what_is_valid_runs_to_a_verdict(runs, name):
    story, run, before, after = runs[name]
    assert run.returncode in (0, 1), run.describe()
    assert "Traceback" not in run.stderr and "error" not in run.stderr, run.describe()
    assert after == before


def test_the_cases_and_their_outcomes(runs):
    outcomes = {name: runs[name][1].returncode for name in runs}
    assert sorted(name for name, code in outcomes.items() if code == 2) == sorted(REFUSED)
    assert sorted(name for name, code in outcomes.items() if code in (0, 1)) == sorted(ACCEPTED)
    counts = {"wrong types": len(WRONG_TYPES), "thresholds": len(THRESHOLDS), "encodings": len(ENCODINGS),
              "pivots": len(PIVOTS), "accepted": len(ACCEPTED)}
    assert counts == {"wrong types": 28, "thresholds": 13, "encodings": 3, "pivots": 3, "accepted": 8}


@pytest.mark.parametrize("published", [dt.date.min, dt.date.max])
@pytest.mark.parametrize("lang, text", [("uk", "Вчора і завтра міністр був у Києві."),
                                        ("ru", "Вчера и завтра министр был в Киеве."),
                                        ("en", "Yesterday and tomorrow the secretary was in Kyiv.")])
def test_a_relative_day_beyond_the_calendar_is_no_date(published, lang, text):
    from consistency.stages.facts.extract import extract_facts

    dates = [f.value for f in extract_facts(text, lang, published=published) if f.kind == "date"]
    one_day = dt.timedelta(days=1)
    assert dates == [(published + one_day if published == dt.date.min else published - one_day).isoformat()]


@pytest.mark.parametrize("value", [math.nan, math.inf, -math.inf, -0.1, 2.0, 1e300])
def test_thresholds_built_in_code_are_checked_too(value):
    from consistency.model import Thresholds

    with pytest.raises(ValueError, match=r"foreign_paragraph_confidence = .* \[0, 1\]"):
        Thresholds(foreign_paragraph_confidence=value)


def test_a_pivot_given_to_the_notebook_or_plugin_is_checked_by_the_same_options():
    from consistency.errors import OptionError
    from consistency.options import build_options

    assert build_options(pivot="UA").pivot == "uk"
    with pytest.raises(OptionError, match=r"pivot 'zz' is not a language with rules \(known: en, ru, uk"):
        build_options(pivot="zz")
