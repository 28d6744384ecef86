"""What kind of entity a name is (a person, a place, an organisation), and the glossary entries that come
from CLDR rather than from the locale files.

Three sources, each a language resource rather than code about a language:
- A morphological dictionary (`names.morphology` in a locale: "pymorphy3" reads the locale's language with
  pymorphy3 and its dictionary package) brings a Cyrillic form to its lemma ("Галущенком" → "галущенко",
  "Польщею" → "польща") and says whether the dictionary knows the word as a surname, a first name, a
  place or an organisation. A word the dictionary does not know gets no lemma: the locale's suffix list
  stays the fallback (pymorphy3 guesses unknown words by their endings, "Умєровим" as an adjective).
- CLDR, through Babel (`names.cldr` in a locale: "territories", "cities"): every country and territory, and
  the exemplar cities of the time zones, in the locale's language. Each joins the glossary under the key
  the locale files already give it ("poland"), else a key made of its English name.
- `names.kinds` (merged from every locale): the kind of the glossary keys the locale files list.
"""

from __future__ import annotations

import hashlib
import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from consistency.cache import default_cache_dir
from consistency.errors import StoryError
from consistency.files import write_atomically
from consistency.locales import all_locales, available_locales, load_locale

PERSON, PLACE, ORGANISATION = "person", "place", "organisation"
# places CLDR tells apart: a country named where an edition has a city is mostly a capital standing for
# its country ("Madrid" / "Испании"), not a swap
COUNTRY, CITY = "country", "city"
PLACES = frozenset({PLACE, COUNTRY, CITY})


# a first name ("Дмитро"): a person's when it stands before a surname, and nobody in particular alone
GIVEN_NAME = "given-name"
# pymorphy3's grammemes for proper nouns, and the kind of entity each says
_PROPER_GRAMMEMES = (("Surn", PERSON), ("Name", GIVEN_NAME), ("Patr", PERSON), ("Geox", PLACE), ("Orgn", ORGANISATION))


def compatible_kinds(a: str, b: str) -> bool:
    """Two kinds one entity could have: equal, or a place of unknown kind against a country or a city."""
    return a == b or (PLACE in (a, b) and a in PLACES and b in PLACES)


@lru_cache(maxsize=None)
def _analyser(lang: str) -> Any | None:
    engine = load_locale(lang).get("names.morphology")
    if engine != "pymorphy3":
        return None
    try:
        import pymorphy3
    except ImportError:  # a declared dependency; a trimmed install still reads names by their endings
        return None
    try:
        return pymorphy3.MorphAnalyzer(lang=lang)
    except (ValueError, LookupError, OSError):  # no dictionary package for this language
        return None


_TO_ASCII_APOSTROPHE = str.maketrans({"’": "'", "ʼ": "'"})


@lru_cache(maxsize=65536)
def _known_parses(word: str, lang: str) -> tuple[Any, ...]:
    """The dictionary's readings of `word` that it knows (not guessed from the endings), likeliest first;
    read once per word, for its lemma, its kind and its parts of speech alike."""
    analyser = _analyser(lang)
    if analyser is None or not word[:1].isalpha():
        return ()
    try:
        # the dictionaries spell the apostrophe in ASCII ("п'ять"); copy has ’ or ʼ, the loader ’
        return tuple(p for p in analyser.parse(word.translate(_TO_ASCII_APOSTROPHE)) if p.is_known)
    except ValueError:
        # pymorphy3 asks unicodedata for each letter's name, and a letter without one in this Python
        # (a Tangut ideograph, U+17000) raises: such a word is none the dictionary knows
        return ()


def analyse(word: str, lang: str) -> tuple[str | None, str | None]:
    """(lemma, kind) of a word the locale's dictionary knows: the lemma only for a known word, the kind only
    when the dictionary's readings of it are proper nouns of one kind ("Свириденко": person). (None, None)
    when there is no dictionary or it does not know the word."""
    parses = _known_parses(word, lang)
    if not parses:
        return None, None
    best = parses[0]
    kinds = {kind for grammeme, kind in _PROPER_GRAMMEMES for p in parses[:2] if grammeme in p.tag.grammemes}
    proper_first = any(grammeme in best.tag.grammemes for grammeme, _ in _PROPER_GRAMMEMES)
    return best.normal_form, (kinds.pop() if proper_first and len(kinds) == 1 else None)


# the most spellings of one Latin word read back into a language's letters: a name has few ambiguous letters,
# and a common word read back this far is no name the dictionary knows anyway
READINGS = 64
# the shortest word read back: three letters read as some short name too often ("Man" as the surname "Ман")
READ_BACK_FROM = 4


