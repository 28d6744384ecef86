"""A short verdict for a terminal: what was checked, what is wrong, where."""

from __future__ import annotations

from consistency.excerpt import excerpt
from consistency.model import Report
from consistency.report.findings_table import file_line

MARK = {"error": "✗", "warning": "!", "info": "·"}

# C0 (but newline and tab), DEL and C1 from an edition would reach the terminal as they are: an ESC starts
# a sequence that can recolour, retitle or clear the CI log, a BEL rings. Shown as \x1b, they stay visible.
CONTROL_ESCAPES = {code: f"\\x{code:02x}" for code in (*range(0x00, 0x20), *range(0x7F, 0xA0)) if code not in (0x09, 0x0A)}


def escape_controls(text: str) -> str:
    return text.translate(CONTROL_ESCAPES)


def to_text(report: Report, *, verbose: bool = False) -> str:
    """The verdict, the editions, the notes on what ran, then the findings; `info` findings only with
    `verbose` (they are many, and never a reason to act)."""
    counts = report.counts
    lines = [
        f"{report.story}: {report.verdict.upper()} — {counts['error']} error(s), {counts['warning']} warning(s), "
        f"{counts['info']} info",
    ]
    for key, edition in report.editions.items():
        detected = edition.get("detected_language") or "?"
        role = "" if edition.get("role") == "edition" else f" [{edition.get('role')}]"
        lines.append(
            f"  {key:<8} {edition['file']:<14} reads as {detected:<3} {edition['paragraphs']:>3} paragraphs "
            f"{edition['sentences']:>4} sentences  MT: {edition['translator']}{role}"
        )
    for note in report.notes:
        lines.append(f"  note: {note}")
    shown = [f for f in report.findings if verbose or f.severity != "info"]
    if counts["info"] and not verbose:
        lines.append(f"  {counts['info']} info finding(s) not shown: -v shows them (and --format markdown, json or "
                     "html lists every finding)")
    for finding in shown:
        lines.append(f"{MARK.get(finding.severity, '?')} {finding.severity:<7} {finding.check:<9} [{finding.edition}] {finding.message}")
        for key, span in sorted(finding.evidence.items()):
            where = file_line(report.editions[key]["file"], finding.lines[key]) if key in finding.lines and key in report.editions else ""
            lines.append(f"      {key:>8} {where:<14} {excerpt(span, 100)}")
        if finding.suggestion is not None:
            lines.append(f"      suggested fix in {finding.edition}: {finding.suggested_fix()}")
    return "\n".join(escape_controls(line) for line in lines) + "\n"
