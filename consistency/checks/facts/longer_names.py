"""A name missing from an edition that writes, in its place, the longer name it is part of in a form no word
of it can be read from: an institution by its acronym ("МФТИ" for "the Moscow Institute of Physics and
Technology", "МГУ" for "Moscow State University"), a team by its other word ("the Nationals" for
"«Вашингтон Нэшионалс»"). Translators do both all the time; no mention is lost."""

from __future__ import annotations

import re
from functools import lru_cache

from consistency.checks.facts.clusters import Cluster, Segment, names_of_its_own
from consistency.checks.facts.context import Context
from consistency.checks.facts.name_swap import (
    CLOSING_QUOTES,
    OPENING_QUOTES,
    edition_script,
    in_quotes,
    known_entity,
    named_in,
    sounded_in,
)
from consistency.checks.facts.segments import sentence_of, text_of_segment
from consistency.checks.language import QUOTATION
from consistency.locales import load_locale, script_of
from consistency.model import Fact
from consistency.stages.facts.entities import GIVEN_NAME, PERSON
from consistency.stages.facts.name_keys import (
    glossary_forms,
    is_glossary,
    name_key,
    name_token,
    name_words,
    same_name,
    surname,
)
from consistency.stages.facts.names import POSSESSIVE


def part_of_a_longer_name(ctx: Context, segment: Segment, c: Cluster, lacking: str) -> bool:
    """In an aligned segment, every edition giving the cluster's name, not a person's, gives it as a word of a
    longer name that `lacking` writes otherwise: an institution's that it writes as an acronym
    (`_acronym_of_its_institution`), or a quoted name's whose other word it writes, naming nothing there of its
    own (`_rest_of_its_name_written`)."""
    if not segment.sentences.get(lacking):
        return False  # no segment of its own: the whole edition is no evidence of what stands in this place
    holders = list(c.members.items())
    if any(known_entity(ctx, key, fact) in (PERSON, GIVEN_NAME) for key, fact in holders):
        return False
    if all(_acronym_of_its_institution(ctx, segment, key, fact, lacking) for key, fact in holders):
        return True
    return not names_of_its_own(segment, lacking) and all(
        _rest_of_its_name_written(ctx, segment, key, fact, lacking)
        or _rest_of_its_quoted_name_written(ctx, segment, key, fact, lacking) for key, fact in holders)


def _acronym_of_its_institution(ctx: Context, segment: Segment, key: str, fact: Fact, lacking: str) -> bool:
    """`key` gives the name as a word of an institution's name (`_institution_around`), and `lacking` writes in
    the segment an acronym in its own letters, one letter for each capitalised word of that name or of a part
    of it that holds the name and a word making it an institution's, the name's initial where the name
    stands ("МГУ" for "the Fundamental Medicine Department of Moscow State University": М for Москва; not "МЗС"
    for "the Ministry of Foreign Affairs of Moldova"), and naming nothing `key` names there."""
    words, place = _institution_around(ctx, key, fact)
    if not words:
        return False
    lang = ctx.lang(lacking)
    heads = _institution_rules(ctx.lang(key))[0]
    initials = {form[:1].upper() for form in glossary_forms(str(fact.value), lang)}
    theirs = [str(f.value) for f in segment.facts.get(key, ()) if f.kind == "name"]
    script = edition_script(ctx, lacking)

    def spelt(acronym: str) -> bool:  # some run of the name's words, as long as the acronym, is spelt by it
        n = len(acronym)
        return any(any(POSSESSIVE.sub("", w).casefold() in heads for w in words[start:start + n])
                   and (not is_glossary(str(fact.value)) or acronym[place - start] in initials)
                   for start in range(max(0, place - n + 1), min(place, len(words) - n) + 1))

    for word in ctx.words_of_segment(lacking, segment.sentences):
        if not (word.isupper() and word.isalpha() and script_of(word[:1]) == script and spelt(word)):
            continue
        acronym = name_key(word, lang)
        if not is_glossary(acronym) and not any(same_name(acronym, name) for name in theirs):
            return True
    return False


def _institution_around(ctx: Context, key: str, fact: Fact) -> tuple[list[str], int]:
    """The capitalised words of the institution's name the fact is a word of, joined by the locale's
    `names.institution_connectors` ("of", "and"), one of them one of its `names.institution_words` ("the Moscow
    Institute of Physics and Technology": Moscow, Institute, Physics, Technology), and which of them the fact's
    first word is; none where the fact is no word of such a name. A language that capitalises only the first
    word of a name has none."""
    sentence = sentence_of(ctx.analysis, key, fact.sentence)
    heads, connectors = _institution_rules(ctx.lang(key))
    if sentence is None or not heads:
        return [], 0
    text = ctx.analysis.story.editions[key].text
    tokens = list(name_token().finditer(text, sentence.start, sentence.end))
    inside = [i for i, m in enumerate(tokens) if m.start() < fact.end and m.end() > fact.start]
    if not inside:
        return [], 0

    def joins(i: int, j: int) -> bool:  # token j continues the name from token i: spaces between, a capital
        word = tokens[j].group()
        return (text[tokens[min(i, j)].end():tokens[max(i, j)].start()].isspace()
                and (word[:1].isupper() or word.casefold() in connectors))

    first, last = inside[0], inside[-1]
    while first > 0 and joins(first, first - 1):
        first -= 1
    while last + 1 < len(tokens) and joins(last, last + 1):
        last += 1
    capitalised = [i for i in range(first, last + 1) if tokens[i].group()[:1].isupper()]
    words = [tokens[i].group() for i in capitalised]
    if not any(POSSESSIVE.sub("", w).casefold() in heads for w in words):
        return [], 0
    return words, capitalised.index(inside[0])


