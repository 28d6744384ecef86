"""Name keys shared by all languages, and how two keys are compared.

A name's value is the glossary key ("kyiv" for Kyiv / Київ / Киев / Києві) when a locale lists it, else "~"
plus a Latin skeleton of each word's stem (transliterated by the locale's scheme, case endings stripped),
joined by "|" ("~lloid|~ostin"). `same_name` compares keys fuzzily with rapidfuzz, word by word; `form_of`
says whether one key is a case form or derivative of another.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from functools import lru_cache
from typing import Iterable, Sequence

from rapidfuzz import fuzz, process

from consistency.locales import all_locales, available_locales, load_locale, locale_path, merged, script_of
from consistency.stages.facts.entities import PLACES, cldr_glossary, glossary_kind, is_given_name, lemmas, name_lemma
from consistency.stages.facts.roman import LATIN_LETTERS, roman_value

FUZZY_THRESHOLD = 80


@lru_cache(maxsize=1)
def name_token() -> re.Pattern:
    """A word (letters, inner apostrophes and hyphens; a code with its version, "GPT-5.1"), or a dotted abbreviation
    ("U.S.", "J."). Initials are the capitals of the scripts whose locales say `names.dotted_initials` (a Cyrillic
    "В." is still a short word followed by a full stop: reading it as an initial is a change to measure first)."""
    scripts = {loc.get("language.script") for loc in all_locales() if loc.get("names.dotted_initials", False)}
    capitals = "".join(ch for ch in map(chr, range(0x20000)) if ch.isupper() and script_of(ch) in scripts)
    upper = "[" + re.escape(capitals) + "]" if capitals else "(?!)"
    # a code's version after its figure is a part of it ("GPT-5.1", no "GPT-5"), and a code after it is another
    # ("G1.6-G4", sizes from one to the other); capitals joined by an ampersand are one name ("S&P", "AT&T", "H&M")
    return re.compile(rf"(?<!\w)(?:(?<!\w-)|(?<=\d[.,]\d-)|(?<=\d[.,]\d\d-))"
                      rf"(?:{upper}{{1,3}}&{upper}{{1,3}}(?!\w)|{upper}(?:\.{upper})+\.?|{upper}\.(?!\w)"
                      rf"|[^\W\d_](?:[\w’'\-]*[^\W_])?"
                      rf"(?:(?<=\d)\.\d+)*)")


@lru_cache(maxsize=None)
def name_rules(lang: str):
    loc = load_locale(lang)
    endings = tuple(sorted(loc.get("names.endings", []), key=len, reverse=True))
    stop = frozenset(w.casefold() for w in loc.get("names.stop", []))
    function = frozenset(w.casefold() for w in loc.get("language.function_words", []))
    common = frozenset(w.casefold() for w in loc.get("names.common", []))
    aliases: dict[str, str] = {}
    phrases: dict[tuple[str, ...], str] = {}  # stems of each word of an alias → key
    # a name kept in another script ("The Washington Post" in a Ukrainian text) is read by the glossary
    # forms of every locale; the edition's own forms come last and win
    for other in available_locales():
        if other != lang:
            for key, forms in load_locale(other).get("names.aliases", {}).items():
                for form in forms:
                    aliases.setdefault(form.casefold(), key)
    for key, forms in loc.get("names.aliases", {}).items():
        for form in forms:
            aliases[form.casefold()] = key
            words = tuple(stem(w, endings) for w in name_words(form))
            phrases.setdefault(words, key)
    # CLDR's places after the locale's own glossary, which wins where both spell a name; with the letters copy writes
    # otherwise (`names.letter_variants`: CLDR's "Йоганнесбурґ" is "Йоганнесбург" in most Ukrainian copy)
    variants = tuple(loc.get("names.letter_variants", {}).items())
    for key, (_kind, forms_by_lang) in cldr_glossary().items():
        for form_lang, forms in forms_by_lang.items():
            for written in forms:
                for form in {written, *(written.replace(a, b) for a, b in variants if form_lang == lang)}:
                    aliases.setdefault(form.casefold(), key)
                    if form_lang == lang:
                        phrases.setdefault(tuple(stem(w, endings) for w in name_words(form)), key)
    table = loc.get("transliteration.table", {})
    initial = loc.get("transliteration.initial", {})
    scheme = loc.get("transliteration.scheme")
    small = frozenset(w.casefold() for w in loc.get("names.title_case_small_words", []))
    inflections = tuple(loc.get("names.title_case_inflections", []))
    title_case = ((small, stop | function | common, inflections) if loc.get("names.title_case_headlines", False)
                  else None)
    return endings, stop, function, common, aliases, phrases, table, initial, scheme, title_case


@lru_cache(maxsize=1)
def acronym_forms() -> frozenset[str]:
    """Glossary forms, casefolded, that every locale writes only in capitals ("WHO", "ВОЗ", "МОК"): where a
    text writes one otherwise, it may be a common word ("Who", "Мок")."""
    capitals, other = set(), set()
    for loc in all_locales():
        for forms in loc.get("names.aliases", {}).values():
            for form in forms:
                letters = form.replace(".", "")
                (capitals if len(letters) >= 2 and letters.isupper() else other).add(form.casefold())
    return frozenset(capitals - other)


def name_words(text: str) -> list[str]:
    return [m.group() for m in name_token().finditer(text)]


@lru_cache(maxsize=65536)
def _stem_cached(lowered: str, endings: tuple[str, ...]) -> str:
    for ending in endings:
        # a case ending leaves three letters at least ("США" keeps its "А"); a possessive two ("UK's", "EU's")
        if lowered.endswith(ending) and len(lowered) - len(ending) >= (2 if ending.startswith("'") else 3):
            return lowered[: -len(ending)]
    return lowered


def stem(word: str, endings: tuple[str, ...]) -> str:
    return _stem_cached(word.casefold().replace("’", "'"), endings)


def transliterate(word: str, lang: str) -> str:
    *_, table, initial, scheme, _title = name_rules(lang)
    if scheme and scheme.startswith("iuliia:"):
        import iuliia

        # iuliia's BGN/PCGN keeps "ё" after a consonant as it is and marks "э" after one with "·" ("Мён" → "Mёn",
        # "Чжэ" → "Chzh·e"): English copy writes "e" for both ("Gorbachev", "Semenov"), as Russian copy often does
        latin = getattr(iuliia, scheme.split(":", 1)[1]).translate(word).casefold()
        return _without_marks(latin.replace("ё", "e").replace("·", ""))
    if not table:
        return _without_marks(word.casefold())
    return _without_marks(_apply_table(word.casefold(), table, initial))


# Latin letters Unicode gives no decomposition into a base letter and a mark
_UNDECOMPOSED_LATIN = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ð": "d", "ħ": "h", "ı": "i", "ß": "ss",
                                     "æ": "ae", "œ": "oe", "þ": "th"})


@lru_cache(maxsize=65536)
def _without_marks(lowered: str) -> str:
    """Latin letters without their diacritics, as Cyrillic copy transcribes them and English copy often drops them
    ("Erdoğan" / "Ердоган" / "Erdogan", "Jørgensen" / "Йоргенсен", "Łukasz" / "Лукаш"): a key keeps no mark, so
    that the name's key and its sound match its transcription's. Letters of other scripts stay as they are (a
    Cyrillic "й" is no "и" with a mark)."""
    if lowered.isascii():
        return lowered
    out = []
    for char in lowered.translate(_UNDECOMPOSED_LATIN):
        if script_of(char) == "Latin":
            char = "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))
        out.append(char)
    return "".join(out)


def _apply_table(lowered: str, table: dict[str, str], initial: dict[str, str]) -> str:
    # keys may be several letters ("sz" → "sh" in Polish, "щ" in Ukrainian): the longest that fits wins
    longest = max(len(key) for key in table)
    out = []
    i = 0
    while i < len(lowered):
        if (i == 0 or not lowered[i - 1].isalpha()) and lowered[i] in initial:
            out.append(initial[lowered[i]])
            i += 1
            continue
        for size in range(min(longest, len(lowered) - i), 0, -1):
            piece = lowered[i : i + size]
            if piece in table or size == 1:
                out.append(table.get(piece, piece))
                i += size
                break
    return "".join(out)


@lru_cache(maxsize=1)
def key_script() -> str | None:
    """The script name keys are written in: the one the locales' transliteration tables write."""
    counts: dict[str, int] = {}
    for code in available_locales():
        for value in load_locale(code).get("transliteration.table", {}).values():
            for ch in value:
                if (script := script_of(ch)) is not None and ch.isalpha():
                    counts[script] = counts.get(script, 0) + 1
    return max(counts, key=lambda k: (counts[k], k)) if counts else None