def read_back(word: str, lang: str, limit: int = READINGS) -> tuple[str, ...]:
    """The spellings in `lang`'s letters that the locale's romanisation could have made `word` from
    (`transliteration.reverse`: "Kolya" → "коля", "колыа", ...; "Vasyl" → "васил", "василь"), at most
    `limit`, the locale's first options first. Empty where the locale has no such table."""
    table = load_locale(lang).get("transliteration.reverse", {})
    if not table or not word:
        return ()
    return _read_back(word.casefold(), lang, limit)


@lru_cache(maxsize=16384)
def _read_back(word: str, lang: str, limit: int) -> tuple[str, ...]:
    locale = load_locale(lang)
    table: dict[str, list[str]] = locale.get("transliteration.reverse", {})
    if not all(ch in "".join(table) for ch in word):
        return ()  # a letter no spelling of the language's names uses ("é", a hyphen): no reading at all
    finals = [""] + list(locale.get("transliteration.reverse_final", []))
    longest = max(map(len, table))
    endings: dict[int, list[str]] = {len(word): [""]}  # the readings of word[i:], filled from the end
    for i in range(len(word) - 1, -1, -1):
        found: list[str] = []
        for size in range(min(longest, len(word) - i), 0, -1):
            for option in table.get(word[i:i + size], ()):
                found += [option + rest for rest in endings.get(i + size, ())][:limit - len(found)]
        endings[i] = found
    return tuple(dict.fromkeys(r + final for r in endings[0] for final in finals))[:limit]


def person_by_reading(word: str, lang: str) -> str | None:
    """PERSON or GIVEN_NAME where `lang`'s dictionary knows one of `word`'s readings in its letters
    (`read_back`) as a surname or a first name, in the form it is called by: names of people are
    transcribed, so "Arestovych" is the "Арестович" a Ukrainian dictionary knows; None otherwise."""
    if len(word) < READ_BACK_FROM:
        return None
    for reading in read_back(word, lang):
        lemma, kind = analyse(reading.capitalize(), lang)
        # the name as it is called: a transcription is never inflected, and a case form of some first name
        # is too easily read into a word ("Elysee" as "Елисее", of Елисей; "Pole" as "поле", of Пол)
        if kind in (PERSON, GIVEN_NAME) and lemma == reading:
            return kind
    return None


def has_dictionary(lang: str) -> bool:
    """The locale has a morphological dictionary of its own (and it is installed)."""
    return _analyser(lang) is not None


def is_given_name(word: str, lang: str) -> bool:
    """`lang`'s dictionary knows `word` as a first name; a locale with no dictionary of its own (English)
    asks those of `names.people_known_in` for a spelling it could be a transcription of ("Valeriy",
    "Dmytro", "Boris"): the names of news in English are mostly transcribed from them. A first name of two
    hyphenated ("Жан-Ноель", "Анна-Марія") is one where its first part is."""
    head, hyphen, rest = word.partition("-")
    if hyphen and rest[:1].isupper():
        return is_given_name(head, lang)
    if analyse(word, lang)[1] == GIVEN_NAME:
        return True
    return not has_dictionary(lang) and GIVEN_NAME in _kinds_by_reading(word, lang)


def reads_as_given_name(word: str, lang: str) -> bool:
    """Some reading of `word` in `lang`'s dictionary is a first name, however likely ("Ангели": angels, or
    Angela's)."""
    return any("Name" in p.tag.grammemes for p in _known_parses(word, lang))


def is_name_of_a_person(word: str, lang: str) -> bool:
    """`word` is a first name or a surname to `lang`'s dictionary, or, in a locale with none of its own, to
    those of `names.people_known_in` reading it back ("Pompeo" as "Помпео", "Oleh" as "Олег")."""
    if has_dictionary(lang):
        return analyse(word, lang)[1] in (PERSON, GIVEN_NAME)
    return bool(_kinds_by_reading(word, lang))


def _kinds_by_reading(word: str, lang: str) -> set[str]:
    return {kind for other in load_locale(lang).get("names.people_known_in", [])
            if (kind := person_by_reading(word, other)) is not None}


def lemmas(word: str, lang: str) -> tuple[str, ...]:
    """Every lemma the dictionary knows for `word`, most likely first ("Харкові": "харко", a surname, and
    "харків", the city): the glossary looks for each before it guesses."""
    return tuple(dict.fromkeys(p.normal_form for p in _known_parses(word, lang)))


