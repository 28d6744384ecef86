"""Step 4 of the facts check (see check.py): the editions compared with an outside source (a press release)."""

from __future__ import annotations

from consistency.checks.facts.clusters import Segment
from consistency.checks.facts.context import Context, Tally
from consistency.checks.facts.findings import make_finding
from consistency.checks.facts.relations import check_for, describe, distance, is_weak, rival
from consistency.model import EDITION_SEPARATOR, Fact, Finding


def against_source(ctx: Context, source: str, segment: Segment, tally: Tally) -> list[Finding]:
    """A source fact no edition states: altered (error) where an edition has a rival figure in the same
    slot, else missing (a warning: sources carry more). Where some editions do state it, the
    comparison between editions has already said which one differs."""
    facts = segment.facts
    findings: list[Finding] = []
    # an edition's figure stands as the rival of one source fact only
    used: dict[str, set[int]] = {k: set() for k in ctx.editions}
    for sfact in facts[source]:
        if is_weak(sfact):
            continue
        if any(ctx.tolerances.relation(sfact, f) for k in ctx.editions for f in facts[k]):
            continue
        if any(ctx.tolerances.found_in(sfact, ctx.doc_index(k)) for k in ctx.editions):
            continue
        check = check_for(sfact)
        lacking: list[str] = []
        for k in ctx.editions:
            rivals = [f for f in facts[k] if not is_weak(f) and id(f) not in used[k] and rival(sfact, f)
                      and not any(ctx.tolerances.relation(f, s2) for s2 in facts[source])]
            if rivals and check != "entities":
                other = min(rivals, key=lambda f: (distance(sfact, f), f.start))
                used[k].add(id(other))
                findings.append(_altered(ctx, source, sfact, k, other))
                tally.add(k, "altered")
            else:
                lacking.append(k)
                tally.add(k, "missing")
        if lacking:
            # one finding for the fact, naming every edition that lacks it: four figures of a press release
            # no edition retells are four warnings, not twelve that drown the one error
            findings.append(_missing(ctx, source, sfact, tuple(lacking), segment))
    return findings


def _altered(ctx: Context, source: str, sfact: Fact, edition: str, other: Fact) -> Finding:
    what = rival(sfact, other)
    msg = f"{what} altered against source {source}: {describe(other)} ({edition}) where {source} has {describe(sfact)}"
    return make_finding(ctx.analysis, check_for(sfact), "error", edition, "altered", msg,
                        {source: sfact, edition: other})


def _missing(ctx: Context, source: str, sfact: Fact, editions: tuple[str, ...], segment: Segment) -> Finding:
    check = check_for(sfact)
    # a source names far more people, places and bodies than a news edition retells, and
    # another name in the same sentence is no replacement of it: a hint, not a warning
    severity = "info" if check == "entities" else "warning"
    named = editions[0] if len(editions) == 1 else ", ".join(editions[:-1]) + " or " + editions[-1]
    msg = f"missing: {describe(sfact)} (source {source}) is not in {named}"
    return make_finding(ctx.analysis, check, severity, EDITION_SEPARATOR.join(editions), "missing", msg,
                        {source: sfact}, segment=segment.sentences, lacking=editions)
