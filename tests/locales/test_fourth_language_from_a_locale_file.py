"""A fourth language is a new file, not new code: tests/fixtures/locales/pl.toml teaches the tool Polish,
and CONSISTENCY_LOCALES points a process at the folder that holds it.

Rules are read once per process, so each example runs in its own Python process with the variable set
(the pytest process, shared by other tests under xdist, never sees it)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

LOCALES = Path(__file__).parents[1] / "fixtures" / "locales"
SHIPPED_EN = Path(__file__).parents[2] / "locales" / "en.toml"
EXAMPLE_STORY = Path(__file__).parents[1] / "fixtures" / "stories" / "pentagon-2023-12-06"

EN = """Austin and Umerov meet at the Pentagon

U.S. Defense Secretary Lloyd Austin received Ukrainian Defense Minister Rustem Umerov at the Pentagon on December 6, 2023.

Austin said Washington would send Ukraine a new $175 million aid package, its 52nd since February 2022.

Umerov thanked the United States for more than $44.2 billion in help.
"""

PL = """Austin i Umierow spotkali się w Pentagonie

Sekretarz obrony USA Lloyd Austin przyjął ukraińskiego ministra obrony Rustema Umierowa w Pentagonie 6 grudnia 2023 r.

Austin zapowiedział, że Waszyngton przekaże Ukrainie nowy pakiet pomocy o wartości 175 mln dolarów, już 52. od lutego 2022 r.

Umierow podziękował Stanom Zjednoczonym za ponad 44,2 mld dolarów pomocy.
"""


def run(args: list[str], locales: list[Path] | None = None) -> subprocess.CompletedProcess:
    """`python ARGS` in a fresh process, with CONSISTENCY_LOCALES naming `locales` (unset for None)."""
    env = {k: v for k, v in os.environ.items() if k != "CONSISTENCY_LOCALES"}
    if locales is not None:
        env["CONSISTENCY_LOCALES"] = os.pathsep.join(str(folder) for folder in locales)
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, env=env, timeout=120)


def check(story: Path, locales: list[Path] | None, *options: str) -> subprocess.CompletedProcess:
    """`consistency check STORY --format json` as a newsroom's CI runs it."""
    return run(["-m", "consistency.entry.cli", "check", str(story), "--format", "json", *options], locales)


def facts(lang: str, texts: list[str], locales: list[Path] | None = None) -> dict[str, list[tuple]]:
    """extract_facts for each text: {text: [(kind, span, value, unit, qualifier), ...]}."""
    script = (
        "import json, sys\n"
        "from consistency.stages.facts import extract_facts\n"
        "texts = json.loads(sys.argv[2])\n"
        "print(json.dumps({t: [[f.kind, f.text, f.value, f.unit, f.qualifier] for f in extract_facts(t, sys.argv[1])]"
        " for t in texts}))\n"
    )
    result = run(["-c", script, lang, json.dumps(texts)], locales)
    assert result.returncode == 0, result.stderr
    return {text: [tuple(fact) for fact in found] for text, found in json.loads(result.stdout).items()}


def write_story(folder: Path, pl: str = PL) -> Path:
    folder.mkdir()
    (folder / "en.txt").write_text(EN, encoding="utf-8")
    (folder / "pl.txt").write_text(pl, encoding="utf-8")
    (folder / "story.toml").write_text('published = 2023-12-07\noriginal = "en"\n', encoding="utf-8")
    return folder


def test_polish_figures_dates_and_names_are_read_from_the_new_file():
    found = facts("pl", [
        "pakiet o wartości 175 mln dolarów",
        "pomoc warta 44,2 mld dolarów",
        "spotkanie 6 grudnia 2023 r.",
        "zasięg ponad 2 000 km",
        "wzrost o 14%",
        "to już 52. pakiet",
        "to 52-gi pakiet",  # the informal hyphenated ordinal, also listed in the file
        "umowa na 5.000 zł",  # a dot groups thousands, as a space does
        "transfer za 11 mln funtów",  # pounds after a scale word are money
        "Austin spotkał się z Umierowem w Kijowie",
        "spotkanie o godzinie 19",  # the hour after its word, as Polish says it
    ], locales=[LOCALES])

    assert found["pakiet o wartości 175 mln dolarów"] == [("money", "175 mln dolarów", 175e6, "USD", None)]
    assert found["pomoc warta 44,2 mld dolarów"] == [("money", "44,2 mld dolarów", 44.2e9, "USD", None)]
    assert found["spotkanie 6 grudnia 2023 r."] == [("date", "6 grudnia 2023 r.", "2023-12-06", None, None)]
    assert found["zasięg ponad 2 000 km"] == [("quantity", "2 000 km", 2000.0, "km", "more-than")]
    assert found["wzrost o 14%"] == [("percent", "14%", 14.0, "%", None)]
    assert found["to już 52. pakiet"] == [("ordinal", "52.", 52.0, None, None)]
    assert found["to 52-gi pakiet"] == [("ordinal", "52-gi", 52.0, None, None)]
    assert found["umowa na 5.000 zł"] == [("money", "5.000 zł", 5000.0, "PLN", None)]
    assert found["transfer za 11 mln funtów"] == [("money", "11 mln funtów", 11e6, "GBP", None)]
    assert [(kind, value) for kind, _, value, _, _ in found["Austin spotkał się z Umierowem w Kijowie"]] == [
        ("name", "austin"), ("name", "umerov"), ("name", "kyiv")]  # the keys English and Ukrainian use too
    assert found["spotkanie o godzinie 19"] == [("time", "19", "19:00", None, None)]


