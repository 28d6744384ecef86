"""The Markdown report, fit for a pull-request comment (GitHub / GitLab flavoured).

Verdict, a counts table (check × severity), a findings table with each edition's span in its own column,
and the scores and signature folded into <details>. Text from the story is escaped so a `|`, `<` or `*` in
an article cannot break the table or inject markup; very long reports are cut to stay under the 65,536
characters a GitHub comment holds.
"""

from __future__ import annotations

import json
import re

from consistency.model import CHECK_NAMES, SEVERITIES, Finding, Report
from consistency.report.json_report import report_to_dict
from consistency.report.text import escape_controls

ICON = {"error": "❌", "warning": "⚠️", "info": "ℹ️"}
VERDICT = {"pass": "✅ PASS", "fail": "❌ FAIL"}
MAX_FINDINGS = 60  # rows in the findings table; the rest are counted, the JSON report has them all
MAX_SPAN = 160  # characters of a span shown in a cell
COMMENT_LIMIT = 65_000  # a GitHub comment holds 65,536 characters

# Markdown that could turn article text into formatting, links, math (GitHub renders $…$) or broken cells
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+!|~>$])")


def escape_cell(text: str, limit: int | None = None) -> str:
    """One line of text safe inside a Markdown table cell (HTML-escaped, Markdown-escaped, clipped)."""
    # an ESC or BEL would reach whoever cats the file in a terminal; GitHub would drop it silently
    text = escape_controls(" ".join(str(text).split()))
    if limit is not None and len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)


def code(text: str) -> str:
    """Inline code: no escapes work inside backticks, so backticks and pipes are replaced instead."""
    return "`" + escape_controls(" ".join(str(text).split())).replace("`", "'").replace("|", "¦") + "`"


def _table(header: list[str], rows: list[list[str]], align: list[str] | None = None) -> list[str]:
    align = align or ["---"] * len(header)
    lines = ["| " + " | ".join(header) + " |", "| " + " | ".join(align) + " |"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return lines


def _span_keys(findings: list[Finding], report: Report) -> list[str]:
    """Edition columns: every edition some finding has a span or evidence in, in the report's order."""
    used = {key for f in findings for key in (*f.evidence, *f.spans)}
    ordered = [key for key in report.editions if key in used]
    return ordered + sorted(used - set(ordered))


def _cell(finding: Finding, key: str) -> str:
    text = finding.evidence.get(key)
    span = finding.spans.get(key)
    if text is None and span is None:
        return ""
    where = f" <sub>{span[0]}–{span[1]}</sub>" if span is not None else ""
    return (escape_cell(text, MAX_SPAN) if text else "…") + where


def to_markdown(report: Report) -> str:
    data = report_to_dict(report)
    counts = data["counts"]
    lines = [
        f"### {VERDICT.get(report.verdict, report.verdict)} · consistency of {code(report.story)}",
        "",
        f"**{counts['error']}** error(s), **{counts['warning']}** warning(s), **{counts['info']}** info across "
        f"{len(report.editions)} edition(s): "
        + ", ".join(f"{code(k)} ({escape_cell(v.get('file', ''))}"
                    f"{', ' + escape_cell(v.get('role')) if v.get('role') not in (None, 'edition') else ''})"
                    for k, v in report.editions.items())
        + f"; pivot language {code(report.pivot)}.",
        "",
    ]
    for note in report.notes:
        lines += [f"> {escape_cell(note)}", ""]

    by_check = {check: {s: 0 for s in SEVERITIES} for check in CHECK_NAMES}
    for finding in report.findings:
        by_check.setdefault(finding.check, {s: 0 for s in SEVERITIES})[finding.severity] += 1
    rows = [[code(check), *(str(n[s]) if n[s] else "·" for s in SEVERITIES),
             "❌" if n["error"] else ("⚠️" if n["warning"] else "✅")] for check, n in by_check.items()]
    lines += _table(["check", *SEVERITIES, ""], rows, ["---", "---:", "---:", "---:", ":---:"]) + [""]

    if report.findings:
        shown = list(report.findings[:MAX_FINDINGS])
        keys = _span_keys(shown, report)
        rows = [[f"{ICON.get(f.severity, '')} {f.severity}", code(f.check) + (f" {escape_cell(f.kind)}" if f.kind else ""),
                 code(f.edition), escape_cell(f.message, 300), *(_cell(f, k) for k in keys)] for f in shown]
        lines += ["#### Findings", ""]
        lines += _table(["", "check", "edition", "finding", *(code(k) for k in keys)], rows)
        if len(report.findings) > len(shown):
            lines += ["", f"…and {len(report.findings) - len(shown)} more finding(s); the JSON report "
                          f"(`--format json`) lists them all."]
        lines.append("")
    else:
        lines += ["No findings: the editions agree on everything that was checked.", ""]

    details = [
        "<details><summary>Scores and signature</summary>", "",
        "Scores:", "", "```json", json.dumps(data["scores"], ensure_ascii=False, indent=2), "```", "",
        "Signature (what ran, with which settings):", "", "```json",
        json.dumps(data["signature"], ensure_ascii=False, indent=2), "```", "", "</details>", "",
    ]
    text = "\n".join(lines)
    folded = "\n".join(details)
    if len(text) + len(folded) > COMMENT_LIMIT:
        folded = "<details><summary>Scores and signature</summary>\n\nToo long for a comment; see the JSON report.\n\n</details>\n"
    return text + folded
