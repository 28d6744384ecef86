"""Normalising an edition's text (spaces, invisibles, apostrophes, NFC) and dropping page furniture."""

from __future__ import annotations

import re
import time
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import regex

from consistency.errors import StoryError
from consistency.locales import all_locales

# Page-furniture patterns come from locale files, which a newsroom writes (CONSISTENCY_LOCALES), and a
# pattern such as `^(a+)+$` backtracks for hours on a line of forty "a"s and a "!". Each pattern runs
# with the `regex` engine's timeout and gets this many seconds in all over one edition's lines; past
# that the run stops with an error naming the locale file and the pattern.
CHROME_PATTERN_SECONDS = 2.0

# Spaces that mean "keep together" in typeset news (NBSP, thin, narrow NBSP, figure space) become plain
# spaces: the fact readers treat any space between digit groups as grouping.
SPACES = dict.fromkeys(map(ord, "\u00a0\u2009\u202f\u2007\u2002\u2003\u2004\u2005\u2006\u2008\u205f\u3000"), " ")
INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
# Ukrainian writes its apostrophe as ʼ (U+02BC), ’ or '; one form inside words keeps words comparable.
APOSTROPHES = "\u02bc\u2019'`\u00b4"
WORD_APOSTROPHE = re.compile(r"(?<=\w)[" + re.escape(APOSTROPHES) + r"](?=\w)")
APOSTROPHE = "\u2019"


def normalise(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    # invisibles go before composing: a soft hyphen between "и" and its combining breve would keep them apart
    text = unicodedata.normalize("NFC", text.translate(SPACES).translate(INVISIBLE))
    text = WORD_APOSTROPHE.sub(APOSTROPHE, text)
    text = "\n".join(re.sub(r"[ \t]+", " ", line).strip() for line in text.split("\n"))
    return re.sub(r"\n{3,}", "\n\n", text).strip()


# the first code point of the arrows, pictographs and emoji a post puts before a line of its own ("👉", "📍", "🔹");
# below it, "©", "°", "№" are symbols of a text's own
PICTOGRAPHS_FROM = 0x2190


def is_pictograph(ch: str) -> bool:
    """An arrow, a pictograph, an emoji: Unicode's "So" symbols from `PICTOGRAPHS_FROM` on."""
    return ord(ch) >= PICTOGRAPHS_FROM and unicodedata.category(ch) == "So"


def _without_leading_pictographs(line: str) -> str:
    """`line` with the pictographs before its first word taken off, and their variation selectors and joiners."""
    i = 0
    while i < len(line) and (is_pictograph(line[i]) or line[i] in "\ufe0f\u200d" or line[i].isspace()):
        i += 1
    return line[i:]


@dataclass
class _Pattern:
    """A locale's chrome pattern, with the time it has left for this edition (CHROME_PATTERN_SECONDS)."""

    compiled: regex.Pattern
    text: str
    key: str  # "lines" or "credit_lines"
    source: Path | str
    edition: Path | str | None
    left: float = CHROME_PATTERN_SECONDS

    def match(self, line: str) -> bool:
        started = time.perf_counter()
        line = _without_leading_pictographs(line)  # "👉 Підписуйтеся на наш Telegram-канал": an emoji before the call
        try:
            found = self.compiled.match(line, timeout=max(self.left, 0.001)) is not None
        except TimeoutError:
            where = f"a line of {self.edition}" if self.edition is not None else "a line of an edition"
            shown = line if len(line) <= 40 else line[:40] + "…"
            raise StoryError(self.source, f"chrome.{self.key} pattern {self.text!r} took longer than "
                                          f"{CHROME_PATTERN_SECONDS:g} s on {where} ({shown!r}); simplify it") from None
        self.left -= time.perf_counter() - started
        return found


def _chrome_patterns(key: str, edition: Path | str | None = None) -> tuple[_Pattern, ...]:
    return tuple(
        _Pattern(regex.compile(pattern, regex.IGNORECASE), pattern, key,
                 locale.source if locale.source is not None else f"{locale.code}.toml", edition)
        for locale in all_locales() for pattern in locale.get(f"chrome.{key}", [])
    )


# A caption block is short: a title, a caption, a credit, an image id (defense.gov's four lines).
CAPTION_LINES = 6


def strip_chrome(text: str, edition: Path | str | None = None) -> tuple[str, tuple[str, ...]]:
    """Drop page furniture: whole lines matching a locale's `chrome.lines` or `chrome.credit_lines`
    (language switches, banners, share buttons, "Read also", credits), and photo-caption blocks: a short
    blank-line block holding a credit line ("Photo By:") goes whole, caption included. A text with no blank
    line is one block, its whole story: there a credit is one line of furniture and only that line goes.
    A pattern matches a whole line, so prose that starts with "Фото" inside a paragraph stays.
    Returns (text, removed lines). `edition`, the file the text was read from, is named if a locale's
    pattern runs out of time."""
    line_patterns = _chrome_patterns("lines", edition)
    credit_patterns = _chrome_patterns("credit_lines", edition)
    blocks = text.split("\n\n")
    kept_blocks: list[str] = []
    removed: list[str] = []
    for block in blocks:
        lines = [line for line in block.split("\n") if line.strip()]
        credits = [any(p.match(line) for p in credit_patterns) for line in lines]
        if len(blocks) > 1 and any(credits) and len(lines) <= CAPTION_LINES:
            removed.extend(lines)
            continue
        kept = []
        for line, credit in zip(lines, credits):
            if credit or any(p.match(line) for p in line_patterns):
                removed.append(line)
            else:
                kept.append(line)
        if kept:
            kept_blocks.append("\n".join(kept))
    return "\n\n".join(kept_blocks), tuple(removed)
