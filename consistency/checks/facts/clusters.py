"""Step 2 of the facts check (see check.py): in each segment, the editions' facts grouped into clusters
of facts that state the same thing."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property

from consistency.checks.facts.context import Context, FactIndex, Tolerances
from consistency.checks.facts.relations import conflict, converts, distance, family, is_named_month, is_weak
from consistency.checks.facts.segments import Sentences
from consistency.locales import script_of
from consistency.model import Fact
from consistency.stages.facts.amounts import CONVERTED
from consistency.stages.facts.name_keys import (
    code_figures,
    given_name,
    is_glossary,
    name_words,
    same_name,
    sound_key,
    surname_sound,
    surnames_apart,
)

RELATION_RANK = {"equal": 0, "conversion": 1, "rounding": 2}

# (relation rank, distance, a bare figure joining a figure with a unit, cluster index): the smallest is
# the cluster a fact joins
Candidate = tuple[int, float, bool, int]


@dataclass
class Cluster:
    members: dict[str, Fact] = field(default_factory=dict)
    rounding: list[tuple[str, str]] = field(default_factory=list)  # (edition, edition) pairs matched by rounding
    # every member is a figure its edition already gave once in the segment ("the $175 million
    # package" again): such a cluster may pair with a rival, but it is never a fact missing or added
    repeated: bool = False

    @property
    def strong(self) -> int:
        return sum(1 for f in self.members.values() if not is_weak(f))

    def first(self) -> Fact:
        """The first fact read in figures (not words), to compare the cluster by."""
        return next((f for f in self.members.values() if not is_weak(f)), next(iter(self.members.values())))

    def agreed_in_words(self) -> bool:
        """Two editions giving a figure in words ("Twenty per cent", "Двадцать процентов") outvote a
        third that gives another in digits; "first" and "two" are too often wording ("first time",
        "both") to count."""
        return len(self.members) >= 2 and all(
            family(f) == "number" and (f.kind in ("percent", "money", "quantity") or float(f.value) >= 10)
            for f in self.members.values())


# how far after a figure its conversion in brackets may start ("(approximately minus "), and how far a figure in
# brackets right after one of its kind stands from it ("45 км (72 км)")
_CONVERSION_REACH = 30
_BRACKET_RIGHT_AFTER = 3


@dataclass(frozen=True)
class Segment:
    sentences: Sentences
    facts: dict[str, list[Fact]]  # of every edition and source, each fact once
    clusters: list[Cluster]  # of the editions' facts, repeats included

    def conversion_of(self, edition: str, fact: Fact) -> Fact | None:
        """The figure the edition converts `fact` into in brackets right after it ("24 inches (61 cm)"): the
        extractor marks the conversion (`amounts.CONVERTED`) where it reads the brackets."""
        return next((f for f in self.facts.get(edition, ()) if f.qualifier == CONVERTED and f.kind == fact.kind
                     and 0 <= f.start - fact.end <= _CONVERSION_REACH), None)

    def converted_by(self, edition: str, conversion: Fact) -> Fact | None:
        """The figure a conversion (`amounts.CONVERTED`) converts: the one of its kind right before it."""
        return next((f for f in reversed(self.facts.get(edition, ())) if f.kind == conversion.kind
                     and 0 <= conversion.start - f.end <= _CONVERSION_REACH), None)

    def local_time_after(self, edition: str, zoned: Fact) -> Fact | None:
        """The local time a zone's time (`amounts.CONVERTED`) is given beside in brackets right after it ("07:41 UTC
        (10:41 Kyiv time)")."""
        return next((f for f in self.facts.get(edition, ()) if f.kind == "time" and f.qualifier != CONVERTED
                     and 0 <= f.start - zoned.end <= _CONVERSION_REACH), None)

    def _right_after_one_of_its_kind(self, edition: str, fact: Fact) -> bool:
        """A figure right after one of its kind (a bracket's reach from it: "45 км (72 км)"), or a conversion ("(61
        cm)"), or a figure a conversion's reach after a bare one, whose unread words stand between them ("695 данських
        крон (близько 4 500 грн)" where the crowns were read as no sum)."""
        facts = self.facts.get(edition, ())
        return fact.qualifier == CONVERTED or any(
            0 <= fact.start - f.end <= (_CONVERSION_REACH if _bare(f) else _BRACKET_RIGHT_AFTER)
            and (f.kind == fact.kind or _bare(f)) for f in facts)

    @cached_property
    def glossed(self) -> frozenset[int]:
        """The clusters given as their conversion (`given_as_its_conversion`), by index: asked by the alterations
        and by the blame of every cluster, found once."""
        return frozenset(i for i, c in enumerate(self.clusters) if self.given_as_its_conversion(c))

    def given_as_its_conversion(self, c: Cluster) -> bool:
        """Each edition of the cluster converts its measure or sum in brackets right after it, and an edition
        outside the cluster gives the conversion alone: "14 degrees Fahrenheit (minus 10 degrees Celsius)" where
        the others say "-10 °C". Those are compared with the conversion, and the cluster is no side of its own.
        (An edition that gives it in brackets after a figure of its own is no witness: "$201 billion (£150
        billion)" against "200 млрд доларів (150 млрд фунтів)" is a changed figure, and so is "45 км (72 км)" for
        "45 miles (72 km)". Nor is a time's conversion into another zone, which fits more than one hour.)"""
        for edition, fact in c.members.items():
            conversion = self.conversion_of(edition, fact)
            if conversion is None or conversion.kind not in ("money", "quantity") or not converts(fact, conversion):
                return False  # no conversion, or one of another figure: "55 miles (72 km)" is a changed figure
            holder = next((d for d in self.clusters if d.members.get(edition) == conversion), None)
            if holder is None or not any(k not in c.members and not self._right_after_one_of_its_kind(k, f)
                                         for k, f in holder.members.items()):
                return False
        return True


