"""FactsCheck: the facts of every edition compared with every other edition, with each source, and with
each edition's MT output.

How it decides (so a finding can be explained):
1. Segments (segments.py). When every edition is aligned to `analysis.reference`, the beads make
   segments: the reference sentences of a bead and the edition sentences aligned to them (beads sharing
   a reference sentence are merged; an edition sentence aligned to nothing joins the segment before it).
   Otherwise the whole document is one segment.
2. Clusters (clusters.py). In each segment the editions' facts are grouped: a fact joins the cluster
   holding a fact it matches (equal, a unit conversion, a rounding) from another edition, equal matches
   first. A figure an edition repeats in the segment forms clusters of its own, which pair but never go
   missing. Comparing every pair of editions is the same as reading these clusters, and it yields each
   difference once.
3. Blame (blame.py, alterations.py). A cluster missing from some editions is a fact missing there when
   most editions have it (else the editions that have it added it); an edition that states it elsewhere
   as often is only placed differently, and one that states it elsewhere less often has lost a mention
   (a warning). Clusters that fill the same slot (two sums of money) and share no edition are an
   alteration; the outnumbered sides are where it is seen. On a tie the side without story.toml's
   `original` is, and with no original declared every side is: nothing tells which edition is right.
   Figures written as words only confirm, unless two editions agree on one ("Twenty per cent").
4. Sources (sources.py; a press release) carry more than the editions: a source fact no edition has is
   a warning.
5. MT (mt.py): a fact all editions agree on that an edition's MT output lost or changed is a
   "mt-induced" warning about the translation, not an error of the edition.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from consistency.checks.base import Check
from consistency.checks.facts.blame import blame
from consistency.checks.facts.clusters import read_segment
from consistency.checks.facts.context import Context, Tally, Tolerances
from consistency.checks.facts.findings import dedupe
from consistency.checks.facts.mt import mt_induced
from consistency.checks.facts.segments import segments
from consistency.checks.facts.sources import against_source
from consistency.model import Analysis, Finding


@dataclass(frozen=True, kw_only=True)
class FactsCheck(Check):
    """Compare figures, dates and names across editions, sources and MT output (see module docs)."""

    name = "facts"
    produces = ("numbers", "dates", "entities")
    requires = ("segmentations", "translations", "facts", "pivot_facts")
    thresholds = ("rounding_tolerance", "conversion_tolerance")

    # compare each edition's facts with those read in its MT output (mt-induced warnings)
    mt: bool = True

    def run(self, analysis: Analysis) -> tuple[list[Finding], dict]:
        ctx = Context.of(analysis, Tolerances.of(analysis.story.config.thresholds))
        sentence_groups, mode = segments(analysis, ctx.editions_and_sources)
        ctx = replace(ctx, segmentation=tuple(sentence_groups))
        tally = Tally.over(ctx.editions_and_sources)
        findings: list[Finding] = []
        for sentences in sentence_groups:
            segment = read_segment(ctx, sentences)
            findings += blame(ctx, segment, tally)
            for source in ctx.sources:
                findings += against_source(ctx, source, segment, tally)
            if self.mt:
                findings += mt_induced(ctx, segment, tally)
        # the mode (segments from the alignment, or the whole document) is a fact of the story, not a setting
        return dedupe(findings), {"mode": mode, "editions": tally.as_scores()}