@lru_cache(maxsize=1)
def _letter_table() -> dict[str, str]:
    """Every locale's table merged, letter sequence by letter sequence, for letters outside the key script
    (the first locale that spells a letter wins): it reads a name when the edition's language is not
    known, or one its own scheme leaves as it is (a Ukrainian "і" in a Russian edition)."""
    target = key_script()
    merged_table: dict[str, str] = {}
    for code in available_locales():
        for key, value in load_locale(code).get("transliteration.table", {}).items():
            if any(ch.isalpha() and script_of(ch) != target for ch in key):
                merged_table.setdefault(key, value)
    return merged_table


@lru_cache(maxsize=65536)
def romanise(word: str, lang: str | None = None) -> str:
    """`word` in the key script: by the edition's scheme when its language is known, then by every
    locale's table for whatever letters are left in another script."""
    known = lang is not None and locale_path(lang) is not None  # an edition of no known language still anchors
    lowered = transliterate(word, lang) if known else word.casefold()
    target = key_script()
    table = _letter_table()
    if not table or all(not ch.isalpha() or script_of(ch) == target for ch in lowered):
        return lowered
    return _apply_table(lowered, table, {})


def name_key(word: str, lang: str) -> str:
    """The key of one word (or a glossary phrase written as one string); a subscript is its figure ("CO₂" is "CO2")."""
    return _name_key(word.translate(_SMALL_DIGITS), lang)


@lru_cache(maxsize=1)
def name_particles() -> frozenset[str]:
    """Particles hyphenated to a surname ("al-Assad", "аль-Асада"), from every locale."""
    return frozenset(w.casefold() for w in merged("names.particles"))


def without_particle(word: str) -> str:
    """The word after a particle hyphenated to it, which translators keep or drop ("Башара Асада" for "Bashar
    al-Assad"): the name is that word; any other word as it is."""
    head, hyphen, rest = word.partition("-")
    return rest if hyphen and rest[:1].isupper() and head.casefold() in name_particles() else word


# in Latin letters, or with the Cyrillic І and Х Ukrainian and Russian copy types for them ("Карл ІІІ")
ROMAN_NUMERAL = re.compile(r"[IVXLCDMІХ]+")


# a well-formed one: "XI", "ХІ" with Cyrillic letters, not "LVIV" or "DILI", which only use its letters
_WELL_FORMED_ROMAN = re.compile(r"M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")
_CYRILLIC_ROMAN = str.maketrans("ІХ", "IX")


def numeral_in_capitals(word: str) -> bool:
    """A well-formed Roman numeral in capitals that no glossary form writes so ("Pius XI", "XI з'їзд", "the
    starting XI"): no alias it spells in other letters ("Xi"); "DC", which the glossary lists in capitals, is one."""
    return (len(word) > 1 and word.isupper() and bool(_WELL_FORMED_ROMAN.fullmatch(word.translate(_CYRILLIC_ROMAN)))
            and word.casefold() not in acronym_forms())


_DECLINED_CAPITALS = re.compile(r"[^\W\d_a-zа-яёіїєґ]{2,}[a-zа-яёіїєґ]+")


def declined_abbreviation(word: str) -> bool:
    """Capitals with lower-case letters after them: an abbreviation given a case ending or made a word ("ГУРе" of a
    car's power steering, "МВДшник"), which an institution's abbreviation in the glossary never is."""
    return _DECLINED_CAPITALS.fullmatch(word) is not None


# an age category: one capital before its age ("W40", "Ж40", "M50")
_CATEGORY = re.compile(r"([^\W\d_a-zа-яёіїєґ])(\d{2})")


@lru_cache(maxsize=None)
def _category_letters(lang: str) -> dict[str, str]:
    return dict(load_locale(lang).get("names.category_letters", {}))


