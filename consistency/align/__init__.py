"""Sentence alignment between editions, and the omission / addition / semantic checks built on it.

    analysis = align_story(analysis, embedder=default_embedder())
    result = AlignmentCheck()(analysis)
    pandas.DataFrame(alignment_table(analysis.alignments["uk"], analysis))
"""

from .adhoc import analysis_from_sentences
from .aligner import align_story, align_texts, pair_signals
from .check import AlignmentCheck, sentence_support
from .dp import AlignerSettings
from .embed import Embedder, default_embedder
from .length import gale_church_align
from .table import alignment_table

__all__ = [
    "AlignerSettings",
    "AlignmentCheck",
    "Embedder",
    "align_story",
    "align_texts",
    "alignment_table",
    "analysis_from_sentences",
    "default_embedder",
    "gale_church_align",
    "pair_signals",
    "sentence_support",
]
