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
    # vectors (no second pass of the model), "where-needed" sums them but has the model embed the blocks
    # around the beads that are not one to one, and aligns again: a clean story needs the model for its
    # sentences alone. The same findings as "model" on NTREX and WMT22 (real_news.py --embeddings) and
    # alignment F1 within 0.003 (benchmarks/alignment.py --block-vectors compares them)
    block_vectors: str = "where-needed"

    def as_dict(self) -> dict[str, float | str]:
        return asdict(self)


def bead_costs(signals: PairSignals, settings: AlignerSettings, shape: tuple[int, int], rows: np.ndarray,
               cols: np.ndarray, paragraphs: tuple[Sequence[int], Sequence[int]] | None = None) -> np.ndarray:
    """The cost of the beads of one shape whose blocks start at (rows[k], cols[k]), all at once."""
    a, b = shape
    if a == 0 or b == 0:
        return np.full(len(rows), settings.skip_cost * (a + b))
    # capped at 1: above "as similar as the story's best pairs" a bead must not earn a bonus per
    # sentence, or a merge of a very close pair with its neighbour would beat two 1-1 beads
    similarity = np.minimum(np.maximum(signals.combined[shape][rows, cols], -1.0), 1.0)
    cost = (a + b) * (1.0 - similarity)
    if shape in ((2, 1), (1, 2)):
        cost += settings.merge_penalty
    elif shape == (2, 2):
        cost += settings.double_penalty
    length = signals.length[shape][rows, cols]
    for k in np.flatnonzero(np.isnan(length)):  # outside the band: the grid's edges, computed when asked
        length[k] = signals.length_at(shape, int(rows[k]), int(cols[k]))
    cost -= settings.length_weight * np.maximum(length, settings.length_floor)
    if paragraphs is not None:
        cost += np.where(_across_paragraphs(paragraphs, shape, rows, cols), settings.paragraph_penalty, 0.0)
    return cost


def _across_paragraphs(paragraphs: tuple[Sequence[int], Sequence[int]], shape: tuple[int, int], rows: np.ndarray,
                       cols: np.ndarray) -> np.ndarray:
    """Whether each bead's two sides lie in different sets of paragraphs."""
    (a, b), (reference, edition) = shape, paragraphs
    if all(x <= y for p in (reference, edition) for x, y in zip(p, p[1:])):
        # in reading order, a block's paragraphs (one or two) are its first sentence's and its last's
        ref, ed = np.asarray(reference), np.asarray(edition)
        return (ref[rows] != ed[cols]) | (ref[rows + a - 1] != ed[cols + b - 1])
    return np.array([set(reference[r:r + a]) != set(edition[c:c + b]) for r, c in zip(rows.tolist(), cols.tolist())],
                    dtype=bool)


def align_signals(signals: PairSignals, settings: AlignerSettings = AlignerSettings(),
                  paragraphs: tuple[Sequence[int], Sequence[int]] | None = None) -> tuple[Bead, ...]:
    """The cheapest beads; `paragraphs` (the paragraph of each sentence of the reference and of the edition)
    counts only where both texts have as many paragraphs, two or more.

    Filled a row at a time: the beads that come from earlier rows in numpy over the row's columns, then
    the skips along the row (each cell's depends on the cell before it) in one pass. A tie goes to the
    shape listed first in BEAD_SHAPES, as a cell-by-cell programme that keeps a strictly cheaper bead
    would choose (tests/align/test_dp.py holds one and compares)."""
    n, m = len(signals.reference), len(signals.edition)
    if paragraphs is not None and not _parallel_paragraphs(*paragraphs):
        paragraphs = None
    inf = float("inf")
    cost = np.full((n + 1, m + 1), inf)
    back = np.zeros((n + 1, m + 1, 2), dtype=np.int8)
    cost[0, 0] = 0.0
    visited = [np.asarray(_visited(signals, i, n, m)) for i in range(n + 1)]
    steps = _step_costs(signals, settings, paragraphs, visited)
    skip_rank, no_bead = BEAD_SHAPES.index((0, 1)), len(BEAD_SHAPES)
    for i, cols in enumerate(visited):
        best = np.full(len(cols), inf)
        best_rank = np.full(len(cols), no_bead)
        for rank, (a, b) in enumerate(BEAD_SHAPES):
            if a == 0 or a > i or (a, b) not in steps:
                continue
            reachable, step = steps[(a, b)][i]
            total = cost[i - a, cols[reachable] - b] + step
            better = total < best[reachable]
            best[reachable[better]] = total[better]
            best_rank[reachable[better]] = rank
        row_cost, row_rank = best.tolist(), best_rank.tolist()
        previous_j, previous_cost = -1, inf
        for k, j in enumerate(cols.tolist()):
            if i == 0 and j == 0:
                row_cost[k] = 0.0
            elif previous_j == j - 1:  # a skip in the edition: from the cell before, on this row
                total = previous_cost + settings.skip_cost
                if total < row_cost[k] or (total == row_cost[k] and row_rank[k] > skip_rank):
                    row_cost[k], row_rank[k] = total, skip_rank
            previous_j, previous_cost = j, row_cost[k]
        cost[i, cols] = row_cost
        back[i, cols] = [BEAD_SHAPES[r] if r < no_bead else (0, 0) for r in row_rank]
    beads = []
    i, j = n, m
    while i or j:
        a, b = (int(x) for x in back[i, j])
        i, j = i - a, j - b
        score = 0.0 if not (a and b) else float(np.clip(signals.combined[(a, b)][i, j], 0.0, 1.0))
        beads.append(Bead(tuple(range(i, i + a)), tuple(range(j, j + b)), round(score, 4)))
    return tuple(reversed(beads))


def path_cost(signals: PairSignals, beads: Sequence[Bead], settings: AlignerSettings = AlignerSettings()) -> float:
    """What `beads` cost in the aligner's terms (no paragraphs): to weigh another path against its best."""
    total = 0.0
    for bead in beads:
        shape = (len(bead.reference), len(bead.edition))
        rows, cols = np.array([bead.reference[:1] or (0,)]).ravel(), np.array([bead.edition[:1] or (0,)]).ravel()
        total += float(bead_costs(signals, settings, shape, rows, cols)[0])
    return total


def _step_costs(signals: PairSignals, settings: AlignerSettings, paragraphs: tuple[Sequence[int], Sequence[int]] | None,
                visited: list[np.ndarray]) -> dict[tuple[int, int], list[tuple[np.ndarray, np.ndarray]]]:
    """For each shape that takes a row, and each row i: the positions among row i's visited columns that
    the shape can reach, and its bead's cost there, computed for the whole grid in one call per shape."""
    steps: dict[tuple[int, int], list[tuple[np.ndarray, np.ndarray]]] = {}
    for a, b in BEAD_SHAPES:
        if a == 0 or (b and (a, b) not in signals.combined):
            continue
        rows = range(a, len(visited))
        reachable = [np.flatnonzero(visited[i] >= b) for i in rows]
        starts = np.concatenate([np.full(len(r), i - a) for i, r in zip(rows, reachable)] or [np.zeros(0, int)])
        ends = np.concatenate([visited[i][r] - b for i, r in zip(rows, reachable)] or [np.zeros(0, int)])
        costs = np.split(bead_costs(signals, settings, (a, b), starts.astype(int), ends.astype(int), paragraphs),
                         np.cumsum([len(r) for r in reachable])[:-1])
        steps[(a, b)] = [(np.zeros(0, int), np.zeros(0))] * a + list(zip(reachable, costs))
    return steps


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
