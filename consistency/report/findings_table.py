"""Findings as plain text for a terminal or a pytest failure: one line per finding, then the span of
every edition it concerns in boxed columns side by side."""

from __future__ import annotations

import textwrap
from typing import Sequence

from consistency.model import Finding

DEFAULT_WIDTH = 120

# edition key -> its file's name: with the finding's lines, "ru (ru.txt:32)", a place an editor jumps to
Places = dict[str, str]


def file_line(file_name: str, lines: tuple[int, int]) -> str:
    """`ru.txt:32`, or `ru.txt:32-34` for a span over several lines (the form editors and CI logs link)."""
    first, last = lines
    return f"{file_name}:{first}" if first == last else f"{file_name}:{first}-{last}"


def _span_label(finding: "Finding", key: str, places: Places | None) -> str:
    """`ru (ru.txt:32)` where the file is known, `ru (line 32)` where it is not."""
    lines = finding.lines.get(key)
    if lines is None:
        span = finding.spans.get(key)
        return f"{key} (chars {span[0]}–{span[1]})" if span is not None else key
    if places and key in places:
        return f"{key} ({file_line(places[key], lines)})"
    return f"{key} (line {lines[0]})" if lines[0] == lines[1] else f"{key} (lines {lines[0]}-{lines[1]})"


def _side_by_side(columns: list[tuple[str, str]], width: int) -> list[str]:
    """Boxed columns, one per edition: header row, then the wrapped spans."""
    count = len(columns)
    inner = max(16, (width - 3 * count - 1) // count)
    wrapped = [
        (textwrap.wrap(header, inner) or [""], textwrap.wrap(" ".join(body.split()), inner) or ["—"])
        for header, body in columns
    ]
    rule = lambda left, mid, right: left + mid.join("─" * (inner + 2) for _ in columns) + right  # noqa: E731

    def rows(parts: list[list[str]]) -> list[str]:
        height = max(len(p) for p in parts)
        return ["│" + "│".join(f" {(p[i] if i < len(p) else ''):<{inner}} " for p in parts) + "│" for i in range(height)]

    return [rule("┌", "┬", "┐"), *rows([h for h, _ in wrapped]), rule("├", "┼", "┤"),
            *rows([b for _, b in wrapped]), rule("└", "┴", "┘")]


def findings_table(findings: Sequence["Finding"], *, places: Places | None = None,
                   width: int = DEFAULT_WIDTH, max_span_chars: int = 400) -> str:
    """Findings as plain text: one line per finding (severity, check, edition, kind, message), then the
    span of every edition it concerns in boxed columns side by side.

    `places` (edition key → file name) names the file beside each span's lines.
    """
    lines: list[str] = []
    for finding in findings:
        kind = f" {finding.kind}" if finding.kind else ""
        lines.append(f"{finding.severity.upper()} {finding.check}{kind} in [{finding.edition}]: {finding.message}")
        keys = sorted(set(finding.evidence) | set(finding.spans), key=lambda k: (k != finding.edition, k))
        if keys:
            columns = []
            for key in keys:
                body = finding.evidence.get(key, "")
                if len(body) > max_span_chars:
                    body = body[: max_span_chars - 1] + "…"
                columns.append((_span_label(finding, key, places), body))
            lines.extend("  " + row for row in _side_by_side(columns, width - 2))
        if finding.suggestion is not None:
            lines.append(f"  suggested fix in {finding.edition}: {finding.suggested_fix()}")
    return "\n".join(lines)