@lru_cache(maxsize=65536)
def _name_key(word: str, lang: str) -> str:
    endings, _, _, _, aliases, phrases, *_ = name_rules(lang)
    lowered = word.casefold()
    if numeral_in_capitals(word):
        return guess_key(word, lang)
    if lowered in aliases:
        return aliases[lowered]
    if (category := _CATEGORY.fullmatch(word)) and (letter := _category_letters(lang).get(category[1])):
        return guess_key(letter + category[2], lang)
    if declined_abbreviation(word):
        return guess_key(word, lang)
    stems = tuple(stem(w, endings) for w in name_words(word))
    if stems in phrases:  # inflected alias: Остіна → austin, Умєровим → umerov
        return phrases[stems]
    if len(stems) == 1 and (by_lemma := glossary_by_lemma(word, lang)) is not None:
        return by_lemma
    if len(stems) == 1 and (by_alternation := _glossary_by_alternation(lowered, lang)) is not None:
        return by_alternation
    return guess_key(word, lang)


# the fewest letters of a word whose case ending may have changed its last consonant ("Гаазі"; "Досі", "still", is
# no Doha)
ALTERNATION_MIN_LETTERS = 5


@lru_cache(maxsize=None)
def _alternations(lang: str) -> tuple[tuple[str, str], ...]:
    return tuple(load_locale(lang).get("names.ending_alternations", {}).items())


def _glossary_by_alternation(lowered: str, lang: str) -> str | None:
    """The glossary key of a name whose case ending changed the consonant before it (`names.ending_alternations`:
    "Гаазі" is Гаага, "Йоганнесбурзі" Йоганнесбург), which neither the endings nor a dictionary bring back."""
    if len(lowered) < ALTERNATION_MIN_LETTERS:
        return None
    endings, *_, phrases = name_rules(lang)[:6]
    for ending, consonant in _alternations(lang):
        if lowered.endswith(ending):
            key = phrases.get((stem(lowered[: -len(ending)] + consonant, endings),))
            if key is not None:
                return key
    return None


# the most letters of a word in capitals read as an acronym, never as a dictionary word's form
_ACRONYM_LETTERS = 4


def glossary_by_lemma(word: str, lang: str) -> str | None:
    """The glossary key of one of the word's lemmas, where the dictionary knows it: "Харкові" is "Харків"
    (the endings alone make "харк" of it, and the dictionary's likeliest reading is a surname "Харко"). Never an
    acronym's: "ПРУ", a shelter's, is no form of "перти" (to push), nor so Perth."""
    if word.isupper() and len(word) <= _ACRONYM_LETTERS:
        return None
    endings, _, _, _, _, phrases, *_ = name_rules(lang)
    for lemma in lemmas(word, lang):
        key = phrases.get((stem(lemma, endings),))
        if key is not None:
            return key
    return None


@lru_cache(maxsize=None)
def lemma_phrases(lang: str) -> dict[tuple[str, ...], str]:
    """The locale's aliases of several words by the stems of their words' lemmas, so that a case form the
    endings alone do not bring to the alias still reads as it: "Верховной рады" / "Верховная Рада",
    "Всемирного банка" / "Всемирный банк"."""
    phrases: dict[tuple[str, ...], str] = {}
    for key, forms in load_locale(lang).get("names.aliases", {}).items():
        for form in forms:
            words = tuple(name_words(form))
            if len(words) > 1:
                phrases.setdefault(lemma_stems(words, lang), key)
    return phrases


@lru_cache(maxsize=None)
def lemma_phrase_starts(lang: str) -> frozenset[str]:
    """The first word of each of `lemma_phrases`, so that a word starting none is not looked up further."""
    return frozenset(words[0] for words in lemma_phrases(lang))


@lru_cache(maxsize=65536)
def lemma_stems(words: tuple[str, ...], lang: str) -> tuple[str, ...]:
    endings = name_rules(lang)[0]
    return tuple(stem((lemmas(w, lang) or (w,))[0], endings) for w in words)


@lru_cache(maxsize=65536)
def guess_key(word: str, lang: str) -> str:
    """The key of a word the glossary does not give: "~" and the Latin skeleton of its lemma (where the
    locale's dictionary knows the word) or its stem."""
    if numeral_in_capitals(word) and (value := roman_value(word.translate(_CYRILLIC_ROMAN), LATIN_LETTERS)):
        # a regnal number by its value, in either script's letters: "Лев XIV" is "Leo XIV", and no "Leo XIII"
        # (`other_figures`)
        return f"~{value}"
    endings = name_rules(lang)[0]
    plural = _code_plural(lang).fullmatch(word)
    if plural is not None:
        word = plural.group(1)  # "F-16s", "Su-35s": the code "F-16", as other editions write it
    surname = without_particle(word)
    if surname != word:
        # keyed as written, not stemmed: the stemmer takes Arabic names for case forms ("Муалем" is no
        # instrumental). A case ending stays in the key: the skeleton drops a final vowel ("аль-Асада" /
        # "al-Assad") and the fuzzy match of keys covers a longer name, not every short one ("Аль-Каиды")
        return "~" + _skeleton(transliterate(surname.casefold(), lang))
    stems = tuple(stem(w, endings) for w in name_words(word))
    if len(stems) == 1 and (lemma := name_lemma(word, lang)) is not None:
        stems = (stem(lemma, endings),)
    return "~" + _skeleton(transliterate(stems[0] if len(stems) == 1 else word.casefold(), lang))


@lru_cache(maxsize=8)
def _code_plural(lang: str) -> re.Pattern:
    """A code ending in a figure and the locale's plural ending glued to it (`names.code_plural_endings`)."""
    endings = load_locale(lang).get("names.code_plural_endings", [])
    return re.compile(r"(.*\d)(?:" + "|".join(map(re.escape, endings)) + ")" if endings else "(?!)")


@lru_cache(maxsize=1)
def _skeleton_rules() -> tuple[tuple[tuple[str, str], ...], frozenset[str]]:
    return tuple(tuple(pair) for pair in merged("transliteration.folds")), frozenset(merged("transliteration.dropped_final"))


