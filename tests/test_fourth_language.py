"""A fourth language is a new file, not new code: tests/fixtures/locales/pl.toml teaches the tool Polish,
and CONSISTENCY_LOCALES points a process at it.

Rules are read once per process, so each example runs in its own Python process with the variable set
(the pytest process, shared by other tests under xdist, never sees it)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

LOCALES = Path(__file__).parent / "fixtures" / "locales"

EN = """Austin hosts Umerov at the Pentagon

U.S. Defense Secretary Lloyd Austin met Ukrainian Defense Minister Rustem Umerov in Washington on December 6, 2023.

Austin announced a new $175 million package of weapons for Ukraine, the 52nd such package.
"""

PL = """Austin gości Umierowa w Pentagonie

Sekretarz obrony USA Lloyd Austin spotkał się z ministrem obrony Ukrainy Rustemem Umierowem w Waszyngtonie 6 grudnia 2023 r.

Austin ogłosił nowy pakiet uzbrojenia dla Ukrainy o wartości 175 mln dolarów, już 52. taki pakiet.
"""


def run_python(code: str, *args: str, with_polish: bool = True) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "CONSISTENCY_LOCALES"}
    if with_polish:
        env["CONSISTENCY_LOCALES"] = str(LOCALES)
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, timeout=300)


def check(story: Path, *, with_polish: bool = True) -> subprocess.CompletedProcess:
    code = "import sys; from consistency.cli import main; sys.exit(main())"
    return run_python(code, "check", str(story), "--format", "json", "--no-embeddings", with_polish=with_polish)


def write_story(folder: Path, pl: str = PL) -> Path:
    folder.mkdir()
    (folder / "en.txt").write_text(EN, encoding="utf-8")
    (folder / "pl.txt").write_text(pl, encoding="utf-8")
    (folder / "story.toml").write_text('published = 2023-12-07\noriginal = "en"\n', encoding="utf-8")
    return folder


def test_polish_figures_dates_and_names_are_read_from_the_new_file():
    code = """
import json
from consistency.facts import extract_facts
text = "Wczoraj, 6 grudnia 2023 r., Austin i Umierow ogłosili pakiet o wartości ponad 44,2 mld dolarów, wzrost o 14%."
print(json.dumps([[f.kind, f.text, f.value, f.unit, f.qualifier] for f in extract_facts(text, "pl")]))
"""
    result = run_python(code)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == [
        ["date", "Wczoraj", "P-1D", None, None],  # resolved with the story's date when there is one
        ["date", "6 grudnia 2023 r.", "2023-12-06", None, None],
        ["name", "Austin", "austin", None, None],
        ["name", "Umierow", "umerov", None, None],
        ["money", "44,2 mld dolarów", 44.2e9, "USD", "more-than"],
        ["percent", "14%", 14.0, "%", None],
    ]


def test_a_polish_edition_is_checked_like_any_other(tmp_path):
    clean = check(write_story(tmp_path / "clean"))
    assert clean.returncode == 0, clean.stdout + clean.stderr
    report = json.loads(clean.stdout)
    assert report["verdict"] == "pass"
    assert report["editions"]["pl"]["detected_language"] == "pl"
    assert [f for f in report["findings"] if f["severity"] != "info"] == []

    changed = check(write_story(tmp_path / "changed", PL.replace("175 mln", "157 mln")))
    assert changed.returncode == 1, changed.stdout + changed.stderr
    errors = [f for f in json.loads(changed.stdout)["findings"] if f["severity"] == "error"]
    assert [(f["check"], f["edition"], f["evidence"]["pl"]) for f in errors] == [("numbers", "pl", "157 mln dolarów")]


def test_without_the_file_the_language_is_refused_by_name(tmp_path):
    result = check(write_story(tmp_path / "story"), with_polish=False)
    assert result.returncode == 2
    assert "pl" in result.stderr and "CONSISTENCY_LOCALES" in result.stderr