# the parts of speech a name is read as: no verb form's lemma ("Заев" as a gerund of "заесть") nor a numeral's
# ("Дві", two, for "Dwi") is a name's
NAME_PARTS_OF_SPEECH = frozenset({"NOUN", "ADJF", None})


def name_lemma(word: str, lang: str) -> str | None:
    """The lemma of the likeliest reading of `word` as a noun or an adjective (or a word of no part of speech
    the dictionary names), where the dictionary knows one."""
    return next((p.normal_form for p in _known_parses(word, lang) if p.tag.POS in NAME_PARTS_OF_SPEECH), None)


def is_noun_or_adjective(word: str, lang: str) -> bool:
    """Every reading of `word` is a noun or an adjective ("скликання", "світової"), none a verb or a preposition
    ("помер", "став", "під", "правил"); True for a word the dictionary does not know, or with no dictionary."""
    return all(p.tag.POS in ("NOUN", "ADJF", "PRTF") for p in _known_parses(word, lang))


def is_adjective(word: str, lang: str) -> bool:
    """Every reading the dictionary knows of `word` is an adjective ("Краматорському", of Kramatorsk)."""
    parses = _known_parses(word, lang)
    return bool(parses) and all(p.tag.POS == "ADJF" for p in parses)


def is_common_word(word: str, lang: str) -> bool:
    """The dictionary reads `word` as some other part of speech than a noun too ("Того" is a pronoun as well
    as a country, "Мали" a verb). Nouns alone stay: a dictionary may file a country as a plain noun."""
    return any(p.tag.POS not in ("NOUN", None) for p in _known_parses(word.casefold(), lang))


def is_known_word(word: str, lang: str) -> bool:
    """The dictionary knows `word` (it does not only guess from the endings)."""
    return bool(_known_parses(word, lang))


def is_plain_word(word: str, lang: str) -> bool:
    """The dictionary knows `word`, and only as a common word: no reading of it is a proper noun ("Ромашка",
    "Самокат", "Открытие", but not "Павлова", "Франции")."""
    parses = _known_parses(word, lang)
    return bool(parses) and not any(grammeme in p.tag.grammemes for p in parses for grammeme, _ in _PROPER_GRAMMEMES)


_ODD_NAME = re.compile(r"[(),–]| - ")  # "Конго – Кіншаса", "Гонконг, ОАР Китаю": CLDR's display forms


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-")


@lru_cache(maxsize=1)
def _cldr_names() -> dict[str, dict[str, list[str]]]:
    """code ("PL", "Europe/Warsaw") → language → CLDR names, for the languages whose locale asks for them
    (English always: its names make the keys)."""
    from babel import Locale as BabelLocale
    from babel.core import UnknownLocaleError

    out: dict[str, dict[str, list[str]]] = {}
    for code in sorted(set(available_locales()) | {"en"}):
        parts = set(load_locale(code).get("names.cldr", [])) if code in available_locales() else set()
        if code == "en":
            parts |= {"territories", "cities"}
        try:
            babel_locale = BabelLocale.parse(code)
        except (UnknownLocaleError, ValueError):
            continue
        if "territories" in parts:
            for territory, name in babel_locale.territories.items():
                out.setdefault(territory, {}).setdefault(code, []).append(name)
        if "cities" in parts:
            for zone in _zones():
                # a locale lists only the cities it names differently from the zone's id
                city = babel_locale.time_zones.get(zone, {}).get("city") or zone.rsplit("/", 1)[-1].replace("_", " ")
                out.setdefault(zone, {}).setdefault(code, []).append(city)
    return out


def _city_zone(zone: str) -> bool:
    """A zone named after a city people write about: not "Etc/UTC", not a research station ("Antarctica/
    Davis", "Antarctica/Casey" are surnames more often than places), not a county inside a state
    ("America/Indiana/Knox")."""
    parts = zone.split("/")
    return len(parts) == 2 and parts[0] not in ("Etc", "Antarctica", "Arctic")


@lru_cache(maxsize=1)
def _zones() -> tuple[str, ...]:
    from babel import Locale as BabelLocale

    # every zone some locale's language names an exemplar city for (English lists only those it renames)
    zones = set()
    for code in sorted(set(available_locales()) | {"en"}):
        try:
            zones |= {z for z in BabelLocale.parse(code).time_zones if _city_zone(z)}
        except ValueError:
            continue
    return tuple(sorted(zones))


