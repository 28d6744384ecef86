"""The align stage: sentence alignment between editions (the omission / addition / semantic checks built
on it live in `consistency.checks.alignment`).

    analysis = align_story(analysis, embedder=default_embedder())
    pandas.DataFrame(alignment_table(analysis.alignments["uk"], analysis))
"""

from consistency.stages.align.adhoc import analysis_from_sentences
from consistency.stages.align.aligner import align_story, pair_signals
from consistency.stages.align.dp import AlignerSettings
from consistency.stages.align.embed import Embedder, default_embedder
from consistency.stages.align.length import gale_church_align
from consistency.stages.align.table import alignment_table

__all__ = [
    "AlignerSettings",
    "Embedder",
    "align_story",
    "alignment_table",
    "analysis_from_sentences",
    "default_embedder",
    "gale_church_align",
    "pair_signals",
]
