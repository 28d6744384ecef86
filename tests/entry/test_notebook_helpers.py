"""What an editor sees in a notebook: short reprs, the findings as a frame with files and lines, and plots
labelled with the same lines."""

from __future__ import annotations

import pytest

from consistency.entry.notebook import Audit, findings_frame, plot_alignment, plot_facts

matplotlib = pytest.importorskip("matplotlib")
matplotlib.use("Agg")


@pytest.fixture(scope="module")
def audit(broken_story):
    return Audit.run(broken_story, translator="none", embeddings=False)


def test_report_and_analysis_show_short_reprs_and_html(audit):
    assert repr(audit.report) == ("<Report pentagon-2023-12-06-broken: FAIL, 3 error(s), 6 warning(s), 30 info; "
                                  "editions en, en-dod, ru, uk>")
    assert repr(audit.analysis).startswith("<Analysis pentagon-2023-12-06-broken: editions en, en-dod, ru, uk, "
                                           "reference en, done: segmentations, languages")
    assert 'class="consistency-report"' in audit.report._repr_html_()
    assert '<table class="side-by-side">' in audit.analysis._repr_html_()


def test_the_findings_frame_has_file_line_suggestion_and_an_ordered_severity(audit):
    frame = findings_frame(audit.report)
    serious = frame[frame.severity >= "warning"]
    assert set(serious.severity) == {"error", "warning"} and len(serious) < len(frame)
    ru = frame[(frame.check == "numbers") & (frame.severity == "error") & (frame.span_edition == "ru")].iloc[0]
    assert (ru.file, ru.line, ru.text, ru.suggestion) == ("ru.txt", 32, "157 млн долларов", "175 млн долларов")


def test_plots_use_file_lines_one_scale_and_show_what_is_wrong(audit):
    facts = plot_facts(audit.report)
    assert [t.get_text() for t in facts.get_yticklabels()] == ["en", "ru", "uk"]  # no empty bar for the source
    ax = plot_alignment(audit.analysis, "ru")
    assert ax.get_xlabel() == "ru.txt line" and ax.get_ylabel() == "en.txt line (reference)"
    assert ax.get_yticklabels()[0].get_text() == "3"  # the headline is line 3 of en.txt, after the page chrome
    assert ax.images[0].get_clim() == (0.0, 1.0)
    assert len(ax.patches) >= 1  # the paragraph left in English is shaded


def test_the_html_shows_the_mt_english_of_a_translated_sentence_folded(example_story):
    audit = Audit.run(example_story, translator="precomputed", embeddings=False)
    html = audit._repr_html_()
    assert html.count('<details class="pivot"><summary>en (MT)</summary>') > 10
