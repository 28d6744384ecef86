"""Normalising an edition's text (spaces, invisibles, apostrophes, NFC) and dropping page furniture."""

from __future__ import annotations

import re
import unicodedata

from consistency.locales import all_locales

# Spaces that mean "keep together" in typeset news (NBSP, thin, narrow NBSP, figure space) become plain
# spaces: the fact readers treat any space between digit groups as grouping.
SPACES = dict.fromkeys(map(ord, "\u00a0\u2009\u202f\u2007\u2002\u2003\u2004\u2005\u2006\u2008\u205f\u3000"), " ")
INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
# Ukrainian writes its apostrophe as ʼ (U+02BC), ’ or '; one form inside words keeps words comparable.
WORD_APOSTROPHE = re.compile(r"(?<=\w)[\u02bc\u2019'`\u00b4](?=\w)")
APOSTROPHE = "\u2019"


def normalise(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    # invisibles go before composing: a soft hyphen between "и" and its combining breve would keep them apart
    text = unicodedata.normalize("NFC", text.translate(SPACES).translate(INVISIBLE))
    text = WORD_APOSTROPHE.sub(APOSTROPHE, text)
    text = "\n".join(re.sub(r"[ \t]+", " ", line).strip() for line in text.split("\n"))
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def _chrome_patterns(key: str) -> tuple[re.Pattern, ...]:
    return tuple(
        re.compile(pattern, re.IGNORECASE) for locale in all_locales() for pattern in locale.get(f"chrome.{key}", [])
    )


def strip_chrome(text: str) -> tuple[str, tuple[str, ...]]:
    """Drop page furniture: language switches, banners, share buttons, and photo-caption blocks
    (a short block holding a credit line such as "Photo By:"). Returns (text, removed lines)."""
    line_patterns = _chrome_patterns("lines")
    credit_patterns = _chrome_patterns("credit_lines")
    kept_blocks: list[str] = []
    removed: list[str] = []
    for block in text.split("\n\n"):
        lines = [line for line in block.split("\n") if line.strip()]
        if 0 < len(lines) <= 6 and any(p.match(line) for p in credit_patterns for line in lines):
            removed.extend(lines)
            continue
        kept = []
        for line in lines:
            if any(p.match(line) for p in line_patterns):
                removed.append(line)
            else:
                kept.append(line)
        if kept:
            kept_blocks.append("\n".join(kept))
    return "\n\n".join(kept_blocks), tuple(removed)
