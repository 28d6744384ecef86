"""Bad input through `consistency check`: every case ends in a clear error (exit 2, one line naming the
file) or in findings (exit 0/1), never a traceback or a hang.

The stories are written once per module and the CLI runs for all of them side by side (`matrix`); each
test then reads its own run. MT is off and, where embeddings are not the point, so are embeddings.
"""

from __future__ import annotations

import random

import pytest

from support.story_cli import EN, NO_EMBEDDINGS, NO_MT, RU, UK, CliRun, one_line_error, run_all, run_cli, write_story

PNG_HEADER = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x06\x00\x00\x00"
# the same sentence repeated to ~20,000 characters, without a full stop until the end
LONG_UK = ("Міністр оборони зустрівся з колегою у Києві, " * 450)[:20_000] + "."
LONG_EN = ("The defence minister met a colleague in Kyiv, " * 440)[:20_000] + "."
LONG_RU = ("Министр обороны встретился с коллегой в Киеве, " * 430)[:20_000] + "."
# a story whose English edition reports another event altogether (written for this test)
OTHER_EVENT_EN = ("Heavy snow closed 40 schools in northern Scotland on Tuesday, January 14.\n\n"
                  "Forecasters expect the storm to move south by the weekend, with winds of up to 90 miles per hour.")
HTML_UK = (
    "<!doctype html><html><head><title>Новини</title>"  # </head> left out, as HTML allows
    "<style>.SECRETSTYLE { color: red } p::after { content: '999 мільйонів' }</style>"
    "<script>var SECRETSCRIPT = 'Міністр оборони сказав, що пакет коштує 999 мільйонів доларів.';</script>"
    "<body><nav>ua en ru</nav>"
    "<p>Міністр оборони США Ллойд Остін зустрівся з Рустемом Умєровим у Пентагоні 6 грудня.</p>"
    "<script>document.write('SECRETINLINE 999 мільйонів доларів')</script>"
    "<p>Київ отримає новий пакет допомоги на 157 мільйонів доларів.</p>"  # 157: a changed figure
    "<style>SECRETBODYSTYLE { display: none }</style></body></html>"
)


def _mixed_scripts(text: str) -> str:
    # Latin "i" in Мiнiстр and Latin "K" in Kиїв: look-alike letters typed in the wrong keyboard layout
    return text.replace("Міністр", "Мiнiстр").replace("Київ", "Kиїв")


def _many_figures(start: int) -> str:
    return " ".join(str(i) for i in range(start, start + 3500)) + "."


CASES: dict[str, tuple[dict[str, str | bytes], tuple[str, ...]]] = {
    "clean": ({"uk.txt": UK, "en.txt": EN, "ru.txt": RU}, NO_EMBEDDINGS),
    "empty": ({"uk.txt": "", "en.txt": EN, "ru.txt": RU}, NO_EMBEDDINGS),
    "whitespace": ({"uk.txt": " \n\t\n\u00a0\u2009\u200b\r\n  \n", "en.txt": EN, "ru.txt": RU}, NO_EMBEDDINGS),
    "wrong-language": ({"uk.txt": RU, "en.txt": EN, "ru.txt": RU}, NO_EMBEDDINGS),
    "mixed-scripts": ({"uk.txt": _mixed_scripts(UK), "en.txt": EN, "ru.txt": RU}, NO_EMBEDDINGS),
    "cp1251": ({"uk.txt": UK.encode("cp1251"), "en.txt": EN, "ru.txt": RU.encode("cp1251")}, NO_EMBEDDINGS),
    "koi8-u": ({"uk.txt": UK.encode("koi8-u"), "en.txt": EN, "ru.txt": RU.encode("koi8-u")}, NO_EMBEDDINGS),
    "utf-16": ({"uk.txt": UK.encode("utf-16"), "en.txt": EN.encode("utf-16"), "ru.txt": RU.encode("utf-16")},
               NO_EMBEDDINGS),
    "png": ({"uk.txt": PNG_HEADER + bytes(range(256)) * 8, "en.txt": EN, "ru.txt": RU}, NO_EMBEDDINGS),
    "random-bytes": ({"uk.txt": random.Random(6).randbytes(8192), "en.txt": EN, "ru.txt": RU}, NO_EMBEDDINGS),
    "html-with-scripts": ({"uk.html": HTML_UK, "en.txt": EN, "ru.txt": RU}, NO_EMBEDDINGS),
    "one-long-sentence": ({"uk.txt": LONG_UK, "en.txt": LONG_EN, "ru.txt": LONG_RU}, NO_EMBEDDINGS),
    "different-events": ({"uk.txt": UK, "en.txt": OTHER_EVENT_EN, "ru.txt": RU}, ()),  # embeddings on: few sentences
    "uk-and-ua": ({"uk.txt": UK, "ua.txt": UK, "en.txt": EN}, NO_EMBEDDINGS),
    "en-txt-and-md": ({"uk.txt": UK, "en.txt": EN, "en.md": EN}, NO_EMBEDDINGS),
    "malformed-toml": ({"uk.txt": UK, "en.txt": EN, "story.toml": 'title = "Austin meets Umerov"\n'
                        "published = 2023-12-06\n[thresholds\nsemantic_z = 2\n"}, NO_EMBEDDINGS),
    "thousands-of-figures": ({"uk.txt": "Числа " + _many_figures(1), "en.txt": "Numbers " + _many_figures(1),
                              "ru.txt": "Числа " + _many_figures(2)}, NO_EMBEDDINGS),
}