def test_polish_spellings_of_foreign_names_meet_the_english_ones():
    """Names outside the glossary are compared on a Latin skeleton; the Polish table respells digraphs
    ("sz", "cz", "rz", "ch") as well as letters."""
    script = (
        "import json, sys\n"
        "from consistency.stages.facts.name_keys import name_key, same_name\n"
        "pairs = json.loads(sys.argv[1])\n"
        "print(json.dumps([same_name(name_key(pl, 'pl'), name_key(en, 'en')) for pl, en in pairs]))\n"
    )
    pairs = [["Szojgu", "Shoigu"], ["Chodorkowski", "Khodorkovsky"], ["Ławrow", "Lavrov"], ["Kułeba", "Kuleba"],
             ["Szojgu", "Lavrov"]]
    result = run(["-c", script, json.dumps(pairs)], [LOCALES])
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == [True, True, True, True, False]


def test_a_polish_edition_is_checked_like_any_other(tmp_path):
    clean = check(write_story(tmp_path / "clean"), [LOCALES], "--cache-dir", str(tmp_path / "cache"))
    assert clean.returncode == 0, clean.stdout + clean.stderr
    report = json.loads(clean.stdout)
    assert report["verdict"] == "pass"
    assert (report["editions"]["pl"]["lang"], report["editions"]["pl"]["detected_language"]) == ("pl", "pl")
    assert [f for f in report["findings"] if f["severity"] != "info"] == []

    changed = check(write_story(tmp_path / "changed", PL.replace("175 mln", "157 mln")), [LOCALES],
                    "--cache-dir", str(tmp_path / "cache"))
    assert changed.returncode == 1, changed.stdout + changed.stderr
    errors = [f for f in json.loads(changed.stdout)["findings"] if f["severity"] == "error"]
    assert [(f["check"], f["edition"], f["evidence"]) for f in errors] == [
        ("numbers", "pl", {"en": "$175 million", "pl": "157 mln dolarów"})]


def test_without_the_folder_polish_is_refused_by_name(tmp_path):
    result = check(write_story(tmp_path / "story"), None, "--no-embeddings")
    assert result.returncode == 2
    assert "pl.txt" in result.stderr and "'pl'" in result.stderr and "CONSISTENCY_LOCALES" in result.stderr


def test_a_folder_listed_first_overrides_a_shipped_language(tmp_path):
    # a newsroom that also reports Mexican pesos adds them to its own copy of the English rules
    house = tmp_path / "house-rules"
    house.mkdir()
    (house / "en.toml").write_text(
        SHIPPED_EN.read_text(encoding="utf-8")
        + '\n[[currencies]]\ncode = "MXN"\nsymbols = ["MX$"]\nwords = ["Mexican peso*"]\n',
        encoding="utf-8")
    script = (
        "from consistency.locales import available_locales, load_locale\n"
        "print(available_locales())\n"
        "print(load_locale('en').source.parent.name, load_locale('pl').source.parent.name, load_locale('uk').source.parent.name)\n"
    )
    result = run(["-c", script], [house, LOCALES])
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["('en', 'pl', 'ru', 'uk')", "house-rules locales locales"]

    text = "a grant of MX$5 million"
    assert facts("en", [text], [house, LOCALES])[text] == [("money", "MX$5 million", 5e6, "MXN", None)]
    # the shipped rules stay as they are
    assert facts("en", [text])[text] != [("money", "MX$5 million", 5e6, "MXN", None)]


@pytest.mark.parametrize("problem, content, message", [
    ("missing", None, "CONSISTENCY_LOCALES names this as a folder"),
    ("broken", "[language\ncode = 'xx'\n", "xx.toml: malformed locale file"),
    ("incomplete", "[[units]]\ncode = 'km'\n", "xx.toml: [[units]] number 1 has no 'words'"),
])
def test_a_bad_rules_folder_is_named_before_any_story_is_read(tmp_path, problem, content, message):
    folder = tmp_path / "rules"
    if content is not None:
        folder.mkdir()
        (folder / "xx.toml").write_text(content, encoding="utf-8")
    result = check(EXAMPLE_STORY, [folder], "--no-embeddings")
    assert result.returncode == 2
    assert message in result.stderr and str(folder) in result.stderr


def test_adding_polish_changes_nothing_for_the_shipped_languages():
    def findings(locales):
        result = check(EXAMPLE_STORY, locales, "--no-embeddings", "--translator", "none")
        assert result.returncode == 0, result.stderr
        return [(f["check"], f["severity"], f["edition"], f["message"]) for f in json.loads(result.stdout)["findings"]]

    assert findings([LOCALES]) == findings(None)


def test_the_shipped_rules_pass_the_checks_a_users_file_gets():
    """The loader trusts the shipped files (they are the schema) and checks only a user's: so they are checked here."""
    import tomllib

    from consistency.locales import _check_shape, locales_dir

    shipped = [path for path in sorted(locales_dir().glob("*.toml")) if not path.stem.startswith("_")]
    assert {path.stem for path in shipped} >= {"en", "uk", "ru"}
    for path in shipped:
        _check_shape(path, path.stem, tomllib.loads(path.read_text(encoding="utf-8")))
