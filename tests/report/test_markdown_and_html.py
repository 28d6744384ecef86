"""The reports for people: Markdown for a pull-request comment, a self-contained HTML page."""

from __future__ import annotations

import re
from dataclasses import replace
from html.parser import HTMLParser

import pytest

from consistency.model import Alignment, Bead, Fact, Finding, Report
from consistency.options import Options
from consistency.pipeline import Pipeline
from consistency.report import RENDERERS
from consistency.report.html import to_html
from consistency.report.markdown import escape_cell, to_markdown


@pytest.fixture(scope="module")
def language_run(broken_story):
    options = Options(checks=("language",))
    result = Pipeline(options).run(broken_story)
    analysis = result.analysis
    return analysis, result.report


def sentence_aligned(analysis):
    """The broken story aligned sentence by sentence as far as both sides go (the fixtures are written
    sentence-parallel), with one reference sentence left unmatched at the end of each edition."""
    reference = analysis.segmentations[analysis.reference].sentences
    alignments = {}
    for key, segmentation in analysis.segmentations.items():
        if key == analysis.reference:
            continue
        n = min(len(reference), len(segmentation.sentences)) - 1
        beads = [Bead((i,), (i,), 0.9) for i in range(n)] + [Bead((i,), (), 0.0) for i in range(n, len(reference))]
        beads += [Bead((), (j,), 0.0) for j in range(n, len(segmentation.sentences))]
        alignments[key] = Alignment(analysis.reference, key, tuple(beads), ("length",))
    return replace(analysis, alignments=alignments)


def span_of(text: str, needle: str) -> tuple[int, int]:
    start = text.index(needle)
    return start, start + len(needle)


@pytest.fixture(scope="module")
def numbers_run(language_run):
    """The broken story with the ru package figure flagged as altered and the figures read as facts."""
    analysis, report = language_run
    texts = {k: e.text for k, e in analysis.story.editions.items()}
    spans = {"en": span_of(texts["en"], "$175 million aid"), "ru": span_of(texts["ru"], "157 млн долларов"),
             "uk": span_of(texts["uk"], "175 мільйонів доларів")}
    spans["en"] = (spans["en"][0], spans["en"][0] + len("$175 million"))
    altered = Finding(check="numbers", severity="error", edition="ru", kind="altered",
                      message="value altered: 157 млн долларов (ru) where en has $175 million",
                      evidence={k: texts[k][a:b] for k, (a, b) in spans.items()}, spans=spans).located(analysis.story.editions)
    facts = {k: (Fact("money", 175e6 if k != "ru" else 157e6, texts[k][a:b], a, b, unit="USD"),)
             for k, (a, b) in spans.items()}
    for key, written in {"uk": "Умєров", "en": "Umerov", "ru": "Умеров"}.items():
        first = analysis.segmentations[key].sentences[0]
        facts[key] += (Fact("name", "umerov", written, *span_of(texts[key][: first.end], written)),)
    # a name only one edition gives: no finding is about it, and it is no match either
    facts["uk"] += (Fact("name", "~pentahon", "Пентагон", *span_of(texts["uk"], "Пентагон")),)
    aligned = replace(sentence_aligned(analysis), facts=facts)
    return aligned, replace(report, findings=tuple(sorted(report.findings + (altered,), key=Finding.sort_key)))


class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.ids, self.hrefs, self.tags = set(), [], set()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.add(tag)
        if "id" in attrs:
            self.ids.add(attrs["id"])
        if "href" in attrs:
            self.hrefs.append(attrs["href"])


# ---------------------------------------------------------------- markdown

def test_markdown_is_a_narrow_table_with_each_finding_where_it_stands_in_the_files(numbers_run):
    _, report = numbers_run
    text = to_markdown(report)
    assert text.startswith("### ❌ FAIL · consistency of `pentagon-2023-12-06-broken`")
    assert "| `numbers` | 1 | · | · | ❌ |" in text
    assert "| `semantic` | · | · | · | ✅ |" in text
    header = next(line for line in text.splitlines() if line.startswith("|  | check | edition | finding"))
    assert header == "|  | check | edition | finding | where |"
    row = next(line for line in text.splitlines() if "`numbers` altered" in line)
    cells = [c.strip() for c in row.strip("|").split(" | ")]
    # the odd edition's line first and in bold, then the editions it differs from: lines of the files
    assert cells[4] == "**ru.txt:32** · en.txt:30 · uk.txt:30"
    # scores folded, one line each; the signature is a line (the JSON report has the whole of it)
    assert "<details><summary>Scores</summary>" in text and '"language": {"foreign_share"' in text
    assert "consistency " in text.splitlines()[-1] and '"libraries"' not in text
    assert to_markdown(report) == text  # deterministic


def test_markdown_folds_info_findings_away(numbers_run):
    _, report = numbers_run
    info = Finding("entities", "info", "uk", "a hint", evidence={"uk": "Пентагон"}, spans={"uk": (0, 3)})
    text = to_markdown(replace(report, findings=report.findings + (info,)))
    before, folded = text.split("<details><summary>1 info finding(s)", 1)
    assert "a hint" not in before and "a hint" in folded.split("</details>")[0]


