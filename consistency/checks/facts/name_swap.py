"""How sure the facts check is of a name: read through the glossary or only guessed from a transliteration,
written in the edition in some other form, or swapped for another name."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from consistency.checks.facts.clusters import Cluster
from consistency.checks.facts.context import Context
from consistency.checks.facts.segments import Sentences, opens_its_sentence, sentence_of, text_of_segment
from consistency.locales import load_locale, locale_path, merged, script_of
from consistency.model import Analysis, Fact
from consistency.stages.facts.entities import (
    GIVEN_NAME,
    PERSON,
    PLACES,
    analyse,
    compatible_kinds,
    glossary_kind,
    has_dictionary,
    is_common_word,
    is_given_name,
    is_known_word,
    is_name_of_a_person,
    is_plain_word,
    lemmas,
    person_by_reading,
    reads_as_given_name,
)
from consistency.stages.facts.name_keys import (
    WordForms,
    derivation_endings,
    derived_from,
    form_of,
    french_sound,
    glossary_stems,
    is_glossary,
    last_syllable,
    name_rules,
    name_token,
    name_words,
    named_in_syllables,
    related,
    same_name,
    sound_key,
    stem,
    surname,
    surname_sound,
    surnames_apart,
    with_translated_roots,
    word_keys,
    written_in_another_latin_alphabet,
)
from consistency.stages.facts.names import POSSESSIVE


def named_in(ctx: Context, key: str, segment: Sentences, names: list[str], *, besides: Fact | None = None,
             by_skeleton: bool = True, without: tuple[str, ...] = ()) -> bool:
    """Whether `key`'s segment (the whole edition without segments) writes one of the names in some
    form: a case form or an adjective the glossary misses ("Russian" for Russia, "Китаї" for China), or a
    word derived from a listed form with one of the locale's derivation endings ("натовські" for NATO,
    "Київщина" for Kyiv, "Netherlands-based"). With `besides`, the name the segment gives in their place:
    a person's name (one no glossary knows) is looked for among the other capitalised words, and a full
    name by its other words than first names ("сказал" is no form of "Calzadilla", nor "Єнс" of "Джейнс").
    `by_skeleton=False`: no word merely as close to a glossary form's skeleton as two spellings of a name
    ("штату" to "Штати", "Martin's" to "Сен-Мартен"), nor a listed adjective: the name's own forms only.
    `without`: texts of names read there that are not forms of these, left out (`_segment_text`)."""
    lang = ctx.lang(key)
    if besides is not None:
        people = [name for name in names if not is_glossary(name)]
        if len(people) < len(names) and named_in(ctx, key, segment, [n for n in names if is_glossary(n)]):
            return True
        capitalised = ctx.of_segment(f"capitalised words besides {besides.text}", key, segment,
                                     lambda: _segment_words(ctx.analysis, key, segment, besides))
        return any(capitalised.has_name(name, lang) for name in people)
    forms = ctx.of_segment(f"words without {without}", key, segment,
                           lambda: _segment_words(ctx.analysis, key, segment, without=without))
    if any(forms.has_name(name, lang) if by_skeleton else forms.has_form_of(name) for name in names):
        return True
    derived = [stem for name in names for stem in glossary_stems(name, lang)]
    if not derived:
        return False
    words = ctx.of_segment(f"lower words without {without}", key, segment, lambda: sorted(  # "Netherlands-based" too
        {w.casefold() for w in name_words(_segment_text(ctx.analysis, key, segment, without).replace("-", " "))}))
    endings = derivation_endings(lang)
    return any(w == stem or derived_from(w, stem, endings) for stem in derived for w in words)


def given_names(fact: Fact, lang: str) -> list[str]:
    """The words of a name of several that its edition's dictionary knows as first names ("Єнс" of "Єнс
    Столтенберг", "Василь" of "Венгер Василь Степанович"): a first name never makes two people one."""
    words = name_words(fact.text)
    return [w for w in words if len(words) > 1 and analyse(w, lang)[1] == GIVEN_NAME]


def _segment_text(analysis: Analysis, key: str, segment: Sentences, without: tuple[str, ...] = ()) -> str:
    """`key`'s text of the segment, each of the texts `without` taken out once: the names read there that stand
    for names the other editions give too ("Сарасота" in a list of counties) are no spelling of another one
    ("Charlotte", which it is as close to as two spellings of one name)."""
    text = text_of_segment(analysis, key, segment)
    for name in without:  # as a word: "Нигер" is no part of "Нигерия"
        text = re.sub(rf"(?<!\w){re.escape(name)}(?!\w)", " ", text, count=1)
    return text


def _segment_words(analysis: Analysis, key: str, segment: Sentences, besides: Fact | None = None,
                   without: tuple[str, ...] = ()) -> WordForms:
    """The forms of the segment's words; with `besides` (a name of the segment), of its capitalised words only,
    that name's first names left out; `without`: see `_segment_text`."""
    edition = analysis.story.editions[key]
    text = _segment_text(analysis, key, segment, without)
    capitalised = besides is not None
    if besides is not None:
        given = given_names(besides, edition.lang)
        text = text.replace(besides.text, " ".join(w for w in name_words(besides.text) if w not in given), 1)
    # and each part of a hyphenated word: "US-China trade war", "Эль-Сальвадора"
    parts = " ".join(word.replace("-", " ") for word in name_words(text) if "-" in word)
    # and two capitalised words in a row hyphenated, as another language writes the name: "Stadio San Paolo"
    # for "Сан-Паоло", "Los Angeles" for "Лос-Анджелес"
    words = list(name_token().finditer(text))
    joined = " ".join(f"{a.group()}-{b.group()}" for a, b in zip(words, words[1:])
                      if text[a.end():b.start()] == " " and a.group()[:1].isupper() and b.group()[:1].isupper())
    return WordForms([k for part in (text, parts, joined)
                      for k in word_keys(part, edition.lang, capitalised=capitalised)])