def _skeleton(latin: str) -> str:
    """Spelling variants that transliteration schemes disagree on, folded (the locales' `transliteration.folds`:
    kh/h, c/k, y/i/j, dzh/dge; "$" marks the word's end), double letters too (not figures); a final vowel goes
    (America / Америк-и)."""
    folds, dropped_final = _skeleton_rules()
    s = latin + "$"  # a fold may hold to a word's end ("ay$": "May" / "Мей", not "Bayer" / "Байер")
    for old, new in folds:
        s = s.replace(old, new)
    s = re.sub(r"([^\W\d])\1", r"\1", s.rstrip("$"))  # letters only: a code's "1224" is no "124"
    return s[:-1] if len(s) > 4 and s[-1] in dropped_final else s


def _parts(key: str) -> list[str]:
    return key.split("|")


def _surname_pairs(a: str, b: str) -> list[tuple[str, str]]:
    """The words of two name keys that must match for the names to be one: the last words (a person's
    surname; a one-word name is matched against the other's last word), or the first word of each against
    the other's last where both give two or more ("Шмигаль Денис" / "Denys Shmyhal"). A first name or an
    initial alone never makes two people one ("Герман Галущенко" / "Герман Галушко")."""
    pa, pb = _parts(a), _parts(b)
    pairs = [(pa[-1], pb[-1])]
    if len(pa) > 1 and len(pb) > 1:
        pairs.append((pa[0], pb[-1]))
        pairs.append((pa[-1], pb[0]))
    return pairs


def is_glossary(key: str) -> bool:
    return not key.startswith("~")


def same_name(a: str, b: str) -> bool:
    if a == b:
        return True
    return _same_name(a, b) if a <= b else _same_name(b, a)


_DIGITS = re.compile(r"\d+")
_SMALL_DIGITS = str.maketrans("₀₁₂₃₄₅₆₇₈₉⁰¹²³⁴⁵⁶⁷⁸⁹", "01234567890123456789")


_NUMBERED_CODE_KEY = re.compile(r"~(\d+)([a-z])")


def numbered_codes(a: str, b: str) -> tuple[str, str] | None:
    """The letters of two keys of a figure and one letter with the same figure ("~131a", "~131b"); None for others."""
    x, y = _NUMBERED_CODE_KEY.fullmatch(a), _NUMBERED_CODE_KEY.fullmatch(b)
    return (x.group(2), y.group(2)) if x and y and x.group(1) == y.group(1) else None


def look_alike_letters(x: str, y: str) -> bool:
    """Two letters a Cyrillic capital of a code stands for, read one way and the other (`numbers.code_look_alikes`:
    "№131В" is "131V" and "131B")."""
    return (x, y) in _look_alikes() or (y, x) in _look_alikes()


@lru_cache(maxsize=1)
def _look_alikes() -> frozenset[tuple[str, str]]:
    return frozenset(tuple(pair) for pair in merged("numbers.code_look_alikes"))


def code_figures(text: str) -> list[str]:
    """The figures of a code or a name with figures in it, subscripts read as figures ("CO₂" is "CO2")."""
    return _DIGITS.findall(text.translate(_SMALL_DIGITS))


def other_figures(a: str, b: str) -> bool:
    """Two codes of other figures: "AA1234BK" and "АА1284ВК", "F-16" and "F-35"; not a code and a name written
    without its figures ("COVID-19" / "COVID-паспорта")."""
    x, y = code_figures(a), code_figures(b)
    return bool(x) and bool(y) and x != y


@lru_cache(maxsize=65536)
def _same_name(a: str, b: str) -> bool:
    if is_glossary(a) or is_glossary(b):
        return False  # two glossary keys, or a glossary key and a guess: the glossary has the final word
    if other_figures(a, b):
        return False  # a code's figures are its own: "AA1234BK" is no "АА1284ВК", "F-16" no "F-35", however alike
    if (letters := numbered_codes(a, b)) is not None:
        return look_alike_letters(*letters)  # "№131В" typed for "No. 131B"; "131A" is no "131B"
    hyphened = _hyphened_alike(a, b) if "-" in a else _hyphened_alike(b, a) if "-" in b else None
    if hyphened is not None:
        return hyphened
    pairs = _surname_pairs(a, b)
    if len(pairs) > 1:  # both have two words or more: the surnames match, or each one the other's first word
        return _fuzzy_same(*pairs[0]) or (_fuzzy_same(*pairs[1]) and _fuzzy_same(*pairs[2]))
    return _fuzzy_same(*pairs[0])


def _hyphened_alike(hyphened: str, other: str) -> bool | None:
    """A one-word name hyphenated in one script against its words spaced in another ("Батон-Руж" / "Baton
    Rouge", "Сан-Франциско" / "San Francisco"): compared whole; None where the two are not of that shape."""
    words = _parts(other)
    if "|" in hyphened or len(words) != hyphened.count("-") + 1:
        return None
    return _fuzzy_same(hyphened, "~" + "-".join(w[1:] for w in words))


def _fuzzy_same(x: str, y: str) -> bool:
    x, y = x[1:], y[1:]
    return (fuzz.ratio(x, y) >= FUZZY_THRESHOLD or _vowels_apart(x, y)) and not _surnames_apart(x, y)


def _vowels_apart(x: str, y: str) -> bool:
    """Two keys apart in one vowel, where a Ukrainian "і" stands for a Russian "е" or "о", as a Ukrainian town's name
    and its Russian spelling are ("Сміла" / "Смела", "Ніжин" / "Нежин", "Васильків" / "Васильков"): three consonants
    or more ("Martin" / "Morton", "Kent" / "Kant" stay two names)."""
    apart = [(a, b) for a, b in zip(x, y) if a != b]
    return (len(x) == len(y) and len(apart) == 1 and {*apart[0]} in ({"i", "e"}, {"i", "o"})
            and len(_consonants(x)) >= 3)


@lru_cache(maxsize=65536)
def written_in_another_latin_alphabet(latin: str, cyrillic: str, lang: str) -> bool:
    """A word in Latin letters that writes a Cyrillic word of `lang` as another Latin alphabet does
    (`transliteration.latin_alphabets`): the Slavic languages' and the diaspora's ("Cmoc" is "Цмоць", "Wynnyckyj"
    "Винницький", where English reads "c" as "к"), or Hungarian ("Somogyi" is "Шомоді"), which the name keys take
    for two names. Both words as written, letter for letter after the alphabet's folds: "Halushchenko", an English
    spelling, comes close to "Галушко" read so, and is another name."""
    if script_of(latin[:1]) != "Latin":
        return False
    locale = load_locale(lang)
    for alphabet in locale.get("transliteration.latin_alphabets", []):
        table = locale.get(f"transliteration.{alphabet}", {})
        folds = locale.get(f"transliteration.{alphabet}_folds", [])
        read = _folded(_without_marks(_folded(latin.casefold(), folds)), folds)  # a marked letter's fold first: "ó"
        written = _folded("".join(table.get(ch, ch) for ch in cyrillic.casefold()), folds)
        if len(read) >= 3 and read == written:
            return True
    return False


