"""The HTML report: one self-contained file (inline CSS, no scripts, no external resources) an editor opens
in a browser.

With the Analysis at hand it shows the editions side by side along the alignment (one row per reference
sentence, added sentences in rows of their own), figures and names highlighted in each language and
coloured by status (matched / missing / altered, read from the findings' spans), every finding linked to
its place in the text and back. Without an Analysis (or before alignment and facts ran) it degrades: rows
are paragraphs in order, and only the findings' spans are highlighted.

Everything from the story is escaped with html.escape; the output is deterministic (sorted, no clock).
"""

from __future__ import annotations

import hashlib
import html
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Sequence

from consistency.checks.facts.context import Tolerances
from consistency.model import CHECK_NAMES, SEVERITIES, Analysis, Fact, Finding, Report
from consistency.report.findings_table import file_line
from consistency.report.json_report import report_to_dict

ROOT_CLASS = "consistency-report"

# scoped under ROOT_CLASS so the same fragment can sit inside a Jupyter notebook without restyling it
CSS = (Path(__file__).with_name("report.css")).read_text(encoding="utf-8")

STATUS_WORDS = {
    "matched": "matched in the other editions (no finding against it)",
    "unmatched": "no counterpart found in every other edition (no finding against it either)",
    "missing": "a finding says it is missing in another edition",
    "altered": "a finding says another edition changed it",
    "flagged": "a finding concerns it",
    "agreeing": "the value the other editions agree on, where a finding says one edition differs",
}
# a language finding whose paragraph gets a visible badge in the side-by-side view
FOREIGN_KINDS = ("foreign-paragraph", "foreign-edition", "mixed")
# translators whose English is worth showing beside a sentence (not "none", not the pivot edition itself)
SHOWN_TRANSLATORS = ("transformers", "precomputed")


def _e(value: Any) -> str:
    return html.escape(str(value), quote=True)


def _slug(value: str) -> str:
    """An id-safe form of an edition key ("en-dod" stays, anything odd becomes "_")."""
    return "".join(c if c.isalnum() or c in "-_" else "_" for c in value)


def _counts(findings: Iterable[Finding]) -> dict[str, dict[str, int]]:
    table = {check: {severity: 0 for severity in SEVERITIES} for check in CHECK_NAMES}
    for finding in findings:
        table.setdefault(finding.check, {severity: 0 for severity in SEVERITIES})
        if finding.severity in table[finding.check]:
            table[finding.check][finding.severity] += 1
    return table


# ---------------------------------------------------------------- highlighting one stretch of text

@dataclass(frozen=True)
class _Mark:
    start: int
    end: int
    classes: tuple[str, ...]
    title: str
    anchor: str | None = None  # id placed where the mark begins
    href: str | None = None  # where a click on the mark leads (the finding)


class _Counterparts:
    """Whether every other edition states a fact somewhere (the facts check's own relation: a name by its
    surname, a figure within its rounding): a fact no finding is about is shown as matched only then, so a
    wrong surname the check reported at a lower level than the report shows is never green."""

    def __init__(self, analysis: Analysis) -> None:
        self._tolerances = Tolerances.of(analysis.story.config.thresholds)
        self._indexes = {key: self._tolerances.index(facts) for key, facts in analysis.facts.items()
                         if analysis.story.editions.get(key) is not None and analysis.story.editions[key].role == "edition"}

    def everywhere(self, key: str, fact: Fact) -> bool:
        return all(self._tolerances.found_in(fact, index) for other, index in self._indexes.items() if other != key)


