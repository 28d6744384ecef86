"""Renderers of a Report: json (the contract CI tools parse), text (a terminal), markdown, html."""

from __future__ import annotations

from typing import Callable

from ..model import Report
from .json_report import SCHEMA, report_to_dict, to_json
from .text import to_text

RENDERERS: dict[str, Callable[[Report], str]] = {"json": to_json, "text": to_text}

try:  # markdown and html renderers live in their own modules
    from .markdown import to_markdown

    RENDERERS["markdown"] = to_markdown
except ImportError:  # pragma: no cover - present in every release
    pass
try:
    from .html import to_html

    RENDERERS["html"] = to_html
except ImportError:  # pragma: no cover
    pass


def render(report: Report, fmt: str) -> str:
    try:
        renderer = RENDERERS[fmt]
    except KeyError:
        raise ValueError(f"unknown report format {fmt!r} (known: {', '.join(sorted(RENDERERS))})") from None
    return renderer(report)


__all__ = ["RENDERERS", "SCHEMA", "render", "report_to_dict", "to_json", "to_text"]
