"""The HTML report opened in a real headless browser (Debian's chromium; skipped where it is absent)."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

from consistency.options import Options
from consistency.pipeline import Pipeline
from consistency.report.html import to_html

BROWSER = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars")

pytestmark = [pytest.mark.slow, pytest.mark.skipif(BROWSER is None, reason="chromium is not installed")]


def chromium(*args: str) -> subprocess.CompletedProcess[str]:
    with tempfile.TemporaryDirectory() as profile:
        return subprocess.run([BROWSER, *FLAGS, f"--user-data-dir={profile}", *args],
                              capture_output=True, text=True, timeout=90)


@pytest.fixture(scope="module")
def report_page(broken_story, tmp_path_factory) -> Path:
    options = Options(checks=("language",))
    result = Pipeline(options).run(broken_story)
    analysis = result.analysis
    page = tmp_path_factory.mktemp("html") / "report.html"
    page.write_text(to_html(result.report, analysis), encoding="utf-8")
    return page


def test_the_report_renders_to_a_non_blank_screenshot(report_page):
    from PIL import Image

    shot = report_page.with_suffix(".png")
    result = chromium(f"--screenshot={shot}", "--window-size=1400,1000", report_page.as_uri())
    assert shot.is_file(), result.stderr
    image = Image.open(shot).convert("RGB")
    assert image.size == (1400, 1000)
    colours = image.getcolors(maxcolors=1 << 20)
    # a blank page has one colour; the report has text, the red FAIL badge and the table shading
    assert colours is not None and len(colours) > 50
    assert any(r > 150 and g < 80 and b < 80 for _, (r, g, b) in colours)  # the FAIL badge


def test_the_dom_has_the_side_by_side_table(report_page):
    dom = chromium("--dump-dom", report_page.as_uri()).stdout
    assert '<table class="side-by-side">' in dom
    assert dom.count('<td class="idx">') >= 24  # one row per paragraph of the longest edition
    assert "According to the US Department of Defense" in dom


def test_the_odd_edition_is_red_the_agreeing_ones_are_not_and_a_wrong_name_is_never_green(broken_story, tmp_path):
    import re

    story = tmp_path / "names"
    story.mkdir()
    (story / "en.txt").write_text("Energy minister Herman Halushchenko said the grid held.\n\nRepairs go on in Kyiv.\n")
    (story / "uk.txt").write_text("Міністр енергетики Герман Галушко заявив, що мережа вистояла.\n\nРемонт триває в Києві.\n")
    (story / "ru.txt").write_text("Министр энергетики Герман Галущенко заявил, что сеть выстояла.\n\nРемонт идёт в Киеве.\n")
    options = Options(translator="none", embeddings=False)
    pages = {}
    for name, folder in (("broken", broken_story), ("names", story)):
        result = Pipeline(options).run(folder)
        pages[name] = tmp_path / f"{name}.html"
        pages[name].write_text(to_html(result.report, result.analysis), encoding="utf-8")
    dom = chromium("--dump-dom", pages["broken"].as_uri()).stdout
    marks: dict[str, set[str]] = {}
    for status, text in re.findall(r'<mark class="fact (\w+) money"[^>]*>(?:<[^>]+>)*([^<]+)', dom):
        marks.setdefault(text, set()).add(status)
    assert marks["157 млн долларов"] == {"altered"}
    # the same figures in the headline row are plainly matched; in the altered figure's row they agree with it
    assert "agreeing" in marks["$175 million"] and "agreeing" in marks["175 мільйонів доларів"]
    assert "altered" not in marks["$175 million"] | marks["175 мільйонів доларів"]
    names = chromium("--dump-dom", pages["names"].as_uri()).stdout
    green = re.findall(r'<mark class="fact matched name"[^>]*>(?:<[^>]+>)*([^<]+)', names)
    assert green and not [n for n in green if "Галуш" in n or "Halush" in n]
