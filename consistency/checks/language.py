"""The `language` check: an edition, or a paragraph inside it, that is not in its declared language.

How much text a verdict needs is language identification's to say (`stages.langid.MIN_EVIDENCE`): a
paragraph it cannot call (a bullet, a caption, a list of product names) has `lang=None` and is never
reported, however long; one it can call in another language is, however short."""

from __future__ import annotations

import re
from dataclasses import dataclass

from consistency.checks.base import Check
from consistency.excerpt import excerpt
from consistency.model import Analysis, Finding
from consistency.stages.langid import identify, mixed_script_words

# a quotation between any of the marks the three languages' copy uses
QUOTATION = re.compile(r'"[^"\n]+"|«[^»\n]+»|“[^”\n]+”|„[^“”\n]+[“”]')
# a quotation's translation given beside it, in brackets right after its closing mark
TRANSLATION_IN_BRACKETS = re.compile(r"[ \u00a0]*\(([^()\n]+)\)")
# the most words of a quoted name: a title, a brand ("«Нова радість стала»", «Укрзалізниця»)
NAME_WORDS = 4
# a mark that ends or splits a sentence: a quotation holding one is somebody's words, no name
SENTENCE_MARKS = re.compile(r"[.!?,;:…]")


def _names_quoted(text: str, declared: str) -> bool:
    """A paragraph whose quotations are short and hold no mark of a sentence (a festival's, a song's, a firm's name
    kept as it is: "фестиваль вертепов «Нова радість стала»"), the words around them in `declared` or too few to
    tell: a name, which is never translated, and no paragraph left in another language. Asked after
    `_a_quotation_kept`: somebody's words kept are still worth a warning."""
    quoted = QUOTATION.findall(text)
    return (bool(quoted) and all(len(q.split()) <= NAME_WORDS and not SENTENCE_MARKS.search(q) for q in quoted)
            and identify(QUOTATION.sub(" ", text)).lang in (declared, None))


def _a_quotation_kept(text: str, declared: str, foreign: str) -> bool:
    """A paragraph whose quotation is in `foreign` and whose own words around it are in `declared`: the words
    as they were said, kept by a translator who translated the rest ('"Canada stands with Ukraine," – написав
    він'), not a paragraph left untranslated; a warning, as the reader may still want them translated."""
    quoted = QUOTATION.findall(text)
    if not quoted:
        return False
    return (identify(QUOTATION.sub(" ", text)).lang == declared and identify(" ".join(quoted)).lang == foreign)


def _translated_beside(text: str, declared: str) -> bool:
    """A paragraph whose every quotation is followed by its translation in brackets ('«Ukraine is not alone» (Україна
    не сама), — написав він'): the words as they were said, and what they mean, both there for the reader."""
    rest, last = [], 0
    for quotation in QUOTATION.finditer(text):
        bracket = TRANSLATION_IN_BRACKETS.match(text, quotation.end())
        if bracket is None or identify(bracket.group(1)).lang != declared:
            return False
        rest.append(text[last:quotation.start()])
        last = bracket.end()
    # the words around them are the edition's own, or too few to tell ("— написав він")
    return bool(rest) and identify(" ".join(rest) + " " + text[last:]).lang in (declared, None)


@dataclass(frozen=True, kw_only=True)
class LanguageCheck(Check):
    name = "language"
    produces = ("language",)
    requires = ("segmentations", "languages")
    thresholds = ("foreign_paragraph_confidence",)

    def run(self, analysis: Analysis) -> tuple[list[Finding], dict]:
        threshold = analysis.story.config.thresholds.foreign_paragraph_confidence
        findings: list[Finding] = []
        foreign_share: dict[str, float] = {}
        for key, reading in sorted(analysis.languages.items()):
            edition = analysis.story.editions[key]
            detected = reading.detected
            paragraphs = analysis.segmentations[key].paragraphs
            foreign_letters = total_letters = 0
            whole_edition_foreign = (detected.lang is not None and detected.lang != reading.declared
                                     and detected.confidence >= threshold)
            # a paragraph that reads as the declared language says the file is partly translated: its foreign
            # paragraphs are named one by one besides, as the reader must find them; a file wholly in another
            # language gets the one finding
            some_declared = any(guess.lang == reading.declared and guess.confidence >= threshold
                                for guess in reading.paragraphs)
            if whole_edition_foreign:
                findings.append(Finding(
                    check="language", severity="error", edition=key, kind="wrong-language-edition",
                    message=f"{edition.path.name} is declared {reading.declared} but reads as {detected.lang}"
                    f" (confidence {detected.confidence:.2f})",
                    evidence={key: excerpt(edition.text, 240, fold_whitespace=False)}, spans={key: (0, min(len(edition.text), 240))},
                ))
            for paragraph, guess in zip(paragraphs, reading.paragraphs):
                letters = sum(c.isalpha() for c in paragraph.text)
                total_letters += letters
                if guess.lang is None or guess.lang == reading.declared:
                    continue
                if guess.confidence < threshold:
                    continue
                foreign_letters += letters
                if whole_edition_foreign and not some_declared:
                    continue
                if _translated_beside(paragraph.text, reading.declared):
                    continue
                if _a_quotation_kept(paragraph.text, reading.declared, guess.lang):
                    findings.append(Finding(
                        check="language", severity="warning", edition=key, kind="foreign-quotation",
                        message=f"a quotation in {guess.lang} is kept untranslated in the {reading.declared} edition",
                        evidence={key: excerpt(paragraph.text, 240, fold_whitespace=False)},
                        spans={key: (paragraph.start, paragraph.end)},
                    ))
                    continue
                if _names_quoted(paragraph.text, reading.declared):
                    continue
                findings.append(Finding(
                    check="language", severity="error", edition=key, kind="foreign-paragraph",
                    message=f"a paragraph of the {reading.declared} edition is in {guess.lang} (left untranslated?)",
                    evidence={key: excerpt(paragraph.text, 240, fold_whitespace=False)}, spans={key: (paragraph.start, paragraph.end)},
                ))
            foreign_share[key] = round(foreign_letters / total_letters, 4) if total_letters else 0.0
            for start, end, word, scripts in mixed_script_words(edition.text):
                findings.append(Finding(
                    check="language", severity="warning", edition=key, kind="mixed-script",
                    message=f"{word!r} mixes {' and '.join(scripts)} letters (a look-alike letter typed in the wrong script)",
                    evidence={key: word}, spans={key: (start, end)},
                ))
        return findings, {"foreign_share": foreign_share}