def sounded_in(ctx: Context, key: str, segment: Sentences, names: list[tuple[str, Fact]], *,
               one_off: bool = False, besides: Fact | None = None, without: tuple[str, ...] = ()) -> bool:
    """Whether `key`'s segment has a word that sounds like the surname of one of `names` ((edition, fact)
    pairs): "Уоллес" for "Wallace", which no transliteration scheme spells alike. With `one_off`, also a word
    one consonant off, of three or more ("Nikolai" / "Микола": a name's Russian and Ukrainian forms; "Diehl" /
    "Дил"). `besides`: a name of that segment whose first names are not heard ("Єнс Столтенберг"
    does not sound like "Jaynes": a first name never makes two people one). `without`: see `_segment_text`."""
    lang = ctx.lang(key)
    # each word as written too: a name's own ending may look like a case ending ("Уильям" is no dative
    # plural of "Уиль", and sounds "vlm", like "William"); a common word opening a sentence is none ("Він", he,
    # sounds "vn", like "Vann")
    # (and an East Asian given name's last syllable: "myung" of "Jae-myung" is "Мьон")
    capitalised = ctx.of_segment(f"capitalised without {without}", key, segment, lambda: [
        w for w in name_words(_segment_text(ctx.analysis, key, segment, without))
        if w[:1].isupper() and not is_plain_word(w, lang)])
    heard = ctx.of_segment(f"sounds without {without}", key, segment, lambda: Counter(
        sound_key(said, lang, stemmed=stemmed) for w in capitalised
        for said in filter(None, (w, last_syllable(w))) for stemmed in (True, False)))
    # and each as French spells it, heard alike in full only: never a syllable, nor one sound off
    heard_french = ctx.of_segment(f"French sounds without {without}", key, segment, lambda: Counter(
        sound for w in capitalised for stemmed in (True, False) if (sound := french_sound(w, lang, stemmed=stemmed))))
    if besides is not None:
        first_names = [(w, stemmed) for w in given_names(besides, lang) for stemmed in (True, False)]
        heard = heard - Counter(sound_key(w, lang, stemmed=stemmed) for w, stemmed in first_names)
        heard_french = heard_french - Counter(filter(None, (french_sound(w, lang, stemmed=stemmed)
                                                            for w, stemmed in first_names)))
    sounds = set(heard)
    # an acronym is no transcription: "ООН" sounds "n", like "One"; a name is heard as written too, as above; an
    # East Asian name by its first word too, the family name ("Li" of "Лі Цян")
    surnames = [(word, ctx.lang(edition), stemmed) for edition, fact in names
                if name_words(fact.text) and not fact.text.replace(".", "").isupper()
                for word in _surnames_written(fact.text) for stemmed in (True, False)]
    wanted = [sound for word, its_lang, stemmed in surnames
              if (sound := sound_key(word, its_lang, stemmed=stemmed))]  # "Yo" sounds "": like any vowel
    wanted_french = [sound for word, its_lang, stemmed in surnames
                     if (sound := french_sound(word, its_lang, stemmed=stemmed))]
    if any(sound in sounds for sound in wanted + wanted_french) or any(sound in heard_french for sound in wanted):
        return True
    # a syllable of an East Asian name each script spells its own way: one sound apart ("Yong" / "Ён", "Ri" / "Ли")
    syllables = [sound_key(syllable, ctx.lang(edition)) for edition, fact in names if named_in_syllables(fact.text)
                 for w in name_words(fact.text) for syllable in w.split("-")]  # "Jong", "un" of "Jong-un"
    if any(len(s) >= 2 and Levenshtein.distance(s, written) <= 1 for s in syllables for written in sounds if written):
        return True
    return one_off and any(_one_off(sound, written) for sound in wanted for written in sounds)


def _surnames_written(name: str) -> list[str]:
    """The words of a name that may be the surname: the last; of an East Asian name, any, as the family name
    comes first ("Лі" of "Лі Цян", of "прем'єром Держради Лі Цяном")."""
    words = name_words(name)
    return words[::-1] if named_in_syllables(name) else [words[-1]]


def _a_syllable_alike(ctx: Context, *named: tuple[str, Fact]) -> bool:
    """Two names, one of them East Asian (`named_in_syllables`), the first word of one sounding like a word of the
    other (the family name, which comes first: "Li Qiang" / "Лі Цян", "прем'єром Держради Лі Цяном") and a syllable
    of the given name one sound apart at most, as each script spells it its own way ("Qiang" / "Цян", "myung" /
    "Мьон"). "Kim Yo Jong" / "Чхве Сон Хі" share no family name, "Kim Yo Jong" / "Кім Чен Ин" no given name."""
    if not any(named_in_syllables(f.text) for _, f in named):
        return False
    sounds = [[sound_key(last_syllable(w) or w, ctx.lang(k)) for w in name_words(f.text)] for k, f in named]
    for (family, *given), other in ((sounds[0], sounds[1]), (sounds[1], sounds[0])):
        if not family or family not in other:
            continue
        theirs = [s for s in other if s and s != family]
        if any(Levenshtein.distance(a, b) <= 1 for a in given if a for b in theirs):
            return True
    return False


def first_name_altered(ctx: Context, c: Cluster) -> str | None:
    """The edition of a person's cluster that gives the surname the others give with another first name, where the
    others agree on theirs ("Максим Кравець" where "Nazar Kravets" and "Назар Кравец" stand): a brother, a namesake,
    worth a look. Never an initial, an East Asian name, a form of the others' first name (`_first_names_alike`); in a
    story of three, and only where a dictionary knows one of them as a first name."""
    named = {k: f for k, f in c.members.items()
             if f.kind == "name" and not is_glossary(str(f.value)) and len(name_words(f.text)) >= 2}
    if len(named) < 3 or len(named) != len(c.members) or any(named_in_syllables(f.text) for f in named.values()):
        return None
    if len({len(name_words(f.text)) for f in named.values()}) > 1:
        return None  # a patronymic, a word before the name ("Укрфінжитла Олександр Пушкарьов")
    firsts = {k: name_words(f.text)[0] for k, f in named.items()}
    if any(len(word) < 2 or word.isupper() for word in firsts.values()):
        return None  # an initial ("О. Петренко"), an acronym
    if not any(is_given_name(word, ctx.lang(k)) for k, word in firsts.items()):
        return None
    for lone in named:
        others = [k for k in named if k != lone]
        if not _first_names_alike(firsts[others[0]], ctx.lang(others[0]), firsts[others[1]], ctx.lang(others[1])):
            continue  # the two others disagree too: nothing to compare with
        if not any(_first_names_alike(firsts[lone], ctx.lang(lone), firsts[k], ctx.lang(k)) for k in others):
            return lone
    return None


def _first_names_alike(a: str, a_lang: str, b: str, b_lang: str) -> bool:
    """Two first names that may be one name's forms in two scripts: their sounds (the word's stem or the word, "j" and
    "g" heard alike: "Giorgia" / "Джорджія", "Jonas" / "Йонас" where "й" is a vowel) one consonant apart at most
    ("Микола" / "Николай", "Huw" / "Г'ю", "Ганна" / "Анна", where Russian and English hear no "г"), or one a short
    form of the other ("Gus" / "Густаво"), or listed as such (`names.given_name_variants`: "Надія" / "Надежда")."""
    if _given_name_variants(a, b) or _in_another_latin_alphabet((a_lang, a), (b_lang, b)):
        return True
    sounds_a = {sound_key(a, a_lang, stemmed=stemmed).replace("j", "g") for stemmed in (True, False)}
    sounds_b = {sound_key(b, b_lang, stemmed=stemmed).replace("j", "g") for stemmed in (True, False)}
    return any(Levenshtein.distance(x, y) <= 1 or _short_form(x, y) for x in sounds_a for y in sounds_b)


def _short_form(a: str, b: str) -> bool:
    """One first name's sounds open the other's: a short form ("Gus" / "Густаво", "Max" / "Максиміліан")."""
    shorter, longer = sorted((a, b), key=len)
    return len(shorter) >= 2 and longer.startswith(shorter)