@pytest.fixture(scope="module")
def matrix(tmp_path_factory: pytest.TempPathFactory) -> dict[str, CliRun]:
    root = tmp_path_factory.mktemp("matrix")
    jobs = {}
    for name, (files, options) in CASES.items():
        story = write_story(root / name, files)
        cache = root / f"cache-{name}"
        jobs[name] = lambda story=story, cache=cache, options=options, name=name: run_cli(
            ["check", str(story), *NO_MT, *options], cache_dir=cache, report=root / f"{name}.json", timeout=60)
    return run_all(jobs)


def _edition_file(run: CliRun, name: str) -> None:
    assert run.report_path is not None and not run.report_path.exists(), "bad input must not write a report"
    assert f"{name}:" in one_line_error(run)


def test_the_clean_story_passes(matrix):
    run = matrix["clean"]
    assert run.returncode == 0, run.describe()
    assert run.findings(severity="error") == []


@pytest.mark.parametrize("case", ["empty", "whitespace"])
def test_an_empty_edition_is_one_line_naming_the_file(matrix, case):
    _edition_file(matrix[case], "uk.txt")
    assert "uk.txt: edition is empty" in matrix[case].stderr


def test_russian_text_in_uk_txt_is_a_language_error_naming_uk(matrix):
    run = matrix["wrong-language"]
    assert run.returncode == 1, run.describe()
    [error] = run.findings("language", "error")
    assert error["edition"] == "uk" and error["kind"] == "wrong-language-edition"
    assert "uk.txt is declared uk but reads as ru" in error["message"]


def test_latin_look_alikes_inside_cyrillic_words_are_warnings_with_the_word(matrix):
    run = matrix["mixed-scripts"]
    assert run.returncode == matrix["clean"].returncode, run.describe()
    warnings = run.findings("language", "warning")
    assert sorted(f["evidence"]["uk"] for f in warnings) == ["Kиїв", "Мiнiстр"]
    text = _mixed_scripts(UK)
    for finding in warnings:
        start, end = finding["spans"]["uk"]
        assert text[start:end] == finding["evidence"]["uk"]
    assert all(f["kind"] == "mixed-script" and f["edition"] == "uk" for f in warnings)


@pytest.mark.parametrize("case, encodings", [
    ("cp1251", {"uk": "cp1251", "ru": "cp1251", "en": "utf-8"}),
    ("koi8-u", {"uk": "koi8-u", "ru": "koi8-u", "en": "utf-8"}),
    ("utf-16", {"uk": "utf-16", "ru": "utf-16", "en": "utf-16"}),
])
def test_legacy_encodings_give_the_same_findings_as_utf8(matrix, case, encodings):
    run, clean = matrix[case], matrix["clean"]
    assert run.returncode == clean.returncode, run.describe()
    assert run.report["findings"] == clean.report["findings"]
    assert {key: edition["encoding"] for key, edition in run.report["editions"].items()} == encodings
    for key, edition in run.report["editions"].items():
        assert edition["sentences"] == clean.report["editions"][key]["sentences"]