def _fact_status(key: str, fact: Fact, findings: Sequence[Finding]) -> tuple[str, Finding | None]:
    """How a fact is coloured: by the finding about it, from the side of this edition (the edition a
    finding is against is the odd one, red; the others' values are the agreeing side)."""
    for finding in findings:
        span = finding.spans.get(key)
        if span is None:
            continue
        overlap = min(span[1], fact.end) - max(span[0], fact.start)
        # the finding is about this fact only when the fact fills most of its span: a "missing" finding
        # also spans the whole sentence where the figure should be, and the other figures there are fine
        if overlap <= 0 or overlap < 0.5 * (span[1] - span[0]):
            continue
        kind = finding.kind.lower()
        if "missing" in kind or "omit" in kind:
            return "missing", finding
        if "alter" in kind or "change" in kind or "mismatch" in kind:
            return ("altered" if key in finding.edition_keys else "agreeing"), finding
        return "flagged", finding
    return "matched", None


def _render_span(text: str, offset: int, marks: Sequence[_Mark], placed: set[str]) -> str:
    """Escape text[...] (which starts at `offset` in its edition) with the marks that overlap it.

    Marks may overlap one another; the text is cut at every mark boundary and each piece is wrapped in the
    marks that cover it, so the HTML stays well nested.
    """
    end = offset + len(text)
    inside = [m for m in marks if m.start < end and offset < m.end]
    cuts = sorted({offset, end, *(max(offset, m.start) for m in inside), *(min(end, m.end) for m in inside)})
    out: list[str] = []
    for left, right in zip(cuts, cuts[1:]):
        piece = _e(text[left - offset: right - offset])
        for mark in sorted((m for m in inside if m.start <= left and right <= m.end),
                           key=lambda m: (-(m.end - m.start), m.start, m.classes)):
            anchor = ""
            if mark.anchor and mark.anchor not in placed and mark.start <= left:
                placed.add(mark.anchor)
                anchor = f' id="{_e(mark.anchor)}"'
            inner = f'<a href="{_e(mark.href)}">{piece}</a>' if mark.href and "<a " not in piece else piece
            piece = f'<mark class="{_e(" ".join(mark.classes))}" title="{_e(mark.title)}"{anchor}>{inner}</mark>'
        out.append(piece)
    return "".join(out)


def _edition_marks(analysis: Analysis, report: Report, finding_ids: dict[int, str]) -> dict[str, list[_Mark]]:
    marks: dict[str, list[_Mark]] = {key: [] for key in analysis.story.editions}
    for finding in report.findings:
        number = finding_ids[id(finding)]
        for key, (start, end) in sorted(finding.spans.items()):
            if key not in marks:
                continue
            # the odd edition's span carries the severity; the others' spans are what it differs from
            side = finding.severity if key in finding.edition_keys else "counterpart"
            marks[key].append(_Mark(start, end, ("finding", side), f"{finding.check}: {finding.message}",
                                    anchor=f"{number}-{_slug(key)}", href=f"#{number}"))
    counterparts = _Counterparts(analysis)
    for key, facts in sorted(analysis.facts.items()):
        if key not in marks:
            continue
        for fact in facts:
            status, finding = _fact_status(key, fact, report.findings)
            if status == "matched" and not counterparts.everywhere(key, fact):
                status = "unmatched"
            value = f"{fact.value}{' ' + fact.unit if fact.unit else ''}"
            title = f"{fact.kind} {value}: {STATUS_WORDS[status]}"
            marks[key].append(_Mark(fact.start, fact.end, ("fact", status, fact.kind), title,
                                    href=f"#{finding_ids[id(finding)]}" if finding is not None else None))
    return marks


# ---------------------------------------------------------------- the side-by-side table

def _columns(analysis: Analysis) -> list[str]:
    """Reference first, then the other editions, then sources (a press release), each group sorted."""
    editions = analysis.story.editions
    keys = [k for k in editions if k in analysis.segmentations]
    rest = sorted(k for k in keys if k != analysis.reference)
    ordered = ([analysis.reference] if analysis.reference in keys else [])
    ordered += [k for k in rest if editions[k].role == "edition"] + [k for k in rest if editions[k].role != "edition"]
    return ordered


