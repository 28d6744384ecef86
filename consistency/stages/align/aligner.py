"""Align each edition to the reference edition: the `align` stage of the pipeline.

The similarities the aligner computes for an edition (`PairSignals`) stay in `analysis.signals`, so the
alignment check and the notebook's plots read them instead of computing them again.
"""

from __future__ import annotations

import dataclasses
from collections.abc import MutableMapping, Sequence

from consistency.model import Alignment, Analysis, Bead, Translation
from consistency.stages.align.dp import AlignerSettings, align_signals
from consistency.stages.align.embed import Embedder
from consistency.stages.align.signals import PairSignals, SignalWeights, compute_signals


def pivot_sentences(analysis: Analysis, key: str) -> tuple[str, ...] | None:
    """The MT of an edition into the pivot language, when a real translation exists."""
    translation: Translation | None = analysis.translations.get(key)
    if translation is None or translation.translator in ("none", "pass-through"):
        return None
    if len(translation.sentences) != len(analysis.segmentations[key].sentences):
        return None
    return tuple(translation.sentences)


def pair_signals(analysis: Analysis, key: str, *, embedder: Embedder | None,
                 settings: AlignerSettings = AlignerSettings(),
                 cache: MutableMapping[tuple, PairSignals] | None = None) -> PairSignals:
    """The similarities between the reference's sentences and one edition's (embeddings, MT chrF, anchors,
    length), as the aligner sees them. With a `cache` (the pipeline's Resources hold one), a pair of texts
    seen before in this process (a notebook re-running a story, a test session) is not computed again."""
    reference = tuple(s.text for s in analysis.segmentations[analysis.reference].sentences)
    edition = tuple(s.text for s in analysis.segmentations[key].sentences)
    pivot = pivot_sentences(analysis, key)
    cache_key = (reference, edition, pivot, embedder.signature() if embedder is not None else None, settings.band,
                 settings.block_vectors)
    if cache is not None and cache_key in cache:
        return cache[cache_key]
    signals = compute_signals(reference, edition, embedder=embedder, pivot=pivot, band=settings.band,
                              block_vectors=settings.block_vectors)
    if cache is not None:
        cache[cache_key] = signals
    return signals


# two-sentence blocks either side of such a bead that get the model's vectors: with 1, omissions and
# additions were found a little less often than with the model's vectors everywhere (benchmarks/alignment.py)
DECISION_REACH = 3


def decision_blocks(beads: Sequence[Bead]) -> tuple[list[int], list[int]]:
    """The two-sentence blocks (by first sentence) of the reference and the edition within DECISION_REACH
    of a bead that is not one to one: where a merge, a split or a skip was or could be chosen."""
    reference: list[int] = []
    edition: list[int] = []
    ref_at = ed_at = 0  # the sentences before the bead
    for bead in beads:
        if (len(bead.reference), len(bead.edition)) != (1, 1):
            reference += range(ref_at - DECISION_REACH, ref_at + len(bead.reference) + DECISION_REACH)
            edition += range(ed_at - DECISION_REACH, ed_at + len(bead.edition) + DECISION_REACH)
        ref_at += len(bead.reference)
        ed_at += len(bead.edition)
    return reference, edition


def align_story(analysis: Analysis, *, embedder: Embedder | None, settings: AlignerSettings = AlignerSettings(),
                signals_cache: MutableMapping[tuple, PairSignals] | None = None) -> Analysis:
    """Fill `analysis.alignments` and `analysis.signals` for every edition but the reference."""
    alignments = dict(analysis.alignments)
    signals = dict(analysis.signals)
    for key in sorted(analysis.segmentations):
        if key == analysis.reference:
            continue
        signals[key] = pair_signals(analysis, key, embedder=embedder, settings=settings, cache=signals_cache)
        paragraphs = tuple([s.paragraph for s in analysis.segmentations[k].sentences] for k in (analysis.reference, key))
        beads = align_signals(signals[key], settings, paragraphs)
        # block_vectors "where-needed": the model's vectors for the blocks around every bead that is not
        # one sentence to one, then align again, until no new block is asked for (so that the signals kept
        # for a rerun give the same beads at once)
        while signals[key].embed_blocks(*decision_blocks(beads)):
            beads = align_signals(signals[key], settings, paragraphs)
        alignments[key] = Alignment(reference=analysis.reference, edition=key, beads=beads, signals=signals[key].signals)
    signature = dict(analysis.signature)
    signature["align"] = {
        "embedder": embedder.signature() if embedder is not None else None,
        "settings": settings.as_dict(),
        "weights": dataclasses.asdict(SignalWeights()),
    }
    return dataclasses.replace(analysis, alignments=alignments, signals=signals, signature=signature)
