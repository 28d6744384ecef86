"""The cheap signals: figures and names that survive translation, and sentence length."""

import numpy as np
import pytest

from consistency.stages.align.anchors import anchor_similarity, extract_anchors, name_skeleton, numbers_in
from consistency.stages.align.length import gale_church_align, length_log_probability


@pytest.mark.parametrize(
    "text, numbers",
    [
        # a scale word multiplies its figure, so that the sum written in full anchors to it too
        ("$44.2 billion", ["44200000000"]),
        ("44,2 млрд доларів", ["44200000000"]),
        ("$44,200,000,000", ["44200000000"]),
        ("£5m and 5 m", ["5000000", "5"]),
        ("1,000 troops", ["1000"]),
        ("1 000 військових", ["1000"]),
        ("3,500.75 and 3.500,75", ["3500.75", "3500.75"]),
        ("in 2019 10 people", ["2019", "10"]),
        ("6-го грудня", ["6"]),
    ],
)
def test_figures_are_read_the_same_whatever_the_separators(text, numbers):
    assert numbers_in(text) == numbers


def test_names_written_in_latin_and_cyrillic_share_a_skeleton():
    assert name_skeleton("Austin") == name_skeleton("Остін") == name_skeleton("Остин")
    assert name_skeleton("Pentagon") == name_skeleton("Пентагон")
    assert name_skeleton("Washington") == name_skeleton("Вашингтон")


def test_anchor_similarity_counts_shared_figures_names_and_quotes():
    english = extract_anchors("Defense Secretary Lloyd Austin announced $175 million in aid.")
    ukrainian = extract_anchors("Міністр оборони Ллойд Остін оголосив про допомогу на 175 мільйонів доларів.")
    altered = extract_anchors("Міністр оборони Ллойд Остін оголосив про допомогу на 900 мільйонів доларів.")
    assert anchor_similarity(english, ukrainian) > anchor_similarity(english, altered)
    assert anchor_similarity(extract_anchors("it rained."), extract_anchors("йшов дощ.")) is None


def test_length_is_evidence_and_gale_church_aligns_by_length_alone():
    assert length_log_probability(100, 110, 1.1) == pytest.approx(0.0)
    assert length_log_probability(100, 300, 1.1) < -10
    left = ["a" * 40, "b" * 120, "c" * 60, "d" * 80]
    right = ["A" * 44, "B" * 61 + " " + "B" * 70, "C" * 66, "D" * 88]
    assert gale_church_align(left, right) == [((i,), (i,)) for i in range(4)]
    merged = [right[0], right[1], right[2] + " " + right[3]]
    assert gale_church_align(left, merged)[-1] == ((2, 3), (2,))


def test_embedder_embeds_each_text_once_and_keeps_vectors_on_disk(embedder, tmp_path):
    from consistency.stages.align import Embedder

    vectors = embedder.embed(["Міст відкрили.", "The bridge opened.", "Міст відкрили."])
    assert vectors.shape == (3, embedder.dim)
    assert np.array_equal(vectors[0], vectors[2])
    assert float(vectors[0] @ vectors[1]) > 0.8
    embedder.save_cache(tmp_path / "vectors.npz")
    fresh = Embedder()
    fresh.load_cache(tmp_path / "vectors.npz")
    assert np.array_equal(fresh.embed(["The bridge opened."])[0], vectors[1])


def test_length_log_probabilities_of_many_beads_are_those_of_one_bead_at_a_time():
    from consistency.stages.align.length import length_log_probabilities, length_log_probability

    left, right = [0, 1, 40, 120, 120, 900], [0, 0, 44, 60, 121, 100]
    for ratio in (0.9, 1.0, 1.13):
        assert length_log_probabilities(left, right, ratio).tolist() == [
            length_log_probability(a, b, ratio) for a, b in zip(left, right)]