@dataclass
class _Row:
    label: str
    added: bool = False
    cells: dict[str, tuple[tuple[int, ...], float | None]] | None = None  # key -> (sentence indices, bead score)
    joined: dict[str, str] | None = None  # key -> "with the row above" note


def _aligned_rows(analysis: Analysis, columns: Sequence[str]) -> list[_Row]:
    """One row per reference sentence; an edition sentence aligned to nothing gets a row after the
    reference sentence its alignment reached last; a bead covering several reference sentences fills the
    row of the first and marks the others as joined."""
    reference = analysis.reference
    n_reference = len(analysis.segmentations[reference].sentences)
    rows: dict[tuple[int, int], _Row] = {
        (i, 0): _Row(label=str(i + 1), cells={reference: ((i,), None)}, joined={}) for i in range(n_reference)
    }
    for key in columns[1:]:
        alignment = analysis.alignments.get(key)
        if alignment is None:
            continue
        last = -1
        for bead in alignment.beads:
            if bead.reference:
                first = min(bead.reference)
                row = rows[(first, 0)]
                assert row.cells is not None and row.joined is not None
                row.cells[key] = (tuple(bead.edition), bead.score)
                for other in bead.reference:
                    if other != first and (other, 0) in rows:
                        rows[(other, 0)].joined[key] = f"↑ with {reference} {first + 1}"  # type: ignore[index]
                last = max(last, max(bead.reference))
            elif bead.edition:
                row = rows.setdefault((last, 1), _Row(label="+", added=True, cells={}, joined={}))
                assert row.cells is not None
                previous, _ = row.cells.get(key, ((), None))
                row.cells[key] = (previous + tuple(bead.edition), None)
    return [rows[k] for k in sorted(rows)]


def _score_badge(score: float | None) -> str:
    if score is None:
        return ""
    level = "hi" if score >= 0.8 else "mid" if score >= 0.5 else "lo"
    return f'<span class="score {level}" title="alignment similarity">{score:.2f}</span>'


def _foreign_badge(view: "_View", key: str, start: int, end: int) -> str:
    """A visible badge on text a language finding says is in another language."""
    for finding in view.foreign.get(key, ()):
        span = finding.spans[key]
        if span[0] < end and start < span[1]:
            return f'<span class="badge foreign" title="{_e(finding.message)}">{_e(finding.kind.replace("-", " "))}</span>'
    return ""


def _pivot_text(view: "_View", key: str, indices: Sequence[int]) -> str:
    """The MT pivot text of the cell's sentences, folded, for an editor who reads only the pivot language."""
    translation = view.analysis.translations.get(key)
    if translation is None or translation.translator not in SHOWN_TRANSLATORS:
        return ""
    shown = " ".join(translation.sentences[i] for i in indices if i < len(translation.sentences))
    if not shown.strip():
        return ""
    return (f'<details class="pivot"><summary>{_e(translation.pivot)} (MT)</summary>'
            f'<span lang="{_e(translation.pivot)}">{_e(shown)}</span></details>')


def _aligned_cell(view: "_View", key: str, row: _Row) -> str:
    analysis = view.analysis
    entry = row.cells.get(key) if row.cells else None
    if entry is None:
        if row.joined and key in row.joined:
            return f'<td class="joined">{_e(row.joined[key])}</td>'
        return '<td class="empty" title="nothing here in this edition"></td>'
    indices, score = entry
    text, sentences = analysis.story.editions[key].text, analysis.segmentations[key].sentences
    parts = [f'<span id="{view.id(f"s-{_slug(key)}-{i + 1}")}">'
             f'{_render_span(text[sentences[i].start:sentences[i].end], sentences[i].start, view.marks[key], view.placed)}</span>'
             for i in indices]
    if not parts:
        return '<td class="empty" title="no counterpart in this edition"></td>'
    badge = _foreign_badge(view, key, sentences[indices[0]].start, sentences[indices[-1]].end)
    return (f'<td lang="{_e(analysis.story.editions[key].lang)}">{badge}'
            f"{_score_badge(score) if key != analysis.reference else ''}{' '.join(parts)}{_pivot_text(view, key, indices)}</td>")


