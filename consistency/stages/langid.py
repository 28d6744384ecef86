"""Language identification per edition and per paragraph.

A verdict rests on words that carry evidence, never on length alone, and needs enough of them:

1. Which script is the text written in? *Text words* decide: lowercase words, the locales' function
   words, and a capitalised word that opens a sentence. Another capitalised or mixed-case word counts in
   the script most text words are in, and for nothing in any other: "Apple Pay", "Microsoft", "HIMARS" in
   Cyrillic text are names quoted in it, not English text.
2. Which of the languages written in that script? A word with a letter only one candidate writes
   (і ї є ґ for uk, ы э ъ ё for ru, from the locale files) or a function word only one candidate has
   (та, що / и, что) is a mark, worth MARK_WEIGHT words. Marks of one language alone decide; otherwise a
   detector (lingua, restricted to the candidates in that script, deterministic) adds its probability
   for each candidate times the number of text words it read. langdetect, used before, called short
   Ukrainian Russian; lingua tells them apart on short lines, and one too short for it stays undecided.

Each step needs MIN_EVIDENCE words' worth of evidence more for the winner than for the runner-up: a bullet
such as "• 3 танки;" or a line of product names gets no verdict (`lang=None`), so no language error.
"""

from __future__ import annotations

import json
import math
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from importlib import metadata

from consistency.cache import SqliteCache
from consistency.locales import Locale, available_locales, load_locale, locale_scripts, script_of
from consistency.model import EditionLanguage, LanguageGuess, Segmentation, Story

# Words' worth of evidence a verdict needs over the runner-up: three text words of one script against none
# of another, or a detector sure of three words, or two marks (a distinctive letter, a function word only
# one candidate has) with a detector that does not object. Fewer is a bullet, a caption, a name.
MIN_EVIDENCE = 3.0
MARK_WEIGHT = 2.0  # a mark is near-proof: worth two words a detector read
# text words the winning script needs besides its names: "Apple Pay, Google Pay, Garmin Pay" has one (its
# first word) and is a list of names, "Killer Pig Mauls Farmer to Death" has two and is an English headline
MIN_TEXT_WORDS = 2
# the most letters of a unit's word read as the figure's, no word of the text (`words_of`)
UNIT_WORD_LETTERS = 4
DETECTOR = "lingua"
GAPPED_TOKEN = re.compile(r"(\W*)(\w+(?:[’'\-]\w+)*)")  # a word, with what stands before it
FIGURE = re.compile(r"[\d_]")
SENTENCE_END = re.compile(r"[.!?…\n•·▪●◦]")  # before a word: it opens a sentence, a line or an item
LETTERS = re.compile(r"\b[^\W\d_]{2,}\b")
_ABBREVIATION_STOP = re.compile(r"\.[^\W\d_]")  # "к.с.": the stop between an abbreviation's letters
_script_of = script_of  # kept under its old name for callers of this module


@lru_cache(maxsize=None)
def _function_words(code: str) -> frozenset[str]:
    return frozenset(w.casefold() for w in load_locale(code).get("language.function_words", []))


@lru_cache(maxsize=None)
def _detector(candidates: tuple[str, ...]):
    """lingua restricted to `candidates`, or None when it knows fewer than two of them. Its models load on
    first use, per language: about 0.3 s for uk and ru together."""
    from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

    languages = []
    for code in candidates:
        try:
            languages.append(Language.from_iso_code_639_1(IsoCode639_1.from_str(code)))
        except ValueError:
            continue  # a newsroom's language lingua does not know: its marks decide alone
    # the high-accuracy models (n-grams up to five letters): the low-accuracy ones load in 0.05 s instead
    # of ~0.4 s but called short Russian lines Ukrainian (NTREX-128, WMT22)
    return LanguageDetectorBuilder.from_languages(*languages).build() if len(languages) >= 2 else None


class DetectorCache(SqliteCache):
    """The detector's probabilities on disk (`languages.sqlite3` beside the translation cache), under a hash
    of the text, the candidates and the detector's version: a rerun of a story loads no detector model
    (lingua's take about 0.3 s to load, a fifth of a warm check). Same safety rules as the other caches."""

    FILENAME = "languages.sqlite3"
    LABEL = "language cache"


def _detector_probabilities(text: str, candidates: tuple[str, ...],
                            cache: DetectorCache | None = None) -> dict[str, float]:
    if not text:
        return {}
    key = (cache.key({"detector": DETECTOR, "version": _detector_version()}, ",".join(candidates), "", text)
           if cache is not None else None)
    if key is not None and (stored := _stored_probabilities(cache.get(key), candidates)) is not None:
        return stored
    detector = _detector(candidates)
    if detector is None:
        return {}
    read = detector.compute_language_confidence_values(text)
    values = {v.language.iso_code_639_1.name.lower(): v.value for v in read}
    probabilities = {code: values.get(code, 0.0) for code in candidates}
    if key is not None:
        cache.put_many({key: json.dumps(probabilities, sort_keys=True)})
    return probabilities