@pytest.mark.parametrize("case", ["png", "random-bytes"])
def test_a_file_that_is_not_text_is_refused(matrix, case):
    _edition_file(matrix[case], "uk.txt")
    assert "not a text file" in matrix[case].stderr


def test_script_and_style_never_reach_the_report(matrix):
    run = matrix["html-with-scripts"]
    assert run.returncode == 1, run.describe()  # the changed figure, read from the page's visible text
    assert run.report["editions"]["uk"]["paragraphs"] == 2
    altered = [f for f in run.findings("numbers", "error") if "uk" in f["evidence"]]
    assert altered and any("157" in f["evidence"]["uk"] for f in altered)
    raw = run.report_bytes.decode("utf-8")
    assert "SECRET" not in raw and "999" not in raw and "document.write" not in raw and "color: red" not in raw


def test_a_50_mb_edition_is_refused_at_once(tmp_path):
    story = write_story(tmp_path / "big", {"en.txt": EN})
    with (story / "uk.txt").open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    # a hang guard, not a benchmark: reading 50 MB whole would already take longer than refusing it
    run = run_cli(["check", str(story), *NO_MT, *NO_EMBEDDINGS], cache_dir=tmp_path / "cache", timeout=5)
    assert "uk.txt: file is 52.4 MB" in one_line_error(run)


def test_one_20000_character_sentence_completes_with_a_sensible_report(matrix):
    run = matrix["one-long-sentence"]
    assert run.returncode in (0, 1), run.describe()
    assert "Traceback" not in run.stderr
    for key, edition in run.report["editions"].items():
        assert edition["sentences"] == 1 and edition["detected_language"] == key
    assert run.findings("language", "error") == []


def test_editions_about_different_events_fail_with_findings(matrix):
    run = matrix["different-events"]
    assert run.returncode == 1, run.describe()
    errors = {f["check"] for f in run.findings(severity="error")}
    assert {"numbers", "dates"} & errors, errors
    # the alignment says the passages differ: sentences with no counterpart, or a passage said otherwise
    assert {f["check"] for f in run.findings()} & {"omission", "addition", "semantic"}
    assert all(f["edition"] in {"en", "ru", "uk"} for f in run.findings())


@pytest.mark.parametrize("case, second, first", [("uk-and-ua", "uk.txt", "ua.txt"), ("en-txt-and-md", "en.txt", "en.md")])
def test_two_files_for_one_language_are_refused(matrix, case, second, first):
    line = one_line_error(matrix[case])
    assert f"{second}: a second edition for '{second[:2]}' (already read {first})" in line


def test_a_malformed_story_toml_names_the_file_and_the_line(matrix):
    line = one_line_error(matrix["malformed-toml"])
    assert "story.toml: malformed TOML" in line and "line 3" in line


def test_thousands_of_figures_in_one_sentence_are_findings_not_a_crash(matrix):
    run = matrix["thousands-of-figures"]
    assert "Traceback" not in run.stderr, run.describe()
    assert run.returncode in (0, 1), run.describe()


def test_a_reader_that_goes_away_is_not_a_traceback(tmp_path):
    """`consistency check story | head -1`: the pipe closes before the report is written."""
    import os
    import subprocess
    import sys

    story = write_story(tmp_path / "story", CASES["clean"][0])
    env = {**os.environ, "CONSISTENCY_CACHE_DIR": str(tmp_path / "cache")}
    process = subprocess.Popen([sys.executable, "-m", "consistency.entry.cli", "check", str(story), *NO_MT, *NO_EMBEDDINGS],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    process.stdout.close()
    stderr = process.stderr.read().decode()
    assert process.wait(timeout=120) == 141
    assert stderr == ""