def _given_name_variants(a: str, b: str) -> bool:
    """Two first names a locale lists as one name's forms in two languages (`names.given_name_variants`)."""
    pairs = _variant_pairs()
    return (a.casefold(), b.casefold()) in pairs or (b.casefold(), a.casefold()) in pairs


@lru_cache(maxsize=1)
def _variant_pairs() -> frozenset[tuple[str, str]]:
    return frozenset((a.casefold(), b.casefold()) for pair in merged("names.given_name_variants")
                     for a in pair for b in pair if a != b)


def _one_off(a: str, b: str) -> bool:
    """Two sounds of three consonants or more, one of them another ("Nikolai" / "Микола"), or one an "h"
    the other did not hear ("Diehl" / "Дил": an English "h" after a vowel is mostly silent, and sounds "g")."""
    if len(a) == len(b):
        return len(a) >= 3 and Levenshtein.distance(a, b) <= 1
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    return len(longer) >= 3 and len(longer) == len(shorter) + 1 and any(
        longer[:i] + longer[i + 1:] == shorter for i, ch in enumerate(longer) if ch == "g")


def is_name_swap(ctx: Context, c: Cluster, d: Cluster, segment: Sentences) -> bool:
    """One edition names Y where the others name X (two of them, in a story of three), Y is no form of X,
    and both are sure. (The same letters in two editions, "Гейгера" in uk and ru, never get here: the
    clusters join them, `relations.same_literal`.) Not a swap: an acronym (more often a translated one,
    "AI" / "ШІ"); a name that sounds like the other ("Уоллес" / "Wallace") or is a form of it
    (a case form, an adjective), written anywhere in the other's segment; two names the locales relate
    ("Kyiv" for "Ukraine"); two kinds of entity (a capital for its country). Sure: both known to the
    glossary or a dictionary; or two people named in full, one of them known; or two people, one known to its
    edition's dictionary and the other a person to what the story knows (`known_entity`); or a person against
    a one-word name nothing knows (`_person_against_a_guess`); or, of three editions, a first name a dictionary
    knows against a person two agree on (`_first_name_against_two`); or (guesses) each name confirmed across
    editions: Y one another edition gives elsewhere, X one Y's edition gives elsewhere (not a common word a
    title capitalises); or two names in full of no common word, X agreed by two editions (`_two_named_in_full`); or
    one word against one two editions give alike in two scripts or copy (`_one_name_against_two_scripts`). A
    person the story knows against a place is a sentence retold (`_a_person_against_a_place`). Words of a name that
    are first names never make it sound like, or write, another."""
    if c.first().kind != "name" or d.first().kind != "name":
        return False
    lone, pair = (c, d) if len(c.members) <= len(d.members) else (d, c)
    # one edition against the rest: in a story of three editions two must agree on X (one against one,
    # the third naming neither, is mostly a sentence retold)
    if len(lone.members) != 1 or len(pair.members) < min(2, len(ctx.editions) - 1):
        return False
    (key, fact), = lone.members.items()
    y = str(fact.value)
    xs = sorted({str(f.value) for f in pair.members.values()})
    if _acronym_guess(fact) or any(_acronym_guess(f) for f in pair.members.values()):
        return False
    if a_law_s_title_words(ctx, key, fact):
        return False  # "On Compulsory State Pension Insurance": a law's title, its words translated
    # two names the glossary knows under other keys are two entities, however alike a word of them sounds or is
    # spelt ("European Bank for Reconstruction and Development" or "the European Investment Bank" where the others
    # name the World Bank, "Світовий банк")
    both_known = is_glossary(y) and all(map(is_glossary, xs))
    if not both_known and any(_a_syllable_alike(ctx, (key, fact), named) for named in pair.members.items()):
        return False  # "Li Qiang" / "Лі Цян": each script spells the syllables its own way, the family name alike
    # "Мельник" sounds as "Мельничук" does ("mlnk"), and is another surname
    apart = both_known or all(surnames_apart(y, str(f.value)) for f in pair.members.values())
    if not apart and (sounded_in(ctx, key, segment, list(pair.members.items()), besides=fact) or any(
            sounded_in(ctx, k, segment, [(key, fact)], besides=f) for k, f in pair.members.items())):
        return False  # "Уоллес" where the others write "Wallace": a transcription, not another person
    if not both_known and any(written_another_way(ctx, (key, fact), named) for named in pair.members.items()):
        return False  # "Natalka Cmoc" / "Наталка Цмоць": the diaspora's spelling; "Укрсахар" / "Укрцукор"
    if len(pair.members) >= 2 and _same_first_name_other_surname(ctx, key, fact, list(pair.members.items())):
        return True  # before the loose forms: "Галушко" is no form of "Галущенко", however alike they start
    if len(pair.members) >= 2 and _same_first_name_surname_of_another_sound(ctx, (key, fact),
                                                                              list(pair.members.items())):
        return True  # "Nicholas Morrison" where "Ніколас Гаррісон" and "Николас Харрисон" agree
    if any(form_of(x, y) or form_of(y, x) or related(x, y) for x in xs):
        return False
    if not same_kind([fact], list(pair.members.values())) or _a_person_against_a_place(ctx, (key, fact), pair):
        return False
    if _quoted_against_a_person(ctx, (key, fact), list(pair.members.items())):
        return False  # a name in quotation marks (a team's, a firm's) in the place of a person's: retold
    # X in some form in Y's segment, or Y in some form in X's segments: no swap (persons by their surnames)
    for edition, names, own in [(key, [surname(x) for x in xs], fact)] + [
            (k, [surname(y)], f) for k, f in pair.members.items()]:
        if named_in(ctx, edition, segment, names, besides=own):
            return False
    if vouched(fact) and any(vouched(f) for f in pair.members.values()):
        return True  # the glossary or a dictionary knows both names
    if "|" in y and fact.entity in (None, PERSON) and any(
            "|" in str(f.value) and f.entity in (None, PERSON) and (f.entity == PERSON or fact.entity == PERSON)
            and not _surnames_near(ctx, (key, fact), (k, f)) for k, f in pair.members.items()):
        # two people named in full, one of whom a dictionary knows, that sound nothing alike: another person
        return True
    if (fact.entity == PERSON or any(f.entity == PERSON for f in pair.members.values())) and all(
            known_entity(ctx, k, f) == PERSON for k, f in [(key, fact), *pair.members.items()]):
        # a person a dictionary knows against a name the story or another script's dictionary knows as a
        # person's too ("Сергій Кличко" where the English headline names "Sydorenko", read back as "Сидоренко")
        return True
    if len(ctx.editions) == 2 and _given_name_against_a_guess(ctx, key, fact, list(pair.members.items())):
        return True
    if _person_against_a_guess(ctx, [(key, fact), *pair.members.items()]):
        return True
    if _first_name_against_two(ctx, [[(key, fact)], list(pair.members.items())]):
        return True
    if _two_named_in_full(ctx, (key, fact), list(pair.members.items())):
        return True
    if _one_name_against_two_scripts(ctx, (key, fact), list(pair.members.items())):
        return True
    lang = ctx.lang(key)
    plain = all(is_plain_word(w, lang) for w in name_words(fact.text))
    # Y another edition gives elsewhere is a name both know, unless Y is a common word a title or a
    # translated name capitalises ("«Сила питания»" where uk glosses "The Power of Nutrition (Сила харчування)")
    y_sure = is_glossary(y) or not plain and any(
        other != key and any(f.kind == "name" and same_name(y, str(f.value)) for f in ctx.doc_index(other).near(fact))
        for other in ctx.doc_facts)
    x_sure = any(is_glossary(x) for x in xs) or any(
        f.kind == "name" and f is not fact and any(same_name(x, str(f.value)) for x in xs)
        for named in pair.members.values() for f in ctx.doc_index(key).near(named))
    # Y's edition names X elsewhere, so Y is not how it writes X: another name, if a dictionary knows Y too,
    # or if two editions agree on a name no glossary knows either (a known place against an unknown word of
    # the sentence is mostly the sentence retold, and so is a common word a title capitalises, "Перезапуск")
    return x_sure and (y_sure or vouched(fact) or (len(pair.members) >= 2 and not any(map(is_glossary, xs))
                                                    and not plain))


