"""The aligner's programme, filled a row at a time in numpy, chooses the beads a plain cell-by-cell
programme chooses: the same costs, and the same shape where two beads cost the same."""

import math
import random

import numpy as np
import pytest

from consistency.model import Bead
from consistency.stages.align.dp import BEAD_SHAPES, AlignerSettings, _visited, align_signals
from consistency.stages.align.signals import compute_signals


def cell_by_cell(signals, settings, paragraphs):
    """The programme written the plain way: every visited cell, every shape, the strictly cheaper wins."""
    n, m = len(signals.reference), len(signals.edition)
    if paragraphs is not None and not (paragraphs[0] and paragraphs[1] and paragraphs[0][-1] == paragraphs[1][-1] >= 1):
        paragraphs = None

    def bead_cost(shape, i, j):
        a, b = shape
        if a == 0 or b == 0:
            return settings.skip_cost * (a + b)
        similarity = min(max(float(signals.combined[shape][i, j]), -1.0), 1.0)
        cost = (a + b) * (1.0 - similarity)
        cost += {(2, 1): settings.merge_penalty, (1, 2): settings.merge_penalty,
                 (2, 2): settings.double_penalty}.get(shape, 0.0)
        cost -= settings.length_weight * max(signals.length_at(shape, i, j), settings.length_floor)
        if paragraphs is not None and set(paragraphs[0][i:i + a]) != set(paragraphs[1][j:j + b]):
            cost += settings.paragraph_penalty
        return cost

    cost = np.full((n + 1, m + 1), math.inf)
    back = {}
    cost[0, 0] = 0.0
    for i in range(n + 1):
        for j in _visited(signals, i, n, m):
            for a, b in BEAD_SHAPES:
                if a > i or b > j or (a, b) == (0, 0) or cost[i - a, j - b] == math.inf:
                    continue
                total = cost[i - a, j - b] + bead_cost((a, b), i - a, j - b)
                if total < cost[i, j]:
                    cost[i, j], back[i, j] = total, (a, b)
    beads, i, j = [], n, m
    while i or j:
        a, b = back[i, j]
        i, j = i - a, j - b
        score = 0.0 if not (a and b) else float(np.clip(signals.combined[(a, b)][i, j], 0.0, 1.0))
        beads.append(Bead(tuple(range(i, i + a)), tuple(range(j, j + b)), round(score, 4)))
    return tuple(reversed(beads))


def random_story(seed, n, m):
    rng = random.Random(seed)
    words = ["Kyiv", "Umerov", "budget", "12", "175", "said", "the", "army", "rose", "Київ", "Умєров", "бюджет"]
    reference = [" ".join(rng.choices(words, k=rng.randint(2, 12))) + "." for _ in range(n)]
    edition = [" ".join(rng.choices(words, k=rng.randint(2, 12))) + "." for _ in range(m)]
    signals = compute_signals(reference, edition, band=3)
    for shape, matrix in signals.combined.items():
        # coarse values, so that beads of equal cost are common and the tie rule is put to the test
        signals.combined[shape] = np.round(np.array([[rng.random() for _ in row] for row in matrix]) * 4) / 4
    paragraphs = (sorted(rng.randint(0, 3) for _ in range(n)), sorted(rng.randint(0, 3) for _ in range(m)))
    return signals, paragraphs


@pytest.mark.parametrize("seed", range(12))
def test_the_row_at_a_time_programme_chooses_the_beads_a_cell_by_cell_programme_chooses(seed):
    n, m = 3 + seed * 2, 2 + seed * 3 % 17
    signals, paragraphs = random_story(seed, n, m)
    # a skip as dear as a quarter of a bead's similarity, and length left out: beads of equal cost abound
    for settings in (AlignerSettings(), AlignerSettings(skip_cost=0.5, length_weight=0.0, merge_penalty=0.5)):
        for given in (None, paragraphs, (paragraphs[0][::-1], paragraphs[1])):  # the last out of reading order
            assert align_signals(signals, settings, given) == cell_by_cell(signals, settings, given)


def test_a_story_of_one_sentence_a_side_and_one_side_empty():
    signals = compute_signals(["One."], ["Одне."])
    assert align_signals(signals) == cell_by_cell(signals, AlignerSettings(), None)
    signals = compute_signals(["One.", "Two."], [])
    assert [(b.reference, b.edition) for b in align_signals(signals)] == [((0,), ()), ((1,), ())]
