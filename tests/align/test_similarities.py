"""The aligner's similarities computed cheaply and exactly: a two-sentence block's vector embedded as text,
or its sentences' vectors summed, which spares the model a second pass over the story, or summed except
around the beads that are not one to one (the default: benchmarks/alignment.py --block-vectors compares
them); the MT chrF of each cell, sacrebleu's own."""

from __future__ import annotations

import numpy as np
import pytest

from consistency.stages.align.signals import compute_signals


class CountingEmbedder:
    """A real-shaped embedder: unit vectors from the letters of each text, and how many texts it embedded."""

    def __init__(self) -> None:
        self.seen: list[str] = []

    def signature(self) -> str:
        return "counting"

    def embed(self, texts):
        self.seen += list(texts)
        vectors = np.array([[text.count(c) + 0.1 for c in "abcdefghij"] for text in texts], dtype=np.float32)
        return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


REFERENCE = ["abc abc.", "def def.", "ghi ghi.", "abj abj."]
EDITION = ["abc.", "def ghi.", "abj."]


def test_summed_sentence_vectors_spare_the_model_the_blocks():
    model, summed = CountingEmbedder(), CountingEmbedder()
    by_model = compute_signals(REFERENCE, EDITION, embedder=model, block_vectors="model")
    by_sum = compute_signals(REFERENCE, EDITION, embedder=summed, block_vectors="sentences")
    assert len(model.seen) == len(REFERENCE) + len(EDITION) + (len(REFERENCE) - 1) + (len(EDITION) - 1)
    assert len(summed.seen) == len(REFERENCE) + len(EDITION)
    assert by_sum.embedding[(2, 1)].shape == by_model.embedding[(2, 1)].shape
    # "def ghi." is the reference's sentences 1 and 2 together, by either vector
    assert np.argmax(by_sum.embedding[(2, 1)][:, 1]) == 1


def test_where_needed_the_model_embeds_only_the_blocks_around_a_bead_that_is_not_one_to_one():
    from consistency.stages.align import align_story, analysis_from_sentences
    from consistency.stages.align.dp import AlignerSettings

    settings = AlignerSettings(block_vectors="where-needed")
    more = ["cde", "fgh", "hij", "aei", "bfj", "cgh", "dij", "acf"]
    reference = REFERENCE + [f"{w} {w}." for w in more]
    edition = EDITION + [f"{w}." for w in more]
    clean, merged = CountingEmbedder(), CountingEmbedder()
    same = analysis_from_sentences({"en": reference, "uk": reference}, reference="en")
    assert [(b.reference, b.edition) for b in align_story(same, embedder=clean, settings=settings)
            .alignments["uk"].beads] == [((k,), (k,)) for k in range(len(reference))]
    assert set(clean.seen) == set(reference)  # the sentences, and no two-sentence block

    story = analysis_from_sentences({"en": reference, "uk": edition}, reference="en")
    aligned = align_story(story, embedder=merged, settings=settings)
    assert [(b.reference, b.edition) for b in aligned.alignments["uk"].beads] == [
        ((0,), (0,)), ((1, 2), (1,)), *[((k + 1,), (k,)) for k in range(2, len(edition))]]
    blocks = [text for text in merged.seen if text not in reference + edition]
    assert "def def. ghi ghi." in blocks  # the merged pair, embedded as text by the model
    assert len(blocks) < (len(reference) - 1) + (len(edition) - 1)  # those near the merge, not every block

    # a story too short for its blocks' scores to be put on its scale has all its few blocks embedded
    short = CountingEmbedder()
    align_story(analysis_from_sentences({"en": REFERENCE, "uk": REFERENCE}, reference="en"), embedder=short,
                settings=settings)
    assert "abc abc. def def." in short.seen


def test_an_unknown_way_is_refused():
    with pytest.raises(ValueError, match="block_vectors must be one of model, sentences, where-needed"):
        compute_signals(REFERENCE, EDITION, embedder=CountingEmbedder(), block_vectors="average")


def test_the_mt_chrf_of_every_cell_is_sacrebleus_sentence_chrf():
    from sacrebleu.metrics import CHRF

    from consistency.stages.align.signals import blocks

    reference = ["The minister met his counterpart in Kyiv on Monday.", "They discussed air defence.",
                 "A new package worth $175 million was announced.", "Talks will continue next month."]
    pivot = ["On Monday the minister met the counterpart in Kyiv.", "Air defence was discussed.",
             "A package of 175 million dollars was announced.", ""]
    signals = compute_signals(reference, pivot, pivot=pivot)
    chrf = CHRF()
    for (a, b), matrix in signals.chrf.items():
        for i, j in zip(*np.nonzero(np.isfinite(matrix))):
            expected = chrf.sentence_score(blocks(pivot, b)[j], [blocks(reference, a)[i]]).score / 100
            assert matrix[i, j] == pytest.approx(expected, abs=1e-12)
