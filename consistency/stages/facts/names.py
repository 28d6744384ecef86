"""Names of people, places, organisations and weapon systems, made comparable across scripts.

A name is read as a unit of words, not word by word: "Lloyd J. Austin III", "Antony Blinken", "United
States", "Ллойдом Остіном". The reading, per sentence:

1. Glossary phrases first (the locale's `names.aliases`, matched word by word on stems, so "Білого дому"
   is "Білий дім" and "Сполучених Штатів" is "Сполучені Штати").
2. The remaining capitalised words form runs; a run is cut at common and title words ("Secretary",
   "State", "Department", "Defense" — the locale's `names.common`, and any word the edition also writes
   in lower case), which never become names on their own. Initials ("J.") and generation suffixes
   ("III") belong to a run but never name it.
3. A run next to a glossary word joins it ("Lloyd Austin" → austin); a capital at a sentence start says
   nothing unless the glossary knows the word, or it is a first name before a surname ("Дмитро Кулеба
   заявив"), or, in a language with no dictionary of names (English), a person's name that the locales of
   `names.people_known_in` know read back into their letters ("Pompeo said", "Oleh found me a job"); a
   Title Case headline line gives glossary names only.

A name's value is a key shared by all languages (`name_keys.py` makes and compares the keys).
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from consistency.locales import load_locale, merged, script_of
from consistency.model import Fact
from consistency.stages.facts.dates import month_in_a_name
from consistency.stages.facts.entities import (
    COUNTRY,
    GIVEN_NAME,
    PERSON,
    PLACES,
    analyse,
    cldr_only,
    glossary_kind,
    has_dictionary,
    is_adjective,
    is_common_word,
    is_given_name,
    is_name_of_a_person,
    is_plain_word,
    lemmas,
    reads_as_given_name,
)
from consistency.stages.facts.name_keys import (
    ROMAN_NUMERAL,
    acronym_forms,
    declined_abbreviation,
    derived_place,
    glossary_by_lemma,
    glossary_forms,
    guess_key,
    inner_particles,
    is_glossary,
    lemma_phrase_starts,
    lemma_phrases,
    lemma_stems,
    name_key,
    name_rules,
    name_token,
    name_words,
    numeral_in_capitals,
    stem,
    without_particle,
)
from consistency.stages.facts.rules import rules_for

_MAX_PHRASE = 12
APOSTROPHE = re.compile("['’]")
POSSESSIVE = re.compile(r"['’]s$")


@lru_cache(maxsize=1)
def _generation_suffixes() -> frozenset[str]:
    # read from every locale: "Lloyd J. Austin III" keeps its Latin "III" in a Ukrainian edition too
    return frozenset(w.casefold() for w in merged("names.generation_suffixes"))


def lowercase_stems(text: str, lang: str) -> frozenset[str]:
    """Stems of the words an edition writes in lower case: such a word capitalised is a common word
    (a headline, a title), not a name."""
    endings = name_rules(lang)[0]
    on_purpose = _written_in_lower_case(lang)
    return frozenset(s for w in name_words(text) if not _capitalised(w) and (s := stem(w, endings)) not in on_purpose)


@lru_cache(maxsize=None)
def _lower_case_phrase_starts(lang: str) -> frozenset[str]:
    """Stems of the lower-case first words of the locale's glossary phrases: "округ Колумбія" is the
    District of Columbia, and "Колумбія" alone the country."""
    endings = name_rules(lang)[0]
    return frozenset(stem(words[0], endings) for forms in load_locale(lang).get("names.aliases", {}).values()
                     for form in forms for words in [name_words(form)] if len(words) > 1 and words[0][0].islower())


@lru_cache(maxsize=None)
def _written_in_lower_case(lang: str) -> frozenset[str]:
    """Stems of the names the locale says outlets write in lower case on purpose ("росія")."""
    endings = name_rules(lang)[0]
    return frozenset(stem(w, endings) for w in load_locale(lang).get("names.written_in_lower_case", []))


def _state_after_a_city(text: str, tokens: list, i: int, lang: str) -> tuple[str, int] | None:
    """A state's AP abbreviation that is also a word (`names.states_after_a_city`: "La.", "Miss."), right after a
    capitalised city and a comma ("Baton Rouge, La., announced"): the state."""
    word, start, end = tokens[i]
    key = load_locale(lang).get("names.states_after_a_city", {}).get(word + ".")
    before = text[max(0, start - 40):start]
    if key is None or not text.startswith(".", end) or not re.search(r"[A-Z][\w'’-]*, \Z", before):
        return None
    return key, 1


# a party's letter and a state, by its abbreviation ("Ky.", "N.Y.", "W.Va.", "Calif.") or its name ("Texas"), after a
# comma or a bracket: "Rep. Thomas Massie, R-Ky., said", "(D-N.Y.)", "said Sen. Rand Paul, R-Ky."
_PARTY_LABEL = re.compile(r"(?P<party>[A-Z])-(?P<state>(?:[A-Z][a-z]{0,4}\.){1,2}|[A-Z][a-z]+(?: [A-Z][a-z]+)?)"
                          r"(?=[,);.]|\s|$)")


def _state_of_a_party_label(text: str, tokens: list, i: int, aliases: dict[str, str],
                            lang: str) -> tuple[str, int] | None:
    """A lawmaker's party and state as US copy labels them (`names.party_letters`: "R-Ky.", "D-N.Y."): the state, as
    the other editions name it ("республіканець від Кентуккі"), over the tokens the label spans."""
    start = tokens[i][1]
    label = _PARTY_LABEL.match(text, start)
    if label is None or label["party"] not in load_locale(lang).get("names.party_letters", []) or not (
            text[:start].endswith((", ", "("))):
        return None
    state = label["state"]  # "Texas." ending a sentence is "Texas"
    key = (aliases.get(state.casefold()) or load_locale(lang).get("names.states_after_a_city", {}).get(state)
           or aliases.get(state.rstrip(".").casefold()))
    if key is None or glossary_kind(key) not in PLACES:
        return None
    return key, sum(1 for t in tokens[i:] if t[1] < label.end())


def _capitalised(word: str) -> bool:
    """A capital opens the word, or follows a particle hyphenated to it ("al-Moualem", "аль-Асада")."""
    return word[0].isupper() or without_particle(word) != word


_FIGURE_BEFORE = re.compile(r"\d[ \u00a0]?\Z")


def _title_case_line(words: list[str], small: frozenset[str], known: frozenset[str], lowercase: frozenset[str],
                     endings: tuple[str, ...], inflections: tuple[str, ...]) -> bool:
    """A headline written in Title Case: no word in lower case but the small ones Title Case leaves
    ("of", "the"), and some capitalised word that is plainly not a name ("And", "Meet", "Discussed"): one the text
    writes in lower case, in some inflection (`names.title_case_inflections`: "Scores" for "scored")."""
    rest = words[1:]
    if len(rest) < 3 or any(not _capitalised(w) and w.casefold() not in small for w in rest):
        return False
    roots = {_root(w, inflections) for w in lowercase}
    return any(_capitalised(w) and (w.casefold() in known or stem(w, endings) in lowercase
                                    or _root(w.casefold(), inflections) in roots) for w in rest)


def _root(word: str, inflections: tuple[str, ...]) -> str:
    """`word` less the first of `inflections` it ends with, three letters left at least ("scores", "scored": "scor")."""
    return next((word[:-len(ending)] for ending in inflections
                 if word.endswith(ending) and len(word) - len(ending) >= 3), word)


def read_names(text: str, lang: str, sentence_starts: list[int], taken: list[tuple[int, int]],
               lowercase: frozenset[str] | None = None) -> list[Fact]:
    endings, stop, function, common, aliases, phrases, *_rest, title_case = name_rules(lang)
    if lowercase is None:
        lowercase = lowercase_stems(text, lang)
    starts = set(sentence_starts)
    tokens = [(m.group(), m.start(), m.end()) for m in name_token().finditer(text)
              if not any(s < m.end() and m.start() < e for s, e in taken) and m.group() not in _unit_symbols(lang)]
    tokens = [part for token in tokens for part in _joined_names_apart(text, token, lang)]
    facts: list[Fact] = []
    line_start = 0
    for line in text.split("\n"):
        line_end = line_start + len(line)
        line_tokens = [t for t in tokens if line_start <= t[1] < line_end]
        # a unit's abbreviation after its figure keeps its case in Title Case ("Cuts Key Rate by 50 bps to 16.5%")
        headline = title_case is not None and _title_case_line(
            [t[0] for t in line_tokens if len(t[0]) > 3 or not _FIGURE_BEFORE.search(text, max(0, t[1] - 2), t[1])],
            title_case[0], title_case[1], lowercase, endings, title_case[2])
        facts += _read_line(text, line_tokens, starts, headline, lowercase, lang)
        line_start = line_end + 1
    return facts


@lru_cache(maxsize=None)
def _unit_symbols(lang: str) -> frozenset[str]:
    """The locale's unit words and codes in capitals and small letters both ("MWh", "МВт", "kWh"): a unit's symbol
    wherever it stands ("per megawatt hour (MWh)"), never a name."""
    return frozenset(w for entry in load_locale(lang).get("units", []) for w in [entry["code"], *entry.get("words", [])]
                     if len(w) >= 2 and w.isalpha() and not w.isupper() and not w.islower() and not w.istitle())


def _joined_names_apart(text: str, token: tuple[str, int, int], lang: str) -> list[tuple[str, int, int]]:
    """A hyphenated word of the glossary's names that is no name itself: the names it joins ("the US-China trade
    war", "Russia-Ukraine talks", "саміт Трамп-Путін"), each compared on its own, as another edition writes them
    ("між США та Китаєм"). Whole where a part is no glossary name ("Agence France-Presse", "Rolls-Royce"),
    one is a common word ("Paris-Saint-Germain"), or the glossary has the whole ("Guinea-Bissau", "Нью-Йорк"), or one
    after the first is an adjective ("Полтава-Київська", a station). An acronym (or a brand of two capitals)
    hyphenated to a word in another script is the acronym ("FPV-дронами", as "FPV drones"; "YouTube-канал"), unless
    a word no name is in some language spells it ("IT", "it" to English, which reads no name in "IT companies"),
    and so is an acronym or a glossary name hyphenated to a word that makes an adjective of it
    (`names.hyphened_words`: "NATO-led", "Kyiv-based", "IP68-rated"; not "Kim Jong-un", "Russian-backed",
    "Long-range")."""
    word, start, _ = token
    parts = word.split("-")
    head, _, rest = word.partition("-")
    acronym = head[:1].isupper() and sum(c.isupper() for c in head) >= 2  # "FPV", "DDoS", a brand's "YouTube"
    if (acronym and rest[:1].isalpha() and script_of(head[:1]) != script_of(rest[:1]) and rest[:1].islower()
            and head.casefold() not in _words_of_no_name()):
        return [(head, start, start + len(head))]  # "FPV-дронами", "DDoS-атака": an acronym in its own letters, a word
    endings, stop, function, common, aliases, phrases, *_ = name_rules(lang)
    named = (head, start, start + len(head))
    if (len(head) > 1 and rest.isalpha() and rest.islower() and script_of(head[:1]) == script_of(rest[:1]) == "Latin"
            and _makes_an_adjective_of_a_name(rest, lang)
            and (head.isupper() or _glossary_at(text, [named], 0, endings, aliases, phrases, lang) is not None)):
        return [named]  # "NATO-led", "IP68-rated", "Kremlin-backed": a name, and a word
    if len(parts) < 2 or not all(p and _capitalised(p) for p in parts):  # "B--B" has an empty part
        return [token]
    if any(p.casefold() in words for p in parts for words in (stop, function, common)):
        return [token]
    if len({p.casefold() for p in parts}) < len(parts):
        return [token]  # a syllable said twice is no two names: "Сі-Сі Вей" (C.C. Wei), not Xi twice
    if _glossary_at(text, [token], 0, endings, aliases, phrases, lang) is not None:
        return [token]
    if any(is_adjective(p, lang) for p in parts[1:]):
        return [token]  # a station named by a town and the town it faces ("Полтава-Київська"), no two places
    offsets = [start + sum(len(p) + 1 for p in parts[:i]) for i in range(len(parts))]
    # the parts in runs, each run a glossary name, a hyphenated one too ("Dnipro-Ivano-Frankivsk", a route): the
    # fewest runs that do; a word of more parts only each part alone (the ways to cut it grow as two to their number)
    every_cut = range(1, len(parts))
    ways = ([c for n in every_cut for c in itertools.combinations(every_cut, n)] if len(parts) <= _RUNS_TRIED_UP_TO
            else [tuple(every_cut)])
    for cuts in ways:
        bounds = [0, *cuts, len(parts)]
        apart = [("-".join(parts[a:b]), offsets[a], offsets[a] + len("-".join(parts[a:b])))
                 for a, b in zip(bounds, bounds[1:])]
        if all(_glossary_at(text, [t], 0, endings, aliases, phrases, lang) is not None for t in apart):
            return apart
    return [token]


# the most parts of a hyphenated word cut into runs every way (`_joined_names_apart`)
_RUNS_TRIED_UP_TO = 4
# the fewest letters of a word hyphenated to a name that is a word of its own: the syllables of East Asian names are
# shorter ("Jong-un", "Chun-ying", "Ki-moon")
_A_WORD_OF_ITS_OWN = 5


def _makes_an_adjective_of_a_name(word: str, lang: str) -> bool:
    """`word`, hyphenated after a name, makes an adjective of it (`names.hyphened_words`, `names.hyphened_word_endings`:
    "led", "made", "-ed"), or is a word long enough to be one of its own ("centric", "standard")."""
    locale = load_locale(lang)
    return len(word) >= _A_WORD_OF_ITS_OWN or word in locale.get("names.hyphened_words", []) or word.endswith(
        tuple(locale.get("names.hyphened_word_endings", [])))


@lru_cache(maxsize=1)
def _words_of_no_name() -> frozenset[str]:
    """The stop and function words of every locale."""
    return frozenset(w.casefold() for key in ("names.stop", "language.function_words") for w in merged(key))


def _read_line(text, tokens, starts, headline, lowercase, lang) -> list[Fact]:
    kinds = _token_kinds(text, tokens, headline, lowercase, lang)
    facts: list[Fact] = []
    i = 0
    while i < len(tokens):
        if kinds[i][0] not in ("word", "glossary", "initial"):
            i += 1
            continue
        fact, i = _read_unit(text, tokens, kinds, i, starts, lang)
        if fact is not None:
            facts.append(fact)
    return facts


def _token_kinds(text, tokens, headline, lowercase, lang) -> list[tuple[str, str | None, int]]:
    """Each token: ("glossary", key, n tokens) | ("inside", ...) for the rest of a glossary phrase |
    ("word" | "initial" | "common" | "break", None, 1)."""
    endings, stop, function, common, aliases, phrases, *_ = name_rules(lang)
    kinds: list[tuple[str, str | None, int]] = []
    i = 0
    while i < len(tokens):
        word = tokens[i][0]
        # only a capitalised word can open a glossary phrase (checked here: most words are not, and this
        # loop runs for every word of every edition)
        opens = _capitalised(word) or word.isupper() or stem(word, endings) in _written_in_lower_case(lang) or (
            stem(word, endings) in _lower_case_phrase_starts(lang))
        matched = _glossary_at(text, tokens, i, endings, aliases, phrases, lang) if opens else None
        # a state's AP label or abbreviation opens with a capital too ("R-Ky.", "La.")
        if opens and not matched:
            matched = (_state_of_a_party_label(text, tokens, i, aliases, lang)
                       or _state_after_a_city(text, tokens, i, lang))
        if matched and matched[1] == 1 and _first_name_of(text, tokens, i, matched[0], stop, function, common, lang):
            matched = None  # "Chad Hammel", "Jordan Henderson": a first name CLDR also lists as a country
        if matched and _a_place_opening_a_quoted_name(text, tokens, i, matched, aliases, lang):
            matched = None  # «Теннессі Стейт Тайгерс»: a team's name, read whole
        if matched:
            kinds.append(("glossary", matched[0], matched[1]))
            kinds += [("inside", None, 0)] * (matched[1] - 1)
            i += matched[1]
            continue
        folded = word.casefold()
        contracted = _contraction_head(word)
        if not headline and folded in function and _first_name_in_mid_sentence(text, tokens, i, lang):
            kinds.append(("word", None, 1))  # "Broker Will Christie told": a first name, not the verb
        elif not headline and _particle_inside_a_name(text, tokens, i, lang):
            kinds.append(("initial", None, 1))  # "Bart De Wever", "Урсула фон дер Ляєн"
        elif headline or not _capitalised(word) or folded in function or (
                folded in stop and not _month_as_a_surname(text, tokens[i], lang)) or (
                contracted is not None and (contracted in stop or contracted in function)):
            kinds.append(("break", None, 1))
        elif len(word) == 2 and word.endswith(".") or folded in _generation_suffixes():
            kinds.append(("initial", None, 1))
        elif (folded in common or POSSESSIVE.sub("", folded) in common or stem(word, endings) in lowercase
              or (len(word) < 3 and not word.isupper() and not _syllable_of_a_name(text, tokens, i, stop, function))):
            kinds.append(("common", None, 1))
        else:
            kinds.append(("word", None, 1))
        i += 1
    return kinds


def _syllable_of_a_name(text, tokens, i, stop, function) -> bool:
    """A capitalised word of two letters in mid-sentence, right before another capitalised word of its script: a
    syllable of an East Asian name as Cyrillic writes them ("Лі Чже Мьон", "Чхве Се Бін", "Юн Сок Йоля"), not
    a word that opens a sentence ("Ще Зеленський"), nor a particle after a name ("Emmanuel Macron Le Figaro")."""
    if i == 0 or i + 1 >= len(tokens) or len(tokens[i][0]) != 2:
        return False
    before, word, after = tokens[i - 1], tokens[i][0], tokens[i + 1]
    return (word.casefold() not in inner_particles() and before[0][-1:].isalpha()
            and not _gap(text, before, tokens[i]) and not _gap(text, tokens[i], after)
            and _capitalised(after[0]) and not _scripts_apart(word, after[0])
            and after[0] not in stop and after[0].casefold() not in function)


def _particle_inside_a_name(text, tokens, i, lang) -> bool:
    """"de" of "Bart De Wever", "фон дер" of "Урсула фон дер Ляєн": a particle (`names.inner_particles`) in a run of
    them between one capitalised word (a first name: no glossary name, no possessive, not the second word of a
    name, though a place's name may stand before it) and another, with nothing but spaces between: a part of the
    name, as an initial is, so that the first name and the surname stay one name ("France's Le Monde", "Зеленського
    Ле Пен", "Emmanuel Macron Le Figaro" are two names each)."""
    particles = inner_particles()

    def joined(a: int, b: int) -> bool:
        return 0 <= a and b < len(tokens) and not _gap(text, tokens[a], tokens[b])

    def particle(k: int) -> bool:
        return tokens[k][0].casefold() in particles

    if not particle(i):
        return False
    first = i
    while first > 0 and particle(first - 1) and joined(first - 1, first):
        first -= 1
    last = i
    while last + 1 < len(tokens) and particle(last + 1) and joined(last, last + 1):
        last += 1
    if not (joined(first - 1, first) and joined(last, last + 1) and _capitalised(tokens[last + 1][0])):
        return False
    before = tokens[first - 1][0]
    if not _capitalised(before) or POSSESSIVE.search(before) or is_glossary(name_key(before, lang)):
        return False
    two_before = tokens[first - 2][0] if joined(first - 2, first - 1) else ""
    _endings, stop, function, common, *_ = name_rules(lang)
    a_name_word = (bool(two_before) and _capitalised(two_before) and not is_glossary(name_key(two_before, lang))
                   and not any(two_before.casefold() in words for words in (stop, function, common))
                   and not is_plain_word(two_before, lang))  # "Сказала Урсула фон дер Ляйен": a verb before
    # "Luiz Inacio Lula da Silva", "Later Ursula von der Leyen": a first name before the particle is one all the same,
    # and a possessive no word of the name ("Barcelona's Frenkie de Jong")
    return not a_name_word or bool(POSSESSIVE.search(two_before)) or is_given_name(before, lang)


def _first_name_in_mid_sentence(text, tokens, i, lang) -> bool:
    """A function word capitalised in mid-sentence (after a letter or a comma), right before a capitalised word,
    that reads as a first name ("Broker Will Christie told"): English capitalises no verb there. At a sentence
    start it is the verb ("Will Trump win?")."""
    word = tokens[i][0]
    if not _capitalised(word) or i + 1 >= len(tokens) or _gap(text, tokens[i], tokens[i + 1]):
        return False
    before = text[max(0, tokens[i][1] - 3):tokens[i][1]].rstrip()
    return (bool(before) and (before[-1].isalpha() or before[-1] == ",") and _capitalised(tokens[i + 1][0])
            and is_given_name(word, lang))


def _contraction_head(word: str) -> str | None:
    """The word a contraction opens with, folded ("I’m", "It’s", "We’ll": a pronoun or a verb, which no name is);
    None for any other word. A contraction's ending is a letter or two in lower case: "О'Хаган" is a name,
    whatever "о" is. Asked of every word, so a word without an apostrophe costs one test."""
    if "'" not in word and "’" not in word:
        return None
    head, tail = APOSTROPHE.split(word, 1)
    return head.casefold() if tail.islower() and len(tail) <= 2 else None


def _month_as_a_surname(text, token, lang) -> bool:
    """A month's name after a first name or a title ("Theresa May", "Mrs May"): a surname, as the dates reader
    leaves it (`month_in_a_name`)."""
    word, start, _ = token
    return rules_for(lang).month(word) is not None and month_in_a_name(text, start, lang)


def _first_name_of(text, tokens, i, key, stop, function, common, lang) -> bool:
    """A one-word place only CLDR knows, right before a capitalised word that is no title or common word: a
    person's first name ("Chad Hammel", "Софії Русової", "Софии Ротару"), written as CLDR lists it, as the
    dictionary knows a first name, or, a city's, before a surname; a case form of the place before anything else is
    the place ("прем'єр-міністр Бельгії Барт де Вевер": of Belgium; "Президент Сербії Вучич": of Serbia), and so is
    one before another place."""
    if not cldr_only(key) or i + 1 >= len(tokens) or _gap(text, tokens[i], tokens[i + 1]):
        return False
    word, following = tokens[i][0], tokens[i + 1][0]
    listed = {form.casefold() for form in glossary_forms(key, lang)}
    before_a_surname = analyse(following, lang)[1] == PERSON and glossary_kind(key) != COUNTRY  # "Сербії Вучич"
    if word.casefold() not in listed and not reads_as_given_name(word, lang) and not before_a_surname:
        return False
    folded = following.casefold()
    # two places side by side stay two ("у Токіо Україна здобула")
    return (_capitalised(following) and not any(folded in words for words in (stop, function, common))
            and not is_glossary(name_key(following, lang)))


def opens_a_glossary_phrase(text: str, start: int, lang: str) -> bool:
    """A glossary phrase of two words or more starts at `start`: a Roman numeral that is a part of a name ("у ІІ
    світовій війні" is World War II), which the name reader must still see."""
    rules = name_rules(lang)
    endings, phrases = rules[0], rules[5]
    stems = tuple(stem(w, endings) for w in name_words(text[start:start + 80])[:_MAX_PHRASE])
    return any(stems[:n] in phrases for n in range(2, len(stems) + 1))


def _function_word(word: str, lang: str) -> bool:
    _endings, stop, function, *_ = name_rules(lang)
    return word.casefold() in stop or word.casefold() in function


def _glossary_at(text, tokens, i, endings, aliases, phrases, lang) -> tuple[str, int] | None:
    """The longest glossary phrase starting at capitalised token i, as (key, n tokens); None if there is none."""
    word, following = tokens[i][0], _next_word(text, tokens, i)
    numeral = numeral_in_capitals(word)  # "Pius XI", "XI з'їзд": a numeral alone, not "Xi" in capitals
    # a glossary acronym not written in capitals, where the word is also a common one or a surname the dictionary
    # knows: "Who" opening a question, "Мок" (got wet) opening a sentence, "Марвин Кук", are not WHO, МОК and КУК
    # ("Nato" is NATO as British outlets write it, "Hur said" HUR)
    spelt_out = (not word.isupper() and word.casefold() in acronym_forms()
                 and stem(word, endings) not in _written_in_lower_case(lang)
                 and (_function_word(word, lang) or is_plain_word(word, lang) or analyse(word, lang)[1] == PERSON))
    # aliases of several words by their lemmas, looked up only where this word starts one
    by_lemma = lemma_phrases(lang) if lemma_stems((word,), lang)[0] in lemma_phrase_starts(lang) else {}
    for n in range(min(_MAX_PHRASE, len(tokens) - i), 0, -1):
        # an abbreviation's full stop inside a phrase of three words or more ("St. Sophia Cathedral"; "St. Martin's"
        # is a church, no territory)
        if n > 1 and any(_gap(text, tokens[k], tokens[k + 1])
                         and not (n > 2 and _abbreviated(text, tokens[k], tokens[k + 1]))
                         for k in range(i, i + n - 1)) or n == 1 and numeral:
            continue
        stems = tuple(stem(t[0], endings) for t in tokens[i : i + n])
        key = phrases.get(stems) if n > 1 or word.casefold() not in aliases else aliases[word.casefold()]
        if key is None and n > 1 and re.fullmatch(r"[IVX]\.", tokens[i + n - 1][0]):
            key = phrases.get(stems[:-1] + (stems[-1][:-1],))  # "in World War I." ends a sentence, no initial
        if key is None and n > 1 and by_lemma:
            key = by_lemma.get(lemma_stems(tuple(t[0] for t in tokens[i : i + n]), lang))
        if key is None and n == 1:
            key = phrases.get(stems) or glossary_by_lemma(word, lang)
        if (key is not None and n == 1 and word.casefold() not in aliases
                and _a_common_word_of_like_stem(word, key, aliases, lang, following)):
            key = None
        if key is not None and not (n == 1 and (spelt_out or declined_abbreviation(word))):
            return key, n
    # an adjective of a place before a common word ("Київську область", "the Kyiv region"), not one opening a
    # name of its own ("Київська Русь")
    # nor before an acronym, an institution of the region ("Одеської ОВА", "Запорізької АЕС")
    if (not spelt_out and not numeral and not (following[:1].isupper() and not following.isupper())
            and (key := derived_place(word, lang)) is not None):
        return key, 1
    return None


def _a_common_word_of_like_stem(word: str, key: str, aliases: dict[str, str], lang: str, following: str) -> bool:
    """A word the dictionary knows only as a common one, none of whose lemmas is a form of the glossary name its
    stem matches: "Сума" (a sum) opening a sentence is no case of "Суми" (Sumy), though both stem to "сум"; "Сумах"
    is ("суми" is among its lemmas). A word the dictionary does not know keeps the stem's reading, and so does an
    adjective with a place's stem before a word that says it names a place (`names.place_heads`: "на Краматорському
    напрямку"; "Слов'янські мови" are Slavic)."""
    if not is_plain_word(word, lang) or any(aliases.get(lemma) == key for lemma in lemmas(word, lang)):
        return False
    heads = _place_heads(lang)
    return not (is_adjective(word, lang) and following and any(lemma in heads for lemma in lemmas(following, lang)))


@lru_cache(maxsize=None)
def _place_heads(lang: str) -> frozenset[str]:
    return frozenset(w.casefold() for w in load_locale(lang).get("names.place_heads", []))


def _next_word(text, tokens, i) -> str:
    """The word right after token i, with nothing but spaces between; "" at the end or after a mark."""
    return tokens[i + 1][0] if i + 1 < len(tokens) and not _gap(text, tokens[i], tokens[i + 1]) else ""


def _run_end(text, tokens, kinds, i, lang) -> tuple[int, list[tuple[str, int]]]:
    """A run: words and initials, joined by nothing but spaces, ending at most in one glossary name.
    Returns the token after it and the glossary name in it, as [(key, token)] or []."""
    j = i
    glossary: list[tuple[str, int]] = []
    while j < len(tokens):
        kind, key, n = kinds[j]
        if j > i and (_gap(text, tokens[j - 1], tokens[j]) or _scripts_apart(tokens[j - 1][0], tokens[j][0])
                      or _code_beside_a_word(tokens[j - 1][0], tokens[j][0])
                      or _acronym_beside_a_word(tokens[j - 1][0], tokens[j][0], lang)):
            break
        if kind == "inside":
            j += 1
        elif kind == "glossary":
            if glossary:
                break  # two glossary names side by side ("Ukraine Russia") stay two names
            glossary.append((key, j))
            j += n
        elif kind == "word" and not glossary or kind == "initial":  # "Lloyd J. Austin III"
            j += 1
            if POSSESSIVE.search(tokens[j - 1][0]):
                break  # "Corbyn's Labour Party": a possessive ends its name
        else:
            break
    return j, glossary


def _read_unit(text, tokens, kinds, i, starts, lang) -> tuple[Fact | None, int]:
    """The name whose run starts at token i, if any, and the token after the run."""
    j, glossary = _run_end(text, tokens, kinds, i, lang)
    run = list(range(i, j))
    words = [t for t in run if kinds[t][0] == "word"]
    if glossary and words and any(t > glossary[0][1] for t in words):
        # words after the glossary name belong to the next unit
        j = glossary[0][1] + kinds[glossary[0][1]][2]
        run = list(range(i, j))
        words = [t for t in run if kinds[t][0] == "word"]
    named_in_full = bool(glossary) and _surname_after_a_first_name(tokens, kinds, glossary[0], words, lang)
    if named_in_full:
        words = words + [glossary[0][1]]  # "Джеффа Дила": Jeff Diehl, not Dili, the capital of East Timor
        glossary = []
    elif any(t < j - 1 for t in words) and _a_region_by_its_adjective(text, tokens[j - 1], lang):
        # the town before its region's adjective is a name of its own, the region read next ("в Коломиї
        # Івано-Франківської області", "в с. Княжичі Броварського району"; not "Джек Лондон", "Західній Україні")
        j = glossary[0][1] if glossary else j - 1
        glossary, run = [], list(range(i, j))
        words = [t for t in run if kinds[t][0] == "word"]
    if not glossary and not words:
        return None, j if j > i else i + 1
    if (_at_sentence_start(text, tokens[i][1], starts) and kinds[i][0] == "word" and not named_in_full
            and not _a_name_wherever_it_stands(tokens[i][0]) and not _quoted_alone(text, tokens[i], tokens[j - 1])
            and not (len(words) > 1 and is_given_name(tokens[i][0], lang)
                     and not is_common_word(tokens[words[1]][0], lang))
            and not (len(words) == 1 and not has_dictionary(lang) and is_name_of_a_person(tokens[i][0], lang))):
        # a capital at a sentence start says nothing, but a first name the dictionary knows opens the name it
        # gives ("Брайан О'Хаган прокоментував"; not before an ordinal: "Николай Второй"). A word alone is a
        # name there only in a language with no dictionary of its own, where nothing else would read it, and
        # only a person's that other languages' dictionaries know ("Oleh found me a job", "Pompeo said"; a
        # word the edition also writes in lower case, "Even", is none). A dictionary's own first names and
        # surnames include common nouns that open sentences ("Надія", "Роман")
        words = words[1:]
        if not words and not glossary:
            return None, j
        run = run[1:]
        while run and kinds[run[0]][0] == "initial" and tokens[run[0]][0].casefold() in inner_particles():
            run = run[1:]  # "фон дер Ляєн" of "Урсула фон дер Ляєн" opening a sentence: the name is "Ляєн"
    if not glossary and len(words) == 1 and words[0] + 1 in run and numeral_in_capitals(tokens[words[0] + 1][0]):
        # a Roman numeral right after a name of one word is a regnal number, which tells two people apart ("King
        # Charles III", never "Charles II"); after a surname it is a generation's ("Lloyd J. Austin III")
        words.append(words[0] + 1)
    if glossary:
        value = glossary[0][0]
        entity = glossary_kind(value)
    else:
        if len(words) == 1 and len(tokens[words[0]][0]) < 3 and not tokens[words[0]][0].isupper():
            return None, j
        # a word of a longer name is a guess even where the glossary lists it alone ("Jordan Henderson")
        value = "|".join((name_key if len(words) == 1 else guess_key)(tokens[t][0], lang) for t in words)
        if len(words) == 2 and (regnal := _regnal_ordinal(tokens[words[1]][0], lang)) is not None:
            value = f"{guess_key(tokens[words[0]][0], lang)}|~{regnal}"  # "Николай Второй" is "Nicholas II"
        # the last word names a person (the surname) or a place: what the dictionary says of it; a surname
        # it does not know after a first name it does ("Анджей Дуда") is a person's too
        kinds = [_kind_of_word(tokens[t][0], lang) for t in words]
        entity = kinds[-1] if kinds[-1] != GIVEN_NAME else None  # a first name alone is nobody in particular
        if named_in_full or len(words) > 1 and entity in (None, GIVEN_NAME) and any(
                k in (PERSON, GIVEN_NAME) for k in kinds[:-1]):
            entity = PERSON
    start, end = tokens[run[0]][1], tokens[run[-1]][2]
    return Fact("name", value, text[start:end], start, end, entity=entity), j


def _regnal_ordinal(word: str, lang: str) -> int | None:
    """The value of an ordinal word written with a capital after a one-word name: a regnal number said in words, as
    Russian and Ukrainian copy says it ("Николай Второй", "Петро Перший"), keyed as "II" is."""
    if not word[:1].isupper():
        return None
    rules = rules_for(lang)
    folded = word.casefold()
    return int(rules.number_word_values[folded]) if folded in rules.ordinal_words else None


def _kind_of_word(word: str, lang: str) -> str | None:
    """What the dictionary says a word of a name is; a first name of two hyphenated ("Жан-Ноель") is a first name."""
    return GIVEN_NAME if "-" in word and is_given_name(word, lang) else analyse(word, lang)[1]


def _surname_after_a_first_name(tokens, kinds, glossary: tuple[str, int], words: list[int], lang: str) -> bool:
    """A one-word place right after a word the dictionary knows as a first name: a surname that reads as a
    place's case form ("Джеффа Дила", "Джордж Вашингтон"). A place's name of several words ("Rapid Vienna",
    "East Baton Rouge") keeps its glossary name."""
    key, at = glossary
    return (kinds[at][2] == 1 and glossary_kind(key) in PLACES and bool(words) and words[-1] == at - 1
            and is_given_name(tokens[at - 1][0], lang))


def _gap(text: str, a: tuple[str, int, int], b: tuple[str, int, int]) -> bool:
    """Anything but spaces between two tokens (a comma, a dash, a line break) ends a name."""
    between = text[a[2] : b[1]]
    return bool(between.strip()) or "\n" in between


def _abbreviated(text: str, a: tuple[str, int, int], b: tuple[str, int, int]) -> bool:
    """A short capitalised word's full stop between two tokens, as a glossary phrase may write it ("St. Sophia
    Cathedral" for "St Sophia Cathedral")."""
    return text[a[2]:b[1]] == ". " and len(a[0]) <= 3 and a[0][:1].isupper()


def _scripts_apart(a: str, b: str) -> bool:
    """Two words in two scripts: two names side by side ("больницу Ниццы Hospital Louis Pasteur", "Bellator
    Скотт Кокер": a name kept in Latin letters beside one transcribed), never one; but a regnal number is
    typed in Latin letters in any script ("Карл III", "Папа Лев XIV")."""
    return script_of(a[:1]) != script_of(b[:1]) and not ROMAN_NUMERAL.fullmatch(b)


def _acronym_beside_a_word(a: str, b: str, lang: str) -> bool:
    """An institution's acronym ends a name and opens none: before a person's first name it ends the person's
    title ("віцепрезидентка ЄБРР Матільда Буке", "начальник ОВА Олег Кіпер", as English "EBRD Vice President
    Mathilde Bouquet" does with its title words), and after a place it is that place's institution ("Одеської
    ОВА", "Запорізької АЕС", "the Zaporizhzhia NPP"). A surname in capitals is no acronym ("Денис ШМИГАЛЬ",
    "ШМИГАЛЬ Денис", as official copy writes it), nor is a regnal number ("Карл ІІІ")."""
    if _acronym(a) and not b.isupper():
        return is_given_name(b, lang) and not is_name_of_a_person(a.capitalize(), lang)
    if _acronym(b) and not a.isupper():
        key = name_key(a, lang)
        return (is_glossary(key) and glossary_kind(key) in PLACES) or derived_place(a, lang) is not None
    return False


# the longest acronym a name is cut at: the institutions' ("ЄБРР", "МАГАТЕ"); a surname in capitals is longer
ACRONYM_LETTERS = range(2, 7)


def _acronym(word: str) -> bool:
    return len(word) in ACRONYM_LETTERS and word.isupper() and word.isalpha() and not ROMAN_NUMERAL.fullmatch(word)


def _code_beside_a_word(a: str, b: str) -> bool:
    """A code of letters and digits beside a word ("GAVRISH Pink Bush F1", "Airbus A320", "S23 Ultra") is a name
    of its own, as it is where the word is transcribed into another script ("Пинк Буш F1", "S23 Ультра")."""
    return any(c.isdigit() for c in a) != any(c.isdigit() for c in b)


def _a_name_wherever_it_stands(word: str) -> bool:
    """A word that is a name opening a sentence too: capitals joined by an ampersand ("S&P keeps"), a code with a
    figure ("F-16 pilot Lt. Col. ...", "Су-34 атакував"), which no common word is. (Not a word in another script than
    the edition's, "Sova, яркий пример": the English edition's same word opening its sentence is read as none, and
    the two would differ.)"""
    return "&" in word or any(ch.isdigit() for ch in word)


def _a_region_by_its_adjective(text: str, token: tuple[str, int], lang: str) -> bool:
    """`token` is a place's adjective (`names.place_adjective_endings`: "Броварського") before the noun of a region
    (`names.region_nouns`: "району", "області"): a region of its own, not the last word of the name before it."""
    endings, nouns = _region_rules(lang)
    after = re.match(r"[ \u00a0]+(\w+)", text[token[1] + len(token[0]):])
    return token[0].casefold().endswith(endings) and after is not None and after.group(1).casefold().startswith(nouns)


@lru_cache(maxsize=None)
def _region_rules(lang: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    locale = load_locale(lang)
    return tuple(locale.get("names.place_adjective_endings", [])), tuple(locale.get("names.region_nouns", []))


# quotation marks around a name, which copy puts around the names of firms, parties and teams («Київстар»)
_OPENING_QUOTES, _CLOSING_QUOTES = "«„“\"", "»“”\""
# the dash after a quotation that names its speaker («Неприйнятно», — заявив)
_SPEAKER_DASH = re.compile(r"[ \u00a0]*,?[ \u00a0]*[—–]")


def _a_place_opening_a_quoted_name(text: str, tokens: list, i: int, matched: tuple[str, int],
                                   aliases: dict[str, str], lang: str) -> bool:
    """A place's name right after an opening quotation mark, and two capitalised words or more after it up to the
    closing one, none of them a glossary name ("«Теннессі Стейт Тайгерс»", a university's team): one name, as the
    two left would read as a person's first name and surname; where «Полісся Житомир» names two places, «Київстар»
    only itself, and a club named after its city with one word more («Вашингтон Нешионалс») keeps its city for
    `part_of_a_longer_name` to read."""
    key, n = matched
    start = tokens[i][1]
    if glossary_kind(key) not in PLACES or start == 0 or text[start - 1] not in _OPENING_QUOTES:
        return False
    rest = []
    for token in tokens[i + n:]:
        between = text[tokens[i + n - 1][1] + len(tokens[i + n - 1][0]) if not rest else rest[-1][1] + len(
            rest[-1][0]):token[1]]
        if between.strip():
            return len(rest) >= 2 and between.strip()[:1] in _CLOSING_QUOTES and all(
                word[:1].isupper() and word.casefold() not in aliases for word, *_ in rest)
        rest.append(token)
    return False


def _quoted_alone(text: str, first: tuple[str, int], last: tuple[str, int]) -> bool:
    """The name is all that stands between quotation marks ("«Сільпо» і Novus домовилися"): a sentence's first word
    in quotation marks is a name there too, where a quotation's first word would run on past its name; not a word
    quoted alone before the dash that names its speaker («Неприйнятно», — заявив)."""
    end = last[1] + len(last[0])
    return (first[1] > 0 and text[first[1] - 1] in _OPENING_QUOTES and text[end:end + 1] in _CLOSING_QUOTES
            and not _SPEAKER_DASH.match(text, end + 1))


def _at_sentence_start(text: str, start: int, starts: set[int]) -> bool:
    """A capital there says nothing: a sentence's first word, or a live report's line's after its minute
    (`_MINUTE_OPENING_A_LINE`)."""
    if start in starts:
        return True
    if _MINUTE_OPENING_A_LINE.fullmatch(text, text.rfind("\n", 0, start) + 1, start):
        return True
    i = start - 1
    while i >= 0 and not text[i].isalnum():
        if i in starts:
            return True
        i -= 1
    return i < 0


# a live report's line opening with its minute, maybe after a pictograph ("🟥 90+3' Червона картка ...", "67’ Гол!")
_MINUTE_OPENING_A_LINE = re.compile(r"[^\w\n]*\d{1,3}(?:\+\d{1,2})?['’][ \u00a0]+")
