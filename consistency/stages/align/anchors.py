"""Cheap anchors that survive translation: figures, names and quotations.

Alignment only needs to know that two sentences mention the same figure or the same name, not what they
mean, so the anchors stay cheaper than the fact extractors: figures by a separator-blind reading, names by
a short consonant skeleton. The skeleton is spelled through the same locale rules as the fact extractors'
name keys (`facts.names.romanise` and the locales' `transliteration` folds), so a locale file with a
transliteration table is all a language in another script needs for its names to anchor.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property, lru_cache

from rapidfuzz import fuzz, process

from consistency.locales import all_locales, merged, script_of
from consistency.stages.facts.name_keys import key_script, romanise

NUMBER = re.compile(r"\d+(?:[.,\u00a0\u202f ]\d+)*")
WORD = re.compile(r"[^\W\d_][\w'’ʼ-]*")
QUOTES = "«»“”„\""
SPACES = " \u00a0\u202f"
NAME_MATCH_RATIO = 75.0
SKELETON_LENGTH = 4


@lru_cache(maxsize=1)
def _anchor_rules() -> tuple[tuple[tuple[str, str], ...], frozenset[str]]:
    return tuple(tuple(pair) for pair in merged("transliteration.anchor_folds")), frozenset(merged("transliteration.vowels"))


@lru_cache(maxsize=65536)
def name_skeleton(word: str, lang: str | None = None) -> str:
    """'Austin' and 'Остін' → 'stn': the first consonants of the word in the key script, folded coarser than
    a name key (Harvard / Гарвард), since an anchor only has to find its sentence's partner."""
    folds, vowels = _anchor_rules()
    latin = romanise(word, lang)
    for old, new in folds:
        latin = latin.replace(old, new)
    target = key_script()
    consonants = [ch for ch in latin if ch.isalpha() and ch not in vowels and script_of(ch) == target]
    # collapse doubled letters (Ассошиэйтед / Associated)
    folded = [ch for i, ch in enumerate(consonants) if i == 0 or ch != consonants[i - 1]]
    return "".join(folded[:SKELETON_LENGTH])


def normalise_number(raw: str) -> str | None:
    """'1,000' / '1 000' → '1000'; '44,2' / '44.2' → '44.2'; a separator before a group that is not
    three digits long is the decimal mark. Returns None for what is not one number."""
    parts = re.split(r"([.,\u00a0\u202f ])", raw)
    digits, separators = parts[0::2], parts[1::2]
    whole = digits[0]
    for index, (sep, group) in enumerate(zip(separators, digits[1:])):
        last = index == len(separators) - 1
        if len(group) == 3 and not (last and sep in ".," and sep != _group_mark(separators)):
            whole += group  # a thousands group
        elif last and sep in ".,":
            return _strip_zeros(f"{whole}.{group}")
        else:
            return None
    return _strip_zeros(whole)


def _group_mark(separators: list[str]) -> str:
    """The thousands separator of a figure: the first mark, when the last one differs from it
    ('3,500.75' → ','), so that the last mark is then read as the decimal point."""
    return separators[0] if separators else ""


def _strip_zeros(number: str) -> str:
    if "." in number:
        number = number.rstrip("0").rstrip(".")
    return number.lstrip("0") or "0"


@lru_cache(maxsize=1)
def _scales() -> tuple[re.Pattern, dict[str, float]]:
    """Every locale's scale words after a figure ("тис.", "млн", "thousand", "bn", "m"), and their values: "$412 тис."
    anchors to "$412,000" as 412000."""
    values = {w.casefold(): float(entry["value"]) for locale in all_locales() for entry in locale.get("scales", [])
              for w in entry.get("words", [])}
    words = sorted(values, key=lambda w: -len(w.rstrip("*")))
    alternatives = "|".join(re.escape(w.rstrip("*")) + (r"\w*" if w.endswith("*") else "") for w in words)
    return re.compile(rf"[ \u00a0\u202f]?(?:{alternatives})(?!\w)", re.IGNORECASE), values


# a currency's sign right before a figure: its one-letter scale is a sum's ("£5m", "$10k"), where "5 m" alone may be
# metres
_SIGN_BEFORE = re.compile(r"[$£€₴¥][ \u00a0]?\Z")


def _scale_value(word: str, values: dict[str, float]) -> float | None:
    word = word.strip(" \u00a0\u202f").casefold()
    return values.get(word) or next((v for w, v in values.items() if w.endswith("*") and word.startswith(w[:-1])),
                                    None)