def _aligned_body(view: "_View", columns: Sequence[str]) -> list[str]:
    """One row per reference sentence, each edition's counterpart beside it."""
    body = []
    for row in _aligned_rows(view.analysis, columns):
        cells = "".join(_aligned_cell(view, key, row) for key in columns)
        css = ' class="added"' if row.added else ""
        body.append(f'<tr{css}><td class="idx">{_e(row.label)}</td>{cells}</tr>')
    return body


def _paragraph_body(view: "_View", columns: Sequence[str]) -> list[str]:
    """Without an alignment: one row per paragraph number."""
    analysis = view.analysis
    editions = analysis.story.editions
    body = []
    depth = max(len(analysis.segmentations[k].paragraphs) for k in columns)
    for i in range(depth):
        cells = []
        for key in columns:
            paragraphs = analysis.segmentations[key].paragraphs
            if i >= len(paragraphs):
                cells.append('<td class="empty"></td>')
                continue
            p = paragraphs[i]
            badge = _foreign_badge(view, key, p.start, p.end)
            cells.append(f'<td id="{view.id(f"p-{_slug(key)}-{i + 1}")}" lang="{_e(editions[key].lang)}">{badge}'
                         f'{_render_span(editions[key].text[p.start:p.end], p.start, view.marks[key], view.placed)}</td>')
        body.append(f'<tr><td class="idx">¶{i + 1}</td>{"".join(cells)}</tr>')
    return body


LEGEND = (
    '<p class="legend">'
    '<span><mark class="fact matched">figure</mark> matched</span>'
    '<span><mark class="fact unmatched">figure</mark> no counterpart found</span>'
    '<span><mark class="fact missing">figure</mark> missing elsewhere</span>'
    '<span><mark class="fact altered">figure</mark> altered in this edition</span>'
    '<span><mark class="fact agreeing">figure</mark> what the other editions agree on</span>'
    '<span><mark class="fact flagged">figure</mark> other finding</span>'
    '<span><mark class="finding error">wavy red</mark> error span</span>'
    '<span><mark class="finding warning">wavy amber</mark> warning span</span>'
    '<span><mark class="finding counterpart">dotted</mark> the other editions\' side of a finding</span>'
    '<span><span class="score hi">0.93</span> alignment similarity</span></p>'
)


@dataclass
class _View:
    """What the side-by-side table is drawn from: the analysis, the marks on each edition's text, the
    anchors placed so far and the page's id namespace."""

    analysis: Analysis
    marks: dict[str, list[_Mark]]
    placed: set[str]
    foreign: dict[str, list[Finding]]
    namespace: str

    def id(self, name: str) -> str:
        return f"{self.namespace}-{name}"


def _side_by_side(analysis: Analysis, report: Report, finding_ids: dict[int, str], placed: set[str], namespace: str) -> str:
    columns = _columns(analysis)
    if not columns:
        return ""
    foreign: dict[str, list[Finding]] = {}
    for finding in report.findings:
        if finding.check == "language" and finding.kind in FOREIGN_KINDS:
            for key in finding.spans:
                foreign.setdefault(key, []).append(finding)
    view = _View(analysis, _edition_marks(analysis, report, finding_ids), placed, foreign, namespace)
    editions = analysis.story.editions
    head = "".join(
        f'<th>{_e(k)} <small>({_e(editions[k].lang)}, {_e(editions[k].path.name)}'
        f'{", " + _e(editions[k].role) if editions[k].role != "edition" else ""}'
        f'{", reference" if k == analysis.reference else ""})</small></th>'
        for k in columns
    )
    if all(k in analysis.alignments for k in columns[1:]) and analysis.reference in columns:
        caption = (f"Each row is a sentence of the reference edition ({_e(analysis.reference)}) and what every other "
                   f"edition says there; rows marked + hold sentences with no counterpart in the reference.")
        body = _aligned_body(view, columns)
    else:
        caption = ("The editions are not aligned (the alignment stage did not run), so rows are paragraphs in "
                   "their order; a dropped or added paragraph shifts the rows below it.")
        body = _paragraph_body(view, columns)
    facts_note = "" if analysis.facts else "<p><small>No facts were read (the facts stage did not run), so only the findings' spans are highlighted.</small></p>"
    return (f'<h2 id="{namespace}-editions-side-by-side">Editions side by side</h2><p>{caption}</p>{LEGEND}{facts_note}'
            f'<table class="side-by-side"><colgroup><col style="width:3.2em">{"<col>" * len(columns)}</colgroup>'
            f'<thead><tr><th>#</th>{head}</tr></thead><tbody>{"".join(body)}</tbody></table>')