def read_segment(ctx: Context, sentences: Sentences) -> Segment:
    facts, repeats = {}, {}
    for k in ctx.editions_and_sources:
        facts[k], repeats[k] = facts_in(ctx.analysis.facts.get(k, ()), sentences.get(k))
    repeats = {k: [f for f in found if not is_named_month(f) or _named_fewer_times_elsewhere(f, k, facts, repeats)]
               for k, found in repeats.items()}
    with_repeats = {k: facts[k] + repeats[k] for k in ctx.editions}
    clusters = cluster(ctx.editions, with_repeats, repeats, ctx.tolerances)
    langs = {k: ctx.lang(k) for k in ctx.editions}
    return Segment(sentences, facts, join_names_by_sound(clusters, langs))


def _named_fewer_times_elsewhere(month: Fact, key: str, facts: dict[str, list[Fact]],
                                 repeats: dict[str, list[Fact]]) -> bool:
    """Another edition names the month in the segment, but fewer times than `key` does: `key`'s second mention
    may pair with a month that edition gives instead ("As for June ... early May" against "Щодо травня ... на
    початку травня"). Where no other edition names it at all, its first mention stands for it (and pairs with
    the month another edition gives instead): a second would only say the same twice."""
    def times(k: str) -> int:
        return sum(f.kind == "date" and f.value == month.value for f in facts[k] + repeats[k])
    mine = times(key)
    return any(0 < times(k) < mine for k in facts if k != key)


# the fewest consonants a surname's sound needs to join two names: two ("Ри", "Ким") match too much
SOUND_JOINS_FROM = 3


def join_names_by_sound(clusters: list[Cluster], langs: dict[str, str]) -> list[Cluster]:
    """Names the spelling keys leave apart, joined when their surnames sound alike (`surname_sound`, three
    consonants or more): "Sarah Palin" / "Сара Пэйлин", where English writes a vowel as "a" and Russian as
    "эй". Left apart, each edition's spelling is a name of its own, and a swap of the name in one edition
    has no two editions agreeing against it. Two full names join on any surname sound where their first
    names are the same name too ("Marvin Cooke" / "Марвин Кук", both "k"). Two names the glossary knows by
    different keys never join."""
    joined: list[Cluster] = []
    names: list[tuple[Cluster, set[str]]] = []  # the name clusters kept, with their members' sounds
    for c in clusters:
        if c.first().kind != "name":
            joined.append(c)
            continue
        sounds = {surname_sound(f.text, langs[k]) for k, f in c.members.items()}
        into = next((entry for entry in names if _joinable(entry, c, sounds, langs)), None)
        if into is None:
            joined.append(c)
            names.append((c, sounds))
            continue
        into[0].members.update(c.members)
        into[0].repeated = into[0].repeated and c.repeated
        into[1].update(sounds)
    return joined