def numbers_in(text: str) -> list[str]:
    found: list[str] = []
    scale_after, scale_values = _scales()
    for match in NUMBER.finditer(text):
        raw = match.group().strip(SPACES + ".,")
        value = normalise_number(raw)
        scale = scale_after.match(text, match.start() + len(match.group().rstrip(SPACES + ".,")))
        one_letter = scale is not None and len(scale.group(0).strip(" \u00a0\u202f")) == 1
        signed = _SIGN_BEFORE.search(text, max(0, match.start() - 2), match.start()) is not None
        if value is not None and scale is not None and (signed or not one_letter) and (
                factor := _scale_value(scale.group(0), scale_values)):
            value = _strip_zeros(f"{float(value) * factor:.6f}")
        if value is not None:
            found.append(value)
        else:  # "2019 10" is two numbers side by side, not one
            found.extend(v for piece in re.split(r"[\u00a0\u202f ]", raw) if (v := normalise_number(piece)))
    return found


def names_in(text: str, lang: str | None = None) -> list[str]:
    """Capitalised words other than the sentence's first word, and acronyms anywhere."""
    words = WORD.findall(text)
    names = []
    for position, word in enumerate(words):
        acronym = len(word) >= 2 and word.isupper()
        if acronym or (position > 0 and word[0].isupper() and len(word) >= 2):
            skeleton = name_skeleton(word, lang)
            if len(skeleton) >= 2:
                names.append(skeleton)
    return names


@dataclass(frozen=True)
class Anchors:
    numbers: tuple[str, ...]
    names: tuple[str, ...]
    quotation: bool

    @property
    def empty(self) -> bool:
        return not (self.numbers or self.names or self.quotation)

    # read as sets once per block: the aligner asks a block about some forty partners in its band
    @cached_property
    def number_set(self) -> frozenset[str]:
        return frozenset(self.numbers)

    @cached_property
    def name_set(self) -> frozenset[str]:
        return frozenset(self.names)

    def __add__(self, other: "Anchors") -> "Anchors":
        return Anchors(self.numbers + other.numbers, self.names + other.names, self.quotation or other.quotation)


def extract_anchors(text: str, lang: str | None = None) -> Anchors:
    """`lang`, the edition's language, picks the transliteration scheme; without it the letters pick one."""
    return Anchors(tuple(numbers_in(text)), tuple(names_in(text, lang)), any(q in text for q in QUOTES))


@lru_cache(maxsize=65536)  # the same name pairs come back for every candidate bead
def _names_match(a: str, b: str) -> bool:
    return a == b or fuzz.ratio(a, b) >= NAME_MATCH_RATIO


class NameMatcher:
    """Which anchor names match which, for every distinct name of a text pair at once: rapidfuzz's cdist
    compares them in C, and a block then asks a set question per name instead of a fuzzy comparison per
    name pair (those pair calls were a third of a long story's time)."""

    def __init__(self, anchors: Iterable[Anchors]) -> None:
        names = sorted({name for a in anchors for name in a.names})
        scores = process.cdist(names, names, scorer=fuzz.ratio, score_cutoff=NAME_MATCH_RATIO) if names else []
        self.partners = {name: frozenset(names[k] for k in row.nonzero()[0]) | {name}
                         for name, row in zip(names, scores)}

    def count(self, mine: tuple[str, ...], theirs: Anchors) -> int:
        return sum(1 for n in mine if not self.partners[n].isdisjoint(theirs.name_set))


class _PairwiseMatcher:
    """`NameMatcher`'s answers for one pair of blocks, without reading a whole text first."""

    @staticmethod
    def count(mine: tuple[str, ...], theirs: Anchors) -> int:
        return sum(1 for n in mine if n in theirs.name_set or any(_names_match(n, t) for t in theirs.names))


def anchor_similarity(left: Anchors, right: Anchors, matcher: NameMatcher | None = None) -> float | None:
    """Share of anchors on both sides that find a partner on the other side; None when neither
    side has any (the signal is then absent, not zero). The aligner asks this of every cell of its
    band, so a side without numbers or names skips the comparisons, and it passes a `NameMatcher` built
    over the whole text pair."""
    if left.empty and right.empty:
        return None
    found = 0
    total = len(left.numbers) + len(left.names) + len(right.numbers) + len(right.names)
    if left.numbers and right.numbers:
        found += _count_found(left.numbers, right) + _count_found(right.numbers, left)
    if left.names and right.names:
        names = matcher or _PairwiseMatcher
        found += names.count(left.names, right) + names.count(right.names, left)
    if left.quotation or right.quotation:
        total += 2
        found += 2 if (left.quotation and right.quotation) else 0
    return found / total if total else None


def _count_found(mine: tuple[str, ...], theirs: Anchors) -> int:
    return sum(1 for n in mine if n in theirs.number_set)
