"""Renderers of a Report: json (the contract CI tools parse), text (a terminal), markdown, html."""

from __future__ import annotations

from typing import Callable

from consistency.model import Analysis, Report
from consistency.report.html import to_html
from consistency.report.json_report import SCHEMA, report_to_dict, to_json
from consistency.report.markdown import to_markdown
from consistency.report.text import to_text

RENDERERS: dict[str, Callable[[Report], str]] = {"json": to_json, "text": to_text, "markdown": to_markdown, "html": to_html}


def render(report: Report, fmt: str, analysis: Analysis | None = None) -> str:
    """The report in `fmt`; the HTML view also shows the editions side by side when given the analysis."""
    try:
        renderer = RENDERERS[fmt]
    except KeyError:
        raise ValueError(f"unknown report format {fmt!r} (known: {', '.join(sorted(RENDERERS))})") from None
    if fmt == "html" and analysis is not None:
        return to_html(report, analysis)
    return renderer(report)


__all__ = ["RENDERERS", "SCHEMA", "render", "report_to_dict", "to_json", "to_text"]