# ---------------------------------------------------------------- the page

def _where(finding: Finding, finding_id: str, placed: set[str], report: Report) -> str:
    """Each span's place, `uk.txt:30`, linked to it in the side-by-side view."""
    links = []
    for key in finding.odd_first(finding.spans):
        anchor = f"{finding_id}-{_slug(key)}"
        label = key
        if key in finding.lines and key in report.editions:
            label = file_line(report.editions[key]["file"], finding.lines[key])
        links.append(f'<a href="#{_e(anchor)}">{_e(label)}</a>' if anchor in placed else f"<span>{_e(label)}</span>")
    return f'<span class="where">{"".join(links)}</span>' if links else ""


def _display_order(findings: Sequence[Finding]) -> list[Finding]:
    """Errors, then warnings, then notes (stable: the report's own order within each)."""
    rank = {severity: i for i, severity in enumerate(SEVERITIES)}
    return sorted(findings, key=lambda f: rank.get(f.severity, len(rank)))


def _findings(report: Report, finding_ids: dict[int, str], placed: set[str], namespace: str) -> str:
    if not report.findings:
        return "<h2>Findings</h2><p>No findings: the editions agree on everything that was checked.</p>"
    ordered = _display_order(report.findings)
    items = []
    for finding in ordered:
        number = finding_ids[id(finding)]
        evidence = "".join(
            f'<div class="evidence{" odd" if k in finding.edition_keys else ""}"><b>{_e(k)}:</b> '
            f'<span lang="{_e(report.editions.get(k, {}).get("lang", ""))}">{_e(" ".join(v.split())[:400])}</span></div>'
            for k, v in sorted(finding.evidence.items())
        )
        kind = f" <small>{_e(finding.kind)}</small>" if finding.kind else ""
        if finding.suggestion is not None:
            evidence += (f'<div class="suggestion">suggested fix in {_e(finding.edition)}: '
                         f'<del>{_e(finding.evidence.get(finding.edition, ""))}</del> → <ins>{_e(finding.suggestion)}</ins></div>')
        items.append(
            f'<li id="{_e(number)}"><span class="sev {_e(finding.severity)}">{_e(finding.severity)}</span> '
            f'<span class="check">{_e(finding.check)}</span>{kind} in <b>{_e(finding.edition)}</b>: {_e(finding.message)} '
            f'{_where(finding, number, placed, report)}{evidence}</li>'
        )
    # errors stay open; warnings and notes fold away (a browser opens the fold when a link points inside)
    groups: list[str] = []
    position = 0
    for severity in SEVERITIES:
        chosen = [item for item, finding in zip(items, ordered) if finding.severity == severity]
        if not chosen:
            continue
        listing = f'<ol class="findings" start="{position + 1}">{"".join(chosen)}</ol>'
        position += len(chosen)
        if severity == "error":
            groups.append(listing)
        else:
            groups.append(f"<details><summary>{len(chosen)} {_e(severity)}(s)</summary>{listing}</details>")
    return f'<h2 id="{namespace}-findings">Findings ({len(report.findings)})</h2>{"".join(groups)}'


