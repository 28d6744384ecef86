"""Cutting a long span down for a message or a terminal line."""

from __future__ import annotations


def excerpt(text: str, limit: int, *, fold_whitespace: bool = True) -> str:
    """`text` cut to at most `limit` characters, ending in "…" when cut; with `fold_whitespace`,
    line breaks and runs of spaces become single spaces first (for one-line messages)."""
    if fold_whitespace:
        text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