def _joinable(entry: tuple[Cluster, set[str]], c: Cluster, sounds: set[str], langs: dict[str, str]) -> bool:
    kept, kept_sounds = entry
    if set(kept.members) & set(c.members):
        return False
    keys = {str(f.value) for f in (*kept.members.values(), *c.members.values()) if is_glossary(str(f.value))}
    figures = {tuple(code_figures(f.text)) for f in (*kept.members.values(), *c.members.values())} - {()}
    if len(keys) > 1 or len(figures) > 1:
        return False  # two glossary names, or two codes of other figures ("АА1000ВК", "AA1100BK")
    if any(surnames_apart(str(a.value), str(b.value)) for a in kept.members.values() for b in c.members.values()):
        return False  # "Melnyk" / "Мельничук": one sound ("mlnk"), two surnames
    if any(len(s) >= SOUND_JOINS_FROM and s in kept_sounds for s in sounds):
        return True
    # no glossary name on either side: full names with one first name join on any surname sound
    return not keys and any(
        _one_given_name(a, langs[ka], b, langs[kb]) and _surnames_sound_alike(a.text, langs[ka], b.text, langs[kb])
        for ka, a in kept.members.items() for kb, b in c.members.items())


def _one_given_name(a: Fact, a_lang: str, b: Fact, b_lang: str) -> bool:
    """Two full names' first names that are one name: by their keys, or by their sound where a case ending leaves
    the key short ("Elsa" / "Ельзу", "els" / "elz")."""
    x, y = given_name(str(a.value)), given_name(str(b.value))
    if not x or not y:
        return False
    if same_name(x, y):
        return True
    a_words, b_words = name_words(a.text), name_words(b.text)
    sound = sound_key(a_words[0], a_lang) if len(a_words) >= 2 and len(b_words) >= 2 else ""
    return len(sound) >= 2 and sound == sound_key(b_words[0], b_lang)


# letters a spelling keeps and a transcription by ear drops: a final consonant ("Bouquet" / "Буке", "Renaud" /
# "Рено"), an initial "h" ("Huppert" / "Юппер")
SILENT_LAST = frozenset("tdsxz")


def _surnames_sound_alike(a_text: str, a_lang: str, b_text: str, b_lang: str) -> bool:
    """The surnames of two full names sound alike (`surname_sound`), a Latin spelling as it reads in another
    script: without its silent letters."""
    a, b = surname_sound(a_text, a_lang), surname_sound(b_text, b_lang)
    if not a or not b or a == b:
        return bool(a) and a == b
    for spelt, spelt_text, heard, heard_text in ((a, a_text, b, b_text), (b, b_text, a, a_text)):
        if script_of(spelt_text[:1]) != "Latin" or script_of(heard_text[:1]) == "Latin":
            continue
        if name_words(spelt_text)[-1][:1] in "Hh":
            spelt = spelt[1:]
        if spelt[-1:] in SILENT_LAST:
            spelt = spelt[:-1]
        return len(heard) >= 2 and spelt == heard
    return False


def facts_in(facts: tuple[Fact, ...], sentences: set[int] | None) -> tuple[list[Fact], list[Fact]]:
    """The segment's facts, each once, and the repeats: the same figure in digits again, or a month named
    again. "Four" and "4" in one segment are one fact, read by its digits."""
    chosen = [f for f in facts if sentences is None or f.sentence in sentences]
    first: dict[tuple, int] = {}
    unique: list[Fact] = []
    repeats: list[Fact] = []
    for f in chosen:
        key = (family(f), f.kind if f.kind != "count" else "amount", f.value, f.unit)
        if key not in first:
            first[key] = len(unique)
            unique.append(f)
        elif is_weak(unique[first[key]]) and not is_weak(f):
            unique[first[key]] = f
        elif not is_weak(f) or is_named_month(f):
            # a month named again is kept: "for May ... late April or early May" against "for June ... early
            # May" has the second May pair with June
            repeats.append(f)
    return unique, repeats