def _stored_probabilities(stored: str | None, candidates: tuple[str, ...]) -> dict[str, float] | None:
    """A cached reading, or None for none or one that cannot be (read again and overwritten)."""
    try:
        values = json.loads(stored) if stored is not None else None
    except ValueError:
        return None
    if (not isinstance(values, dict) or sorted(values) != sorted(candidates)
            or not all(isinstance(v, float) and math.isfinite(v) for v in values.values())):
        return None
    return {code: values[code] for code in candidates}


@lru_cache(maxsize=1)
def _unit_words() -> frozenset[str]:
    """The short words for units that two locales write alike ("км", "кВт", "кг"): no evidence of either. A word one
    language alone writes ("дней", "року", "лет") still is."""
    seen: defaultdict[str, set[str]] = defaultdict(set)
    for code in available_locales():
        for unit in load_locale(code).get("units", []):
            for word in unit.get("words", []):
                if len(word) <= UNIT_WORD_LETTERS and word.isalpha():
                    seen[word.casefold()].add(code)
    return frozenset(word for word, codes in seen.items() if len(codes) > 1)


def words_of(text: str) -> list[tuple[str, bool]]:
    """The words of `text` (letters with inner apostrophes and hyphens), each with whether it opens a
    sentence; a token with a figure ("M142", "топ-3", "140х195") is a code, not a word, a unit's short word after a
    figure that two languages write alike ("38 кВт·год", "329 км") is the figure's, and a letter before a full stop
    is an abbreviation's ("к.с.")."""
    found = []
    opens = True  # the text's first word
    after_figure = False
    for m in GAPPED_TOKEN.finditer(text):
        gap, token = m.groups()
        opens = opens or (gap != " " and SENTENCE_END.search(gap) is not None)
        if FIGURE.search(token):
            after_figure = True
        elif len(token) == 1 and _ABBREVIATION_STOP.match(text, m.end()):
            pass  # a letter of an abbreviation ("к.с."), no preposition ("с", "к")
        elif not (after_figure and token.casefold() in _unit_words()):
            found.append((token, opens))
            after_figure = False
        opens = False
    return found


@lru_cache(maxsize=1 << 16)
def word_script(word: str) -> str | None:
    """The script most of the word's letters are in (the first of them on a tie)."""
    scripts = [s for c in word if c.isalpha() and (s := script_of(c))]
    return max(scripts, key=lambda s: (scripts.count(s), -scripts.index(s))) if scripts else None


def is_text_word(word: str, opens_sentence: bool, function_words: frozenset[str]) -> bool:
    """A word of running text rather than a name: lowercase, a function word whatever its case, or a
    capitalised word that opens a sentence."""
    if word.islower() or word.casefold() in function_words:
        return True
    return opens_sentence and word[:1].isupper() and (len(word) == 1 or word[1:].islower())


@dataclass(frozen=True)
class _Reading:
    """What a text offers as evidence: its words by script, the text words among them, and the running
    script (the one most text words are in). A capitalised word counts in the running script (a sentence's
    first word, a name of that language's own); in another script it is a name quoted in that text and
    counts for nothing."""

    words: dict[str, list[str]]
    text_words: dict[str, list[str]]
    # the scripts with a text word inside a sentence, not opening it: a list of names, one a line ("YouTube —
    # 13,6%", "The Roku Channel — 2,9%"), opens its every line with a capital, and writes no running text
    running_text: frozenset[str] = frozenset()

    @classmethod
    def of(cls, text: str, candidates: tuple[str, ...]) -> _Reading:
        function_words = frozenset().union(*(_function_words(c) for c in candidates))
        words: defaultdict[str, list[str]] = defaultdict(list)
        text_words: defaultdict[str, list[str]] = defaultdict(list)
        running: set[str] = set()
        for word, opens_sentence in words_of(text):  # a whole edition too: keep this loop lean
            script = word_script(word)
            if script is not None:
                words[script].append(word)
                if word.islower() or is_text_word(word, opens_sentence, function_words):
                    text_words[script].append(word)
                    if not opens_sentence:
                        running.add(script)
        return cls(dict(words), dict(text_words), frozenset(running))

    @property
    def running(self) -> str | None:
        """The script most text words are in; None on a tie (then no script's names count)."""
        counts = sorted((len(w) for w in self.text_words.values()), reverse=True)
        if not counts or len(counts) > 1 and counts[0] == counts[1]:
            return None
        return max(self.text_words, key=lambda s: len(self.text_words[s]))

    def count(self, script: str) -> int:
        """Words of `script` that are evidence of the text's language."""
        return len((self.words if script == self.running else self.text_words).get(script, ()))


def _none(evidence: str) -> LanguageGuess:
    return LanguageGuess(lang=None, confidence=0.0, evidence=evidence)


