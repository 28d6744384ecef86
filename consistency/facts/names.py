"""Names of people, places, organisations and weapon systems, made comparable across scripts.

A name's value is a key shared by all languages: the alias glossary's key ("kyiv" for Kyiv / Київ /
Киев / Києві) when the locale lists it, else "~" + a Latin skeleton of its stem (transliterated by the
locale's scheme, case endings stripped), which `same_name` compares fuzzily with rapidfuzz.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz

from ..locales import load_locale
from ..model import Fact

_WORD = re.compile(r"(?<![\w\-.])([A-Z](?:\.[A-Z])+\.?|[A-ZА-ЯІЇЄҐЁ][\w’'\-]*[\w])")
FUZZY_THRESHOLD = 80


@lru_cache(maxsize=None)
def _name_rules(lang: str):
    loc = load_locale(lang)
    endings = tuple(sorted(loc.get("names.endings", []), key=len, reverse=True))
    stop = frozenset(w.casefold() for w in loc.get("names.stop", []))
    function = frozenset(w.casefold() for w in loc.get("language.function_words", []))
    aliases: dict[str, str] = {}
    for key, forms in loc.get("names.aliases", {}).items():
        for form in forms:
            aliases[form.casefold()] = key
    table = loc.get("transliteration.table", {})
    initial = loc.get("transliteration.initial", {})
    scheme = loc.get("transliteration.scheme")
    stems = {_stem(form, endings): key for form, key in aliases.items()}
    return endings, stop, function, aliases, table, initial, scheme, stems


def _stem(word: str, endings: tuple[str, ...]) -> str:
    lowered = word.casefold()
    for ending in endings:
        if lowered.endswith(ending) and len(lowered) - len(ending) >= 3:
            return lowered[: -len(ending)]
    return lowered


def transliterate(word: str, lang: str) -> str:
    _, _, _, _, table, initial, scheme, _ = _name_rules(lang)
    if scheme and scheme.startswith("iuliia:"):
        import iuliia

        return getattr(iuliia, scheme.split(":", 1)[1]).translate(word).casefold()
    if not table:
        return word.casefold()
    out = []
    for i, ch in enumerate(word.casefold()):
        if (i == 0 or not word[i - 1].isalpha()) and ch in initial:
            out.append(initial[ch])
        else:
            out.append(table.get(ch, ch))
    return "".join(out)


def name_key(word: str, lang: str) -> str:
    return _name_key(word, lang)


@lru_cache(maxsize=65536)
def _name_key(word: str, lang: str) -> str:
    endings, _, _, aliases, _, _, _, stems = _name_rules(lang)
    lowered = word.casefold()
    if lowered in aliases:
        return aliases[lowered]
    stem = _stem(word, endings)
    if stem in stems:  # inflected alias: Остіна → austin, Умєровим → umerov
        return stems[stem]
    return "~" + _skeleton(transliterate(stem, lang))


def _skeleton(latin: str) -> str:
    """Spelling variants that transliteration schemes disagree on, folded: kh/h, y/i/j, double letters."""
    s = latin.replace("kh", "h").replace("j", "i").replace("y", "i").replace("w", "v").replace("'", "")
    return re.sub(r"(.)\1", r"\1", s)


def same_name(a: str, b: str) -> bool:
    if a == b:
        return True
    if a.startswith("~") and b.startswith("~"):
        return fuzz.ratio(a[1:], b[1:]) >= FUZZY_THRESHOLD
    return False


def read_names(text: str, lang: str, sentence_starts: list[int], taken: list[tuple[int, int]]) -> list[Fact]:
    endings, stop, function, aliases, *_ = _name_rules(lang)
    starts = set(sentence_starts)
    facts: list[Fact] = []
    for m in _WORD.finditer(text):
        word = m.group(1)
        start, end = m.span(1)
        folded = word.casefold()
        if folded in stop or folded in function or any(s < end and start < e for s, e in taken):
            continue
        if folded not in aliases:
            if start in starts or _after_opening(text, start, starts):
                continue  # a capital at a sentence start says nothing
            if len(word) < 3 and not word.isupper():
                continue
        facts.append(Fact("name", name_key(word, lang), word, start, end))
    return facts


def _after_opening(text: str, start: int, starts: set[int]) -> bool:
    i = start - 1
    while i >= 0 and not text[i].isalnum():
        if i in starts:
            return True
        i -= 1
    return i < 0