def test_markdown_escapes_article_text_that_would_break_the_table():
    assert escape_cell("a | b <script>x</script> *bold* [link](http://x) $5 and $6") == (
        "a \\| b &lt;script&gt;x&lt;/script&gt; \\*bold\\* \\[link\\]\\(http://x\\) \\$5 and \\$6")
    report = Report(story="s", pivot="en", editions={}, scores={}, signature={}, findings=(
        Finding("numbers", "error", "ru", "bad | row\nsplit", evidence={"ru": "x|y"}, spans={"ru": (0, 3)}),))
    row = next(line for line in to_markdown(report).splitlines() if "numbers" in line and "bad" in line)
    assert row.count(" | ") == 4 and "bad \\| row split" in row


def test_a_clean_report_says_so_in_markdown_and_html():
    report = Report(story="clean", pivot="en", editions={}, findings=(), scores={}, signature={})
    assert "### ✅ PASS" in to_markdown(report) and "No findings" in to_markdown(report)
    assert 'class="verdict pass"' in to_html(report)


# ---------------------------------------------------------------- html

def test_html_is_self_contained_and_escapes_everything(numbers_run):
    analysis, report = numbers_run
    hostile = Finding("entities", "warning", "uk", "<script>alert(1)</script> & \"quotes\"",
                      evidence={"uk": "<img src=x onerror=alert(1)>"}, spans={"uk": (0, 5)})
    page = to_html(replace(report, findings=report.findings + (hostile,)), analysis)
    assert page.startswith("<!DOCTYPE html>") and "<style>" in page
    parser = _Links()
    parser.feed(page)
    assert not parser.tags & {"script", "img", "link", "iframe", "object"}
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;" in page
    assert not re.search(r"""(src|href)=["']?(https?:|//)""", page) and "@import" not in page and "url(" not in page
    # every in-page link leads somewhere
    assert all(href.startswith("#") and href[1:] in parser.ids for href in parser.hrefs)


def test_html_shows_editions_side_by_side_along_the_alignment_with_coloured_figures(numbers_run):
    analysis, report = numbers_run
    page = to_html(report, analysis)
    assert '<table class="side-by-side">' in page
    headers = re.findall(r"<th>(en|ru|uk|en-dod) <small>", page)
    assert headers == ["en", "ru", "uk", "en-dod"]  # reference, editions, then the source
    # the odd edition's figure is red, the two that agree are not
    assert re.search(r'<mark class="fact altered money"[^>]*><a href="#c\w+-finding-\d+">157 млн долларов</a></mark>', page)
    assert re.search(r'<mark class="fact agreeing money"[^>]*><a href="#c\w+-finding-\d+">\$175 million</a></mark>', page)
    assert re.search(r'<mark class="fact agreeing money"[^>]*><a href="#c\w+-finding-\d+">175 мільйонів доларів</a></mark>', page)
    assert '<mark class="finding counterpart"' in page
    assert '<mark class="fact matched name" title="name umerov: matched' in page
    assert '<mark class="fact unmatched name" title="name ~pentahon: no counterpart found' in page
    # the finding links to its place in each edition, by file and line, and its spans carry the anchors
    number = re.search(r'<li id="(c\w+-finding-\d+)"><span class="sev error">error</span> <span class="check">numbers', page).group(1)
    for key in ("en", "ru", "uk"):
        assert f'href="#{number}-{key}"' in page and f'id="{number}-{key}"' in page
    assert f'<a href="#{number}-ru">ru.txt:32</a><a href="#{number}-en">en.txt:30</a>' in page
    assert '<td lang="ru">' in page and '<td lang="uk">' in page
    assert '<tr class="added">' in page  # edition sentences with no reference counterpart get rows of their own
    assert 'class="score hi"' in page


def test_html_degrades_without_alignment_facts_or_analysis(language_run):
    analysis, report = language_run
    page = to_html(report, analysis)
    assert "rows are paragraphs in their order" in page and "No facts were read" in page
    assert '<td class="idx">¶5</td>' in page
    assert re.search(r'<mark class="finding error" [^>]*id="c\w+-finding-1-ru"><a href="#c\w+-finding-1">According to the US', page)
    # the paragraph left in English wears a badge, not only a wavy line
    assert re.search(r'lang="ru"><span class="badge foreign" title="a paragraph of the ru edition is in en', page)
    bare = to_html(report)
    assert '<table class="side-by-side">' not in bare and "foreign-paragraph" in bare and "Signature" in bare


def test_two_reports_in_one_notebook_share_no_html_id(numbers_run, language_run):
    def ids(page):
        parser = _Links()
        parser.feed(page)
        return parser.ids

    first, second = to_html(numbers_run[1], numbers_run[0]), to_html(language_run[1], language_run[0])
    assert ids(first) and not ids(first) & ids(second)
    assert to_html(numbers_run[1], numbers_run[0]) == first  # the namespace comes from the report, not a clock


def test_renderers_are_registered_for_the_cli():
    assert {"markdown", "html"} <= set(RENDERERS)
