"""Step 3 of the facts check (see check.py): what each cluster of a segment says of the editions:
matched by all, a rounding, an alteration (alterations.py), a fact missing from some or added by some."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace
from functools import lru_cache

from consistency.checks.facts.alterations import alterations
from consistency.checks.facts.clusters import Cluster, Segment, names_of_its_own, own_names
from consistency.checks.facts.context import Context, Tally
from consistency.checks.facts.findings import make_finding
from consistency.checks.facts.longer_names import (
    acronym_spelt_out,
    institution_connectors,
    part_of_a_longer_name,
    spells_out,
)
from consistency.checks.facts.name_swap import (
    OPENING_QUOTES,
    TITLE_CHARS,
    a_title_s_common_words,
    edition_script,
    first_name_altered,
    in_a_title,
    known_entity,
    named_in,
    place_said_otherwise,
    sounded_in,
    sure_entity,
    written_another_way,
)
from consistency.checks.facts.relations import (
    check_for,
    converts,
    date_of_figure,
    dates_agree,
    describe,
    is_weak,
)
from consistency.checks.facts.segments import opens_its_sentence, segment_span, sentence_of, text_of_segment
from consistency.locales import load_locale, merged, script_of
from consistency.model import Fact, Finding, Sentence
from consistency.stages.facts.amounts import CONVERTED
from consistency.stages.facts.dates import DATELINE, RELATIVE_YEAR, ZONE_TO_KYIV, clock_times
from consistency.stages.facts.entities import (
    COUNTRY,
    GIVEN_NAME,
    ORGANISATION,
    PERSON,
    PLACES,
    analyse,
    glossary_kind,
    has_dictionary,
    is_adjective,
    is_common_word,
    is_given_name,
    is_plain_word,
    lemmas,
)
from consistency.stages.facts.extract import FIGURE_LED_CODE, SPACED_CODE, SPACED_MODEL, read_numbered_codes
from consistency.stages.facts.joined import ADDED_TIME
from consistency.stages.facts.name_keys import (
    WordForms,
    code_figures,
    derivation_endings,
    derived_from,
    glossary_forms,
    glossary_stems,
    guess_key,
    is_glossary,
    name_key,
    name_rules,
    name_token,
    name_words,
    numbered_codes,
    other_figures,
    related,
    same_name,
    surname,
    word_keys,
)
from consistency.stages.facts.names import POSSESSIVE
from consistency.stages.facts.rules import alternation, rules_for

# what an edition may give or leave out: a sum, a measure or a time converted in brackets, a wire's dateline
_GLOSSES = frozenset({CONVERTED, DATELINE})


def blame(ctx: Context, segment: Segment, tally: Tally) -> list[Finding]:
    findings = _matches_and_roundings(ctx, segment, tally)
    altered, paired = alterations(ctx, segment, tally)
    findings += altered
    findings += _first_names_altered(ctx, segment, tally)
    for i, c in enumerate(segment.clusters):
        if i in paired or not c.strong:
            continue
        if c.repeated:
            findings += _lost_a_repeated_mention(ctx, segment, c, tally)
            continue
        present = set(c.members)
        absent = [k for k in ctx.editions if k not in present]
        findings += _conversions_off_their_figure(ctx, segment, c, tally)
        if not absent or all(f.qualifier in _GLOSSES for f in c.members.values()):
            continue
        if i in segment.glossed:
            continue  # the other editions give it as the conversion after it
        if (len(present) > len(absent) or (len(present) == len(absent) and ctx.reference in present)
                or _lost_a_mention(ctx, c, absent)):
            findings += _missing(ctx, segment, c, absent, tally)
        elif ((instead := place_said_otherwise(ctx, c, segment.sentences)) is not None
              and not any(_said_by_its_common_noun(ctx, segment, c, o) for o in absent)):
            findings += _place_swapped(ctx, c, instead, absent, tally)  # not "глав МИД" for "foreign ministers"
        elif lacking := (_lacking_where_others_say_it(ctx, segment, c, absent)
                         or _lacking_where_others_write_it(ctx, segment, c, absent)):
            findings += _missing(ctx, segment, c, lacking, tally, witnessed=True)
        else:
            findings += _added(ctx, segment, c, absent, tally)
    return findings


def _matches_and_roundings(ctx: Context, segment: Segment, tally: Tally) -> list[Finding]:
    everyone = set(ctx.editions)
    findings: list[Finding] = []
    for c in segment.clusters:
        if set(c.members) == everyone and c.strong and not c.repeated:
            for k in c.members:
                tally.add(k, "matched")
        for a, b in c.rounding:
            msg = f"rounded figure: {describe(c.members[a])} ({a}) vs {describe(c.members[b])} ({b})"
            findings.append(make_finding(ctx.analysis, check_for(c.members[b]), "info", b, "rounding", msg,
                                         {a: c.members[a], b: c.members[b]}))
            tally.add(b, "rounding")
    return findings


def _lacking_where_others_say_it(ctx: Context, segment: Segment, c: Cluster, absent: list[str]) -> list[str]:
    """The editions that do not give the cluster's person, where most editions do: one as a fact, another as
    the word opening one of its sentences, where a capital says nothing and no fact was read ("Мартин
    добавляет" beside "розповідає Мартін" and "asked."). Empty where the editions that give it are not the
    most. People only: a place or a party opens sentences as an adjective too ("Labour peer")."""
    if check_for(c.first()) != "entities":
        return []
    names = {surname(str(f.value)) for f in c.members.values()}
    openings = {k: [w for w in _sentence_openings(ctx, k, segment)
                    if any(same_name(name_key(w, ctx.lang(k)), n) for n in names)] for k in absent}
    saying = [k for k in absent if openings[k]]
    people = [analyse(f.text, ctx.lang(k))[1] for k, f in c.members.items()] + [
        analyse(w, ctx.lang(k))[1] for k in saying for w in openings[k]]
    if not any(kind in (PERSON, GIVEN_NAME) for kind in people) and not _a_person(ctx, c):
        return []
    lacking = [k for k in absent if k not in saying and not _said(ctx, segment, c, k)]
    return lacking if saying and lacking and len(c.members) + len(saying) > len(lacking) else []


def _lacking_where_others_write_it(ctx: Context, segment: Segment, c: Cluster, absent: list[str]) -> list[str]:
    """The editions that do not write the cluster's name there in any form, where most editions do: one as a
    fact, another in a form no fact is read from, an adjective most often ("Mexico's capital", "мексиканской
    столицы" and a bare "столиці"; "London Fashion Week", "лондонской недели моды" and "Fashion Week"). The
    edition with no form of it has lost it; the one whose form reads as a fact did not add it. Only for names
    the glossary knows (places, institutions, the people news names most), and only their own forms and the
    words derived from them: a looser witness (a word close to a form's skeleton, "штату" to "Штати"; an
    adjective, which the segment's other edition may give in a sentence aligned elsewhere) is as often another
    name. Lacking is writing no form at all, the looser ones included ("Chinese" says China), nor a name in its
    place: news' own ("Мехіко" for Mexico's capital, "Athens" for Greece) or one of the edition's own that no
    other edition gives ("Поднебесная" for China)."""
    if check_for(c.first()) != "entities" or not all(is_glossary(str(f.value)) for f in c.members.values()):
        return []
    names = sorted({str(f.value) for f in c.members.values()})
    saying = [k for k in absent if named_in(ctx, k, segment.sentences, names, by_skeleton=False)]
    lacking = [k for k in absent if k not in saying and not _said(ctx, segment, c, k)
               and not _a_name_of_its_own_alone(ctx, segment, k) and not _names_one_in_its_place(segment, c, k)]
    return lacking if saying and lacking and len(c.members) + len(saying) > len(lacking) else []


def _names_one_in_its_place(segment: Segment, c: Cluster, key: str) -> bool:
    """`key` gives in the segment a name news uses for the cluster's ("Athens has long insisted" for Greece,
    "Мехіко" for Mexico's capital), however often the others give it too (unlike `_stand_in`)."""
    return any(f.kind == "name" and related(str(m.value), str(f.value))
               for f in segment.facts.get(key, ()) for m in c.members.values())


def _a_name_of_its_own_alone(ctx: Context, segment: Segment, key: str) -> bool:
    """`key` gives in the segment a name no other edition gives there, standing alone ("экспорт в Поднебесную
    упал"): maybe its own name for one the others give. Not the first word of a title whose other words the
    reader took for common ones ("During Fashion Week", read "Fashion"), which names nothing in its place."""
    text = ctx.analysis.story.editions[key].text

    def before_a_capital(fact: Fact) -> bool:
        after = text[fact.end:fact.end + 40]
        return after[:1] in (" ", "\t") and after.lstrip(" \t")[:1].isupper()

    return any(not before_a_capital(name) for name in own_names(segment, key))


def _sentence_openings(ctx: Context, key: str, segment: Segment) -> list[str]:
    """The capitalised words opening `key`'s sentences in the segment."""
    openings = [words[0] for s in _sentences_in(ctx, segment, key) if (words := name_words(s.text))]
    return [w for w in openings if w[:1].isupper()]


def _sentences_in(ctx: Context, segment: Segment, key: str) -> list[Sentence]:
    """`key`'s sentences in the segment (none where it has none there)."""
    mine, seg = segment.sentences.get(key), ctx.analysis.segmentations.get(key)
    return [s for s in seg.sentences if s.index in mine] if mine and seg is not None else []


def _missing(ctx: Context, segment: Segment, c: Cluster, absent: list[str], tally: Tally,
             witnessed: bool = False) -> list[Finding]:
    """The fact most editions have, on each edition lacking it in the segment. An edition that states it
    elsewhere as often as some edition that has it has it placed elsewhere, not lost; stated fewer times,
    a mention is lost ("Death toll rises to 832" with its headline, the body keeping the figure): a
    warning, the sentence itself is the alignment's business. `witnessed`: another edition says the name in
    a form no fact was read from, a second witness beside the cluster's."""
    fact = c.first()
    holder = next(k for k, f in c.members.items() if f is fact)  # the edition that states it
    check = check_for(fact)
    findings: list[Finding] = []
    fewest = None  # mentions in the editions that have it: counted once, and only if some absent edition has any
    for k in absent:
        elsewhere = ctx.tolerances.mentions(fact, ctx.doc_index(k))
        if elsewhere and fewest is None:
            fewest = min(ctx.tolerances.mentions(f, ctx.doc_index(e)) for e, f in c.members.items())
        if elsewhere and elsewhere >= fewest and not _named_fewer_times_by_words(ctx, c, [k]) and _placed_elsewhere(
                ctx, segment, c, k):
            # said in another segment as often: an alignment matter, not a lost fact (a name too: its case
            # forms share its key, so an edition that names it less often has dropped it somewhere)
            continue
        if _written_there(ctx, segment, holder, fact, k):
            continue
        if check == "entities" and all(a_title_s_common_words(ctx, e, f) for e, f in c.members.items()):
            continue  # a title's words, which the edition translates its own way
        if check == "entities" and not elsewhere and _copied_from(ctx, holder, fact, k):
            continue
        if check == "entities" and acronym_spelt_out(ctx, segment, fact, k):
            continue  # "FDA" where the edition writes "the U.S. Food and Drug Administration"
        if (check == "entities" and len(c.members) == 1 and fact.kind == "name"
                and _first_name_of_one_named(ctx, segment, holder, fact, k)):
            continue  # "Пані Наталіє, ...": the "Ms. Kovtun" of the other edition, the story naming "Наталія Ковтун"
        severity = _missing_severity(ctx, segment, c, k, absent, elsewhere, witnessed)
        msg = f"missing: {describe(fact)} (" + ", ".join(sorted(c.members)) + f") is not in {k}"
        if elsewhere:
            msg += f" here (said {elsewhere} time(s) elsewhere" + (", fewer than the other editions)"
                                                                   if elsewhere < fewest else ")")
        findings.append(make_finding(ctx.analysis, check, severity, k, "missing", msg, dict(c.members),
                                     segment=segment.sentences, lacking=k))
        tally.add(k, "missing")
    return findings


def _copied_from(ctx: Context, holder: str, fact: Fact, edition: str) -> bool:
    """The name is one `holder` copies in `edition`'s letters ("під назвою The Salt Tower"), and `edition`, which has
    no name read of it anywhere, writes it so somewhere: its name reader passed over its words (English reads no name
    in Title Case common words)."""
    if script_of(fact.text[:1]) != edition_script(ctx, edition) or edition_script(ctx, holder) == edition_script(
            ctx, edition):
        return False
    text = ctx.analysis.story.editions[edition].text
    return re.search(rf"(?<!\w){re.escape(fact.text.strip())}(?!\w)", text) is not None


def _lost_a_repeated_mention(ctx: Context, segment: Segment, c: Cluster, tally: Tally) -> list[Finding]:
    """A person most editions name again in the segment (the cluster of their second mentions), where another
    edition names them in the segment but not again, and fewer times in the whole story than each of those:
    it lost a mention ("for Mr Bush ... Mr Bush's secretary" / "для містера ... секретарем містера Буша"), as
    `_missing` says of an edition naming them fewer times elsewhere. Counted by names, not sentences: both
    mentions are often in one sentence. Places and figures said again are left out by translators freely."""
    absent = [k for k in ctx.editions if k not in c.members]
    if c.first().kind != "name" or not absent or len(c.members) <= len(absent) or not _a_person(ctx, c):
        return []
    fewest = min(ctx.tolerances.times_stated(f, ctx.doc_index(k)) for k, f in c.members.items())
    fact = min(c.members.values(), key=lambda f: (len(f.text), f.text))  # "Bush" rather than "Bush's"
    findings: list[Finding] = []
    for k in absent:
        # each member's spelling asked: a cluster joined by sound holds spellings the keys do not relate
        named_here = any(f.kind == "name" and ctx.tolerances.relation(m, f) is not None
                         for f in segment.facts[k] for m in c.members.values())
        if not named_here:
            continue
        named = max(ctx.tolerances.times_stated(m, ctx.doc_index(k)) for m in c.members.values())
        if named >= fewest:
            continue
        msg = (f"missing: a mention of {describe(fact)} (" + ", ".join(sorted(c.members)) + f" name it again here)"
               f" is not in {k} (named {named} time(s) in all, fewer than the other editions)")
        findings.append(make_finding(ctx.analysis, "entities", "warning", k, "missing", msg, dict(c.members),
                                     segment=segment.sentences, lacking=k))
        tally.add(k, "missing")
    return findings


def _placed_elsewhere(ctx: Context, segment: Segment, c: Cluster, lacking: str) -> bool:
    """`lacking`, stating the cluster's fact as often elsewhere as the others do in all, has it placed in
    another segment rather than lost. For a person only where it names them there and none of the editions
    naming them here does: the mention moved (a sentence split otherwise, a name given a sentence later).
    Where the others name them there too, that mention is theirs as much as its own, and the one here is
    lost; an edition that says "she" in one place and her name in another only looks like one that moved a
    mention when mentions are counted over the whole story. A figure or a place said again is moved or
    left out by translators freely enough ("Washington" for "the Nationals") that the count decides."""
    if c.first().kind != "name" or not _a_person(ctx, c):
        return True
    fact = c.first()
    where = _segment_of_sentence(ctx, lacking)
    for other in ctx.doc_index(lacking).near(fact):
        there = where.get(other.sentence)
        if there is None or there is segment.sentences or ctx.tolerances.relation(fact, other) is None:
            continue
        if not any(_states_in(ctx, k, f, there) for k, f in c.members.items()):
            return True
    return False


def _a_person(ctx: Context, c: Cluster) -> bool:
    return any(known_entity(ctx, k, f) == PERSON for k, f in c.members.items())


def _segment_of_sentence(ctx: Context, key: str) -> dict[int | None, dict]:
    """Each of `key`'s sentences with the segment it is compared in, built once per edition."""
    slot = ("segment of sentence", key)
    if slot not in ctx.memo:
        ctx.memo[slot] = {i: sentences for sentences in ctx.segmentation for i in (sentences.get(key) or ())}
    return ctx.memo[slot]


def _states_in(ctx: Context, key: str, fact: Fact, sentences: dict) -> bool:
    mine = sentences.get(key)
    return any(other.sentence in (mine or ()) and ctx.tolerances.relation(fact, other) is not None
               for other in ctx.doc_index(key).near(fact))


def _lost_a_mention(ctx: Context, c: Cluster, absent: list[str]) -> bool:
    """A person named here by as many editions as lack the name, where each edition lacking it names them
    elsewhere, and less often in all than each edition giving it here: the lacking editions know the person
    and lost a mention ("For his part, Emmanuel Macron announced" with the name gone), rather than the others
    adding one. Named as often elsewhere, it is only placed differently (`_added` leaves it)."""
    if c.first().kind != "name" or len(c.members) != len(absent):
        return False
    fewest = min(ctx.tolerances.mentions(f, ctx.doc_index(k)) for k, f in c.members.items())
    if not all(0 < ctx.tolerances.mentions(c.first(), ctx.doc_index(k)) < fewest for k in absent) and not (
            _named_fewer_times_by_words(ctx, c, absent)):
        return False
    # a place said again is the mention a translation drops most ("in Libya" once more); asked last, as what
    # the story knows of a name may take a dictionary's readings
    return _a_person(ctx, c)


def _missing_severity(ctx: Context, segment: Segment, c: Cluster, lacking: str, absent: list[str],
                      elsewhere: int, witnessed: bool = False) -> str:
    fact = c.first()
    if check_for(fact) == "entities":
        if part_of_a_longer_name(ctx, segment, c, lacking):
            return "info"  # the edition names what the name is part of, in a form no word of it can be read from
        if all(_an_adjective_opening_its_sentence(ctx, k, f) for k, f in c.members.items()):
            return "info"  # "Американський фондовий індекс" / "The S&P 500": mid-sentence, the word is no name
        # a name can hide in an adjective ("лондонський", "American") or a pronoun: never an error; a
        # name nothing vouches for (a guess in one edition) is only a hint. Where one edition alone gives
        # it here (a story of two editions), the lacking edition's own mentions elsewhere are the second
        # witness: both know the name, and one lost a mention of it
        # named here fewer times than the others name them here, and fewer in all: the one mention left here
        # is the first of theirs, and the second is lost ("Kim Jong Un ... when Kim pledged" / "Кіма Чен Ина ...
        # коли закликав")
        second_lost = _named_fewer_times_here(ctx, segment, c, lacking) or _fewer_forms_here(ctx, segment, c, lacking)
        # a code of other figures is no form of the code ("PAC-2" for "PAC-3", however alike the letters)
        changed_code = _code_unwritten(ctx, segment, c, lacking)
        unsaid = ((second_lost or changed_code or not _said(ctx, segment, c, lacking))
                  and not _stand_in(ctx, fact, segment, lacking, list(c.members))
                  and not _said_without_its_country(ctx, segment, c, lacking)
                  and not _country_of_an_institution_named(ctx, segment, c, lacking)
                  and not _owner_of_an_institution_the_copy_names(ctx, segment, c, lacking)
                  and not _owner_of_an_institution_named_in_full(ctx, segment, c, lacking)
                  and not _the_state_s_own_act(ctx, segment, c, lacking)
                  and not _the_headline_s_country_owning(ctx, c, lacking)
                  and not _the_headline_s_source(ctx, c, lacking)
                  and not _said_by_its_common_noun(ctx, segment, c, lacking))
        witnessed = witnessed or second_lost or bool(elsewhere) and len(c.members) == 1
        # named fewer times in the whole story, by the surname's words, and with no pronoun more here ("—
        # пояснив він" for "Prof Berzofsky explained"): the mention is lost, not said otherwise
        witnessed = witnessed or (_named_fewer_times_by_words(ctx, c, [lacking])
                                  and not _more_pronouns(ctx, segment, c, lacking))
        # a name of several words is mostly a first name and a surname, a person's whatever the dictionaries
        # know: gone from an edition that names nobody else there (a spelling of its own would be such a
        # name), it is lost (a title in Title Case, "Presidential Envoy", is the known false alarm)
        witnessed = witnessed or (len(c.members) == 1 and _named_in_full(fact)
                                  and not names_of_its_own(segment, lacking))
        # two editions that transcribe a name into each other's script ("Holyoke", "Холиоке") vouch for it
        # (one that copies it in Latin letters may have kept a phrase the other translates: "Headmasters");
        # the third writing no capitalised word there that could be its own spelling of it ("Греем" for
        # "Graham", "Грэм") has lost it
        witnessed = witnessed or (_transcribed(c) and _no_word_in_its_place(ctx, segment, lacking)
                                  and not _named_next_door(ctx, segment, c, lacking))
        witnessed = witnessed or changed_code or _copied_from_lacking_script(ctx, segment, c, lacking)
        return "warning" if (witnessed or sure_entity(ctx, c.members, lacking)) and unsaid else "info"
    added = ADDED_TIME.match(fact.text)
    if added and _said_in_added_time(ctx, segment, lacking, int(added.group(2))):
        return "info"  # "на 90+3-й хвилині" / "three minutes into stoppage time"
    if fact.kind == "time" or (_small_count(fact) and not (c.strong >= 2 and fact.value >= 3)) or added:
        # clock times get rewritten ("at 19 hours"), small counts spelt out or folded into the wording ("both"),
        # and a minute of added time told in words ("на 90+3-й хвилині" / "three minutes into stoppage time"): a
        # lost one is worth a look, not a failure, unless two editions write a count in digits ("a 13-21-3 record")
        return "warning"
    return "error" if c.strong > len(absent) and not elsewhere else "warning"


def _said_in_added_time(ctx: Context, segment: Segment, edition: str, minutes: int) -> bool:
    """`edition` tells the minute of a match's added time in the segment in words: so many minutes or the minute's
    ordinal, and the added time's words (`times.added_time_words`: "three minutes into stoppage time", "in the first
    minute of stoppage time"; "the referee added five minutes of stoppage time" tells no third minute)."""
    words = _locale_words(ctx.lang(edition), "times.added_time_words")
    return (words is not None and bool(segment.sentences.get(edition))
            and words.search(text_of_segment(ctx.analysis, edition, segment.sentences)) is not None
            and any((f.kind == "quantity" and f.unit == "min" or f.kind == "ordinal") and f.value == minutes
                    for f in segment.facts.get(edition, ())))


@lru_cache(maxsize=32)
def _locale_words(lang: str, key: str) -> re.Pattern | None:
    """The locale's word list `key` as one pattern, in any case; None where `lang` has none."""
    words = load_locale(lang).get(key, [])
    return re.compile(r"(?<!\w)" + alternation(words), re.IGNORECASE) if words else None


def _an_adjective_opening_its_sentence(ctx: Context, key: str, fact: Fact) -> bool:
    """`fact` is an adjective of a place (the dictionary reads it as nothing else), capitalised only because it
    opens its sentence: the same word in mid-sentence ("американський") is read as no name at all."""
    sentence = sentence_of(ctx.analysis, key, fact.sentence)
    return (sentence is not None and glossary_kind(str(fact.value)) in PLACES
            and opens_its_sentence(sentence, fact.start) and is_adjective(fact.text.strip(), ctx.lang(key)))


def _code_unwritten(ctx: Context, segment: Segment, c: Cluster, lacking: str) -> bool:
    """A code of letters and figures ("AA1234BK", "Су-34", "PAC-3") two editions give, where `lacking` writes a
    code of other figures in the segment ("Su-35s"): it changed the code. A name with a figure may be said in words
    ("G20" / "Велика двадцятка", "COVID-19" / "коронавірус"), and one written apart keeps its figure ("Formula 1"
    / "Формули-1")."""
    code = c.first().text
    if len(c.members) < 2 or not code_figures(code) or not segment.sentences.get(lacking):
        return False
    text = text_of_segment(ctx.analysis, lacking, segment.sentences)
    # "PS 111" for "PS101", "3G" for "4G"
    led = [m.group(0) for m in FIGURE_LED_CODE.finditer(text)]
    written = _CODE.findall(text) + led + [m.group(0) for spaced in (SPACED_CODE, SPACED_MODEL)
                                           for m in spaced.finditer(text)]
    if any(other_figures(code_written, code) for code_written in written):
        return True
    # "131B" for "131A", "№131Б" for "№131А": a numbered code's letter is its own
    key = str(c.first().value)
    lettered = [guess_key(code_written, "en") for code_written in led]
    lettered += [str(f.value) for f in read_numbered_codes(text, rules_for(ctx.lang(lacking)), [])]
    return any(numbered_codes(key, other) is not None and not same_name(key, other) for other in lettered)


# a code: a capital, then letters and figures, written together or hyphenated ("AA1234BK", "Су-34", "PAC-3",
# "F-16s"); not a figure with a grammatical ending ("2025-го", "24-year-old", "10th") nor "mid-2025"
_CODE = re.compile(r"(?<![\w-])(?=[\w-]*\d)[^\W\d_a-zа-яіїєґё][\w]*(?:-[\w]+)*")


def _said_without_its_country(ctx: Context, segment: Segment, c: Cluster, lacking: str) -> bool:
    """`lacking` names the cluster's organisation in the segment by its glossary name less the country in it,
    as an edition for readers abroad does once the country is clear: "the Armed Forces" for "ЗСУ" ("Armed Forces
    of Ukraine"). Not after a name or a possessive pronoun, nor before the word that joined the country to it and a
    name: "the Russian Armed Forces", "their Armed Forces", "the Armed Forces of Russia" are another army."""
    lang = ctx.lang(lacking)
    text = text_of_segment(ctx.analysis, lacking, segment.sentences) if segment.sentences.get(lacking) else ""
    pronouns = _pronouns(lang)
    _endings, stop, function, *_ = name_rules(lang)
    shorts: dict[str, set[str]] = {}  # "Armed Forces" of every form, with what joins a country to it in any
    for key in {str(f.value) for f in c.members.values() if is_glossary(str(f.value))}:
        for form in glossary_forms(key, lang):
            short, joiners = _without_its_country(form, lang)
            if short:
                shorts.setdefault(short, set()).update(joiners)
    for short, joiners in shorts.items():
        for found in re.finditer(rf"(?<!\w){re.escape(short)}(?!\w)", text):
            before, after = text[:found.start()].split(), text[found.end():found.end() + 40].split()
            word_before = before[-1].casefold() if before else ""
            if before and (word_before in pronouns or before[-1][:1].isupper() and not (
                    word_before in stop or word_before in function)):
                continue  # "the Russian Armed Forces", "their Armed Forces" ("The Armed Forces" opens a sentence)
            named = [w for w in after[1:] if w.casefold() not in stop and w.casefold() not in function][:1]
            if after and after[0].casefold() in joiners and named and named[0][:1].isupper():
                continue  # "the Armed Forces of Russia", "of the Russian Federation": its country said, another one
            return True
    return False


def _country_of_an_institution_named(ctx: Context, segment: Segment, c: Cluster, lacking: str) -> bool:
    """The cluster's place stands right after an institution the glossary knows in every edition giving it
    ("Мінфін РФ", "ЦБ Росії") or its common noun ("міністр фінансів США"), and `lacking` names that institution in
    the segment without it ("The Finance Ministry", "Treasury Secretary"), naming the place elsewhere in the story
    (so that the reader knows whose): the place is said by the story, not lost."""
    place = str(c.first().value)
    if glossary_kind(place) not in PLACES or not any(
            f.kind == "name" and str(f.value) == place for f in ctx.analysis.facts.get(lacking, ())):
        return False  # `lacking` never names the place: whose institution it is, it has not said
    theirs = {str(f.value) for f in segment.facts.get(lacking, ()) if f.kind == "name"
              and glossary_kind(str(f.value)) == ORGANISATION}
    text_of = ctx.analysis.story.editions

    def after_its_institution(key: str, fact: Fact) -> bool:
        text = text_of[key].text
        if any(f.kind == "name" and str(f.value) in theirs and f.end <= fact.start and text[f.end:fact.start].isspace()
               for f in segment.facts.get(key, ())):
            return True
        # or after its common noun ("міністр фінансів США" / "Treasury Secretary")
        nouns = _common_nouns(ctx.lang(key), tuple(sorted(theirs)))
        return nouns is not None and re.search(
            f"(?:{nouns.pattern})[ \u00a0]+\\Z", text[max(0, fact.start - 60):fact.start], re.IGNORECASE) is not None

    return all(after_its_institution(key, fact) for key, fact in c.members.items())


_INSTITUTION_REACH = 6  # words between an institution's word and the place or body that owns it


def _words_before_in_its_clause(text: str, fact: Fact) -> list[str]:
    """The last `_INSTITUTION_REACH` words before the fact in its clause, where an institution's word naming it its
    owner stands ("Бюро метеорології Австралії")."""
    before = text[max(0, fact.start - 120):fact.start]
    return re.search(r"[^.,;:!?()«»\"“”\n]*\Z", before).group(0).split()[-_INSTITUTION_REACH:]


def _owner_of_an_institution_the_copy_names(ctx: Context, segment: Segment, c: Cluster, lacking: str) -> bool:
    """The cluster's place or body owns an institution every edition giving it names, right after the institution's
    words (`names.owned_institution_words`: "Бюро метеорології Австралії", "Генеральна прокуратура ФРН", "Міжнародний
    суд ООН"), and `lacking` names an institution with a capital in the segment without it ("the Bureau of Meteorology",
    "The Internal Security Service (KAPO)"), as copy for readers abroad writes once whose it is is clear from the
    institution's short name in brackets that every edition writes ("(AEMET)", "(KAPO)"), or that `lacking` spells
    out ("Федеральне управління цивільної авіації США (FAA)" / "The Federal Aviation Administration"). A mention of
    the owner elsewhere is no such evidence: "Міністерство оборони" for "Міністерство оборони Росії" reads as
    Ukraine's own ministry in a war story that names Russia on every line."""
    if not segment.sentences.get(lacking) or glossary_kind(str(c.first().value)) not in (*PLACES, ORGANISATION):
        return False
    text_of = ctx.analysis.story.editions
    lacking_text = text_of_segment(ctx.analysis, lacking, segment.sentences)
    words = _locale_words(ctx.lang(lacking), "names.owned_institution_words")
    if words is None or not any(w[:1].isupper() for w in words.findall(lacking_text)):
        return False
    brackets = []
    for key, fact in c.members.items():
        words_of = _locale_words(ctx.lang(key), "names.owned_institution_words")
        run = _words_before_in_its_clause(text_of[key].text, fact)
        if words_of is None or not run or not any(words_of.fullmatch(w) for w in run):
            return False
        brackets.append(re.match(r"[ \u00a0]*(\([^()\n]{2,30}\))", text_of[key].text[fact.end:fact.end + 40]))
    return all(b is not None and (b.group(1) in lacking_text  # "(FAA)", or "the Federal Aviation Administration"
                                  or spells_out(b.group(1)[1:-1], lacking_text, ctx.lang(lacking))) for b in brackets)


def _owner_of_an_institution_named_in_full(ctx: Context, segment: Segment, c: Cluster, lacking: str) -> bool:
    """The cluster's place owns an institution every edition giving it names, as the adjective opening its name or
    right after its words (`names.owned_institution_words`: "Американської академії кінематографічних мистецтв і
    наук", "Національної академії наук США"), and `lacking` names the institution in full in the segment, its own
    name telling whose it is ("the Academy of Motion Picture Arts and Sciences", "the National Academy of Sciences"),
    and no institution by its word alone ("the Defence Ministry" for "Російське міністерство оборони": whose, the
    reader no longer knows)."""
    if not segment.sentences.get(lacking) or glossary_kind(str(c.first().value)) not in PLACES:
        return False
    lang = ctx.lang(lacking)
    words = _locale_words(lang, "names.owned_institution_words")
    lacking_text = text_of_segment(ctx.analysis, lacking, segment.sentences)
    if words is None:
        return False
    # a name in full that names no place of its own ("the State Border Guard Service of Ukraine" says whose it is, and
    # tells nothing of another institution's owner), and no institution's word outside such names ("The Defence
    # Ministry", whose the reader no longer knows, beside it)
    in_full = [name for name in _names_in_full(lacking_text, lang) if any(words.fullmatch(w) for w in name)
               and not any(glossary_kind(name_key(w, lang)) in PLACES for w in name)]
    named = sum(1 for name in in_full for w in name if words.fullmatch(w))
    if not in_full or len(words.findall(lacking_text)) > named:
        return False
    for key, fact in c.members.items():
        words_of = _locale_words(ctx.lang(key), "names.owned_institution_words")
        text = ctx.analysis.story.editions[key].text
        after = re.match(r"[ \u00a0]+([^\W\d_]+)", text[fact.end:fact.end + 40])
        if words_of is None or not (
                after and words_of.fullmatch(after.group(1)) and is_adjective(fact.text.strip(), ctx.lang(key))
                or any(words_of.fullmatch(w) for w in _words_before_in_its_clause(text, fact))):
            return False
    return True


def _names_in_full(text: str, lang: str) -> list[list[str]]:
    """The runs of three capitalised words or more in `text`, joined by spaces or by the locale's
    `names.institution_connectors` ("the Academy of Motion Picture Arts and Sciences"), not counting a function word
    opening a sentence ("The Defence Ministry" is two) nor a sentence's first word before a function word ("On Monday
    the Interior Ministry")."""
    connectors = institution_connectors(lang)
    _endings, stop, function, *_ = name_rules(lang)
    stop = stop | function
    runs: list[list[str]] = [[]]
    for m in re.finditer(r"[^\W\d_][\w'’-]*|[^\w\s]", text):
        word = m.group()
        if word[:1].isupper() and word.casefold() not in stop:
            runs[-1].append(word)
        elif not (runs[-1] and word.casefold() in connectors):
            runs.append([])
    return [run for run in runs if len(run) >= 3]


def _the_state_s_own_act(ctx: Context, segment: Segment, c: Cluster, lacking: str) -> bool:
    """The outlets' own state (`names.own_states`) stands after an act or a body it names with its own name in every
    edition giving it (`names.acts_of_a_state`: "Закону України", "Кабінету Міністрів України"), and `lacking` names
    such an act in the segment without it ("Law No. 3817-IX", "Cabinet of Ministers Order"), as the state's own
    outlets write: the act is said, its country no detail lost. Another state's act names it ("Кримінального кодексу
    Росії")."""
    if str(c.first().value) not in merged("names.own_states") or not segment.sentences.get(lacking):
        return False
    text_of = ctx.analysis.story.editions

    def after_an_act(key: str, fact: Fact) -> bool:
        acts = _acts_of_a_state(ctx.lang(key))
        before_its_word = text_of[key].text[max(0, fact.start - 40):fact.end]
        return acts is not None and acts[1].search(before_its_word) is not None

    acts = _acts_of_a_state(ctx.lang(lacking))
    return (acts is not None and acts[0].search(text_of_segment(ctx.analysis, lacking, segment.sentences)) is not None
            and all(after_an_act(key, fact) for key, fact in c.members.items()))


@lru_cache(maxsize=8)
def _acts_of_a_state(lang: str) -> tuple[re.Pattern, re.Pattern] | None:
    """`names.acts_of_a_state` of `lang`, anywhere, and right before a country's word ending the text searched."""
    words = load_locale(lang).get("names.acts_of_a_state", [])
    if not words:
        return None
    acts = r"(?<!\w)" + alternation(words)
    return (re.compile(acts, re.IGNORECASE),
            re.compile(rf"{acts}(?:[ \u00a0]+of)?[ \u00a0]+(?:the[ \u00a0]+)?[^\W\d_]+\Z", re.IGNORECASE))


def _the_headline_s_country_owning(ctx: Context, c: Cluster, lacking: str) -> bool:
    """The country of the story's headline in `lacking`, given here in the possessive ("Latvia's parliament",
    "Estonia's National Institute for Health Development") where `lacking` names what it owns without it, as an
    outlet of that country writes ("Сейм", "Институт развития здоровья"): the reader knows whose from the headline.
    Another country there is still an alteration ("Сейм Литвы")."""
    place = str(c.first().value)
    if glossary_kind(place) != COUNTRY or not any(POSSESSIVE.search(f.text) for f in c.members.values()):
        return False
    return place in _headline_names(ctx, lacking)


def _headline_names(ctx: Context, key: str) -> set[str]:
    """The names `key`'s headline (its first line) gives."""
    end = ctx.analysis.story.editions[key].text.find("\n")
    return {str(f.value) for f in ctx.analysis.facts.get(key, ()) if f.kind == "name" and (end < 0 or f.start < end)}


def _the_headline_s_source(ctx: Context, c: Cluster, lacking: str) -> bool:
    """Every edition giving the name opens its headline with it and a colon, crediting what follows to it ("Держстат:
    у січні–вересні ..."), as Ukrainian and Russian headlines do, and `lacking`, whose headline credits nobody, names
    it elsewhere in the story: the source is said where the story says it."""
    value = str(c.first().value)

    def credits(key: str, fact: Fact) -> bool:
        text = ctx.analysis.story.editions[key].text
        return not text[:fact.start].strip() and text[fact.end:fact.end + 2].lstrip().startswith(":")

    def headline_institutions(key: str) -> set[str]:
        """The glossary names of `key`'s headline: one the others' headlines lack credits another source there."""
        return {name for name in _headline_names(ctx, key) if is_glossary(name)}

    theirs = set().union(*(headline_institutions(k) for k in c.members))
    return all(credits(k, f) for k, f in c.members.items()) and not headline_institutions(lacking) - theirs and any(
        f.kind == "name" and str(f.value) == value for f in ctx.analysis.facts.get(lacking, ()))


def _without_its_country(form: str, lang: str) -> tuple[str | None, frozenset[str]]:
    """"Armed Forces" of "Armed Forces of Ukraine" and "Ukraine's Armed Forces": the capitalised words of a glossary
    name of several words once a country's name is taken out, where two or more are left; with the words that
    joined the country to them ("of")."""
    words = form.split()
    kept = [w for w in words if glossary_kind(name_key(w, lang)) != COUNTRY]
    joiners = set()
    while kept and not kept[-1][:1].isupper():
        joiners.add(kept.pop().casefold())  # "of" before the country
    if len(kept) == len(words) or len(kept) < 2 or not all(w[:1].isupper() for w in kept):
        return None, frozenset()
    return " ".join(kept), frozenset(joiners)


def _fewer_forms_here(ctx: Context, segment: Segment, c: Cluster, lacking: str) -> bool:
    """A glossary name `lacking` writes in the segment only in forms no fact was read from, fewer times there than
    each of two or more editions giving it does in all its forms: "Chinese and U.S. experts" is left of "China's
    retaliatory tariffs ..., Chinese and U.S. experts say", where the others give "Китая ... китайские". One
    edition alone is no measure: it may say the name once more than needed ("Ukrainian soldiers ... Ukraine's
    allies" for "українські солдати ... від союзників")."""
    names = sorted({str(f.value) for f in c.members.values()})
    if len(c.members) < 2 or not all(is_glossary(name) for name in names) or not _sentences_in(ctx, segment, lacking):
        return False
    mine = _forms_written(ctx, lacking, segment, names)
    return 0 < mine < min(_forms_written(ctx, k, segment, names) for k in c.members)


def _forms_written(ctx: Context, edition: str, segment: Segment, names: list[str]) -> int:
    """How many words of the edition's segment write one of the glossary names: a capitalised form of it ("Китая",
    "Chinese") or an adjective derived from it in lower case ("китайские"); not a common noun that is one of its
    case forms ("штату", a state, for "Штати"), nor a word of another name ("Chinatown", "Indiana", "North Korea"),
    nor a word of a sum of money, whose currency's words name the money, not the place, and are compared as a
    currency ("2 млрд канадських доларів" / "C$2 billion", "5 млн доларів США")."""
    lang = ctx.lang(edition)
    stems, endings = [stem for name in names for stem in glossary_stems(name, lang)], derivation_endings(lang)
    facts = segment.facts.get(edition, ())
    of_other_names = {word for f in facts if f.kind == "name" and str(f.value) not in names
                      for word in name_words(f.text)}
    of_sums = Counter(word for f in facts if f.kind == "money" for word in name_words(f.text))

    def writes_one(word: str) -> bool:
        if word in of_other_names:
            return False
        if word[:1].isupper():
            return any(WordForms(word_keys(word, lang)).has_name(name, lang) for name in names)
        return any(derived_from(word.casefold(), stem, endings) for stem in stems)

    return sum(max(0, n - of_sums[word]) for word, n in ctx.words_of_segment(edition, segment.sentences).items()
               if writes_one(word))


def _named_fewer_times_here(ctx: Context, segment: Segment, c: Cluster, lacking: str) -> bool:
    """`lacking` names the cluster's person in the segment, but fewer times there than each edition giving the
    cluster does, and fewer times in the whole story than each of them."""
    if c.first().kind != "name" or not _a_person(ctx, c):
        return False
    names = _surnames(c)
    here = _surname_words(ctx, lacking, names, segment.sentences)  # by words: "Kim Jong Un" names Kim as "Kim" does
    if not here or here >= min(_surname_words(ctx, k, names, segment.sentences) for k in c.members):
        return False
    if _more_pronouns(ctx, segment, c, lacking):
        return False  # a pronoun in the place of the name ("deleted Chambers' texts" / "удалил ее сообщения")
    named = max(ctx.tolerances.times_stated(m, ctx.doc_index(lacking)) for m in c.members.values())
    return named < min(ctx.tolerances.times_stated(f, ctx.doc_index(k)) for k, f in c.members.items())


def _named_fewer_times_by_words(ctx: Context, c: Cluster, editions: list[str]) -> bool:
    """Each of `editions` writes the cluster's surname in the story, fewer times than each edition giving the
    cluster: counted by words, as a surname opening a sentence is no name the reader takes ("Крючков также
    отметил"), and a name in full, and by surname later, names one person twice. People only, as in
    `_placed_elsewhere`."""
    if c.first().kind != "name" or not _a_person(ctx, c):
        return False
    names = _surnames(c)
    fewest = min(_surname_words(ctx, k, names) for k in c.members)
    return all(0 < _surname_words(ctx, k, names) < fewest for k in editions)


def _surnames(c: Cluster) -> tuple[str, ...]:
    return tuple(sorted({surname(str(f.value)) for f in c.members.values()}))


def _surname_words(ctx: Context, key: str, names: tuple[str, ...], sentences: dict | None = None) -> int:
    """How many capitalised words of `key`'s segment (`sentences`; the whole edition without) are a form of one
    of the surnames `names`: a word of a name read there ("Kim Jong Un" names Kim), or a word the reader
    passed over that no dictionary nor the locale reads as a common word or a month, unless the dictionary
    reads it as a surname too ("Крючков также отметил"; not "Ким", whom, "Медведь", nor "May I ask")."""
    return sum(n for word, n in _person_words(ctx, key, sentences).items() if any(same_name(word, s) for s in names))


def _person_words(ctx: Context, key: str, sentences: dict | None) -> Counter[str]:
    """The keys of the words of `key`'s segment (the whole edition with `sentences` None) that may name a
    person (see `_surname_words`), each with how often it is written, read once per segment."""
    mine = None if sentences is None else tuple(sorted(sentences.get(key) or ()))
    slot = ("person words", key, mine)
    if slot not in ctx.memo:
        text = ctx.analysis.story.editions[key].text
        span = (0, len(text)) if mine is None else segment_span(ctx.analysis, key, sentences)
        words: Counter[str] = Counter()
        if span is not None:
            lang, rules = ctx.lang(key), rules_for(ctx.lang(key))
            names = [(f.start, f.end) for f in ctx.doc_facts.get(key, ())
                     if f.kind == "name" and f.end > span[0] and f.start < span[1]]
            for m in name_token().finditer(text, *span):
                word = m.group()
                if not word[:1].isupper():
                    continue
                read = any(a <= m.start() < b for a, b in names)
                common = is_plain_word(word, lang) or is_common_word(word, lang) or rules.month(word)
                # a surname that is a common word's form too ("Крючков", of hooks) is one the dictionary says
                if read or not common or analyse(word, lang)[1] == PERSON:
                    words[name_key(word, lang)] += 1
        ctx.memo[slot] = words
    return ctx.memo[slot]


def _more_pronouns(ctx: Context, segment: Segment, c: Cluster, lacking: str) -> bool:
    """`lacking` writes more third-person pronouns in the segment than some edition giving the cluster's name."""
    return _pronouns_in(ctx, segment, lacking) > min(_pronouns_in(ctx, segment, k) for k in c.members)


def _pronouns_in(ctx: Context, segment: Segment, key: str) -> int:
    """How many of the locale's third-person pronouns (`names.pronouns`) `key` writes in the segment."""
    slot = ("pronouns", key, tuple(sorted(segment.sentences.get(key) or ())))
    if slot not in ctx.memo:
        pronouns = _pronouns(ctx.lang(key))
        text = text_of_segment(ctx.analysis, key, segment.sentences) if segment.sentences.get(key) else ""
        ctx.memo[slot] = sum(1 for w in re.findall(r"[^\W\d_]+", text) if w.casefold() in pronouns)
    return ctx.memo[slot]


@lru_cache(maxsize=None)
def _pronouns(lang: str) -> frozenset[str]:
    """The locale's third-person pronouns (`names.pronouns`), folded."""
    return frozenset(w.casefold() for w in load_locale(lang).get("names.pronouns", []))


def _named_in_full(fact: Fact) -> bool:
    """A name of several words ("Volodymyr Labutenko"), not an acronym."""
    return fact.kind == "name" and "|" in str(fact.value) and not fact.text.isupper()


def _copied_from_lacking_script(ctx: Context, segment: Segment, c: Cluster, lacking: str) -> bool:
    """Editions in another script that copy the name letter for letter in the lacking edition's own script ("Oracle
    and SoftBank" in the uk and ru editions), which the lacking edition's sentences do not write ("CO2" is "CO₂"):
    it would write it so too, and lost it. (An edition in a third script may translate what two copy: "Pawn Stars",
    "шоу о ломбарде".)"""
    texts = {unicodedata.normalize("NFKC", f.text).casefold() for f in c.members.values()}
    script = script_of(next(iter(texts))[:1]) if len(texts) == 1 else None
    if (len(c.members) < 2 or script is None or script != edition_script(ctx, lacking)
            or any(edition_script(ctx, k) == script for k in c.members) or not segment.sentences.get(lacking)):
        return False
    written = unicodedata.normalize("NFKC", text_of_segment(ctx.analysis, lacking, segment.sentences)).casefold()
    return re.search(r"(?<!\w)" + re.escape(next(iter(texts))) + r"(?!\w)", written) is None


def _transcribed(c: Cluster) -> bool:
    """The cluster's name written in two scripts: transcribed by a translator, not copied."""
    scripts = {script_of(words[-1][0]) for f in c.members.values() if f.kind == "name" and (words := name_words(f.text))}
    return len(scripts) >= 2


def _named_next_door(ctx: Context, segment: Segment, c: Cluster, key: str) -> bool:
    """`key` names the cluster's name, as any edition spells it, in a sentence next to its sentences of the
    segment: a sentence split or joined otherwise than the others' may have taken the name with it."""
    mine = segment.sentences.get(key) or ()
    around = {key: {i + step for i in mine for step in (-1, 1)} - set(mine)}
    return any(_states_in(ctx, key, fact, around) for fact in c.members.values())


def _no_word_in_its_place(ctx: Context, segment: Segment, key: str) -> bool:
    """`key`'s sentences in the segment hold no capitalised word but those of the names read there and the
    plain words opening a sentence: no name of its own, and nothing the name reader passed over that could
    be its spelling of a name the others give."""
    sentences = _sentences_in(ctx, segment, key)
    if not sentences or names_of_its_own(segment, key):
        return False
    lang = ctx.lang(key)
    _endings, stop, function, common, *_ = name_rules(lang)
    plain = stop | function | common
    mine = {s.index for s in sentences}
    named = [(f.start, f.end) for f in ctx.doc_facts.get(key, ()) if f.kind == "name" and f.sentence in mine]
    for sentence in sentences:
        for m in name_token().finditer(sentence.text):
            word, at = m.group(), sentence.start + m.start()
            # a capitalised word just before a name read there, a space between, is a word of that name the
            # reader cut off («Ля Бомбі»), not one of its own
            glued = sentence.text[m.end():m.end() + 1].isspace()
            if not word[:1].isupper() or any(a <= at < b or (glued and at + len(word) + 1 == a) for a, b in named):
                continue
            opening = opens_its_sentence(sentence, at)
            # a compound whose word after the hyphen is in lower case ("Оверсайз-капелюхи") spells no name
            compound = "-" in word and word.split("-")[-1][:1].islower()
            if opening and (word.casefold() in plain or compound or is_plain_word(word, lang)
                            or is_common_word(word, lang)):
                continue
            return False
    return True


def _place_swapped(ctx: Context, c: Cluster, instead: str, others: list[str], tally: Tally) -> list[Finding]:
    """The cluster's one edition names a place where every other names `instead` in some form: an error
    where two other editions agree on it, a warning where only one other edition names it."""
    (key, fact), = c.members.items()
    severity = "error" if len(others) >= 2 else "warning"
    msg = (f"name swap altered: {describe(fact)} ({key}) where "
           + ", ".join(f"{k} names {_glossary_form(instead, ctx.lang(k))}" for k in others))
    tally.add(key, "altered")
    return [make_finding(ctx.analysis, "entities", severity, key, "altered", msg, {key: fact})]


def _first_names_altered(ctx: Context, segment: Segment, tally: Tally) -> list[Finding]:
    """A person one edition names with another first name than the two others agree on (`first_name_altered`):
    worth a look, as a namesake or a brother may be meant, or a first name mistyped."""
    findings = []
    for c in segment.clusters:
        if c.first().kind != "name" or (lone := first_name_altered(ctx, c)) is None:
            continue
        fact = c.members[lone]
        msg = (f"first name altered: {describe(fact)} ({lone}) where "
               + ", ".join(f"{k} has {describe(f)}" for k, f in sorted(c.members.items()) if k != lone))
        tally.add(lone, "altered")
        findings.append(make_finding(ctx.analysis, "entities", "warning", lone, "altered", msg, dict(c.members)))
    return findings


def _glossary_form(key: str, lang: str) -> str:
    """How `lang` writes a glossary name (its first listed form), for a message: "Мексика" for "mexico"."""
    forms = glossary_forms(key, lang)
    return forms[0] if forms else key


def _conversions_off_their_figure(ctx: Context, segment: Segment, c: Cluster, tally: Tally) -> list[Finding]:
    """A measure converted in brackets into none of the measure before it ("50 mph (90 km/h)"): the edition changed
    one of the two, whichever the other editions confirm. Not a sum (an exchange rate is the edition's to choose),
    nor a temperature (read without its sign: "14 °F (-10 °C)"). So is a zone's time beside a Kyiv time it is not
    ("07:14 UTC (10:41 за київським часом)"; "13:30 GMT (09:30 ET)" gives another place's time)."""
    findings: list[Finding] = []
    for k, fact in sorted(c.members.items()):
        if fact.qualifier != CONVERTED:
            continue
        if fact.kind == "time":  # "07:14 UTC (10:41 за київським часом)": a zone's time beside Kyiv's
            converted = segment.converted_by(k, fact) or segment.local_time_after(k, fact)
            if (fact.unit not in ZONE_TO_KYIV or converted is None or not _said_in_kyiv_time(ctx, k, converted)
                    or str(converted.value) in clock_times(replace(fact, qualifier=None))):
                continue
            msg = f"conversion altered: {describe(fact)} ({k}) is not the time of {describe(converted)} beside it"
        else:
            converted = segment.converted_by(k, fact)
            if converted is None or converts(converted, fact):
                continue
            msg = f"conversion altered: {describe(fact)} ({k}) is no conversion of {describe(converted)} before it"
        findings.append(make_finding(ctx.analysis, check_for(fact), "warning", k, "altered", msg, {k: fact}))
        tally.add(k, "altered")
    return findings


def _added(ctx: Context, segment: Segment, c: Cluster, absent: list[str], tally: Tally) -> list[Finding]:
    """The fact only a few editions have, on each of them, unless an edition lacking it states it elsewhere."""
    check = check_for(c.first())
    findings: list[Finding] = []
    for k in sorted(c.members):
        fact = c.members[k]
        if is_weak(fact) or (check == "entities" and not all(sure_entity(ctx, c.members, o) for o in absent)
                             and not _a_person_of_its_own(ctx, k, fact, absent)
                             and not _named_in_full_where_the_other_names_nobody(ctx, segment, k, fact, absent)):
            continue  # a name nothing vouches for, read in one edition only, is too often a transliteration we missed
        if any(_stated_elsewhere(ctx, check, fact, k, o) or _written_there(ctx, segment, k, fact, o) for o in absent):
            continue
        if check == "entities" and (_a_title_the_others_quote(ctx, segment, k, fact, absent)
                                    or _spelt_out_before_an_acronym_the_others_give(ctx, segment, k, fact, absent)):
            continue
        if check == "entities" and any(_stand_in(ctx, fact, segment, o, list(c.members)) or _said(ctx, segment, c, o)
                                       or _said_without_its_country(ctx, segment, c, o)
                                       or _said_by_its_common_noun(ctx, segment, c, o)
                                       or _first_name_of_one_named(ctx, segment, k, fact, o) for o in absent):
            continue
        msg = f"added: {describe(c.members[k])} ({k}) is not in " + ", ".join(absent)
        findings.append(make_finding(ctx.analysis, check, "warning", k, "added", msg, {k: c.members[k]}))
        tally.add(k, "added")
    return findings


def _a_person_of_its_own(ctx: Context, key: str, fact: Fact, absent: list[str]) -> bool:
    """Of three editions or more, a person one edition alone names here, whom no other edition names anywhere
    in the story by any word of that name, in any form or anything like its sound: somebody the others
    never mention ("Виталий Кличко" where the others give "Francois Bouchard"). A person: the edition's
    dictionary says so (a surname, not one after a noun that makes a term of it, "по шкале Рихтера"); in a
    language with no dictionary, a name in full whose first word is a first name read back into another
    language's letters, and a person's (`known_entity`): a title in Title Case is none ("Funny Parts")."""
    if len(ctx.editions) < 3 or fact.kind != "name" or fact.text.isupper():
        return False
    if in_a_title(ctx, key, fact) and fact.entity != PERSON:
        return False  # a title's capitals, unless the dictionary knows a person there («Йенса Столтенберга»)
    lang = ctx.lang(key)
    words = name_words(fact.text)
    if has_dictionary(lang):
        if fact.entity != PERSON and (analyse(fact.text, lang)[1] != GIVEN_NAME or _capitalised_anyway(ctx, key, fact)):
            return False  # a first name alone opening a sentence or a quotation may be a word ("Люди", people)
        if _after_an_eponym_head(ctx, key, fact):
            return False
    elif known_entity(ctx, key, fact) != PERSON or not (
            is_given_name(words[0], lang) if _named_in_full(fact) else not _capitalised_anyway(ctx, key, fact)):
        return False
    whole = ctx.memo.setdefault(("the whole story",), {k: None for k in ctx.editions})
    # a first name is looked for by its sound alone: four letters are a loose form of too many words
    # ("Jens" of "Пенс")
    given, rest = [], []
    for w in words:
        if is_given_name(w, lang):
            given.append((key, replace(fact, text=w)))
        else:
            rest.append((key, replace(fact, text=w, value=name_key(w, lang))))
    return not any(named_in(ctx, o, whole, [str(f.value) for _, f in rest])
                   or sounded_in(ctx, o, whole, rest, one_off=True) or sounded_in(ctx, o, whole, given)
                   for o in absent)


def _named_in_full_where_the_other_names_nobody(ctx: Context, segment: Segment, key: str, fact: Fact,
                                                absent: list[str]) -> bool:
    """Of two editions, one names somebody in full (two words or more, none a common word, in a language that
    capitalises names only, and in its letters: no title in Title Case) where the other names nobody of its
    own: a spelling of its own would be such a name, so the other has left the person out ("said Professor."
    for "сказал профессор Малик Пейрис"), as `_missing_severity` reads the same case from the other side."""
    lang = ctx.lang(key)
    return (len(ctx.editions) == 2 and _named_in_full(fact) and has_dictionary(lang)
            and script_of(fact.text[:1]) == edition_script(ctx, key)  # not "The Wall Street Journal"
            # a person's words, no common word's: "Великой Отечественной", "Российской Федерации", "Римский"
            and not any(is_plain_word(w, lang) or is_common_word(w, lang) for w in name_words(fact.text))
            and not any(names_of_its_own(segment, o) for o in absent))


def _capitalised_anyway(ctx: Context, key: str, fact: Fact) -> bool:
    """The name opens its sentence, or a quotation or a clause after a colon or a dash: a capital there says
    nothing ("Hammer out your documents", «"Люди будуть..."»)."""
    sentence = sentence_of(ctx.analysis, key, fact.sentence)
    before = ctx.analysis.story.editions[key].text[max(0, fact.start - 3):fact.start].rstrip()
    return sentence is None or opens_its_sentence(sentence, fact.start) or before[-1:] in OPENING_QUOTES + ":—–"


_SHORT_QUOTATION = re.compile(rf"«[^«»\n]{{1,{TITLE_CHARS}}}»|“[^“”\n]{{1,{TITLE_CHARS}}}”"
                              rf"|„[^„“\n]{{1,{TITLE_CHARS}}}“")


# the capitalised words right before and right after a name, spaced, on its line
_CAPITAL = "A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ"
_CAPITALISED_RUN_BEFORE = re.compile(rf"(?:(?<![\w'’-])[{_CAPITAL}][\w'’-]*[ \u00a0])*\Z")
_CAPITALISED_RUN_AFTER = re.compile(rf"(?:[ \u00a0][{_CAPITAL}][\w'’-]*)*")


def _a_title_the_others_quote(ctx: Context, segment: Segment, key: str, fact: Fact, absent: list[str]) -> bool:
    """A name in Title Case that neither the glossary nor its dictionary knows (as a person's), where every edition
    lacking it quotes a short title of about as many words in its sentences: a work's title the others translate
    and put in quotation marks, which this edition sets without them (in italics, lost to plain text: "Grey Bees" /
    «Сірі бджоли»)."""
    words = name_words(fact.text)
    if not words or not all(w[:1].isupper() for w in words) or fact.entity == PERSON or is_glossary(str(fact.value)):
        return False  # a place or an institution the glossary knows is named, not translated as a title
    # the title's words: the run of capitalised words the name stands in ("Steppe After Rain", read "Rain")
    text = ctx.analysis.story.editions[key].text
    before = _CAPITALISED_RUN_BEFORE.search(text, max(0, fact.start - 80), fact.start).group()
    before = re.split(r"['’]s[ \u00a0]", before)[-1]  # a title starts after its author's possessive
    after = _CAPITALISED_RUN_AFTER.match(text, fact.end)
    title = len(words) + len(name_words(before)) + len(name_words(after.group()))

    def quotes_a_title(sentence: Sentence) -> bool:  # of about the title's words ("«Сірі бджоли»" / "Grey Bees")
        return any(min(abs(len(name_words(m.group())) - n) for n in (len(words), title)) <= 1
                   for m in _SHORT_QUOTATION.finditer(sentence.text))
    return all(any(quotes_a_title(s) for s in _sentences_in(ctx, segment, o)) for o in absent)


# the rest of a name spelt out (capitalised words and short ones between them) up to its acronym in brackets
_UP_TO_AN_ACRONYM = re.compile(
    r"(?:[ \u00a0]+(?:[^\W\d_]{1,3}|[A-ZА-ЯЁІЇЄҐ][\w'’-]*))*[ \u00a0]*\(([A-ZА-ЯЁІЇЄҐ]{2,8})\)")


def _spelt_out_before_an_acronym_the_others_give(ctx: Context, segment: Segment, key: str, fact: Fact,
                                                 absent: list[str]) -> bool:
    """A word of a name spelt out before its acronym in brackets, where every edition lacking it gives the acronym
    in the segment: a name the others translate ("Legacy Survey of Space and Time (LSST)" / «Спадковий огляд простору
    і часу (LSST)»), whose capitals name nobody. The acronym's letters are the initials of the capitalised words
    before it, the name's among them ("George Barros of the Institute for the Study of War (ISW)" names a man)."""
    if fact.entity == PERSON or is_glossary(str(fact.value)):
        return False
    text = ctx.analysis.story.editions[key].text
    acronym = _UP_TO_AN_ACRONYM.match(text, fact.end)
    if acronym is None:
        return False
    line_start = text.rfind("\n", 0, fact.start) + 1
    capitalised = [m for m in re.finditer(r"[^\W\d_][\w'’-]*", text[line_start:acronym.start(1) - 1])
                   if m.group()[:1].isupper()]
    letters = acronym.group(1)
    spelt = capitalised[-len(letters):]
    if (len(spelt) != len(letters) or "".join(m.group()[0] for m in spelt).casefold() != letters.casefold()
            or line_start + spelt[0].start() > fact.start):
        return False
    return all(
        any(re.search(rf"(?<!\w){acronym.group(1)}(?!\w)", s.text) for s in _sentences_in(ctx, segment, o))
        for o in absent)


def _after_an_eponym_head(ctx: Context, key: str, fact: Fact) -> bool:
    """The name follows a noun that makes a term of a surname (the locale's `names.eponym_heads`: "по шкале
    Рихтера", the Richter scale)."""
    heads = load_locale(ctx.lang(key)).get("names.eponym_heads", [])
    before = name_words(ctx.analysis.story.editions[key].text[max(0, fact.start - 40):fact.start])
    return bool(heads and before and set(lemmas(before[-1], ctx.lang(key))) & set(heads))


def _stated_elsewhere(ctx: Context, check: str, fact: Fact, holder: str, other: str) -> bool:
    """`other` states `holder`'s fact somewhere in the story: a person or an organisation as often as `holder`
    does, since an edition that names them less often has dropped them somewhere (as `_missing` counts). A
    place said again is the mention translations drop most ("Правительство Ливии" / "The government")."""
    if check != "entities" or known_entity(ctx, holder, fact) in PLACES:
        return ctx.tolerances.found_in(fact, ctx.doc_index(other))
    mentions = ctx.tolerances.mentions(fact, ctx.doc_index(other))
    return bool(mentions) and mentions >= ctx.tolerances.mentions(fact, ctx.doc_index(holder))


def _said(ctx: Context, segment: Segment, c: Cluster, edition: str) -> bool:
    """The edition writes the cluster's name in its segment in some form: a case form, an adjective
    ("Ukrainian"), a transcription that sounds alike ("Уоллес"); not by a name it gives for another name the
    other editions give there too ("Сарасота" of "Sarasota, Charlotte and Collier" is no spelling of Charlotte)."""
    names = sorted({surname(str(f.value)) for f in c.members.values()})  # "Америкой" and "США" both say the U.S.
    if _named_by_first_name(ctx, segment, edition, names, tuple(str(f.value) for f in c.members.values())):
        return True
    if any(f.kind == "name" and written_another_way(ctx, (edition, f), named)
           for f in segment.facts.get(edition, ()) for named in c.members.items()):
        return True  # "Natalka Cmoc" for "Наталка Цмоць", the diaspora's spelling; "Героев Труда" for "Героїв Праці"

    def written(without: tuple[str, ...]) -> bool:
        return (named_in(ctx, edition, segment.sentences, names, without=without)
                or sounded_in(ctx, edition, segment.sentences, list(c.members.items()), one_off=True, without=without))
    # the words of the whole segment first, read once for all its clusters; the other names taken out only to
    # confirm what they say
    return written(()) and written(_names_of_others(ctx, segment, c, edition))


def _names_of_others(ctx: Context, segment: Segment, c: Cluster, edition: str) -> tuple[str, ...]:
    """The one-word names of `edition` in the segment that stand in another cluster with another edition, one
    that shares no word with `c`'s names: each is its spelling of that other name. A name of several words
    may have been read with a word of another in it ("Словаччиною ЗРК С-300", "Бучі Анатолій Федорук" beside
    "Bucha"): it still writes that word."""
    words = {part for f in c.members.values() for part in str(f.value).split("|")}
    return tuple(sorted(
        mine.text for other in segment.clusters
        if other is not c and (mine := other.members.get(edition)) is not None and len(other.members) > 1
        and mine.kind == "name" and len(name_words(mine.text)) == 1
        and not any(same_name(part, word) for f in other.members.values() for part in str(f.value).split("|")
                    for word in words)))


def _named_by_first_name(ctx: Context, segment: Segment, edition: str, surnames: list[str],
                         full: tuple[str, ...] = ()) -> bool:
    """The edition names the person in its segment by the first name alone: one it gives before one of these
    surnames somewhere in the story ("Пан Дмитро" there is the "Mr. Natalukha" of the other edition when the
    story names "Дмитро Наталуха"; another Дмитро named in full is someone else), or the first name of a
    name the others give in `full` there ("певицы Арианы" for "Ariana Grande", "Oleksandr" for "Олександр Петрович":
    shortened, not lost)."""
    firsts = {first for first, last in _full_names(ctx, edition) if any(same_name(last, s) for s in surnames)}
    given = [name.split("|")[0] for name in full if "|" in name]

    def a_first_name_of_theirs(f: Fact) -> bool:  # a person's word, not a place ("Ниццы Hospital Louis Pasteur")
        lang = ctx.lang(edition)  # a language with no dictionary reads its first names back into another's letters
        return (any(same_name(str(f.value), g) for g in given)
                and (analyse(f.text, lang)[1] in (PERSON, GIVEN_NAME)
                     or not has_dictionary(lang) and is_given_name(f.text.strip(), lang)))
    return any(f.kind == "name" and (str(f.value) in firsts or a_first_name_of_theirs(f))
               for f in segment.facts.get(edition, ()))


def _first_name_of_one_named(ctx: Context, segment: Segment, key: str, fact: Fact, other: str) -> bool:
    """`key` gives a first name alone where `other` names, in the segment, a person `key`'s story names in
    full with that first name: "Пан Дмитро" is the "Mr. Natalukha" of the other edition when the story
    names "Дмитро Наталуха" (`_named_by_first_name`, seen from the edition with the first name)."""
    surnames = [last for first, last in _full_names(ctx, key) if same_name(first, str(fact.value))]
    return bool(surnames) and named_in(ctx, other, segment.sentences, surnames)


def _full_names(ctx: Context, edition: str) -> list[tuple[str, str]]:
    """(first name, surname) of each full name `edition` gives, read once per edition."""
    slot = ("full names", edition)
    if slot not in ctx.memo:
        ctx.memo[slot] = sorted({(parts[0], parts[-1]) for f in ctx.doc_facts.get(edition, ()) if f.kind == "name"
                                 for parts in [str(f.value).split("|")] if len(parts) >= 2})
    return ctx.memo[slot]


def _stand_in(ctx: Context, name: Fact, segment: Segment, edition: str, holders: list[str]) -> bool:
    """The edition gives, in the segment, a name news uses in the place of this one ("Kyiv" for "Ukraine"),
    more often than the editions holding this name give it beside it: "в Празі, Чехія" against "in the Czech
    Republic" has lost Prague, the Czech Republic being each edition's own; "said Beijing had hurt" written
    "Китай" once more than the others write China has Beijing said."""
    def count(key: str, value: str) -> int:  # every mention: a segment's facts hold each name once
        mine = segment.sentences.get(key)
        return sum(f.kind == "name" and str(f.value) == value and (mine is None or f.sentence in mine)
                   for f in ctx.doc_facts[key])
    return any(related(str(name.value), str(f.value)) and count(edition, str(f.value)) > min(
        count(k, str(f.value)) for k in holders) for f in segment.facts.get(edition, ()) if f.kind == "name")


def _said_by_its_common_noun(ctx: Context, segment: Segment, c: Cluster, edition: str) -> bool:
    """The edition writes, in its segment, the common noun its copy uses for the cluster's institution
    (`names.common_nouns`: "parliament" for the Verkhovna Rada, "the government" for the Cabinet, "the central bank"
    for the National Bank), as English desks write for the name the other editions give."""
    pattern = _common_nouns(ctx.lang(edition), tuple(sorted({str(f.value) for f in c.members.values()})))
    if pattern is None or not segment.sentences.get(edition):
        return False  # no sentence of the edition here: what it says elsewhere is no mention here
    return pattern.search(text_of_segment(ctx.analysis, edition, segment.sentences)) is not None


@lru_cache(maxsize=None)
def _common_nouns(lang: str, keys: tuple[str, ...]) -> re.Pattern | None:
    nouns = load_locale(lang).get("names.common_nouns", {})
    forms = [form for key in keys for form in nouns.get(key, [])]
    return re.compile(r"(?<!\w)" + alternation(forms), re.IGNORECASE) if forms else None


def _written_there(ctx: Context, segment: Segment, holder: str, fact: Fact, edition: str) -> bool:
    """`edition` writes `holder`'s fact in its segment, read otherwise: the same notation in figures
    ("19.04", a date in one edition and a decimal in the other: the same string is never a difference),
    a figure hyphenated to a name (`_glued_to_a_word`), a day in figures (`_a_day_in_figures`), or a score in its
    figures (`_a_score_in_figures`)."""
    if segment.sentences.get(edition) is not None and not segment.sentences[edition]:
        return False  # the edition has no sentence in this segment
    text = text_of_segment(ctx.analysis, edition, segment.sentences)
    notation = fact.text.strip()
    # figures joined by a separator ("19.04", "13:00"), not a bare figure: "12" inside "12 березня" is a
    # day, and the 12 people of the other edition may well be lost
    if re.fullmatch(r"\d+(?:[.:/]\d+)+", notation) and re.search(
            rf"(?<![\w.,:/-]){re.escape(notation)}(?![\w]|[.,:/]\d)", text):
        return True
    return (_glued_to_a_word(ctx, holder, fact, text) or _a_day_in_figures(ctx, segment, holder, fact, edition)
            or _a_year_said_relative_to_the_story(segment, fact, edition)
            or _a_score_in_figures(segment, fact, edition, holder) or _inside_a_unit(segment, fact, edition)
            or _the_figure_of_a_spaced_code(ctx, segment, holder, fact, edition)
            or _a_pair_joined_by_another_mark(ctx, holder, fact, text)
            or _a_zone_s_time_there(segment, holder, fact, edition))


def _a_zone_s_time_there(segment: Segment, holder: str, fact: Fact, edition: str) -> bool:
    """A clock time that `edition` gives in its segment only as a zone's time converted in brackets, whose hour at
    Kyiv (`ZONE_TO_KYIV`) it is: "(05:47 п'ятниці за київським часом)" where English copy has "10:47 p.m. EST (0347 GMT
    on Friday)", both of whose times are glosses; not where `edition` says a time there that `holder` does not ("о
    21:00 за київським часом (21:00 CET)" against "10 p.m. Kyiv time (9 p.m. CET)")."""
    def at_kyiv(zoned: Fact) -> tuple[str, ...]:  # its clock times but its own, unless Kyiv keeps its zone's hour
        return clock_times(replace(zoned, qualifier=None))[0 if 0 in ZONE_TO_KYIV[zoned.unit] else 1:]

    def own_times(key: str) -> set[str]:  # in no zone of `times.zones`: the place's own, or Kyiv's
        return {str(f.value) for f in segment.facts.get(key, ()) if f.kind == "time" and f.unit not in ZONE_TO_KYIV}

    if fact.kind != "time" or not own_times(edition) <= own_times(holder):
        return False
    zoned = [set(at_kyiv(f)) for f in segment.facts.get(edition, ())
             if f.kind == "time" and f.qualifier == CONVERTED and f.unit in ZONE_TO_KYIV]
    # the hours the zones' times agree on, where they agree ("10:47 p.m. EST (0347 GMT)": EST's 05:47 says the GMT is
    # winter's, never 06:47), else each zone's
    agreed = set.intersection(*zoned) if zoned else set()
    return str(fact.value) in (agreed or set().union(*zoned))


# two figures joined by a colon or a dash, as a score, a clock time or a range ("13:11", "13-11", "16–19")
_PAIR = re.compile(r"(?<![\w.,:/])(\d{1,3})[ \u00a0]?[:\-–—][ \u00a0]?(\d{1,3})(?![\w]|[.,:/]\d)")


def _a_pair_joined_by_another_mark(ctx: Context, holder: str, fact: Fact, text: str) -> bool:
    """Two figures that `holder` joins by a colon or a dash, or a figure of them, where the other edition's
    segment `text` joins the same two by another: one pair read as a clock time in one edition and as a score or a
    range in the other ("Nuke – 13:11" / "Nuke – 13-11", "після 15:15" / "after 15-15", "з 9:11" / "from 9-11").
    English copy writes no clock time with a dash, and none writes a range with a colon."""
    around = ctx.analysis.story.editions[holder].text
    for m in _PAIR.finditer(around, max(0, fact.start - 8), fact.end + 8):
        if m.start() <= fact.start and fact.end <= m.end():
            colon = around[m.end(1):m.start(2)].strip() == ":"
            return any(o.groups() == m.groups() and (text[o.end(1):o.start(2)].strip() == ":") != colon
                       for o in _PAIR.finditer(text))
    return False


# capitals right before a figure, past its dash or colon ("SPD – 15", "СДПН – 15")
_CAPITALS_BEFORE = re.compile(r"(?<!\w)[A-ZА-ЯЁІЇЄҐ]{2,}[^\w]*\Z")


def _the_figure_of_a_spaced_code(ctx: Context, segment: Segment, holder: str, fact: Fact, edition: str) -> bool:
    """A figure `edition` writes after capitals it reads as one code with them ("the SPD 15 and the Motorists 13",
    a party's seats), where `holder` writes capitals right before it too ("SPD – 15", "СДПН – 15"); not a figure of
    another thing ("Flight PS 101 landed" is no "101 пасажир")."""
    notation = fact.text.strip()
    if fact.kind not in ("amount", "ordinal") or not notation.isdigit():
        return False
    before = ctx.analysis.story.editions[holder].text[max(0, fact.start - 16):fact.start]
    return bool(_CAPITALS_BEFORE.search(before)) and any(
        f.kind == "name" and re.fullmatch(rf"[^\W\d_]+[ \u00a0]{notation}", f.text)
        for f in segment.facts.get(edition, ()))


def _inside_a_unit(segment: Segment, fact: Fact, edition: str) -> bool:
    """A name of letters and figures (a substance's formula, "CO2") that `edition` writes inside the unit of a
    quantity in the segment ("229.6 MtCO2e" for "229,6 млн т CO2-екв.")."""
    notation = fact.text.strip()
    if fact.kind != "name" or not re.fullmatch(r"[^\W\d_]+\d+", notation):
        return False
    return any(f.kind == "quantity" and notation in f.text.lstrip("0123456789., \u00a0")
               for f in segment.facts.get(edition, ()))


def _said_in_kyiv_time(ctx: Context, edition: str, time: Fact) -> bool:
    """The clock time is followed by its language's words for Kyiv's time (`times.kyiv_time`)."""
    text = ctx.analysis.story.editions[edition].text
    return rules_for(ctx.lang(edition)).kyiv_time_after.match(text, time.end) is not None


def _a_score_in_figures(segment: Segment, fact: Fact, edition: str, holder: str) -> bool:
    """A result one edition gives as a score ("in an 84-16 vote") and the other as its two figures a few words apart
    ("84 голосами проти 16"): the score's figures so in `edition`'s segment, or the figure one of two so in
    `holder`'s that make a score of `edition`'s (a score's figure said again on its own, "scoring 3 goals", is
    another fact)."""
    theirs, ours = segment.facts.get(edition, ()), segment.facts.get(holder, ())
    if fact.kind == "score":
        return _figures_of(str(fact.value), theirs)
    return fact.kind in ("amount", "count") and any(
        f.kind == "score" and _figures_of(str(f.value), ours, fact) for f in theirs)


def _figures_of(score: str, facts: Iterable[Fact], one: Fact | None = None) -> bool:
    """Two plain figures of `facts`, a few characters apart, that are the score's (one of them `one`, if given)."""
    first, second = (float(part) for part in score.split(":"))
    plain = [f for f in facts if f.kind in ("amount", "count")]
    return any(float(a.value) == first and float(b.value) == second and 0 < b.start - a.end <= _SCORE_IN_WORDS
               and (one is None or one in (a, b)) for a in plain for b in plain)


# the most characters between the two figures of a score said in words ("84 голосами проти 16")
_SCORE_IN_WORDS = 25


def _a_year_said_relative_to_the_story(segment: Segment, fact: Fact, edition: str) -> bool:
    """A year one edition names where `edition` says it relative to the story's ("in 2024" / "минулого року"), the
    story's date unknown: no edition says which year that is, so the year is neither lost nor added. Only that: an
    edition that names another year there still alters it."""
    return fact.kind == "year" and any(f.kind == "date" and RELATIVE_YEAR.fullmatch(str(f.value))
                                       for f in segment.facts.get(edition, ()))


_A_DAY = re.compile(r"(?:\d{4}|-)-\d{2}-\d{2}")  # a date value with its day: "2022-04-25", "--04-25"


def _a_day_in_figures(ctx: Context, segment: Segment, holder: str, fact: Fact, edition: str) -> bool:
    """Of the two editions, one writes a day of a month in words ("April 25") and the other in figures ("в
    понеділок 25.04", read as a decimal: a figure is a date only with a year or a month's name), a figure that
    the edition of the date does not give too (in "rose to 1.05" / "1 травня ... до 1,05" the figure is a figure;
    "з 06.12" in uk and ru against "on December 6" is the day)."""
    def alone(figure: Fact, other_edition: str) -> bool:
        return not any(ctx.tolerances.relation(figure, other) is not None
                       for other in segment.facts.get(other_edition, ()))

    def a_day_of(day: str, dates: Iterable[Fact]) -> bool:
        return any(d.kind == "date" and _A_DAY.fullmatch(str(d.value)) and dates_agree(day, str(d.value))
                   for d in dates)

    day = date_of_figure(fact)
    if day is not None:
        return alone(fact, edition) and a_day_of(day, segment.facts.get(edition, ()))
    return fact.kind == "date" and any(
        (day := date_of_figure(figure)) is not None and a_day_of(day, [fact]) and alone(figure, holder)
        for figure in segment.facts.get(edition, ()))


def _glued_to_a_word(ctx: Context, holder: str, fact: Fact, text: str) -> bool:
    """A plain figure that the edition writes hyphenated to a word in the segment, as a name or a
    designation: "Nord Stream 2" / "Північний потік-2", "the top 10" / "топ-10", "Su 35" / "Су-35". The
    extractor reads "word-N" as a code, never a figure, in every language, so it is not missing there."""
    if fact.kind != "amount" or fact.unit or not isinstance(fact.value, float) or not fact.value.is_integer():
        return False
    if not re.search(r"[^\W\d_]\s+$", ctx.analysis.story.editions[holder].text[:fact.start][-40:]):
        return False  # "19 people" is no designation: only a figure written after a name's word is
    glued = re.compile(rf"[^\W\d_][-‑–]{int(fact.value)}(?![\d.,]\d|\d)")
    return glued.search(text) is not None


def _small_count(fact: Fact) -> bool:
    return fact.kind == "amount" and isinstance(fact.value, float) and fact.value < 10
