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
from consistency.report.findings_table import file_line
from consistency.report.json_report import report_to_dict
from consistency.report.text import escape_controls

ICON = {"error": "❌", "warning": "⚠️", "info": "ℹ️"}
VERDICT = {"pass": "✅ PASS", "fail": "❌ FAIL"}
MAX_FINDINGS = 60  # rows in the findings table; the rest are counted, the JSON report has them all
MAX_INFO_FINDINGS = 30  # info rows, folded away
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


def _where(finding: Finding, report: Report) -> str:
    """`**ru.txt:32** · en.txt:32 · uk.txt:30`: the odd edition's place first, in bold, then the others'."""
    places = []
    for key in finding.odd_first(finding.lines):
        file_name = report.editions[key]["file"] if key in report.editions else key
        place = escape_cell(file_line(file_name, finding.lines[key]))
        places.append(f"**{place}**" if key in finding.edition_keys else place)
    return " · ".join(places)


def _finding_cell(finding: Finding) -> str:
    """The message, and the odd edition's own words where the message does not quote them already (the
    sentence a figure is missing from, the paragraph in another language)."""
    cell = escape_cell(finding.message, 300)
    own = " ".join(finding.evidence.get(finding.edition, "").split())
    if own and own not in finding.message:
        cell += f"<br><sub>{code(finding.edition)}: {escape_cell(own, MAX_SPAN)}</sub>"
    if finding.suggestion is not None:
        cell += f"<br>suggested fix: {code(finding.evidence.get(finding.edition, ''))} → {code(finding.suggestion)}"
    return cell


def _findings_table(findings: list[Finding], report: Report) -> list[str]:
    rows = [[f"{ICON.get(f.severity, '')} {f.severity}", code(f.check) + (f" {escape_cell(f.kind)}" if f.kind else ""),
             code(f.edition), _finding_cell(f), _where(f, report)] for f in findings]
    return _table(["", "check", "edition", "finding", "where"], rows)


def _compact(value):
    """Scores without the per-segment listings (the JSON report keeps them): a PR comment stays short."""
    if isinstance(value, dict):
        return {k: _compact(v) for k, v in value.items() if k != "segments"}
    return value


def _signature_line(signature: dict) -> str:
    translator = signature.get("translator") or {}
    mode = translator.get("mode", "off") if isinstance(translator, dict) else translator
    model = translator.get("model") if isinstance(translator, dict) else None
    parts = [signature.get("tool", "consistency"), f"MT: {mode}{' (' + str(model) + ')' if model else ''}",
             f"embeddings: {'on' if signature.get('embeddings') else 'off'}"]
    return " · ".join(escape_cell(p) for p in parts)


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

    acted_on = [f for f in report.findings if f.severity != "info"]
    infos = [f for f in report.findings if f.severity == "info"]
    if acted_on:
        shown = acted_on[:MAX_FINDINGS]
        lines += ["#### Findings", ""] + _findings_table(shown, report)
        if len(acted_on) > len(shown):
            lines += ["", f"…and {len(acted_on) - len(shown)} more finding(s); the JSON report "
                          f"(`--format json`) lists them all."]
        lines.append("")
    elif not infos:
        lines += ["No findings: the editions agree on everything that was checked.", ""]
    else:
        lines += ["No errors or warnings: the editions agree on everything that was checked.", ""]
    if infos:
        shown_infos = infos[:MAX_INFO_FINDINGS]
        lines += [f"<details><summary>{len(infos)} info finding(s), never a reason to act</summary>", ""]
        lines += _findings_table(shown_infos, report)
        if len(infos) > len(shown_infos):
            lines += ["", f"…and {len(infos) - len(shown_infos)} more; `--format json` lists them all."]
        lines += ["", "</details>", ""]

    scores = {check: json.dumps(_compact(value), ensure_ascii=False, sort_keys=False)
              for check, value in data["scores"].items()}
    details = ["<details><summary>Scores</summary>", "", "```json",
               *(f'"{check}": {value}' for check, value in scores.items()), "```", "", "</details>", "",
               f"<sub>{_signature_line(data['signature'])} · the JSON report (`--format json`) has the whole "
               "signature of the run</sub>", ""]
    text = "\n".join(lines)
    folded = "\n".join(details)
    if len(text) + len(folded) > COMMENT_LIMIT:
        folded = "<details><summary>Scores</summary>\n\nToo long for a comment; see the JSON report.\n\n</details>\n"
    return text + folded
