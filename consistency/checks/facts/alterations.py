"""Step 3 of the facts check, alterations (see check.py): clusters that fill the same slot in different
editions (two sums of money) paired as rivals, and the outnumbered sides blamed."""

from __future__ import annotations

import re
from collections.abc import Iterable

from consistency.checks.facts.clusters import Cluster, Segment
from consistency.checks.facts.context import Context, Tally
from consistency.checks.facts.findings import make_finding
from consistency.checks.facts.name_swap import is_name_swap, sure_swap
from consistency.checks.facts.relations import (
    check_for,
    describe,
    distance,
    in_roman_numerals,
    in_words,
    is_fraction_in_words,
    is_magnitude,
    is_named_month,
    is_ordinal_of_a_head,
    is_quantity_in_words,
    is_weak,
    is_weekday,
    measures_apart,
    rival,
)
from consistency.model import Fact, Finding
from consistency.stages.facts.amounts import CONVERTED, FEWER_TIMES, MULTIPLIER
from consistency.stages.facts.dates import DATELINE, ZONE_TO_KYIV


def alterations(ctx: Context, segment: Segment, tally: Tally) -> tuple[list[Finding], set[int]]:
    """The alterations of the segment, and the indexes of the clusters paired as rivals."""
    clusters = segment.clusters
    everyone = set(ctx.editions)
    findings: list[Finding] = []
    paired: set[int] = set()
    # a measure the other editions give as its conversion ("14 degrees Fahrenheit (minus 10 degrees Celsius)" where
    # they say "-10 °C") is no rival of another cluster; it looks for one of its own last, once the conversion had its
    # chance, and is never the side blamed
    glossed = segment.glossed
    for i in [i for i in range(len(clusters)) if i not in glossed] + sorted(glossed):
        c = clusters[i]
        if i in paired or not _firm(c, segment) or set(c.members) == everyone:
            continue
        not_rivals = set() if i in glossed else glossed
        rival_of_c = _rival(ctx, segment, c, paired | {i} | not_rivals, set(c.members))
        if rival_of_c is None:
            continue
        j, what = rival_of_c
        sides = [c, clusters[j]]
        paired.update({i, j})
        # a third figure where the other editions give two others: the editions all disagree
        while what != "name swap":
            taken = {k for side in sides for k in side.members}
            more = _rival(ctx, segment, c, paired | not_rivals, taken)
            if more is None or more[1] != what:
                break
            sides.append(clusters[more[0]])
            paired.add(more[0])
        if not _loosely_worded(sides):
            findings += _altered(ctx, sides, what, tally, [clusters[g] for g in glossed])
    return findings, paired


def _loosely_worded(sides: list[Cluster]) -> bool:
    """Sides that differ no more than words round a conversion: of every two, one says its measures in
    words, the two use more than one unit, and none is further from the other's than loose wording explains
    ("в полутора километрах" for "about a mile" and "1,6 км" is the same distance, not an altered one;
    "1,9 км" beside it still differs from the words, and "four days" from "5 днів", in one unit)."""
    def loose(side: Cluster, other: Cluster) -> bool:
        facts = [*side.members.values(), *other.members.values()]
        worded = [s for s in (side, other) if all(is_quantity_in_words(f) for f in s.members.values())]
        return bool(worded) and len({f.unit for f in facts}) > 1 and not any(
            measures_apart(f, g) for f in side.members.values() for g in other.members.values())

    return all(loose(a, b) for n, a in enumerate(sides) for b in sides[n + 1:])


def _rival(ctx: Context, segment: Segment, c: Cluster, taken: set[int],
           editions_taken: set[str]) -> tuple[int, str] | None:
    """(index, what changed) of the cluster that fills c's slot in other editions: the one that makes
    up the most editions first (9-2 against 5-2, rather than against a stray 8 one edition adds),
    then the nearest figure; None when no cluster does."""
    best = None
    for j, d in enumerate(segment.clusters):
        if j in taken or editions_taken & set(d.members):
            continue
        if not _firm(d, segment) and not d.agreed_in_words() and not _counted_otherwise(c, d, segment):
            continue
        if not (_meets(c, d) and _meets(d, c)):
            continue
        if c.first().kind == "name" or d.first().kind == "name":
            # two names in one sentence that do not match are mostly a sentence retold, not a
            # swap: only the strict swap test pairs them
            what = "name swap" if is_name_swap(ctx, c, d, segment.sentences) else None
        else:
            what = rival(c.first(), d.first(), partial_dates=_aligned(segment))
        if what is None:
            continue
        # of two names in c's place, a known one before a guess (the guess is often a word of the sentence)
        unsure = what == "name swap" and not sure_swap([c, d], ctx)
        cand = (-len(editions_taken | set(d.members)), unsure, distance(c.first(), d.first()), j, what)
        if best is None or cand < best:
            best = cand
    return None if best is None else (best[3], best[4])


def _aligned(segment: Segment) -> bool:
    """The segment was cut from the alignment: its sentences in each edition say the same thing."""
    return all(sentences is not None for sentences in segment.sentences.values())