def written_another_way(ctx: Context, *named: tuple[str, Fact]) -> bool:
    """Of two names, the one in Latin letters writes the other's last word as another Latin alphabet does
    (`written_in_another_latin_alphabet`: "Cmoc" / "Цмоць", "Somogyi" / "Шомоді"), or one is the other with roots
    its language translates (`with_translated_roots`: "Укрсахар" / "Укрцукор")."""
    last = [(ctx.lang(k), words[-1]) for k, f in named if (words := name_words(f.text))]
    if len(last) == 2 and _in_another_latin_alphabet(*last):
        return True
    return any((key := with_translated_roots(f.text, ctx.lang(k), ctx.lang(k_other))) is not None
               and same_name(key, str(other.value)) for (k, f), (k_other, other) in (named, named[::-1]))


def _in_another_latin_alphabet(a: tuple[str, str], b: tuple[str, str]) -> bool:
    """Of two words (each with its edition's language), the one in Latin letters writes the other as another Latin
    alphabet does: the Cyrillic word as written, by its dictionary form ("Хару", accusative: "Хара" is "Jara") or, a
    name no dictionary knows, without its case's ending ("Дьокереша": "Дьокереш" is "Gyökeres", "Малгожати":
    "Małgorzata")."""
    for (latin_lang, latin), (lang, word) in ((a, b), (b, a)):
        spellings = dict.fromkeys((latin, stem(latin, name_rules(latin_lang)[0])))
        forms = dict.fromkeys((word, *lemmas(word, lang), stem(word, name_rules(lang)[0])))
        if any(written_in_another_latin_alphabet(spelt, form, lang) for spelt in spellings for form in forms):
            return True
    return False


def _one_name_against_two_scripts(ctx: Context, lone: tuple[str, Fact], pair: list[tuple[str, Fact]]) -> bool:
    """One name of one word where two editions agree on another one-word name, either transcribed alike in two
    scripts ("Tiraspol", "Тирасполі"; "PrivatBank", "ПриватБанк"), copied letter for letter into an edition of
    another script ("SpaceX" in the Ukrainian edition as in the English), or, against a place known to be one, in one
    script a place or a word one of their dictionaries does not know ("Лугано" in the Ukrainian and the Russian
    edition where the English says "Geneva"): a name given alike twice is the one named
    there, and the earlier tests found the third's neither alike in sound nor a form of it. The third's must be no
    word of its language: a city the glossary knows, a place its dictionary knows ("Бендерах"), or a word its
    dictionary does not know at all ("Ощадбанк", "Vodafone"); never a common word ("Голос", "Общественное"). Worth a
    look, not an error (`sure_swap`), unless something knows both."""
    key, fact = lone
    if len(name_words(fact.text)) != 1 or len(pair) < 2 or any(len(name_words(f.text)) != 1 for _, f in pair):
        return False
    lang = ctx.lang(key)
    # a city the glossary knows, a place only the dictionary knows, or a word no dictionary knows; not a region or a
    # country, which a sentence names for a town in it ("в Донбассе" where the others say "in Horlivka")
    kind = glossary_kind(str(fact.value)) if is_glossary(str(fact.value)) else fact.entity
    known = kind == "city" or (not is_glossary(str(fact.value)) and kind in PLACES)
    after_places = all(_after_a_place_preposition(ctx, k, f) for k, f in [lone, *pair])
    # a word the dictionary knows as a noun alone, where all three name a place ("з Фастова", "from Obukhiv", "из
    # Обухова"): the Ukrainian dictionary files its towns as plain nouns, with no tag of a place
    if not (known or kind is None and (after_places or not is_known_word(fact.text, lang))) or is_common_word(
            fact.text, lang):
        return False
    if PERSON in {known_entity(ctx, k, f) for k, f in [lone, *pair]}:
        return False  # a person the story knows ("план Мэй" where the others say "the Chequers plan"): retold
    heard = {sound_key(f.text, ctx.lang(k)) for k, f in pair}
    if any(sound_key(part, lang) in heard for part in fact.text.split("-")[1:]):
        return False  # the place in full where the others give its last word ("Ньюпорт-он-Ливи" / "Levee")
    # the scripts the pair's words are written in ("Ukip" copied into the Russian edition is no transcription)
    scripts = {script_of(name_words(f.text)[0][0]) for _, f in pair}
    copied = len({f.text.casefold() for _, f in pair}) == 1 and any(
        edition_script(ctx, k) != script_of(name_words(f.text)[0][0]) for k, f in pair)
    # or, in one script against a place the third's glossary or dictionary knows ("Geneva"), or a word of a language
    # with no dictionary ("in Pryluky" where the others say "у Ніжині", "в Нежине"), a place a dictionary knows or a
    # word one of them does not know at all ("Лугано", which the Russian dictionary does not know; a common word
    # capitalised in both, "Конфедерації", each knows; an English word, which no dictionary vouches for, is no
    # evidence: "Hydrometeorological" / "Укргідрометцентр"), each of the three after a preposition of place ("in
    # Geneva", "у Лугано"; "заявив Пармелен" names a person)
    a_place = known or kind is None and not has_dictionary(lang)
    places_in_one_script = a_place and after_places and any(
        f.entity in PLACES or not is_known_word(f.text, ctx.lang(k)) for k, f in pair)
    if len(scripts) < 2 and not copied and not places_in_one_script:
        return False
    return all(not is_glossary(str(f.value)) and f.entity in (None, *PLACES) and not is_common_word(f.text, ctx.lang(k))
               for k, f in pair)


def _after_a_place_preposition(ctx: Context, key: str, fact: Fact) -> bool:
    """The name follows one of its language's prepositions of place (`names.place_prepositions`: "in", "у"), perhaps
    with the kind of place between (`names.place_kinds`: "в с. Княжичі", "in the village of Kniazhychi"), or the
    names listed before it (`names.place_list_joiners`: "біля сіл Кам'янка та Довгеньке")."""
    prepositions, kinds, joiners = _place_prepositions(ctx.lang(key))
    words = name_words(ctx.analysis.story.editions[key].text[max(0, fact.start - 60):fact.start])
    while words:
        last = words[-1].casefold()
        if last in kinds:
            words.pop()  # "с.", "village of"
        elif last in joiners and len(words) > 1 and words[-2][:1].isupper():
            del words[-2:]  # "Кам'янка та" before "Довгеньке"
        else:
            break
    return bool(words) and words[-1].casefold() in prepositions