def _marks(words: list[str], code: str, others: tuple[str, ...], locales: dict[str, Locale]) -> int:
    """Words that only `code`, of the candidates in this script, writes: a letter of its own, or a function
    word the others do not have ("не", "на", "для" are both Ukrainian and Russian, so they are no mark)."""
    own = set(locales[code].get("language.distinctive_letters", ""))
    theirs = set().union(*(set(locales[o].get("language.distinctive_letters", "")) for o in others))
    shared_words = frozenset().union(*(_function_words(o) for o in others))
    marked = 0
    for word in words:
        letters = set(word)
        if letters & own and not letters & theirs:
            marked += 1
        elif word.casefold() in _function_words(code) and word.casefold() not in shared_words:
            marked += 1
    return marked


def _within_script(reading: _Reading, script: str, in_script: tuple[str, ...], locales: dict[str, Locale],
                   cache: DetectorCache | None = None) -> tuple[str | None, float, str]:
    """(language, share of the evidence, evidence) among candidates that write the same script. Marks come
    first: when only one candidate has any, and enough, they decide and the detector is not asked (nor
    loaded); otherwise the detector's reading is added to them."""
    words = reading.words[script]
    marks = {code: MARK_WEIGHT * _marks(words, code, tuple(c for c in in_script if c != code), locales)
             for code in in_script}
    marked = [code for code in in_script if marks[code]]
    if len(marked) == 1 and marks[marked[0]] >= MIN_EVIDENCE:
        return marked[0], 1.0, "letters"
    read = reading.count(script)
    if max(marks.values()) + read < MIN_EVIDENCE:
        return None, 0.0, "too-short"  # not even a detector sure of every word would make a verdict
    probabilities = _detector_probabilities(" ".join(words), in_script, cache)
    scores = {code: marks[code] + probabilities.get(code, 0.0) * read for code in in_script}
    ranked = sorted(in_script, key=lambda c: (-scores[c], c))
    evidence = f"letters+{DETECTOR}" if probabilities else "letters"
    if scores[ranked[0]] - scores[ranked[1]] < MIN_EVIDENCE:
        return None, 0.0, evidence
    return ranked[0], scores[ranked[0]] / sum(scores.values()), evidence


def identify(text: str, candidates: tuple[str, ...] | None = None, cache: DetectorCache | None = None) -> LanguageGuess:
    """Most likely language of `text` among `candidates` (locale codes; default: every locale), or
    `lang=None` when the text has too little evidence to tell (a bullet, a caption, a list of names).
    `cache` keeps the detector's readings between runs."""
    candidates = tuple(sorted(candidates or available_locales()))
    locales: dict[str, Locale] = {c: load_locale(c) for c in candidates}
    reading = _Reading.of(text, candidates)
    if not reading.text_words:
        return _none("too-short")
    by_count = sorted(reading.words, key=lambda s: (-reading.count(s), s))
    script = by_count[0]
    runner_up = reading.count(by_count[1]) if len(by_count) > 1 else 0
    if (reading.count(script) - runner_up < MIN_EVIDENCE or len(reading.text_words.get(script, ())) < MIN_TEXT_WORDS
            or script not in reading.running_text):
        return _none("too-short")
    share = reading.count(script) / sum(map(reading.count, by_count))
    in_script = tuple(c for c in candidates if locales[c].get("language.script") == script)
    if not in_script:
        return _none("letters")
    if len(in_script) == 1:
        if not _function_words(in_script[0]) & {w.casefold() for w in reading.words[script]}:
            # the script of one candidate, but none of its function words: another language written in it
            # (a French quote kept in every edition is no English left untranslated)
            return _none("letters")
        return LanguageGuess(lang=in_script[0], confidence=round(share, 4), evidence="letters")
    lang, within, evidence = _within_script(reading, script, in_script, locales, cache)
    if lang is None:
        return _none(evidence)
    return LanguageGuess(lang=lang, confidence=round(within * share, 4), evidence=evidence)


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


@lru_cache(maxsize=1)
def _detector_version() -> str | None:
    try:
        return metadata.version("lingua-language-detector")
    except metadata.PackageNotFoundError:
        return None


def signature() -> dict[str, float | str | None]:
    """The settings that decide what language identification says, for the report's signature."""
    return {"min_evidence": MIN_EVIDENCE, "mark_weight": MARK_WEIGHT, "unit_word_letters": UNIT_WORD_LETTERS,
            "min_text_words": MIN_TEXT_WORDS,
            "detector": DETECTOR, "detector_version": _detector_version()}


def identify_languages(story: Story, segmentations: dict[str, Segmentation],
                       cache: DetectorCache | None = None) -> dict[str, EditionLanguage]:
    candidates = tuple(sorted(set(available_locales())))
    result: dict[str, EditionLanguage] = {}
    for key, edition in sorted(story.editions.items()):
        segmentation = segmentations[key]
        result[key] = EditionLanguage(
            edition=key,
            declared=edition.lang,
            detected=identify(edition.text, candidates, cache),
            paragraphs=tuple(identify(p.text, candidates, cache) for p in segmentation.paragraphs),
        )
    return result
