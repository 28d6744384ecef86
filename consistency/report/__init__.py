"""Renderers of a Report: json (the contract CI tools parse), text (a terminal), markdown, html."""

from __future__ import annotations

from typing import Callable

from consistency.model import Analysis, Report
from consistency.report.github import to_github
from consistency.report.html import to_html
from consistency.report.json_report import SCHEMA, report_to_dict, to_json
from consistency.report.markdown import to_markdown
from consistency.report.text import to_text

RENDERERS: dict[str, Callable[[Report], str]] = {"json": to_json, "text": to_text, "markdown": to_markdown, "html": to_html,
                                                 "github": to_github}


def render(report: Report, fmt: str, analysis: Analysis | None = None) -> str:
    """The report in `fmt`; given the analysis, the HTML view also shows the editions side by side and the
    GitHub annotations name each file by its path (the story folder's)."""
    try:
        renderer = RENDERERS[fmt]
    except KeyError:
        raise ValueError(f"unknown report format {fmt!r} (known: {', '.join(sorted(RENDERERS))})") from None
    if fmt == "html" and analysis is not None:
        return to_html(report, analysis)
    if fmt == "github" and analysis is not None:
        return to_github(report, analysis.story.path)
    return renderer(report)


__all__ = ["RENDERERS", "SCHEMA", "render", "report_to_dict", "to_json", "to_text"]