def _counts_table(report: Report) -> str:
    counts = _counts(report.findings)
    rows = []
    for check, by_severity in counts.items():
        cells = "".join(f'<td class="n{"" if n else " zero"}">{n}</td>' for n in by_severity.values())
        rows.append(f"<tr><th>{_e(check)}</th>{cells}</tr>")
    head = "".join(f"<th>{_e(s)}</th>" for s in SEVERITIES)
    return f'<table class="counts"><thead><tr><th>check</th>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>'


def _editions_table(report: Report) -> str:
    rows = []
    for key, info in report.editions.items():
        rows.append(
            f"<tr><th>{_e(key)}</th><td>{_e(info.get('file', ''))}</td><td>{_e(info.get('lang', ''))}</td>"
            f"<td>{_e(info.get('role', ''))}</td><td>{_e(info.get('detected_language') or '?')}</td>"
            f"<td>{_e(info.get('sentences', ''))}</td><td>{_e(info.get('translator', ''))}</td></tr>"
        )
    return ('<table class="editions"><thead><tr><th>edition</th><th>file</th><th>declared</th><th>role</th>'
            '<th>reads as</th><th>sentences</th><th>MT</th></tr></thead>'
            f'<tbody>{"".join(rows)}</tbody></table>')


def html_fragment(report: Report, analysis: Analysis | None = None) -> str:
    """The report as one <div> with its own scoped <style>: what a notebook's _repr_html_ shows."""
    data = report_to_dict(report)
    # ids are namespaced by the report's own content: two reports in one notebook never share one, and the
    # same report gives the same page
    namespace = "c" + hashlib.sha1(json.dumps(data, sort_keys=True, ensure_ascii=False).encode()).hexdigest()[:10]
    # keyed by id(): a Finding holds dicts, so it is not hashable
    finding_ids = {id(finding): f"{namespace}-finding-{i + 1}" for i, finding in enumerate(_display_order(report.findings))}
    placed: set[str] = set()
    side_by_side = _side_by_side(analysis, report, finding_ids, placed, namespace) if analysis is not None else ""
    errors, warnings, infos = (data["counts"][s] for s in SEVERITIES)
    title = analysis.story.config.title if analysis is not None and analysis.story.config.title else None
    notes = "".join(f"<p>{_e(note)}</p>" for note in report.notes)
    parts = [
        f'<div class="{ROOT_CLASS}"><style>{CSS}</style>',
        f'<h1>{_e(report.story)} <span class="verdict {_e(report.verdict)}">{_e(report.verdict.upper())}</span></h1>',
        f"<p>{_e(title)}</p>" if title else "",
        f"<p>{errors} error(s), {warnings} warning(s), {infos} info; pivot language {_e(report.pivot)}.</p>",
        f'<div class="notes">{notes}</div>' if notes else "",
        _counts_table(report),
        "<h2>Editions</h2>" + _editions_table(report),
        _findings(report, finding_ids, placed, namespace),
        side_by_side,
        f'<h2 id="{namespace}-scores">Scores and signature</h2>',
        f'<details><summary>Scores</summary><pre>{_e(json.dumps(data["scores"], ensure_ascii=False, indent=2))}</pre></details>',
        f'<details><summary>Signature (what ran, with which settings)</summary>'
        f'<pre>{_e(json.dumps(data["signature"], ensure_ascii=False, indent=2))}</pre></details>',
        "</div>",
    ]
    return "\n".join(p for p in parts if p)


def to_html(report: Report, analysis: Analysis | None = None) -> str:
    """A whole HTML page: self-contained, no scripts, safe to attach to a CI run or e-mail."""
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{_e(report.story)}: {_e(report.verdict)} — consistency report</title></head>\n"
        f"<body>\n{html_fragment(report, analysis)}\n</body></html>\n"
    )