@lru_cache(maxsize=65536)
def with_translated_roots(text: str, lang: str, into: str) -> str | None:
    """The name key, in `into`, of a name `lang` writes with roots translated from `into`
    (`names.translated_roots`): "Укрсахар" of Russian copy is "Укрцукор" in Ukrainian, "Героев Труда" "Героїв
    Праці"; None where the name has none of those roots."""
    pairs = load_locale(lang).get("names.translated_roots", {}).get(into, [])
    words = name_words(text)
    back = [_roots_put_back(word.casefold(), pairs) for word in words]
    if back == [word.casefold() for word in words]:
        return None
    return "|".join(name_key(word[:1].upper() + word[1:], into) for word in back)


def _roots_put_back(word: str, pairs: list[list[str]]) -> str:
    for translated, root in pairs:
        word = word.replace(translated, root)
    return word


def _folded(latin: str, folds: Iterable[Sequence[str]]) -> str:
    for old, new in folds:
        latin = latin.replace(old, new)
    return re.sub(r"(\w)\1", r"\1", latin)


def surnames_apart(a: str, b: str) -> bool:
    """Two name keys whose surnames differ only by the endings that make surnames of their own from one stem
    ("Ihor Melnyk" / "Ігор Мельничук"): two people, however alike they sound ("mlnk" both)."""
    return _surnames_apart(surname(a).lstrip("~"), surname(b).lstrip("~"))


def _surnames_apart(x: str, y: str) -> bool:
    """Two name keys (without "~") that differ only by the endings that make surnames of their own from one stem
    (`transliteration.surname_suffixes`): "Мельник" / "Мельничук", "Шевчук" / "Шевченко" are other people."""
    prefix = len(_common_prefix(x, y))
    return x[prefix:] != y[prefix:] and {x[prefix:], y[prefix:]} <= _surname_suffixes() | {""} or _stems_apart(x, y)


def _stems_apart(x: str, y: str) -> bool:
    """Two surnames alike by the ending they share and not by their stems ("Shevchenko" / "Савченко", "Шевчук" /
    "Савчук"): the stems apart in letters and in consonants, as no transcription of one surname writes it
    (`transliteration.stem_consonant_folds` fold those it does: "Григоренко" is "hrihorenk" and "grigorenk")."""
    ending = next((s for s in _surname_suffixes_longest_first() if x.endswith(s) and y.endswith(s)), "")
    if not ending or x == y or len(x) == len(ending) or len(y) == len(ending):
        return False
    x, y = x[:-len(ending)], y[:-len(ending)]
    return fuzz.ratio(x, y) < FUZZY_THRESHOLD and _folded(_consonants(x), _stem_consonant_folds()) != _folded(
        _consonants(y), _stem_consonant_folds())


@lru_cache(maxsize=1)
def _stem_consonant_folds() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(pair) for pair in merged("transliteration.stem_consonant_folds"))


@lru_cache(maxsize=1)
def _related_groups() -> dict[str, frozenset[str]]:
    groups: dict[str, frozenset[str]] = {}
    for group in merged("names.related"):
        for key in group:
            groups[key] = groups.get(key, frozenset()) | frozenset(group)
    return groups


def related(a: str, b: str) -> bool:
    """Two glossary keys news uses for one another: a capital for its country's government ("Kyiv" /
    "Ukraine"), a seat for its institution ("the Kremlin" / "Moscow")."""
    return b in _related_groups().get(a, ())


@lru_cache(maxsize=1)
def _sound_rules() -> tuple[tuple[tuple[str, str], ...], frozenset[str], tuple[tuple[str, str], ...]]:
    return (tuple(tuple(pair) for pair in merged("transliteration.sound_folds")),
            frozenset(merged("transliteration.vowels")),
            tuple(tuple(pair) for pair in merged("transliteration.latin_sound_folds")))


@lru_cache(maxsize=65536)
def sound_key(word: str, lang: str, *, stemmed: bool = True) -> str:
    """The consonants of a word's stem (or, not `stemmed`, of the word as written) as it sounds
    (`transliteration.sound_folds`, "^" and "$" marking its start and end, and first, for a word in Latin letters as
    written, `transliteration.latin_sound_folds`), vowels left out and doubled letters
    once: "Wallace", "Уоллес" and "Воллес" are all "vls". A regnal number sounds as its value: "Charles II" is
    not heard in "Чарльз III"."""
    if numeral_in_capitals(word) and (value := roman_value(word.translate(_CYRILLIC_ROMAN), LATIN_LETTERS)):
        return str(value)
    written = stem(word, name_rules(lang)[0]) if stemmed else word
    folds, vowels, written_in_latin = _sound_rules()
    if script_of(word[:1]) == "Latin":
        written = "^" + written.casefold() + "$"
        for old, new in written_in_latin:  # "Röhrl" as written, before its marks go
            written = written.replace(old, new)
        written = written.strip("^$")
    latin = "^" + romanise(written, lang) + "$"
    for old, new in folds:
        latin = latin.replace(old, new)
    consonants = [ch for ch in latin if ch.isalpha() and ch not in vowels or ch.isdigit()]  # a code's figures too
    return "".join(ch for i, ch in enumerate(consonants) if i == 0 or ch != consonants[i - 1] or ch.isdigit())