def cluster(editions: tuple[str, ...], facts: dict[str, list[Fact]], repeats: dict[str, list[Fact]],
            tolerances: Tolerances) -> list[Cluster]:
    """Each fact joins the cluster it matches best. An edition's facts are placed by the closest relation
    first (all equal matches, then conversions, then roundings), so that "45 miles (72 km)" against
    "65 miles (72 km)" puts 72 km with 72 km rather than with the 45 miles it converts to; first
    occurrences go before repeats, so that "72%, and 72% of..." against "72%, and 32% of..." leaves one
    cluster of repeats to pair with the rival 32%. A figure without a currency that matches sums in
    two currencies ("1,5 млн" for £1.5 million and $1.5 million) takes no side. A bare figure pairs with
    the same bare figure of another edition before a figure with a unit: "24 vehicles" is "24 одиниці",
    and "24 days" is no "24" when the other edition says "за добу" (24 hours) and "24 одиниці"."""
    clusters: list[Cluster] = []
    members = tolerances.index()  # each member fact filed with the number of its cluster
    repeat_ids = {id(f) for k in editions for f in repeats[k]}
    # bare figures go last, once every sum has shown its currency
    phases = [{k: [f for f in facts[k] if _bare(f) == bare] for k in editions} for bare in (False, True)]
    for phase in phases:
        for n, key in enumerate(editions):
            bare_to_come = {k: phase[k] for k in editions[n + 1:]}
            placed = _join_clusters(key, phase[key], clusters, repeat_ids, tolerances, members, bare_to_come)
            for fact in phase[key]:
                if id(fact) not in placed:
                    members.add(fact, len(clusters))
                    clusters.append(Cluster({key: fact}, repeated=id(fact) in repeat_ids))
    return clusters


def _join_clusters(key: str, facts: list[Fact], clusters: list[Cluster], repeat_ids: set[int],
                   tolerances: Tolerances, members: FactIndex, bare_to_come: dict[str, list[Fact]]) -> set[int]:
    """Adds `key`'s facts to the clusters they match, closest relation first; the ids of those placed
    (a figure between currencies is placed nowhere). `bare_to_come`: the bare figures of the editions
    whose turn is later."""
    placed: set[int] = set()
    # no cluster is added during the passes, and one that gains a fact of `key` is closed to `key`:
    # each fact's candidates are found once and only shrink
    found = {id(fact): _candidates(fact, key, clusters, tolerances, members, bare_to_come) for fact in facts}
    for rank in sorted(set(RELATION_RANK.values())):
        for fact in facts:
            if id(fact) in placed:
                continue
            candidates = [cand for cand in found[id(fact)] if key not in clusters[cand[-1]].members]
            if not candidates:
                continue
            if _between_currencies(fact, [clusters[cand[-1]] for cand in candidates]):
                placed.add(id(fact))
                continue
            best = min(candidates)
            if best[0] != rank:
                continue
            chosen = clusters[best[-1]]
            if rank == RELATION_RANK["rounding"]:
                chosen.rounding.append((next(iter(chosen.members)), key))
            chosen.members[key] = fact
            members.add(fact, best[-1])
            chosen.repeated = chosen.repeated and id(fact) in repeat_ids
            placed.add(id(fact))
    return placed


def _candidates(fact: Fact, key: str, clusters: list[Cluster], tolerances: Tolerances,
                members: FactIndex, bare_to_come: dict[str, list[Fact]]) -> list[Candidate]:
    """Every cluster `fact` may join: of those holding a fact the index files near it, in cluster order.
    A bare figure leaves a figure with a unit to the editions that have the same bare figure to come."""
    out = []
    for i in sorted(set(members.near(fact))):
        c = clusters[i]
        if key in c.members or any(conflict(fact, m) for m in c.members.values()):
            continue
        to_a_unit = _bare(fact) and not _bare(c.first())
        if to_a_unit and any(tolerances.relation(fact, later) == "equal"
                             for k in c.members for later in bare_to_come.get(k, ())):
            continue
        for other in c.members.values():
            rel = tolerances.relation(fact, other)
            if rel is not None:
                out.append((RELATION_RANK[rel], distance(fact, other), to_a_unit, i))
                break
    return out


def _bare(fact: Fact) -> bool:
    """A figure with nothing said of what it counts ("1,5 млн"): it may stand for a sum in any currency."""
    return fact.kind in ("amount", "count")


def _between_currencies(fact: Fact, matches: list[Cluster]) -> bool:
    if not _bare(fact):
        return False
    sums = [m for c in matches for m in c.members.values() if m.kind == "money"]
    return any(conflict(a, b) for a, b in itertools.combinations(sums, 2))


def names_of_its_own(segment: Segment, key: str) -> bool:
    """`key` names someone in the segment that no other edition does."""
    return any(True for _ in own_names(segment, key))


def own_names(segment: Segment, key: str) -> Iterator[Fact]:
    """The names `key` alone gives in the segment."""
    return (c.members[key] for c in segment.clusters if c.first().kind == "name" and set(c.members) == {key})