# an acronym, maybe with its number ("FDA", "SLC-40")
_ACRONYM = re.compile(r"([^\W\d_a-zа-яёіїєґ]{2,6})(?:[-\u00a0 ](\d{1,4}))?")


def acronym_spelt_out(ctx: Context, segment: Segment, fact: Fact, lacking: str) -> bool:
    """The fact is an acronym ("FDA", "SLC-40") that `lacking` spells out in its segment in the acronym's own
    letters (`spells_out`), as copy for readers who know no acronym writes it and copy for others keeps it."""
    written = fact.text.strip()
    return script_of(written[:1]) == edition_script(ctx, lacking) and spells_out(
        written, text_of_segment(ctx.analysis, lacking, segment.sentences), ctx.lang(lacking))


def spells_out(acronym: str, text: str, lang: str) -> bool:
    """`text` spells out `acronym` ("FDA", "SLC-40"): capitalised words in a row whose initials are its letters, the
    locale's `names.institution_connectors` between them skipped, and its number after them ("the U.S. Food and Drug
    Administration", "Space Launch Complex 40")."""
    written = _ACRONYM.fullmatch(acronym)
    if written is None:
        return False
    letters, number = written.group(1).casefold(), written.group(2)
    connectors = _institution_rules(lang)[1]
    tokens = list(re.finditer(r"[^\W_][\w'’.-]*", text))
    for i in range(len(tokens)):
        spelt, j = 0, i
        while spelt < len(letters) and j < len(tokens) and (j == i or text[tokens[j - 1].end():tokens[j].start()]
                                                               .isspace()):
            word = tokens[j].group()
            if word[:1].isupper() and word[:1].casefold() == letters[spelt]:
                spelt += 1
            elif j == i or word.casefold() not in connectors:
                break
            j += 1
        if spelt == len(letters) and (number is None or re.match(rf"\s+{number}(?!\d)", text[tokens[j - 1].end():])):
            return True
    return False


def institution_connectors(lang: str) -> frozenset[str]:
    """The small words inside an institution's name (`names.institution_connectors`: "of", "and"), folded."""
    return _institution_rules(lang)[1]


@lru_cache(maxsize=None)
def _institution_rules(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """The locale's `names.institution_words` and `names.institution_connectors`, casefolded."""
    loc = load_locale(lang)

    def folded(key: str) -> frozenset[str]:
        return frozenset(w.casefold() for w in loc.get(key, []))
    return folded("names.institution_words"), folded("names.institution_connectors")


def _rest_of_its_name_written(ctx: Context, segment: Segment, key: str, fact: Fact, lacking: str) -> bool:
    """`key` gives the name in quotation marks with another name, the two alone there ("«Вашингтон
    Нэшионалс»", a team), and `lacking` writes that other name in the segment ("the Nationals")."""
    text = ctx.analysis.story.editions[key].text
    for other in segment.facts.get(key, ()):
        if other is fact or other.kind != "name" or is_glossary(str(other.value)):
            continue
        start, end = min(fact.start, other.start), max(fact.end, other.end)
        between = text[min(fact.end, other.end):max(fact.start, other.start)]
        before, after = text[start - 1:start] if start else "", text[end:end + 1]
        quoted = before and after and before in OPENING_QUOTES and after in CLOSING_QUOTES
        if not quoted or not between or not between.isspace():
            continue
        if _in_a_longer_name(segment, lacking, other):
            continue  # "the Ottawa Nationals": a name of its own, with a word of its own in the place's
        if named_in(ctx, lacking, segment.sentences, [str(other.value)]) or sounded_in(
                ctx, lacking, segment.sentences, [(key, other)], one_off=True):
            return True
    return False


def _rest_of_its_quoted_name_written(ctx: Context, segment: Segment, key: str, fact: Fact, lacking: str) -> bool:
    """`key` gives the name in quotation marks alone ("«Едмонтон» обіграв"), and elsewhere in the story as the first
    word of longer words in quotation marks ("«Едмонтон Ойлерз»", "«Флориду Пантерз»": a team), the last of which
    `lacking` writes in the segment ("Oilers Beat Panthers")."""
    if not in_quotes(ctx, key, fact):
        return False
    text = ctx.analysis.story.editions[key].text
    lang = ctx.lang(key)
    for quotation in QUOTATION.finditer(text):
        words = name_words(quotation.group(0))
        if len(words) < 2 or not same_name(name_key(words[0], lang), str(fact.value)):
            continue
        last = Fact("name", name_key(words[-1], lang), words[-1], 0, len(words[-1]))
        if named_in(ctx, lacking, segment.sentences, [str(last.value)]) or sounded_in(
                ctx, lacking, segment.sentences, [(key, last)], one_off=True):
            return True
    return False


def _in_a_longer_name(segment: Segment, key: str, name: Fact) -> bool:
    """`key` gives in the segment a name of more words than `name` whose last word is `name`'s."""
    words = len(name_words(name.text))
    return any(f.kind == "name" and len(name_words(f.text)) > words and same_name(surname(str(f.value)),
                                                                               surname(str(name.value)))
               for f in segment.facts.get(key, ()))