def _meets(c: Cluster, rival_cluster: Cluster) -> bool:
    """A cluster firm only by a Roman numeral (no figure in digits) meets a rival that two editions give, or one
    in Roman numerals too, or one in words with the noun it counts: "во II квартале" against "у ІІІ кварталі" / "in
    the third quarter", "in the second quarter" against "у ІІІ кварталі", "в III квартале"; not against a "2nd" one
    edition alone writes elsewhere in the sentence ("for the 2nd time"). A dateline meets a dateline only:
    "KYIV, Dec 11 (Reuters) -" is no date the story tells ("10 грудня ухвалила"). An order of magnitude in words
    meets another only ("тисячі" against "hundreds", never against "1,500")."""
    def roman(x: Cluster) -> bool:
        return any(in_roman_numerals(f) for f in x.members.values())

    def dateline(x: Cluster) -> bool:
        return all(f.qualifier == DATELINE for f in x.members.values())

    def magnitude(x: Cluster) -> bool:
        return all(is_magnitude(f) for f in x.members.values())
    if dateline(c) != dateline(rival_cluster):
        return False  # a wire's dateline, the day it filed, confirms a date and alters only another's dateline
    if magnitude(c) != magnitude(rival_cluster):
        return False  # "тисячі" is no altered "1,500": an edition may be more exact than another
    def of_a_head(x: Cluster) -> bool:
        return all(is_ordinal_of_a_head(f) for f in x.members.values())
    return (bool(c.strong) or not roman(c) or len(rival_cluster.members) >= 2 or roman(rival_cluster)
            or of_a_head(rival_cluster))


def _firm(c: Cluster, segment: Segment) -> bool:
    """A cluster that may be one side of an alteration: a fact in figures, or, in aligned sentences, a
    month named alone ("in March" where the other editions say "у квітні"), a share in words ("a third of"), a
    measure in words ("за добу" where the other edition says "24 days"), an ordinal in Roman numerals ("во II
    квартале") or a count or an ordinal in words two editions agree on ("six" / "шість", "fourth" / "вчетверте":
    `_counts_in_words`). Never a time converted in brackets into another zone: the time before it is the one
    compared."""
    if all(f.kind == "time" and f.qualifier == CONVERTED and f.unit in ZONE_TO_KYIV for f in c.members.values()):
        return False  # "(01:12 GMT)": the local time before it is the one compared
    if c.strong:
        return True
    facts = list(c.members.values())
    return _aligned(segment) and (all(is_named_month(f) or is_quantity_in_words(f) or is_fraction_in_words(f)
                                      or is_magnitude(f) or is_weekday(f) for f in facts)
                                  or (any(in_roman_numerals(f) or is_ordinal_of_a_head(f) for f in facts)
                                      and all(f.kind == "ordinal" for f in facts))
                                  or len(facts) >= 2 and (_counts_in_words(c) or _counts_of_two_or_more(facts)))


def _counts_in_words(c: Cluster) -> bool:
    """Counts of three or more in words ("six", "шість", "четверо"), or ordinals ("the fourth year", "вчетверте");
    "one" and "two", "first" and "second" are too often wording ("one of them", "both", "at first", "a second
    look") to be a side, but "twice", "вдвічі" are not (`MULTIPLIER`)."""
    facts = list(c.members.values())
    return len({f.kind for f in facts}) == 1 and all(_a_count_no_wording_rounds(f) for f in facts)


def _counted_otherwise(c: Cluster, d: Cluster, segment: Segment) -> bool:
    """In aligned sentences, one edition's count in words against the count two others agree on, in words ("восемь
    истребителей" where the others say "six F-16s", "шість F-16") or in figures ("Forty-two athletes" where the
    others say "46 спортсменів"): a side (`_read_in_words` says how sure). "Two" against the "three" two editions
    agree on in words, or "three" against their "двоє" / "двое", is a side too: no wording says two for three (a
    lone "one" or "first" may be wording)."""
    if not _aligned(segment) or len(c.members) < 2:
        return False
    lone_count = len(d.members) == 1 and _a_count_no_wording_rounds(d.first())
    return ((_counts_in_words(c) and _counts_in_words(d)) or (c.strong >= 2 and lone_count)
            or (len(d.members) == 1 and _two_against_three(c, d.first())))


def _two_against_three(c: Cluster, lone: Fact) -> bool:
    """Counts in words, two editions' one and the third's another, one of them three or more; or ordinals in words
    where the two editions' is three or more ("Megalot's second jackpot" where the others say "третій джекпот")."""
    facts = [*c.members.values(), lone]
    return (_counts_of_two_or_more(facts) and max(float(f.value) for f in facts) >= 3
            or _counts_of_two_or_more(facts, "ordinal") and min(float(f.value) for f in c.members.values()) >= 3)


def _counts_of_two_or_more(facts: list[Fact], kind: str = "count") -> bool:
    """Plain counts in words of two or more ("two", "двоє", "трьох"; or ordinals, with `kind`): firm where two
    editions agree on one (`_firm`), a side against a lone count in words of two or more, one of the two counts three
    or more (`_two_against_three`)."""
    return all(f.kind == kind and in_words(f) and f.qualifier is None and float(f.value) >= 2 for f in facts)


