"""The aligner: dynamic programming over beads, as Vecalign and Bertalign do.

Cost of a bead = (sentences in it) × (1 − similarity) + a penalty for its shape − a weight × the
Gale–Church log-probability of its length ratio; an unmatched sentence (1-0, 0-1) costs
`skip_cost`. Counting sentences makes a true merge (2-1 with a high similarity) cheaper than a
1-1 plus a skip, while a sentence merged into an unrelated neighbour drags the whole bead down.
Where both texts have as many paragraphs, a bead whose two sides lie in different paragraphs (paragraph
i of one text against paragraph j of the other) costs `paragraph_penalty` more: editions keep their
paragraphs, and a split sentence stays inside its paragraph.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass

import numpy as np

from consistency.model import Bead
from consistency.stages.align.signals import PairSignals

BEAD_SHAPES = ((1, 1), (1, 0), (0, 1), (2, 1), (1, 2), (2, 2))


@dataclass(frozen=True)
class AlignerSettings:
    """Costs tuned on NTREX-128 en–uk/en–ru with merged and split sentences (benchmarks/alignment.py)."""

    skip_cost: float = 0.9
    merge_penalty: float = 0.3  # 2-1 and 1-2
    double_penalty: float = 1.5  # 2-2 (two 1-1 beads are nearly always the truth)
    length_weight: float = 0.08
    length_floor: float = -12.0  # log-probabilities below this count as this (a cap on the length cost)
    band: int = 20  # sentences either side of the diagonal, plus the difference in sentence counts
    paragraph_penalty: float = 1.0  # a bead across paragraphs, where the texts have as many paragraphs
    # a two-sentence block's vector: "model" embeds the block's text, "sentences" sums its two sentences'
    # vectors (no second pass of the model; benchmarks/alignment.py --block-vectors compares them)
    block_vectors: str = "model"

    def as_dict(self) -> dict[str, float | str]:
        return asdict(self)


def bead_cost(signals: PairSignals, settings: AlignerSettings, shape: tuple[int, int], i: int, j: int,
              paragraphs: tuple[Sequence[int], Sequence[int]] | None = None) -> float:
    a, b = shape
    if a == 0 or b == 0:
        return settings.skip_cost * (a + b)
    # capped at 1: above "as similar as the story's best pairs" a bead must not earn a bonus per
    # sentence, or a merge of a very close pair with its neighbour would beat two 1-1 beads
    similarity = min(max(float(signals.combined[shape][i, j]), -1.0), 1.0)  # np.clip, without its overhead
    cost = (a + b) * (1.0 - similarity)
    if shape in ((2, 1), (1, 2)):
        cost += settings.merge_penalty
    elif shape == (2, 2):
        cost += settings.double_penalty
    cost -= settings.length_weight * max(signals.length_at(shape, i, j), settings.length_floor)
    if paragraphs is not None and set(paragraphs[0][i : i + a]) != set(paragraphs[1][j : j + b]):
        cost += settings.paragraph_penalty
    return cost


def align_signals(signals: PairSignals, settings: AlignerSettings = AlignerSettings(),
                  paragraphs: tuple[Sequence[int], Sequence[int]] | None = None) -> tuple[Bead, ...]:
    """The cheapest beads; `paragraphs` (the paragraph of each sentence of the reference and of the edition)
    counts only where both texts have as many paragraphs, two or more."""
    n, m = len(signals.reference), len(signals.edition)
    if paragraphs is not None and not _parallel_paragraphs(*paragraphs):
        paragraphs = None
    inf = float("inf")
    cost = np.full((n + 1, m + 1), inf)
    back = np.zeros((n + 1, m + 1, 2), dtype=np.int8)
    cost[0, 0] = 0.0
    for i in range(n + 1):
        for j in _visited(signals, i, n, m):
            for a, b in BEAD_SHAPES:
                if a > i or b > j or (a, b) == (0, 0):
                    continue
                previous = cost[i - a, j - b]
                if previous == inf:
                    continue
                total = previous + bead_cost(signals, settings, (a, b), i - a, j - b, paragraphs)
                if total < cost[i, j]:
                    cost[i, j] = total
                    back[i, j] = (a, b)
    beads = []
    i, j = n, m
    while i or j:
        a, b = (int(x) for x in back[i, j])
        i, j = i - a, j - b
        score = 0.0 if not (a and b) else float(np.clip(signals.combined[(a, b)][i, j], 0.0, 1.0))
        beads.append(Bead(tuple(range(i, i + a)), tuple(range(j, j + b)), round(score, 4)))
    return tuple(reversed(beads))


def _parallel_paragraphs(reference: Sequence[int], edition: Sequence[int]) -> bool:
    return bool(reference) and bool(edition) and reference[-1] == edition[-1] >= 1


def _visited(signals: PairSignals, i: int, n: int, m: int) -> list[int]:
    """The columns of row i the programme fills, in order: the band around the diagonal and the grid's
    edges (every column of the first and last rows, the first and last column of the others). Only
    those are looked at: visiting every cell to skip most of them was quadratic in the sentences."""
    if i == 0 or i == n:
        return list(range(m + 1))
    inside = [j for j in signals.band_columns(i) if signals.in_band(i, j)]
    return sorted({0, m, *inside})
