"""Cut a sentence that is too long for the model into pieces that fit, so nothing is ever truncated.

A Marian model reads at most `max_position_embeddings` tokens (512 for OPUS-MT); the tokenizer would silently
cut the rest, and the translation would lose the end of the sentence: exactly the kind of omission this tool
reports. Pieces are cut at clause punctuation first (the locale's `[translate] clause_breaks`), then between
words, and only as a last resort inside a word (a long URL), always measured in the model's own tokens.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

from consistency.locales import load_locale

DEFAULT_CLAUSE_BREAKS = (",", ";", ":", "—", "–")

TokenCounter = Callable[[str], int]


@lru_cache(maxsize=None)
def clause_pattern(lang: str) -> re.Pattern[str]:
    """Whitespace right after a clause mark of `lang` (a comma, semicolon, colon, dash)."""
    try:
        marks = tuple(load_locale(lang).get("translate.clause_breaks", DEFAULT_CLAUSE_BREAKS))
    except Exception:  # an unknown language still gets the common marks
        marks = DEFAULT_CLAUSE_BREAKS
    alternatives = "|".join(re.escape(mark) for mark in sorted(marks, key=len, reverse=True))
    return re.compile(rf"(?<=(?:{alternatives}))\s+")


def _pack(pieces: list[str], fits: Callable[[str], bool]) -> list[str]:
    """Greedily join neighbouring pieces while the joined text still fits."""
    chunks: list[str] = []
    for piece in pieces:
        if chunks and fits(chunks[-1] + " " + piece):
            chunks[-1] = chunks[-1] + " " + piece
        else:
            chunks.append(piece)
    return chunks


def _split_characters(text: str, fits: Callable[[str], bool]) -> list[str]:
    if fits(text) or len(text) <= 1:
        return [text]
    middle = len(text) // 2
    return _split_characters(text[:middle], fits) + _split_characters(text[middle:], fits)


def split_to_fit(text: str, count_tokens: TokenCounter, max_tokens: int, lang: str) -> list[str]:
    """Pieces of `text`, in order, each at most `max_tokens` by `count_tokens` (special tokens included).

    A text that fits comes back whole. Joining the pieces with single spaces gives the text back with its
    runs of whitespace collapsed.
    """
    text = text.strip()

    def fits(piece: str) -> bool:
        return count_tokens(piece) <= max_tokens

    if not text or fits(text):
        return [text]
    chunks: list[str] = []
    for clause in _pack([c for c in clause_pattern(lang).split(text) if c], fits):
        if fits(clause):
            chunks.append(clause)
            continue
        for words in _pack(clause.split(), fits):
            chunks.extend([words] if fits(words) else _split_characters(words, fits))
    return chunks