Glossary = dict[str, tuple[str, dict[str, list[str]]]]


@lru_cache(maxsize=1)
def cldr_glossary() -> Glossary:
    """key → (kind, language → forms): CLDR's places, each under the key the locale files give one of its
    forms, else the slug of its English name. A one-word name that is an ordinary word of its language
    first ("Того") is left out: it would turn every such word at a sentence start into a country.

    Built once for a set of library versions, locale files and this module, and kept in the cache folder:
    asking the dictionaries about two thousand names was a quarter of a warm check. A file that cannot be
    read or written is no reason to fail: the glossary is built again."""
    path = default_cache_dir() / f"cldr-glossary-{_glossary_digest()}.json"
    kept = _read_glossary(path)
    if kept is not None:
        return kept
    glossary = _build_cldr_glossary()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # insertion order kept: the first key to claim a form wins in name_rules
        write_atomically(path, json.dumps(glossary, ensure_ascii=False))
    except (OSError, StoryError):
        pass
    return glossary


def _glossary_digest() -> str:
    """What the glossary is made of: CLDR (Babel), the dictionaries, the locale files and this code."""
    from importlib import metadata

    digest = hashlib.sha256(Path(__file__).read_bytes())
    morphology = [f"{engine}-dicts-{code}" for code in available_locales()
                  if (engine := load_locale(code).get("names.morphology"))]
    for distribution in ("babel", "pymorphy3", *morphology):
        try:
            digest.update(f"{distribution}={metadata.version(distribution)};".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{distribution}=none;".encode())
    for code in available_locales():
        source = load_locale(code).source
        digest.update(code.encode() + (source.read_bytes() if source else b""))
    return digest.hexdigest()[:16]


def _read_glossary(path: Path) -> Glossary | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        glossary = {key: (kind, forms) for key, (kind, forms) in data.items()}
    except (OSError, ValueError, TypeError, AttributeError):
        return None
    if not all(isinstance(kind, str) and isinstance(forms, dict) for kind, forms in glossary.values()):
        return None
    return glossary


def _build_cldr_glossary() -> Glossary:
    listed: dict[str, str] = {}
    for code in available_locales():
        for key, forms in load_locale(code).get("names.aliases", {}).items():
            for form in forms:
                listed.setdefault(form.casefold(), key)
    glossary: Glossary = {}
    for code, names in sorted(_cldr_names().items(), key=lambda item: ("/" in item[0], item[0])):
        english = [n for n in names.get("en", []) if not _ODD_NAME.search(n)]
        if not english:
            continue
        forms = {lang: [n for n in found if not _ODD_NAME.search(n) and not _ambiguous(n, lang)]
                 for lang, found in names.items()}
        known = [listed[f.casefold()] for found in forms.values() for f in found if f.casefold() in listed]
        key = known[0] if known else slug(english[0])
        if not key or key in glossary:
            continue
        if code.isdigit() and not known:
            # a region ("Micronesian Region", "Americas") only where the locale files list it: CLDR spells
            # many like the country they hold
            continue
        glossary[key] = (CITY if "/" in code else COUNTRY if not code.isdigit() else PLACE, forms)
    return glossary


@lru_cache(maxsize=1)
def _listed_keys() -> frozenset[str]:
    return frozenset(key for code in available_locales() for key in load_locale(code).get("names.aliases", {}))


def cldr_only(key: str) -> bool:
    """A place the glossary has from CLDR alone, not from a locale file."""
    return key in cldr_glossary() and key not in _listed_keys()


def _ambiguous(name: str, lang: str) -> bool:
    if " " in name or "-" in name:
        return False
    lowered = name.casefold()
    loc = load_locale(lang)
    ordinary = {w.casefold() for w in loc.get("language.function_words", []) + loc.get("names.stop", [])}
    return lowered in ordinary or is_common_word(name, lang)


@lru_cache(maxsize=1)
def _listed_kinds() -> dict[str, str]:
    kinds: dict[str, str] = {}
    for locale in all_locales():
        for kind, keys in locale.get("names.kinds", {}).items():
            for key in keys:
                kinds.setdefault(key, kind)
    return kinds


def glossary_kind(key: str) -> str | None:
    """The kind of a glossary key: what `names.kinds` lists, where it says more than "a place" (CLDR lists the
    EU and the UN among its territories, and the locales know them as organisations); else a CLDR country or
    city."""
    listed = _listed_kinds().get(key)
    if listed is not None and listed != PLACE:
        return listed
    found = cldr_glossary().get(key)
    return found[0] if found else listed