@lru_cache(maxsize=65536)
def french_sound(word: str, lang: str, *, stemmed: bool = True) -> str | None:
    """The `sound_key` of a word in Latin letters as French spells it (`transliteration.french_sound_folds`), where that
    reading differs: "Cherbourg" is "srbrg", and "srbr" heard the French way, as "Шербур" is. Only one of three
    consonants or more that keeps all but two of the word's (`FRENCH_SOUND_LEAST`, `FRENCH_SOUNDS_LOST`), and none of
    a word in capitals (a numeral, "XII"; an acronym)."""
    if script_of(word[:1]) != "Latin" or word.isupper():
        return None
    french, silent_ending = "^" + word.casefold() + "$", False
    for old, new in _french_folds():
        if old.endswith("$") and (silent_ending or not french.endswith(old)):
            continue  # one silent ending at most: "Schmidt" is "Schmid", never "Schmi"
        silent_ending = silent_ending or old.endswith("$")
        french = french.replace(old, new)
    french = french.strip("^$")
    if not french or french == word.casefold():
        return None
    plain, heard = sound_key(word, lang, stemmed=stemmed), sound_key(french, lang, stemmed=stemmed)
    return heard if heard != plain and len(heard) >= FRENCH_SOUND_LEAST and len(
        plain) - len(heard) <= FRENCH_SOUNDS_LOST else None


# the fewest consonants of a French reading ("Evans" heard as "vn", "Jones" as "jn" would sound like anybody), and the
# most it leaves silent ("Saint-Denis": "sntdns" to "sndn")
FRENCH_SOUND_LEAST = 3
FRENCH_SOUNDS_LOST = 2


@lru_cache(maxsize=1)
def _french_folds() -> tuple[tuple[str, str], ...]:
    return tuple(tuple(pair) for pair in merged("transliteration.french_sound_folds"))


def surname_sound(name: str, lang: str) -> str:
    """The `sound_key` of the last word of a name as written ("" for no word): "Сара Пэйлин" is "pln". Of an East
    Asian given name whose syllables a hyphen joins in lower case ("Lee Jae-myung", "Choi Se-bin"), its last
    syllable, which Cyrillic writes as a word of its own ("Лі Чже Мьон", "Чхве Се Бін")."""
    words = name_words(name)
    return sound_key(last_syllable(words[-1]) or words[-1], lang) if words else ""


@lru_cache(maxsize=65536)
def named_in_syllables(name: str) -> bool:
    """An East Asian name as other scripts write it: a word of two letters before the last in Cyrillic ("Лі Цян",
    "Чхве Се Бін"; not a first name the dictionaries know, "Ян Гельфанд") or in a name of three words ("Kim Yo Jong";
    not "Ed Miliband", nor an initial, "J. Smith"), or a given name's syllables joined by a hyphen in lower case
    ("Lee Jae-myung")."""
    words = name_words(name)
    return len(words) >= 2 and (any(
        len(w) == 2 and not w.isupper() and w.casefold() not in inner_particles()
        and (script_of(w[:1]) == "Cyrillic" and not _a_cyrillic_given_name(w) or len(words) >= 3) for w in words[:-1])
        or last_syllable(words[-1]) is not None)


def _a_cyrillic_given_name(word: str) -> bool:
    return any(is_given_name(word, lang) for lang in available_locales()
               if load_locale(lang).get("language.script") == "Cyrillic")


@lru_cache(maxsize=1)
def inner_particles() -> frozenset[str]:
    """"de", "le", "фон" of every locale (`names.inner_particles`): a particle inside a Western name ("Bart De
    Wever"), no syllable of an East Asian one."""
    return frozenset(w.casefold() for w in merged("names.inner_particles"))


def last_syllable(word: str) -> str | None:
    """The last syllable of an East Asian given name whose syllables a hyphen joins in lower case ("myung" of
    "Jae-myung"); None for any other word ("Jean-Luc", "al-Assad")."""
    syllables = _HYPHENATED_SYLLABLES.fullmatch(word)
    return syllables.group(1) if syllables else None


# "Jae-myung", "Se-bin", "Ing-wen": a capital, then syllables joined by hyphens in lower case; group 1 the last
_HYPHENATED_SYLLABLES = re.compile(r"[^\W\d_][^\W\d_]*(?:-[^\W\d_]+)*-((?-i:[a-z])[a-z]*)")


def sound_alike(a: str, a_lang: str, b: str, b_lang: str) -> bool:
    """Two words (surnames) whose consonants sound the same, across scripts; two consonants at least."""
    x, y = sound_key(a, a_lang), sound_key(b, b_lang)
    return len(x) >= 2 and x == y


def surname(key: str) -> str:
    """The word of a name key that names the person (or the place): its last."""
    return _parts(key)[-1]


def given_name(key: str) -> str:
    """The first word of a name key of two words or more (a person's first name), "" for one word."""
    parts = _parts(key)
    return parts[0] if len(parts) > 1 else ""


def form_of(a: str, b: str) -> bool:
    """Looser than `same_name`: b could be a form of a (an adjective, a case form the endings miss, a
    transliteration off by more than fuzzy matching allows): "Nottingham" / "Ноттингемском". Compared on
    the words `same_name` compares (the surnames), not on any word of either."""
    if same_name(a, b):
        return True
    if is_glossary(a) or is_glossary(b):
        return False
    pairs = _surname_pairs(a, b)
    if len(pairs) > 1:
        return _loose_form(*pairs[0]) or (_loose_form(*pairs[1]) and _loose_form(*pairs[2]))
    return _loose_form(*pairs[0])


def _loose_form(x: str, y: str) -> bool:
    x, y = x.lstrip("~"), y.lstrip("~")
    if other_figures(x, y) or (_DIGITS.search(x) and _DIGITS.search(y)):
        return False  # two codes' figures and letters are their own, as in `same_name` ("131A" is no form of "131B")
    if _surnames_apart(x, y):
        return False
    ratio = fuzz.ratio(x, y)
    if ratio >= FUZZY_THRESHOLD:
        return True  # as alike as `same_name` asks
    ending = next((s for s in _surname_suffixes_longest_first() if x.endswith(s) and y.endswith(s)), "")
    if ending and len(x) > len(ending) and len(y) > len(ending):
        # "Тимошенко" / "Тищенко": alike by the ending the surnames share, not by their own letters; but alike
        # in their consonants, one surname transcribed ("Sabalenka" / "Соболенко")
        x, y = x[:-len(ending)], y[:-len(ending)]
        if ratio >= 70 and _consonants(x) == _consonants(y):
            return True
    prefix = len(_common_prefix(x, y))
    shorter = min(len(x), len(y))
    if shorter >= 4 and prefix >= max(4, 0.6 * shorter):
        return True
    # loosely alike in letters, and in sound from the first consonant or in most consonants: a form or a transcription
    # keeps those ("Bouchard" / "Бушар", "Xintong" / "Сіньтун"), where another surname sharing some letters does not
    # ("Blaydes" / "Lewis")
    if fuzz.ratio(x, y) < 70:
        return False
    sounds = [sound_key(w, "en", stemmed=False) for w in (x, y)]
    return sounds[0][:1] == sounds[1][:1] or fuzz.ratio(*sounds) >= 70