def _altered(ctx: Context, sides: list[Cluster], what: str, tally: Tally, glossed: list[Cluster]) -> list[Finding]:
    """An alteration finding on every edition of every side blamed (see _blamed_sides), but a side the other
    editions give as its conversion (`glossed`)."""
    wrong = [w for w in _blamed_sides(ctx, sides) if not any(w is g for g in glossed)]
    tie_without_reference = (len(sides) == 2 and len(wrong) > 1
                             and not any(ctx.reference in side.members for side in sides))
    findings: list[Finding] = []
    for w in wrong:
        right = {k: f for side in sides if side is not w for k, f in side.members.items()}
        check = check_for(w.first())
        severity = _altered_severity(ctx, check, sides, w, right, tie_without_reference)
        for k in sorted(w.members):
            shown = dict(right)
            shown[k] = w.members[k]
            msg = (f"{what} altered: {describe(w.members[k])} ({k}) where "
                   + ", ".join(f"{ek} has {describe(ef)}" for ek, ef in sorted(right.items())))
            findings.append(make_finding(ctx.analysis, check, severity, k, "altered", msg, shown))
            tally.add(k, "altered")
    return findings


def _blamed_sides(ctx: Context, sides: list[Cluster]) -> list[Cluster]:
    """The sides outnumbered by the largest one. Two sides of one size: the one without the original
    edition (story.toml's `original`), else both: nothing says which is right. Three or more sides of
    one size: every edition disagrees with every other, and each is blamed."""
    sizes = [len(side.members) for side in sides]
    largest = max(sizes)
    original = ctx.analysis.story.config.original

    def is_original(side: Cluster) -> bool:
        return any(ctx.lang(k) == original for k in side.members)

    if sizes.count(largest) == 1:
        return [side for side in sides if len(side.members) < largest]
    if len(sides) == 2 and original and sum(map(is_original, sides)) == 1:
        return [side for side in sides if not is_original(side)]
    return list(sides)


def _altered_severity(ctx: Context, check: str, sides: list[Cluster], wrong: Cluster, right: dict[str, Fact],
                      tie_without_reference: bool) -> str:
    """An error unless something casts doubt on it:
    - a figure read in words on the blamed side, or the other side's lone figure read in words (words only
      confirm, unless two editions agree on them);
    - two sides of one size, both blamed, and the reference edition on neither: the segment's two other
      editions may not be saying the same thing at all;
    - names swapped where something does not vouch for both of one kind (sure_swap): worth a look."""
    doubts = (
        _read_in_words(wrong, right),
        tie_without_reference,
        check == "entities" and not sure_swap(sides, ctx),
    )
    return "warning" if any(doubts) else "error"


def _read_in_words(wrong: Cluster, right: dict[str, Fact]) -> bool:
    def plain(fact: Fact, rivals: Iterable[Fact]) -> bool:
        # a month named alone is no doubtful count in words ("one of", "both"): a side only in aligned
        # sentences (_firm), and plain there; so is a measure in words far from its rival
        return (not is_weak(fact) or is_named_month(fact) or is_fraction_in_words(fact) or is_magnitude(fact)
                or is_weekday(fact) or is_ordinal_of_a_head(fact)
                or is_quantity_in_words(fact) and all(measures_apart(fact, rival) for rival in rivals))

    # against two editions that agree, a count of three or more in words is as plain as its figure ("four Mirage
    # 2000s" where the others say "шість", "шесть"; "Three-room" for "2-кімнатні"): no wording says 4 for 6
    majority = len(right) >= 2
    all_in_figures = all(plain(f, right.values()) or (majority and _a_count_no_wording_rounds(f))
                         for f in wrong.members.values())
    # "two" and "двох" that two editions agree on confirm no "четверо" the third counts otherwise ("two 18-year-olds"
    # / "четверо подозреваемых в возрасте 17, 18 и 20"): worth a look (`_two_against_three`)
    other_side_confirms = (any(plain(f, wrong.members.values()) for f in right.values()) or majority) and not (
        _counts_of_two_or_more(list(right.values())) and all(float(f.value) < 3 for f in right.values()))
    return not (all_in_figures and other_side_confirms)


def _a_count_no_wording_rounds(fact: Fact) -> bool:
    """"six", "шість", "Three-room": a count or an ordinal in words of three or more, or a multiplier ("вдвічі",
    "twice"), which no wording says for another (see `_counts_in_words`)."""
    return fact.kind in ("count", "ordinal") and in_words(fact) and (float(fact.value) >= 3
                                                                      or fact.qualifier in (MULTIPLIER, FEWER_TIMES)
                                                                      or _counts_a_head(fact))


def _counts_a_head(fact: Fact) -> bool:
    """An ordinal in words read with the word it counts ("у другому читанні", "the first round":
    `ordinals.counted_heads`): no wording says "first" or "second" there for another."""
    return fact.kind == "ordinal" and len(re.split(r"[\s\-]+", fact.text.strip())) >= 2
