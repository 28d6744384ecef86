"""Language identification per edition and per paragraph.

langdetect alone mislabels short Ukrainian as Russian (and short Russian as Macedonian), so it is one
voice of three: the script of the letters, the letters only one candidate writes (і ї є ґ vs ы э ъ ё,
from the locale files), and the locale's frequent function words. langdetect is seeded and restricted
to the candidate languages so results never change between runs.
"""

from __future__ import annotations

import re
from functools import lru_cache

from consistency.locales import Locale, available_locales, load_locale, locale_scripts, script_of
from consistency.model import EditionLanguage, LanguageGuess, Segmentation, Story

MIN_LETTERS = 12  # below this (a name, a figure) a text carries no language evidence
LANGDETECT_MIN_LETTERS = 60  # langdetect is only trusted on text this long
WORD = re.compile(r"[^\W\d_]+(?:[’'][^\W\d_]+)*")
LETTERS = re.compile(r"\b[^\W\d_]{2,}\b")
_script_of = script_of  # kept under its old name for callers of this module


@lru_cache(maxsize=None)
def _function_words(code: str) -> frozenset[str]:
    return frozenset(w.lower() for w in load_locale(code).get("language.function_words", []))


@lru_cache(maxsize=1)
def _langdetect_factory():
    from langdetect import DetectorFactory, detector_factory

    DetectorFactory.seed = 0
    detector_factory.init_factory()
    return detector_factory._factory


def _langdetect_probabilities(text: str, candidates: tuple[str, ...]) -> dict[str, float]:
    from langdetect.lang_detect_exception import LangDetectException

    factory = _langdetect_factory()
    try:
        detector = factory.create()
        detector.append(text)
        ranked = detector.get_probabilities()
    except LangDetectException:
        return {}
    probabilities = {lang.lang: lang.prob for lang in ranked}
    total = sum(probabilities.get(c, 0.0) for c in candidates)
    if total <= 0:
        return {}
    return {c: probabilities.get(c, 0.0) / total for c in candidates}


def identify(text: str, candidates: tuple[str, ...] | None = None) -> LanguageGuess:
    """Most likely language of `text` among `candidates` (locale codes; default: every locale)."""
    candidates = tuple(sorted(candidates or available_locales()))
    locales: dict[str, Locale] = {c: load_locale(c) for c in candidates}
    letters = [c for c in text if c.isalpha()]
    scripts = [s for s in map(_script_of, letters) if s]
    if len(scripts) < MIN_LETTERS:
        return LanguageGuess(lang=None, confidence=0.0, evidence="too-short")
    share = {script: scripts.count(script) / len(scripts) for script in set(scripts)}
    dominant = max(share, key=lambda s: (share[s], s))
    in_script = tuple(c for c in candidates if locales[c].get("language.script") == dominant)
    if not in_script:
        return LanguageGuess(lang=None, confidence=0.0, evidence="letters")
    if len(in_script) == 1:
        return LanguageGuess(lang=in_script[0], confidence=round(share[dominant], 4), evidence="letters")

    words = [w.lower() for w in WORD.findall(text)]
    scores: dict[str, float] = {}
    for code in in_script:
        distinctive = set(locales[code].get("language.distinctive_letters", ""))
        letter_hits = sum(1 for c in text if c in distinctive)
        word_hits = sum(1 for w in words if w in _function_words(code))
        # a distinctive letter is near-proof; function words are good evidence; both per 100 letters
        scores[code] = (3.0 * letter_hits + 1.0 * word_hits) / max(len(letters), 1) * 100
    evidence = "letters"
    if len(letters) >= LANGDETECT_MIN_LETTERS:
        probabilities = _langdetect_probabilities(text, in_script)
        if probabilities:
            evidence = "letters+langdetect"
            for code in in_script:
                scores[code] += 2.0 * probabilities.get(code, 0.0)
    ranked = sorted(in_script, key=lambda c: (-scores[c], c))
    best, runner_up = scores[ranked[0]], scores[ranked[1]]
    if best <= 0:
        return LanguageGuess(lang=None, confidence=0.0, evidence=evidence)
    confidence = (best - runner_up) / best
    return LanguageGuess(lang=ranked[0], confidence=round(min(1.0, confidence) * share[dominant], 4), evidence=evidence)


def mixed_script_words(text: str) -> list[tuple[int, int, str, tuple[str, ...]]]:
    """Words that mix letters of two scripts the locales write (a Latin "i" or "o" typed inside a Ukrainian
    word), with the scripts mixed; a letter of a script no locale names (a Greek "μ" in "μm") proves nothing."""
    scripts = locale_scripts()
    found = []
    for m in LETTERS.finditer(text):
        word = m.group()
        if word.isascii():
            continue  # the common case, and one script
        mixed = {s for ch in word if (s := script_of(ch)) in scripts}
        if len(mixed) >= 2:
            found.append((m.start(), m.end(), word, tuple(sorted(mixed))))
    return found


def signature() -> dict[str, int]:
    """The settings that decide what language identification says, for the report's signature."""
    return {"min_letters": MIN_LETTERS, "langdetect_min_letters": LANGDETECT_MIN_LETTERS, "langdetect_seed": 0}


def identify_languages(story: Story, segmentations: dict[str, Segmentation]) -> dict[str, EditionLanguage]:
    candidates = tuple(sorted(set(available_locales())))
    result: dict[str, EditionLanguage] = {}
    for key, edition in sorted(story.editions.items()):
        segmentation = segmentations[key]
        result[key] = EditionLanguage(
            edition=key,
            declared=edition.lang,
            detected=identify(edition.text, candidates),
            paragraphs=tuple(identify(p.text, candidates) for p in segmentation.paragraphs),
        )
    return result