def _consonants(key: str) -> str:
    return re.sub(r"[aeiouy]+", "", key)


@lru_cache(maxsize=1)
def _surname_suffixes() -> frozenset[str]:
    """The endings, in name-key letters, that make surnames of their own from one stem (`transliteration.
    surname_suffixes`)."""
    return frozenset(merged("transliteration.surname_suffixes"))


@lru_cache(maxsize=1)
def _surname_suffixes_longest_first() -> tuple[str, ...]:
    return tuple(sorted(_surname_suffixes(), key=len, reverse=True))


def _common_prefix(x: str, y: str) -> str:
    n = 0
    while n < len(x) and n < len(y) and x[n] == y[n]:
        n += 1
    return x[:n]


# the longest skeleton a word derived from it must start with the stem of: a letter off is a fifth of it
_SHORT_SKELETON = 5


class WordForms:
    """The word keys of one text, indexed so that "is some form of this name written here?" (`form_of`
    against every word) costs one lookup and one C-speed fuzzy scan of the distinct words, not a Python
    call per word: an edition that repeats one sentence thousands of times is asked it once per name pair.
    Answers are the same as `any(form_of(name, w) for w in words)`."""

    def __init__(self, words: Iterable[str]) -> None:
        self._words = set(words)
        self._plain: list[str] = []  # guesses of "~"-parts only, as the index reads them; the rest go word by word
        self._odd: list[str] = []
        for w in self._words:
            if is_glossary(w):
                continue  # form_of never matches a guess to a glossary key other than itself
            (self._plain if _tilde_parts(w) else self._odd).append(w)
        self._parts = sorted({p[1:] for w in self._plain for p in _parts(w)})
        self._by_prefix: dict[str, list[str]] = defaultdict(list)
        for part in self._parts:
            if len(part) >= 4:
                self._by_prefix[part[:4]].append(part)
        self._answers: dict[str, bool] = {}

    def has_form_of(self, name: str) -> bool:
        if name not in self._answers:
            self._answers[name] = self._has_form_of(name)
        return self._answers[name]

    def has_name(self, key: str, lang: str) -> bool:
        """Some form of the name `key` among the words of a text in `lang`: a case form, a word derived from a
        glossary form ("Russian", "московський"), or a place's listed adjective ("French")."""
        return (self.has_form_of(key) or any(self.has_word_from(form) for form in glossary_skeletons(key, lang))
                or any(self.has_word(adjective) for adjective in glossary_adjectives(key, lang)))

    def has_word(self, key: str) -> bool:
        """The word itself, in some case form: a place's adjective (`glossary_adjectives`) is matched no looser,
        since "Polish" would start "police" and "policy"."""
        return key in self._words

    def has_word_from(self, skeleton: str) -> bool:
        """A word derived from a glossary form's skeleton: it starts with the skeleton less the two letters
        an adjective changes ("~turkei" / "Turkish", "~moskv" / "московський"), or is as close to it as two
        spellings of one name, from the same first letter. No looser, since the skeleton is a whole name:
        "~ievrosoiuz" is no form of "євроскептиків", nor "~nations" of "negotiations", nor "~itali" (Italy) of
        "стали"."""
        x = skeleton.lstrip("~")
        if len(x) < 4:
            return skeleton in self._words  # "~sha" (США) would start "шахта" and "шанс"
        stem = x[: max(4, len(x) - 2)]
        if code_figures(x):  # a code's figures are its own ("~a1234vk" is no "~a1284vk")
            return any(not other_figures(part, x)
                       and (part.startswith(stem) or fuzz.ratio(x, part) >= FUZZY_THRESHOLD) for part in self._parts)
        # never another surname of the stem ("~melnikhuk" is no skeleton of "Melnyk"); and a skeleton of five
        # letters or fewer only by its stem, as one letter off is a fifth of it ("~polsk", Polska, is no "police")
        return (any(part.startswith(stem) and not _surnames_apart(x, part) for part in self._by_prefix.get(x[:4], ()))
                or len(x) > _SHORT_SKELETON and any(
                    part[:1] == x[:1] and not _surnames_apart(x, part) for part, _, _ in process.extract(
                        x, self._parts, scorer=fuzz.ratio, score_cutoff=FUZZY_THRESHOLD, limit=None)))

    def _has_form_of(self, name: str) -> bool:
        if name in self._words:
            return True
        if is_glossary(name):
            return False
        if any(form_of(name, w) for w in self._odd):
            return True
        if not _tilde_parts(name) or code_figures(name):  # a code's figures are compared word by word
            return any(form_of(name, w) for w in self._plain)
        # both sides "~"-parts: the words written are single, so only the name's surname is looked for, among
        # the words `_loose_form` could take (sharing its first four letters, or 70 alike: a shared ending taken
        # off leaves two words less alike, never more), and then asked of `_loose_form` itself
        x = surname(name)[1:]
        candidates = set(self._by_prefix.get(x[:4], ())) if len(x) >= 4 else set()
        candidates.update(y for y, _, _ in process.extract(x, self._parts, scorer=fuzz.ratio, score_cutoff=70,
                                                           limit=None))
        return any(_loose_form(x, y) for y in candidates)


def _tilde_parts(key: str) -> bool:
    return all(part.startswith("~") and not part.startswith("~~") for part in _parts(key))


def word_keys(text: str, lang: str, *, capitalised: bool = False) -> list[str]:
    """The key of every word of `text`, capitalised or not (only capitalised ones with `capitalised`), and its
    transliterated skeleton (to see whether a name is there in some form, a glossary form included): words
    of three letters or more, and two-letter acronyms ("US", "ЄС")."""
    return [k for w in name_words(text) if (len(w) >= 3 or (len(w) == 2 and w.isupper()))
            and (w[:1].isupper() or not capitalised) for k in _word_keys(w, lang)]


