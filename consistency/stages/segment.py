"""Segmentation: paragraphs, then sentences, with offsets into the edition's text.

Sentence splitting uses a maintained splitter per language, named in `locales/<lang>.toml`
([segment] splitter): tokenize-uk for Ukrainian, razdel for Russian, pysbd for English. Each knows
its language's abbreviations; the locale's `never_final` / `abbreviations` lists repair what a
splitter still cuts ("Lloyd J." + "Austin III", "т. зв." + "...").
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, Iterable

from consistency.locales import load_locale
from consistency.model import Paragraph, Segmentation, Sentence, Story

BULLET = re.compile(r"^\s*(?:[•·▪‣●◦*\-–—]|\d{1,2}[.)])\s+")
BLANK_LINES = re.compile(r"\n[ \t]*\n")

SplitFn = Callable[[str], list[str]]


def _split_tokenize_uk(text: str) -> list[str]:
    import tokenize_uk

    return [s for s, _, _ in tokenize_uk.tokenize_sents_with_spans(text)]


def _split_razdel(text: str) -> list[str]:
    import razdel

    return [s.text for s in razdel.sentenize(text)]


@lru_cache(maxsize=None)
def _pysbd_segmenter(lang: str):
    import pysbd

    return pysbd.Segmenter(language=lang, clean=False)


def _split_pysbd(text: str, lang: str = "en") -> list[str]:
    return [s.strip() for s in _pysbd_segmenter(lang).segment(text) if s.strip()]


_SPLITTERS: dict[str, SplitFn] = {
    "tokenize_uk": _split_tokenize_uk,
    "razdel": _split_razdel,
    "pysbd": _split_pysbd,
}


def splitter_name(lang: str) -> str:
    return load_locale(lang).get("segment.splitter", "pysbd")


@lru_cache(maxsize=None)
def _glue_rules(lang: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    locale = load_locale(lang)
    never_final = tuple(sorted(locale.get("segment.never_final", []), key=len, reverse=True))
    abbreviations = tuple(sorted(locale.get("segment.abbreviations", []), key=len, reverse=True))
    return never_final, abbreviations


def _ends_with_token(sentence: str, abbreviation: str) -> bool:
    if not sentence.endswith(abbreviation):
        return False
    before = sentence[: -len(abbreviation)]
    return not before or not before[-1].isalnum()


def _glue(pieces: list[str], lang: str) -> list[str]:
    """Join pieces that a splitter cut after an abbreviation or an initial."""
    never_final, abbreviations = _glue_rules(lang)
    merged: list[str] = []
    for piece in pieces:
        if merged and not any(c.isalnum() for c in piece):  # a closing quote or dash split off on its own
            merged[-1] = merged[-1] + " " + piece
            continue
        if merged:
            previous = merged[-1]
            starts_lower = piece[:1].islower() or piece[:1].isdigit() or piece[:1] in ",;:)»”"
            initial = re.search(r"(?:^|\s)\w\.$", previous) is not None and piece[:1].isupper()
            if (
                any(_ends_with_token(previous, a) for a in never_final)
                or (starts_lower and any(_ends_with_token(previous, a) for a in abbreviations))
                or (initial and len(previous) > 2)
                or (starts_lower and previous.endswith("."))
            ):
                merged[-1] = previous + " " + piece
                continue
        merged.append(piece)
    return merged


def _locate(pieces: Iterable[str], text: str, offset: int) -> list[tuple[int, int]]:
    """Offsets of each piece in `text`, searching forward; splitters may re-space what they return."""
    spans: list[tuple[int, int]] = []
    cursor = 0
    for piece in pieces:
        words = piece.split()
        if not words:
            continue
        pattern = r"\s+".join(re.escape(w) for w in words)
        found = re.compile(pattern).search(text, cursor)
        if found is None:  # the splitter changed characters; fall back to the rest of the paragraph
            start = cursor + (len(text[cursor:]) - len(text[cursor:].lstrip()))
            spans.append((offset + start, offset + len(text.rstrip())))
            cursor = len(text)
            continue
        spans.append((offset + found.start(), offset + found.end()))
        cursor = found.end()
    return spans


def split_paragraphs(text: str) -> list[tuple[int, int]]:
    """Blank-line separated blocks; bullet lines are paragraphs of their own; a text with no blank
    lines at all is one paragraph per line (scraped pages often come that way)."""
    if not BLANK_LINES.search(text):
        blocks = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    else:
        blocks, start = [], 0
        for gap in BLANK_LINES.finditer(text):
            blocks.append((start, gap.start()))
            start = gap.end()
        blocks.append((start, len(text)))
    paragraphs: list[tuple[int, int]] = []
    for start, end in blocks:
        lines = [(m.start() + start, m.end() + start) for m in re.finditer(r"[^\n]+", text[start:end])]
        lines = [(s, e) for s, e in lines if text[s:e].strip()]
        if not lines:
            continue
        if any(BULLET.match(text[s:e]) for s, e in lines):
            # a list: every bullet starts a paragraph; unbulleted lines continue the previous one
            current: tuple[int, int] | None = None
            for s, e in lines:
                if BULLET.match(text[s:e]) or current is None:
                    if current:
                        paragraphs.append(current)
                    current = (s, e)
                else:
                    current = (current[0], e)
            if current:
                paragraphs.append(current)
        else:
            paragraphs.append((lines[0][0], lines[-1][1]))
    return [_trim(text, s, e) for s, e in paragraphs]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def split_sentences(text: str, lang: str) -> list[str]:
    name = splitter_name(lang)
    if name == "pysbd":
        pieces = _split_pysbd(text, load_locale(lang).get("segment.pysbd_language", lang))
    else:
        pieces = _SPLITTERS[name](text)
    pieces = [p.strip() for p in pieces if p.strip()]
    return _glue(pieces, lang)


def segment_text(text: str, lang: str) -> Segmentation:
    paragraphs: list[Paragraph] = []
    sentences: list[Sentence] = []
    for p_index, (p_start, p_end) in enumerate(split_paragraphs(text)):
        body = text[p_start:p_end]
        paragraphs.append(Paragraph(index=p_index, start=p_start, end=p_end, text=body))
        # a bullet marker is not part of the sentence
        marker = BULLET.match(body)
        inner_offset = marker.end() if marker else 0
        inner = body[inner_offset:]
        for s_start, s_end in _locate(split_sentences(inner, lang), inner, p_start + inner_offset):
            sentences.append(
                Sentence(index=len(sentences), paragraph=p_index, start=s_start, end=s_end, text=text[s_start:s_end])
            )
    return Segmentation(paragraphs=tuple(paragraphs), sentences=tuple(sentences), splitter=splitter_name(lang))


def segment_story(story: Story) -> dict[str, Segmentation]:
    return {key: segment_text(edition.text, edition.lang) for key, edition in sorted(story.editions.items())}