@lru_cache(maxsize=None)
def _place_prepositions(lang: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    locale = load_locale(lang)
    return tuple(frozenset(w.casefold() for w in locale.get(f"names.{name}", []))  # type: ignore[return-value]
                 for name in ("place_prepositions", "place_kinds", "place_list_joiners"))


def _a_person_against_a_place(ctx: Context, lone: tuple[str, Fact], pair: Cluster) -> bool:
    """One side a person to what the story knows (`known_entity`: "Кавано", where another sentence names "Бретта
    Кавано"), the other a place: a sentence retold around another name ("вокруг кандидатуры Кавано" where the
    others name "Arizona Sen. Jeff Flake"), never one name put for the other."""
    kinds = [{known_entity(ctx, *lone)}, {known_entity(ctx, k, f) for k, f in pair.members.items()}]
    return any(PERSON in one and other and other <= PLACES for one, other in (kinds, kinds[::-1]))


# a given name of syllables joined by a hyphen, the second in lower case: a Korean name romanised ("Jae-myung")
_ROMANISED_SYLLABLES = re.compile(r"\w-[a-zа-яіїєґё]")


def _two_named_in_full(ctx: Context, lone: tuple[str, Fact], pair: list[tuple[str, Fact]]) -> bool:
    """Two editions agree on a name of two words or more and the third gives another such name there, no word of
    either a common word in its language ("Leo Varadkar" where the others write "Міхол Мартін", "Михол Мартин"):
    names in full are people's, and the earlier tests found the two neither alike in sound nor forms of each other.
    Worth a look, not an error (`sure_swap`), unless something knows them."""
    if len(pair) < 2 or not all("|" in str(f.value) for _, f in [lone, *pair]):
        return False
    if any(_ROMANISED_SYLLABLES.search(f.text) for _, f in [lone, *pair]):
        return False  # "Lee Jae-myung" against "Дже Мьон": syllables no two schemes cut alike, nor read in one order
    # a first name may be a plain word to a dictionary ("Хакан", a khan), a surname may not
    return not any(is_common_word(w, ctx.lang(k)) or (w == words[-1] and is_plain_word(w, ctx.lang(k)))
                   for k, f in [lone, *pair] for words in [name_words(f.text)] for w in words)


def _quoted_against_a_person(ctx: Context, lone: tuple[str, Fact], pair: list[tuple[str, Fact]]) -> bool:
    """One side of a swap written in quotation marks throughout, the other not and a person's: a team or a
    firm said where the others name a person ("тренер команди "Теннессі Стейт Тайгерс"" / "coach Rod Miller").
    A side quoted in one edition only is no such side ("шоу "Трамп"" beside "the Trump show")."""
    lone_quoted = in_quotes(ctx, *lone)
    pair_quoted = all(in_quotes(ctx, k, f) for k, f in pair)
    if lone_quoted == pair_quoted:
        return False
    person = [f for _, f in pair] if lone_quoted else [lone[1]]
    return any(f.entity == PERSON for f in person)


# the marks that open and close a quotation in uk, ru and en news ("„" opens and "“" closes in Ukrainian)
OPENING_QUOTES, CLOSING_QUOTES = "«„“\"", "»“”\""


# the longest quotation a work's title is taken to be ("Mavka: The Forest Song"); a quoted remark is longer
TITLE_CHARS = 50


def in_a_title(ctx: Context, key: str, fact: Fact) -> bool:
    """The name stands inside a short quotation on its line, a work's title ("Mavka: The Forest Song", which the other
    editions translate: «Мавка. Лісова пісня»), whose capitals name nobody: a quotation opened before it on its line
    and not closed (its marks counted: a straight quote opens and closes alike), and closed soon after it."""
    return _title_quotation(ctx, key, fact) is not None


def _title_quotation(ctx: Context, key: str, fact: Fact) -> tuple[int, int] | None:
    """Where the title `in_a_title` finds the name in opens and closes: its opening mark's and its closing mark's
    offsets in the edition's text; None where the name stands in no title."""
    text = ctx.analysis.story.editions[key].text
    line_start, line_end = text.rfind("\n", 0, fact.start) + 1, text.find("\n", fact.end)
    before = text[line_start:fact.start]
    after = text[fact.end:min(line_end if line_end >= 0 else len(text), fact.end + TITLE_CHARS)]
    low = "„" in before  # „…“: the Ukrainian and German pair, whose “ closes
    inside = (before.count("«") > before.count("»") or before.count('"') % 2 == 1
              or (before.count("„") > before.count("“") if low else before.count("“") > before.count("”")))
    opening = max(before.rfind(mark) for mark in OPENING_QUOTES)
    closing = min((after.find(mark) for mark in CLOSING_QUOTES if mark in after), default=-1)
    if not (inside and closing >= 0 and len(before) - opening + closing + len(fact.text) <= TITLE_CHARS):
        return None
    return line_start + opening, fact.end + closing


def a_title_s_common_words(ctx: Context, key: str, fact: Fact) -> bool:
    """The name is words of a work's title in quotation marks that its language's dictionary reads as common words
    («Тиху воду», where the English says "Still Water"): translated with the title, no one's name."""
    lang = ctx.lang(key)
    return in_a_title(ctx, key, fact) and all(is_common_word(w, lang) or is_plain_word(w, lang)
                                               for w in name_words(fact.text))


def a_law_s_title_words(ctx: Context, key: str, fact: Fact) -> bool:
    """In a language with no dictionary of its own, the name is capitalised words of a title in quotation marks of
    three words or more with a function word among them ("On Compulsory State Pension Insurance"), that neither the
    glossary nor the first names know: translated with the title, no one's name (a quoted "stopped Lukashenko" is a
    quote, and names him)."""
    lang = ctx.lang(key)
    quotation = None if has_dictionary(lang) or is_glossary(str(fact.value)) else _title_quotation(ctx, key, fact)
    if quotation is None:
        return False
    opening, closing = quotation
    words = re.findall(r"[^\W\d_]+", ctx.analysis.story.editions[key].text[opening + 1 : closing])
    _endings, _stop, function, *_ = name_rules(lang)
    return (len(words) >= 3 and any(w.casefold() in function for w in words)
            and all(w[:1].isupper() for w in words if w.casefold() not in function)
            and not any(is_given_name(w, lang) for w in name_words(fact.text)))


def in_quotes(ctx: Context, key: str, fact: Fact) -> bool:
    """The name stands in quotation marks in its edition ("Теннессі Стейт Тайгерс", «Джайантс»): a team's,
    a firm's or a work's, never a person's."""
    text = ctx.analysis.story.editions[key].text
    before, after = text[fact.start - 1 : fact.start], text[fact.end : fact.end + 1]
    return before in OPENING_QUOTES and after in CLOSING_QUOTES and bool(before and after)


def place_said_otherwise(ctx: Context, c: Cluster, segment: Sentences) -> str | None:
    """The place (a glossary key) every other edition names in the segment, in some form, where the cluster's
    one edition names another of its kind and not this one: a swap the clusters cannot pair, as the others
    give the place as an adjective ("Paris Fashion Week" / "Паризький тиждень моди" where one edition says
    "Minsk"; "Mexican President" / "Президент Мексики" where the third says "Ирана"). The places looked for
    are those the story names somewhere; none that the locales relate to it ("Kyiv" for "Ukraine")."""
    if len(c.members) != 1 or c.first().kind != "name":
        return None
    (key, fact), = c.members.items()
    y = str(fact.value)
    kind = glossary_kind(y) if is_glossary(y) else None
    others = [k for k in ctx.editions if k != key]
    if kind is None or not others or any(named_in(ctx, k, segment, [y]) for k in others):
        return None
    slot = ("glossary names", kind)
    if slot not in ctx.memo:
        named = {str(f.value) for facts in ctx.doc_facts.values() for f in facts if f.kind == "name"}
        ctx.memo[slot] = sorted(n for n in named if is_glossary(n) and glossary_kind(n) == kind)
    for x in ctx.memo[slot]:
        if x != y and not related(x, y) and all(named_in(ctx, k, segment, [x]) for k in others) \
                and not named_in(ctx, key, segment, [x]):
            return x
    return None


def _same_first_name_other_surname(ctx: Context, key: str, fact: Fact, others: list[tuple[str, Fact]]) -> bool:
    """Two people named in full with one first name, where two editions agree on the surname and the third
    writes another ("Герман Галушко" where "Herman Halushchenko" and "Герман Галущенко" agree): the first
    name shows it is the same place in the sentence, and where the odd edition's dictionary knows both
    surnames, in its script, as two people's, they are two people however alike they sound (a transcription
    the dictionary does not know, "Хамфри" / "Гамфріс", is never taken for another person)."""
    y = str(fact.value).split("|")
    lang = ctx.lang(key)
    words = name_words(fact.text)
    if len(y) < 2 or not words:
        return False
    lemma, kind = analyse(words[-1], lang)
    if kind != PERSON:
        return False
    for other, agreed in others:
        x = str(agreed.value).split("|")
        other_words = name_words(agreed.text)
        if (len(x) < 2 or not other_words or not _one_first_name(y[0], x[0])
                or edition_script(ctx, other) != edition_script(ctx, key)):
            continue
        other_lemma, other_kind = analyse(other_words[-1], lang)
        if other_kind == PERSON and other_lemma != lemma:
            return True
    return False


def _one_first_name(a: str, b: str) -> bool:
    """Two first names' keys that are one name, in its Russian and Ukrainian forms too ("Олег" is "oleg" and "oleh")."""
    return same_name(a, b) or _one_off(a.lstrip("~"), b.lstrip("~"))


def _same_first_name_surname_of_another_sound(ctx: Context, lone: tuple[str, Fact],
                                             agreed: list[tuple[str, Fact]]) -> bool:
    """Two people named in full with one first name, where two editions agree on the surname and the third's
    surname opens with another sound, however alike the rest ("Nicholas Morrison" where "Ніколас Гаррісон" and
    "Николас Харрисон" agree), one of them a sound every transcription keeps (`transliteration.steady_sounds`)."""
    key, fact = lone
    words = name_words(fact.text)
    if len(words) < 2 or len(str(fact.value).split("|")) < 2 or PERSON not in {
            known_entity(ctx, k, f) for k, f in [lone, *agreed]}:
        return False  # people's ("Proxima Centauri" / "Проксима Центавра" is a star's Latin name)
    first, sound = str(fact.value).split("|")[0], sound_key(words[-1], ctx.lang(key))
    sounds = set()
    for other, named in agreed:
        other_words = name_words(named.text)
        parts = str(named.value).split("|")
        if len(other_words) < 2 or len(parts) < 2 or not _one_first_name(first, parts[0]):
            return False
        sounds.add(sound_key(other_words[-1], ctx.lang(other)))
    if len(sounds) != 1 or len(sound) < 3 or len(theirs := next(iter(sounds))) < 3 or sound[:1] == theirs[:1]:
        return False
    return bool({sound[:1], theirs[:1]} & set(merged("transliteration.steady_sounds")))


def _surnames_near(ctx: Context, *named: tuple[str, Fact]) -> bool:
    """Two full names whose surnames sound alike or one consonant apart (`_one_off`): a transcription that
    heard a letter the other did not ("Diehl" / "Дил"), not another person."""
    a, b = [surname_sound(f.text, ctx.lang(k)) for k, f in named]
    return min(len(a), len(b)) >= 2 and (a == b or _one_off(a, b))


def _given_name_against_a_guess(ctx: Context, key: str, fact: Fact, others: list[tuple[str, Fact]]) -> bool:
    """Of two editions, one writes a first name the dictionary knows ("Леонід"), the other, in the same
    sentence, a one-word name that is no form of it and sounds nothing like it ("Dushan"): no third
    edition can say which is right, and first names are transcribed, never translated, so another person
    is the likely reading. (The extractor leaves a first name alone without a kind: nobody in particular,
    until another edition names somebody else.)"""
    named = [(key, fact)] + others
    if len(named) != 2 or any("|" in str(f.value) or vouched(f) or _acronym_guess(f) for _, f in named):
        return False
    readings = [analyse(f.text.strip(), ctx.lang(k)) for k, f in named]
    kinds = [kind or _first_name_in_mid_sentence(ctx, (k, f), other)
             for (k, f), (_, kind), other in zip(named, readings, reversed(named))]
    if sorted(kind == GIVEN_NAME for kind in kinds) != [False, True] or all(lemma for lemma, _ in readings):
        return False  # one first name the dictionary knows, against a word it does not know at all
    sounds = sorted((sound_key(f.text.strip(), ctx.lang(k)) for k, f in named), key=len)
    if len(sounds[0]) >= 2 and (sounds[1].startswith(sounds[0]) or Levenshtein.distance(*sounds) <= 1):
        return False  # "Уильям" / "William" (one sound a stem of the other), "Nikolai" / "Микола"
    # one person named by the first name in one edition and by the surname in the other ("пан Дмитро" /
    # "Mr. Natalukha"), whom the story names in full somewhere ("Дмитро Наталуха")
    return not _named_in_full_together(ctx, [str(f.value) for _, f in named])


def _person_against_a_guess(ctx: Context, named: list[tuple[str, Fact]]) -> bool:
    """One edition names a person (its dictionary, the story or another script's dictionary says so:
    `known_entity`; of three editions, two agree on the person), the other, in the same sentence, a one-word
    name nothing knows, that is no form of it and sounds nothing like it ("Lermontov" / "Кличко", "Duda" where
    two editions give "Трамп"): names of people are transcribed, never translated; a title's words the dictionary
    reads as common words are no person's («Тиху воду», where the English says "Still Water"). The guess is one
    unhyphenated word its edition's dictionary does not know: not "Небесної" of "Небесної сотні", not a first name
    (a person named by the first name in one edition, by the surname in the other), not "Russian-Ukrainian"."""
    kinds = [known_entity(ctx, k, f) or "" if not a_title_s_common_words(ctx, k, f) else "" for k, f in named]
    if kinds.count("") != 1 or set(kinds) != {"", PERSON}:
        return False
    key, fact = named[kinds.index("")]
    if ("|" in str(fact.value) or "-" in fact.text or is_glossary(str(fact.value)) or _acronym_guess(fact)
            or is_known_word(fact.text.strip(), ctx.lang(key))
            or _names_an_institution(ctx, key, fact)):
        return False
    # nor the person's first name as another language gives it ("Nicholas" for "Николай Второй")
    heard = sound_key(fact.text.strip(), ctx.lang(key))
    return not any(len(sound) >= 2 and (heard.startswith(sound) or (len(heard) >= 2 and sound.startswith(heard)))
                   for k, f in named if f is not fact
                   for sound in (sound_key(w, ctx.lang(k)) for w in name_words(f.text)))


def _names_an_institution(ctx: Context, key: str, fact: Fact) -> bool:
    """The name is a word that names an institution or a title, one the locale's `names.common` lists
    ("Republican's"), or is followed by such a capitalised word ("Judiciary Committee", where the others
    name the committee's senator): a word of that institution's name, cut off from it by the name reader,
    not a person. ("Duda street" is a street named after somebody: the person's name is the swapped one.)"""
    edition = ctx.analysis.story.editions[key]
    common = name_rules(edition.lang)[3]
    if all(stem(w, name_rules(edition.lang)[0]) in common for w in name_words(fact.text)):
        return True  # "the moderate Republican's office": the word itself
    following = name_token().search(edition.text, fact.end, fact.end + 40)
    if following is None or edition.text[fact.end: following.start()].strip() or not following.group()[0].isupper():
        return False
    return following.group().casefold() in common


def sure_swap(sides: list[Cluster], ctx: Context | None = None) -> bool:
    """A swap between names of one known kind on every side (a person for a person, a place for a place:
    the glossary or a dictionary says so): worth an error. A swap of guesses is worth a look. With `ctx`,
    a name nothing vouches for where it stands takes the kind `known_entity` finds for it: English has no
    dictionary of names, but the story's other editions, or a Ukrainian dictionary reading "Yermak" back as
    "Єрмак", know it as a surname."""
    facts = [[(k, f) for k, f in side.members.items()] for side in sides]
    entity = {id(f): (known_entity(ctx, k, f) if ctx is not None else f.entity) for side in facts for k, f in side}
    kinds = sorted({entity[id(f)] for side in facts for _, f in side if entity[id(f)]})
    if kinds == [PERSON] and all(all("|" in str(f.value) for _, f in side) for side in facts):
        return True  # two people named in full, a dictionary knowing one of them, that sound nothing alike
    if kinds == [PERSON] and len(sides) == 2 and sorted(len(side) for side in facts) == [1, 2] and any(
            len(side) == 1 and entity[id(side[0][1])] == PERSON for side in facts):
        return True  # a person the dictionary knows, where two editions agree on another name
    if ctx is not None and set(kinds) <= {PERSON, GIVEN_NAME} and _one_person_against_one_name(ctx, facts):
        return True
    if ctx is not None and len(facts) == 2 and sorted(map(len, facts)) in ([1, 1], [1, 2]) and (
            _person_against_a_guess(ctx, [named for side in facts for named in side])):
        return True  # of three editions, two agreeing on the person make the guess the odd one
    return (all(any(entity[id(f)] for _, f in side) for side in facts)
            and all(compatible_kinds(a, b) for a in kinds for b in kinds))


def _first_name_in_mid_sentence(ctx: Context, named: tuple[str, Fact], other: tuple[str, Fact]) -> str | None:
    """GIVEN_NAME for a one-word name the dictionary reads first as a common noun but also as a first name
    ("Ангели": angels, or Angela's), written with a capital in mid-sentence, where the other edition's name
    there is a person's too (a dictionary reads "Christina" back as "Крістіна"); None otherwise: a
    sentence's first word is capitalised anyway, and a planet is capitalised too ("Венеры" against "Earth")."""
    key, fact = named
    if "|" in str(fact.value) or not reads_as_given_name(fact.text.strip(), ctx.lang(key)):
        return None
    sentence = sentence_of(ctx.analysis, key, fact.sentence)
    if sentence is None or opens_its_sentence(sentence, fact.start):
        return None
    # asked last: reading a name back into other languages' letters is the dearest test here
    other_key, other_fact = other
    person = is_name_of_a_person(POSSESSIVE.sub("", other_fact.text.strip()), ctx.lang(other_key))
    return GIVEN_NAME if person else None


def _one_person_against_one_name(ctx: Context, facts: list[list[tuple[str, Fact]]]) -> bool:
    """Of two editions, one names a person (or a first name) its dictionary knows and the other, in the same
    sentence, a name that is no form of it and sounds nothing like it (is_name_swap said so): names of people
    are transcribed, never translated, so the other names another person ("Lena" / "Терезу", "Yermak" /
    "Віталій Кличко"). No third edition says which is right, and both are blamed."""
    if len(facts) != 2 or any(len(side) != 1 for side in facts):
        return _first_name_against_two(ctx, facts)
    (one,), (two,) = facts
    return any((f.entity or analyse(f.text.strip(), ctx.lang(k))[1] or _first_name_in_mid_sentence(ctx, (k, f), other))
               in (PERSON, GIVEN_NAME) for (k, f), other in [(one, two), (two, one)])


def _first_name_against_two(ctx: Context, facts: list[list[tuple[str, Fact]]]) -> bool:
    """Of three editions, two agree on a person's name (a dictionary or the story says so, or they transcribe
    it, each in its script) and the third writes, in its place, a first name its dictionary knows, alone or
    opening a full name, that is no form of it and sounds nothing like it: "Виктор" where "James" and "Джеймс"
    agree, "Анджей" where "Kelly" and "Келли" do, "Тереза Мэй" where "Sumbung" and "Сумбунг" do. Not where
    the story names one person by both ("Viktor Smith" somewhere, "Віктор" here and "Smith" there)."""
    if len(facts) != 2 or sorted(map(len, facts)) != [1, 2]:
        return False
    (key, lone), = next(side for side in facts if len(side) == 1)
    words = name_words(lone.text)
    if not words or analyse(words[0], ctx.lang(key))[1] != GIVEN_NAME:
        return False
    agreed = next(side for side in facts if len(side) == 2)
    transcribed = len({script_of(f.text.strip()[:1]) for _, f in agreed}) > 1
    if not transcribed and not any(known_entity(ctx, k, f) in (PERSON, GIVEN_NAME) for k, f in agreed):
        return False  # two editions keeping a title in Latin letters ("Chariots") name nobody
    return not _named_in_full_together(ctx, [str(lone.value).split("|")[0], str(agreed[0][1].value)])


def _named_in_full_together(ctx: Context, keys: list[str]) -> bool:
    """The story names somebody in full with a form of each of these name keys (one the first name, the other
    the surname): one person, called by either."""
    for facts in ctx.doc_facts.values():
        for full in facts:
            parts = str(full.value).split("|") if full.kind == "name" else []
            if len(parts) > 1 and all(any(form_of(k, p) or form_of(p, k) for p in parts) for k in keys):
                return True
    return False


def known_entity(ctx: Context, key: str, fact: Fact) -> str | None:
    """The fact's kind of entity, or the one a dictionary or the glossary gives the same name (the same key,
    or a surname that sounds alike) elsewhere in the story, in any edition ("Макрон" opening a sentence, where
    "Эммануэль Макрон" is a person); else the kind another script's dictionary gives the name read back into
    its letters (`_person_by_reading`); None where nothing knows it, or two kinds."""
    if fact.entity is not None or fact.kind != "name":
        return fact.entity
    slot = ("known entity", key, fact.value)
    if slot not in ctx.memo:
        # the same name by the index's lookup (as `relation` relates names), not a scan of every fact per name
        kinds = {f.entity for other in ctx.doc_facts for f in ctx.doc_index(other).near(fact)
                 if f.kind == "name" and f.entity is not None and same_name(str(fact.value), str(f.value))}
        sound = surname_sound(fact.text, ctx.lang(key))
        if len(sound) >= 3:
            kinds |= _kinds_by_sound(ctx).get(sound, set())
        ctx.memo[slot] = kinds.pop() if len(kinds) == 1 else _person_by_reading(ctx, key, fact)
    return ctx.memo[slot]


def _kinds_by_sound(ctx: Context) -> dict[str, set[str]]:
    """The kinds of entity the story's names with a known kind have, by the sound of their surname: built
    once per story."""
    slot = ("kinds by sound",)
    if slot not in ctx.memo:
        by_sound: dict[str, set[str]] = {}
        for key, facts in ctx.doc_facts.items():
            lang = ctx.lang(key)
            for f in facts:
                if f.kind == "name" and f.entity is not None:
                    by_sound.setdefault(surname_sound(f.text, lang), set()).add(f.entity)
        ctx.memo[slot] = by_sound
    return ctx.memo[slot]


def _person_by_reading(ctx: Context, key: str, fact: Fact) -> str | None:
    """PERSON where the dictionary of another edition's language, in another script, knows the name read
    back into its letters as a surname, or its first word as a first name ("Oleksiy Arestovych"); GIVEN_NAME
    for a first name alone ("Kolya"): names of people are transcribed, so an English edition's names are
    the Ukrainian edition's read back."""
    words = [POSSESSIVE.sub("", w) for w in _without_initials(fact.text)]  # "Christina's" is Christina read back
    script = edition_script(ctx, key)
    languages = sorted({ctx.lang(k) for k in ctx.doc_facts if edition_script(ctx, k) != script})
    for lang in languages:
        last = person_by_reading(words[-1], lang) if words else None
        if last == PERSON or (last == GIVEN_NAME and len(words) > 1):
            return PERSON
        if len(words) > 1 and person_by_reading(words[0], lang) == GIVEN_NAME:
            return PERSON
        if last == GIVEN_NAME:
            return GIVEN_NAME
    return None


def same_kind(a: list[Fact], b: list[Fact]) -> bool:
    """No side's known kind of entity differs from the other's (an unknown kind agrees with any)."""
    kinds_a = {f.entity for f in a if f.entity}
    kinds_b = {f.entity for f in b if f.entity}
    return all(compatible_kinds(x, y) for x in kinds_a for y in kinds_b)


def vouched(fact: Fact) -> bool:
    """A name the glossary or a dictionary knows, not a capitalised word guessed to be one."""
    return is_glossary(str(fact.value)) or fact.entity is not None


def sure_entity(ctx: Context, members: dict[str, Fact], lacking: str) -> bool:
    """A name two editions give (one, where the story has only two), vouched for in one of them, so that
    its absence from `lacking` means something: by the glossary; or by a dictionary, where `lacking` is
    written in the same script or the name is a person's (transcribed, so `sounded_in` can find it: a
    place or an institution is translated, "Тихий океан" / "the Pacific", and only the glossary knows
    both). A name nothing vouches for is too often a transliteration the others spell otherwise. What the
    rest of the story or another script's dictionary knows of the name (`known_entity`: "Arestovych" read
    as "Арестович") vouches only where one edition alone gives it (in a story of two): where two give it and
    their own dictionaries do not know their spellings, the lacking edition's is often one `sounded_in`
    misses too ("Graham", "Грэм" / "Греем")."""
    alone = len(members) == 1

    def vouched_here(key: str, fact: Fact) -> bool:
        if fact.kind != "name" or _acronym_guess(fact):
            return False
        if is_glossary(str(fact.value)):
            return True
        entity = known_entity(ctx, key, fact) if alone else fact.entity
        if entity is None and alone and analyse(fact.text, ctx.lang(key))[1] == GIVEN_NAME:
            entity = GIVEN_NAME  # a first name alone is nobody in particular to a swap, but someone to lose
        # a person's name or a first name is transcribed, so `sounded_in` finds it in any script
        return entity in (PERSON, GIVEN_NAME) or (
            entity is not None and edition_script(ctx, key) == edition_script(ctx, lacking))

    return ((any(vouched_here(k, f) for k, f in members.items()) or _named_in_full_across_scripts(ctx, members))
            and len(members) >= min(2, len(ctx.editions) - 1))


def _named_in_full_across_scripts(ctx: Context, members: dict[str, Fact]) -> bool:
    """Two editions in two scripts that give a name of several words alike ("Holly Willoughby" / "Холли
    Уиллоуби"): a first name and a surname transcribed the same way twice are a person's, whatever the
    dictionaries know of them, and a third edition's spelling of both words would sound alike too."""
    full = [f for f in members.values() if f.kind == "name" and not is_glossary(str(f.value))
            and len(_without_initials(f.text)) >= 2]
    # the surname's script: "Pawn Stars" kept in Latin is no transcription, "Bellator Скотт Кокер" is one
    return len({script_of(name_words(f.text)[-1][0]) for f in full}) >= 2


def _without_initials(text: str) -> list[str]:
    """A name's words but its initials ("J." of "Lloyd J. Austin"), which never name anyone."""
    return [w for w in name_words(text) if not w.endswith(".")]


def edition_script(ctx: Context, key: str) -> str | None:
    """The script edition `key`'s locale writes (`language.script`); None for a language with no locale."""
    lang = ctx.lang(key)
    return load_locale(lang).get("language.script") if locale_path(lang) else None


def _acronym_guess(fact: Fact) -> bool:
    """An acronym the glossary does not know ("AI", "NSF"): often translated, so never sure."""
    return not is_glossary(str(fact.value)) and fact.text.replace(".", "").isupper()