@lru_cache(maxsize=65536)
def _word_keys(word: str, lang: str) -> tuple[str, ...]:
    key = name_key(word, lang)
    raw = "~" + _skeleton(transliterate(stem(word, name_rules(lang)[0]), lang))
    return (key,) if key == raw else (key, raw)


# the shortest glossary form whose derivatives ("натовські" of НАТО, "Київщина" of Київ) count as the name
DERIVED_FROM = 4


def glossary_forms(key: str, lang: str) -> list[str]:
    """How `lang` writes the glossary name `key`: the locale's own forms first, then CLDR's."""
    own = load_locale(lang).get("names.aliases", {}).get(key, [])
    return [*own, *cldr_glossary().get(key, ("", {}))[1].get(lang, [])]


_APOSTROPHES = "['’ʼ]"


@lru_cache(maxsize=4096)
def glossary_stems(key: str, lang: str) -> tuple[str, ...]:
    """The one-word glossary forms of `key` in `lang`, lower case, as prefixes of the words derived from the
    name: an adjective or a region the glossary does not list ("натовські винищувачі" for NATO's fighter
    jets, "Київщина" for the Kyiv region), also without the last letters derivation drops
    (`names.derived_stem_drops`: "індонезійське" of Індонезія). Skeletons are too short for these (НАТО is "~nt")."""
    if not is_glossary(key):
        return ()
    forms = {f.casefold() for f in glossary_forms(key, lang) if len(name_words(f)) == 1}
    drops = load_locale(lang).get("names.derived_stem_drops", [])
    # a stem that dropped letters is shorter than the name ("вен" of Вена, "венский"), and only ever
    # matched with a derivation ending after it, so three letters are enough there
    stems = {f for f in forms if len(f) >= DERIVED_FROM} | {
        f[: -len(d)] for f in forms for d in drops if f.endswith(d) and len(f) - len(d) >= DERIVED_FROM - 1}
    # CLDR writes Ukrainian's apostrophe as "ʼ" ("Вʼєтнам"), copy as "'" or "’" ("в’єтнамського рису"): each one
    return tuple(sorted({re.sub(_APOSTROPHES, mark, f) for f in stems for mark in ("'", "’", "ʼ")}))


@lru_cache(maxsize=65536)
def derived_place(word: str, lang: str) -> str | None:
    """The glossary place a capitalised word is derived from with one of the locale's derivation endings
    (`names.derived_suffixes`): "Київську" (область) is Kyiv's, "Московской" (области) Moscow's, the
    way the other edition writes "the Kyiv region". The longest stem decides; then the adjectives the locale
    lists (`names.place_adjectives`: "Запорізькій" of Запоріжжя)."""
    endings = derivation_endings(lang)
    folded = word.casefold()
    for stem_, key in _derived_place_stems(lang) if endings else ():
        if derived_from(folded, stem_, endings):
            return key
    return _place_adjectives(lang).get(stem(folded, name_rules(lang)[0]))


@lru_cache(maxsize=None)
def _place_adjectives(lang: str) -> dict[str, str]:
    """The stems of `names.place_adjectives` ("запорізьк" of "Запорізька"), each the key of the place it names."""
    endings = name_rules(lang)[0]
    return {stem(form.casefold(), endings): key
            for key, forms in load_locale(lang).get("names.place_adjectives", {}).items() for form in forms}


def derivation_endings(lang: str) -> tuple[str, ...]:
    return tuple(load_locale(lang).get("names.derived_suffixes", []))


def derived_from(word: str, stem: str, endings: tuple[str, ...]) -> bool:
    """`word` (folded) is `stem` with one of the derivation `endings` after it ("натовські" of "нато")."""
    return word.startswith(stem) and word[len(stem):].startswith(endings)


@lru_cache(maxsize=None)
def _derived_place_stems(lang: str) -> tuple[tuple[str, str], ...]:
    keys = set(load_locale(lang).get("names.aliases", {})) | set(cldr_glossary())
    pairs = {(s, key) for key in keys if glossary_kind(key) in PLACES for s in glossary_stems(key, lang)}
    return tuple(sorted(pairs, key=lambda pair: (-len(pair[0]), pair)))


def glossary_skeletons(key: str, lang: str) -> list[str]:
    """The glossary forms of `key` in `lang` as transliterated skeletons ("russia" → "~rusi" in en), to
    compare with words the glossary does not list ("Russian")."""
    return list(_glossary_skeletons(key, lang))


@lru_cache(maxsize=4096)
def glossary_adjectives(key: str, lang: str) -> tuple[str, ...]:
    """The word keys of the adjectives of a place that `lang`'s locale lists where the adjective does not begin
    as the name does (`names.adjectives`: "French" for France, "Dutch" for the Netherlands)."""
    forms = load_locale(lang).get("names.adjectives", {}).get(key, [])
    return tuple(dict.fromkeys(k for form in forms for k in word_keys(form, lang)))


@lru_cache(maxsize=4096)
def _glossary_skeletons(key: str, lang: str) -> tuple[str, ...]:
    if not is_glossary(key):
        return (key,)
    # the locale's forms, and CLDR's ("Georgia" / "Georgian", "Brazil" / "Brazilian": places the locale
    # files do not list)
    forms = glossary_forms(key, lang)
    # the last word of a form, if it is a name's ("Корея" of "Північна Корея", so "North Korean" writes it):
    # the last word of "Федеральне бюро розслідувань" is any investigation's, and so is English's capitalised
    # "Federal Bureau of Investigation" (a word of the locale's `names.common`)
    common = name_rules(lang)[3]
    last_words = [words[-1] for words in map(name_words, forms)
                  if words and (len(words) == 1 or words[-1].casefold() not in common)]
    return tuple(sorted({_last_word_skeleton(w, lang) for w in last_words if w[:1].isupper()}))


def _last_word_skeleton(word: str, lang: str) -> str:
    """A Roman numeral by its value ("World War I": "~1"), since the skeleton folds "II" to "i" and "World War I"
    is no form of "World War II"; any other word as its skeleton."""
    numeral = numeral_in_capitals(word) or word in ("I", "І")
    if numeral and (value := roman_value(word.translate(_CYRILLIC_ROMAN), LATIN_LETTERS)):
        return f"~{value}"
    return "~" + _skeleton(transliterate(stem(word, name_rules(lang)[0]), lang))
