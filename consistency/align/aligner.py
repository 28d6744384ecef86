"""Align each edition to the reference edition: the `align` stage of the pipeline."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from functools import lru_cache

from ..model import Alignment, Analysis, Bead, Translation
from .dp import AlignerSettings, align_signals
from .embed import Embedder
from .signals import PairSignals, SignalWeights, compute_signals


def align_texts(
    reference: Sequence[str],
    edition: Sequence[str],
    *,
    embedder: Embedder | None = None,
    pivot: Sequence[str] | None = None,
    use_anchors: bool = True,
    settings: AlignerSettings = AlignerSettings(),
    weights: SignalWeights = SignalWeights(),
) -> tuple[tuple[Bead, ...], PairSignals]:
    """Align two lists of sentences; `pivot` is the edition's MT into the reference's language."""
    signals = compute_signals(
        reference, edition, embedder=embedder, pivot=pivot, use_anchors=use_anchors, weights=weights, band=settings.band
    )
    return align_signals(signals, settings), signals


def pivot_sentences(analysis: Analysis, key: str) -> tuple[str, ...] | None:
    """The MT of an edition into the pivot language, when a real translation exists."""
    translation: Translation | None = analysis.translations.get(key)
    if translation is None or translation.translator in ("none", "pass-through"):
        return None
    if len(translation.sentences) != len(analysis.segmentations[key].sentences):
        return None
    return tuple(translation.sentences)


@lru_cache(maxsize=16)
def _story_signals(reference: tuple[str, ...], edition: tuple[str, ...], embedder: Embedder | None,
                   pivot: tuple[str, ...] | None) -> PairSignals:
    """The aligner and the check both need one edition's signals: computed once (read-only after)."""
    return compute_signals(reference, edition, embedder=embedder, pivot=pivot, band=AlignerSettings().band)


def pair_signals(analysis: Analysis, key: str, *, embedder: Embedder | None) -> PairSignals:
    """The similarities the aligner saw for one edition."""
    reference = tuple(s.text for s in analysis.segmentations[analysis.reference].sentences)
    edition = tuple(s.text for s in analysis.segmentations[key].sentences)
    return _story_signals(reference, edition, embedder, pivot_sentences(analysis, key))


def align_story(analysis: Analysis, *, embedder: Embedder | None) -> Analysis:
    """Fill `analysis.alignments` for every edition but the reference."""
    alignments = dict(analysis.alignments)
    for key in sorted(analysis.segmentations):
        if key == analysis.reference:
            continue
        signals = pair_signals(analysis, key, embedder=embedder)
        beads = align_signals(signals)
        alignments[key] = Alignment(reference=analysis.reference, edition=key, beads=beads, signals=signals.signals)
    signature = dict(analysis.signature)
    signature["align"] = {
        "embedder": embedder.signature() if embedder is not None else None,
        "settings": AlignerSettings().as_dict(),
        "weights": dataclasses.asdict(SignalWeights()),
    }
    return dataclasses.replace(analysis, alignments=alignments, signature=signature)
