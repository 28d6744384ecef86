"""Similarity of every candidate bead of two texts, from whatever evidence is available.

A candidate bead is a block of one or two consecutive sentences on each side. Each signal gives a
matrix per block shape; raw scores are put on one scale per story, because multilingual embedding
cosines are squeezed high (parallel ≈ 0.86–0.94, unrelated ≈ 0.75 with e5) and their range moves
from one language pair to another: 0 means "like an unrelated pair of this story", 1 "like the
story's best-matching pairs" (after Vecalign, which normalises cosines by the text's own pairs).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from consistency.stages.align.anchors import Anchors, NameMatcher, anchor_similarity, extract_anchors
from consistency.stages.align.embed import Embedder
from consistency.stages.align.length import length_log_probabilities, length_log_probability, length_ratio

SHAPES = ((1, 1), (2, 1), (1, 2), (2, 2))
# (median of all pairs, median of best pairs) measured on NTREX-128 en–uk/en–ru documents; used when
# a story is too short to estimate its own scale (fewer than MIN_PAIRS sentence pairs)
EMBEDDING_PRIOR = (0.745, 0.865)
CHRF_PRIOR = (0.15, 0.55)
MIN_PAIRS = 16
MIN_SPREAD = 0.04
# Anchors that find no partner are weak evidence against a pair (a name may be inflected or
# transliterated past recognition: Poland / Польщі), so a full miss scores this, not 0.
ANCHOR_FLOOR = 0.3


@dataclass(frozen=True)
class SignalWeights:
    embeddings: float = 1.0
    mt_chrf: float = 1.0
    anchors: float = 0.35


@dataclass
class PairSignals:
    """Block similarities of a reference text and an edition. Matrices are indexed by the first
    sentence of each block: `combined[(2, 1)][i, j]` is sentences i, i+1 of the reference against
    sentence j of the edition."""

    reference: tuple[str, ...]
    edition: tuple[str, ...]
    band: int
    signals: tuple[str, ...]
    combined: dict[tuple[int, int], np.ndarray] = field(default_factory=dict)  # all signals but length
    content: dict[tuple[int, int], np.ndarray] = field(default_factory=dict)  # embeddings and MT chrF only
    embedding: dict[tuple[int, int], np.ndarray] = field(default_factory=dict)  # raw cosines
    chrf: dict[tuple[int, int], np.ndarray] = field(default_factory=dict)  # raw chrF / 100
    anchors: dict[tuple[int, int], np.ndarray] = field(default_factory=dict)  # NaN where no anchors; 0.5 neutral
    # log-probabilities, computed only where the aligner reads them (its band, the first row and column);
    # NaN elsewhere: `length_at` computes any other cell
    length: dict[tuple[int, int], np.ndarray] = field(default_factory=dict)
    scale: dict[str, tuple[float, float]] = field(default_factory=dict)
    # characters of each block by shape, and the story's length ratio: what `length_at` needs
    block_chars: dict[tuple[int, int], tuple[list[int], list[int]]] = field(default_factory=dict, repr=False)
    ratio: float = 1.0
    # block_vectors="where-needed": what `embed_blocks` needs to put the model's block vectors in later
    blocks_to_embed: _BlockVectors | None = field(default=None, repr=False)
    # the sentence embedder the similarities came from, for a check to weigh texts that are no block
    # (`text_similarities`); None without embeddings
    embedder: Embedder | None = field(default=None, repr=False, compare=False)

    def embed_blocks(self, reference_blocks: Sequence[int], edition_blocks: Sequence[int]) -> bool:
        """Give the two-sentence blocks starting at these sentences the model's vectors in place of the ones
        derived from their sentences, and combine the signals again; False when there was none to give."""
        pending = self.blocks_to_embed
        if pending is None or not pending.add(reference_blocks, edition_blocks):
            return False
        with_blocks = [shape for shape in self.embedding if 2 in shape]
        for shape in with_blocks:
            self.embedding[shape] = pending.similarities(shape)
        _combine(self, with_blocks, pending.weights)  # the other shapes' signals did not change
        return True

    def text_similarities(self, pairs: Sequence[tuple[str, str]]) -> list[float] | None:
        """The embedding similarity of each pair of texts (any texts: a part of a sentence), on the story's 1-1
        scale; None without an embedder."""
        if self.embedder is None or "embeddings" not in self.scale:
            return None
        if not pairs:
            return []
        first = self.embedder.embed([a for a, _ in pairs])
        second = self.embedder.embed([b for _, b in pairs])
        base, top = self.scale["embeddings"]
        return [(float(x @ y) - base) / (top - base) for x, y in zip(first, second)]

    def in_band(self, i: int, j: int) -> bool:
        n, m = len(self.reference), len(self.edition)
        expected = i * m / n if n else 0.0
        return abs(j - expected) <= self.band

    def has_content(self) -> bool:
        return bool(self.content)

    def band_columns(self, i: int) -> range:
        """The columns j that may satisfy `in_band(i, j)` (a superset, for the caller to test): the band
        around row i's expected column, so that no loop has to visit the whole grid."""
        n, m = len(self.reference), len(self.edition)
        expected = i * m / n if n else 0.0
        return range(max(0, math.floor(expected - self.band) - 1), min(m, math.ceil(expected + self.band) + 1) + 1)

    def length_at(self, shape: tuple[int, int], i: int, j: int) -> float:
        """The Gale–Church log-probability of the block pair (shape, i, j), computed if outside the band."""
        value = float(self.length[shape][i, j])
        if math.isnan(value):
            ref_len, ed_len = self.block_chars[shape]
            value = length_log_probability(ref_len[i], ed_len[j], self.ratio)
        return value


@dataclass
class _BlockVectors:
    """A pair's two-sentence block vectors: derived from their sentences' (the normalised sum), and the
    model's for the blocks where the aligner's decisions lie, embedded when it asks (`add`)."""

    embedder: Embedder
    texts: tuple[list[str], list[str]]  # the reference's blocks, the edition's
    sentences: tuple[np.ndarray, np.ndarray]
    derived: tuple[np.ndarray, np.ndarray]
    weights: SignalWeights
    model: tuple[dict[int, np.ndarray], dict[int, np.ndarray]] = field(default_factory=lambda: ({}, {}))

    def add(self, reference_blocks: Sequence[int], edition_blocks: Sequence[int]) -> bool:
        added = False
        for side, wanted in enumerate((reference_blocks, edition_blocks)):
            new = sorted({k for k in wanted if 0 <= k < len(self.texts[side])} - set(self.model[side]))
            if new:
                for k, vector in zip(new, self.embedder.embed([self.texts[side][k] for k in new])):
                    self.model[side][k] = vector
                added = True
        return added

    def similarities(self, shape: tuple[int, int]) -> np.ndarray:
        """Raw cosines of a shape with a two-sentence block: the derived vectors' where no block has the
        model's, and the model's elsewhere, put on the derived ones' level over the same cells (the two kinds
        of vector differ in level, and the shape's scale is taken from all its cells)."""
        sides = [self.derived[side] if size == 2 else self.sentences[side] for side, size in enumerate(shape)]
        derived = (sides[0] @ sides[1].T).astype(np.float64)
        model_sides = [side_vectors.copy() for side_vectors in sides]
        mask = np.zeros(derived.shape, dtype=bool)
        for side, size in enumerate(shape):
            if size == 2 and self.model[side]:
                rows = sorted(self.model[side])
                model_sides[side][rows] = np.stack([self.model[side][k] for k in rows])
                if side == 0:
                    mask[rows, :] = True
                else:
                    mask[:, rows] = True
        if not mask.any():
            return derived
        model = (model_sides[0] @ model_sides[1].T).astype(np.float64)
        level = float(np.median(model[mask] - derived[mask]))
        return np.where(mask, model - level, derived)


def blocks(texts: Sequence[str], size: int) -> list[str]:
    return [" ".join(texts[i : i + size]) for i in range(len(texts) - size + 1)]


def _scale(raw: np.ndarray, prior: tuple[float, float]) -> tuple[float, float]:
    """(typical unrelated pair, typical matching pair) of this text pair, from its 1-1 matrix."""
    if raw.size < MIN_PAIRS or min(raw.shape) < 3:
        return prior
    finite = raw[np.isfinite(raw)]
    base = float(np.median(finite))
    best = np.concatenate([np.nanmax(raw, axis=1), np.nanmax(raw, axis=0)])
    top = float(np.median(best))
    if top - base < MIN_SPREAD:
        return prior
    return base, top


def _band_mask(shape: tuple[int, int], n: int, m: int, band: int) -> np.ndarray:
    rows = np.arange(shape[0])[:, None] * (m / n if n else 0.0)
    cols = np.arange(shape[1])[None, :]
    return np.abs(cols - rows) <= band + 1


def _aligner_mask(shape: tuple[int, int], n: int, m: int, band: int) -> np.ndarray:
    """The cells of a block matrix the aligner can read: the band, and the first row and column (it
    visits every cell of the grid's edges)."""
    mask = _band_mask(shape, n, m, band)
    mask[0, :] = True
    mask[:, 0] = True
    return mask


def compute_signals(
    reference: Sequence[str],
    edition: Sequence[str],
    *,
    embedder: Embedder | None = None,
    pivot: Sequence[str] | None = None,
    use_anchors: bool = True,
    weights: SignalWeights = SignalWeights(),
    band: int = 20,
    block_vectors: str = "model",
) -> PairSignals:
    """`pivot`, when given, is the MT of each edition sentence into the reference's language;
    `block_vectors`: a two-sentence block embedded as text ("model") or as its sentences' vectors summed
    ("sentences")."""
    if block_vectors not in BLOCK_VECTORS:
        raise ValueError(f"block_vectors must be one of {', '.join(BLOCK_VECTORS)}, not {block_vectors!r}")
    reference, edition = tuple(reference), tuple(edition)
    n, m = len(reference), len(edition)
    band = band + abs(n - m)
    result = PairSignals(reference, edition, band, _signal_names(embedder, pivot, use_anchors))
    shapes = [(a, b) for a, b in SHAPES if a <= n and b <= m]
    ref_blocks = {k: blocks(reference, k) for k in (1, 2)}
    ed_blocks = {k: blocks(edition, k) for k in (1, 2)}

    if embedder is not None and n and m:
        _add_embeddings(result, embedder, ref_blocks, ed_blocks, shapes, block_vectors, weights)
    if pivot is not None and n and m:
        _add_chrf(result, pivot, ref_blocks, shapes)

    if use_anchors and n and m:
        ref_anchors = {k: _block_anchors(reference, k) for k in (1, 2)}
        ed_anchors = {k: _block_anchors(edition, k) for k in (1, 2)}
        ref_has = [not x.empty for x in ref_anchors[1]]
        ed_has = [not x.empty for x in ed_anchors[1]]
        matcher = NameMatcher(ref_anchors[1] + ed_anchors[1])
        for a, b in shapes:
            matrix = np.full((n - a + 1, m - b + 1), np.nan)
            mask = _band_mask(matrix.shape, n, m, band)
            for i, j in zip(*np.nonzero(mask)):
                value = anchor_similarity(ref_anchors[a][i], ed_anchors[b][j], matcher)
                if value is not None:
                    # sentences of the bead without any anchor are no evidence either way: in a
                    # 2-2 bead, one shared figure must not vouch for the three other sentences
                    share = (sum(ref_has[i : i + a]) + sum(ed_has[j : j + b])) / (a + b)
                    value = ANCHOR_FLOOR + (1 - ANCHOR_FLOOR) * value
                    matrix[i, j] = share * value + (1 - share) * 0.5
            result.anchors[(a, b)] = matrix

    _add_length(result, ref_blocks, ed_blocks, shapes)
    _combine(result, shapes, weights)
    return result


def _signal_names(embedder: Embedder | None, pivot: Sequence[str] | None, use_anchors: bool) -> tuple[str, ...]:
    names = []
    if embedder is not None:
        names.append("embeddings")
    if pivot is not None:
        names.append("mt-chrf")
    if use_anchors:
        names.append("anchors")
    names.append("length")
    return tuple(names)


# "where-needed": derived from the sentences' vectors until the aligner asks for the model's where its
# decisions lie (`PairSignals.embed_blocks`)
BLOCK_VECTORS = ("model", "sentences", "where-needed")
Blocks = dict[int, list[str]]  # block size (1 or 2 sentences) -> the text's blocks of that size
Shapes = list[tuple[int, int]]


def _add_embeddings(
    result: PairSignals, embedder: Embedder, ref_blocks: Blocks, ed_blocks: Blocks, shapes: Shapes,
    block_vectors: str = "model", weights: SignalWeights = SignalWeights(),
) -> None:
    if block_vectors == "where-needed" and any(
            (len(ref_blocks[a]) * len(ed_blocks[b])) < MIN_PAIRS for a, b in shapes if 2 in (a, b)):
        # a story this short has its blocks' scores taken as they are, unshifted (see _normalise), where the
        # derived vectors' higher level would pass for a merge: the model embeds its few blocks
        block_vectors = "model"

    def vectors(texts: Blocks) -> dict[int, np.ndarray]:
        found = {1: embedder.embed(texts[1])} if texts[1] else {}
        if texts[2] and block_vectors in ("sentences", "where-needed"):
            pairs = found[1][:-1] + found[1][1:]  # the model's vectors are unit length: the sum points between
            found[2] = pairs / np.maximum(np.linalg.norm(pairs, axis=1, keepdims=True), 1e-12)
        elif texts[2]:
            found[2] = embedder.embed(texts[2])
        return found

    vectors_ref, vectors_ed = vectors(ref_blocks), vectors(ed_blocks)
    result.embedder = embedder
    for a, b in shapes:
        result.embedding[(a, b)] = (vectors_ref[a] @ vectors_ed[b].T).astype(np.float64)
    result.scale["embeddings"] = _scale(result.embedding[(1, 1)], EMBEDDING_PRIOR)
    if block_vectors == "where-needed" and (2 in vectors_ref or 2 in vectors_ed):
        none = np.zeros((0, vectors_ref[1].shape[1]), dtype=vectors_ref[1].dtype)
        result.blocks_to_embed = _BlockVectors(embedder, (ref_blocks[2], ed_blocks[2]), (vectors_ref[1], vectors_ed[1]),
                                               (vectors_ref.get(2, none), vectors_ed.get(2, none)), weights)


@dataclass(frozen=True)
class _NgramCounts:
    """One text's character n-grams of one order, split for sacrebleu's matched count (the sum over shared
    n-grams of the smaller count): most n-grams occur once in a sentence, and each of those shared counts
    1, so a set intersection in C counts them, and only the few repeated n-grams are compared one by one."""

    counts: dict[str, int]
    total: int
    keys: frozenset[str]
    once: frozenset[str]
    repeated: frozenset[str]

    @classmethod
    def of(cls, counts: dict[str, int]) -> _NgramCounts:
        once = frozenset(g for g, c in counts.items() if c == 1)
        return cls(counts, sum(counts.values()), frozenset(counts), once, frozenset(counts) - once)

    def shared_with(self, other: _NgramCounts) -> int:
        both = self.repeated & other.keys
        return len(self.once & other.keys) + sum(map(min, map(self.counts.__getitem__, both),
                                                      map(other.counts.__getitem__, both)))


def _add_chrf(result: PairSignals, pivot: Sequence[str], ref_blocks: Blocks, shapes: Shapes) -> None:
    """sacrebleu's sentence chrF of every cell in the band, each text's character n-grams read once:
    `CHRF.sentence_score` reads both texts' n-grams again for every pair (two-thirds of a warm check's
    time went there), and a text meets some forty others in the band."""
    from sacrebleu.metrics import CHRF
    from sacrebleu.metrics.helpers import extract_all_char_ngrams

    n, m = len(result.reference), len(result.edition)
    chrf = CHRF()

    def ngrams(texts: list[str]) -> list[list[_NgramCounts]]:
        """Per text, per order: its character n-grams, read once."""
        return [[_NgramCounts.of(counts)
                 for counts in extract_all_char_ngrams(chrf._preprocess_segment(t), chrf.char_order, chrf.whitespace)]
                for t in texts]

    def statistics(hyp: list[_NgramCounts], ref: list[_NgramCounts]) -> list[int]:
        """`CHRF._get_match_statistics` of every order."""
        out = []
        for h, r in zip(hyp, ref):
            out += [h.total if r.total else 0, r.total, h.shared_with(r)]
        return out

    piv_ngrams = {k: ngrams(blocks(list(pivot), k)) for k in (1, 2)}
    ref_ngrams = {k: ngrams(ref_blocks[k]) for k in (1, 2)}
    for a, b in shapes:
        matrix = np.full((n - a + 1, m - b + 1), np.nan)
        mask = _band_mask(matrix.shape, n, m, result.band)
        for i, j in zip(*np.nonzero(mask)):
            matrix[i, j] = chrf._compute_f_score(statistics(piv_ngrams[b][j], ref_ngrams[a][i])) / 100
        result.chrf[(a, b)] = matrix
    result.scale["mt-chrf"] = _scale(result.chrf[(1, 1)], CHRF_PRIOR)


def _add_length(result: PairSignals, ref_blocks: Blocks, ed_blocks: Blocks, shapes: Shapes) -> None:
    """Length log-probabilities of the cells the aligner reads (the whole grid was quadratic in the
    sentences: 20 s for 1,000 sentences); `PairSignals.length_at` computes any other cell."""
    ratio = length_ratio(result.reference, result.edition)
    result.ratio = ratio
    n, m = len(result.reference), len(result.edition)
    for a, b in shapes:
        ref_len = [len(t) for t in ref_blocks[a]]
        ed_len = [len(t) for t in ed_blocks[b]]
        result.block_chars[(a, b)] = (ref_len, ed_len)
        matrix = np.full((len(ref_len), len(ed_len)), np.nan)
        rows, cols = np.nonzero(_aligner_mask(matrix.shape, n, m, result.band))
        matrix[rows, cols] = length_log_probabilities(np.asarray(ref_len)[rows], np.asarray(ed_len)[cols], ratio)
        result.length[(a, b)] = matrix


def _combine(result: PairSignals, shapes: Shapes, weights: SignalWeights) -> None:
    """`content` (embeddings and chrF) and `combined` (with anchors) of every shape, on the story's scale."""
    n, m = len(result.reference), len(result.edition)
    for a, b in shapes:
        shape = (n - a + 1, m - b + 1)
        content_sum, content_weight = np.zeros(shape), 0.0
        if (a, b) in result.embedding:
            content_sum += weights.embeddings * _normalise(result.embedding, (a, b), result.scale["embeddings"])
            content_weight += weights.embeddings
        if (a, b) in result.chrf:
            content_sum += weights.mt_chrf * np.nan_to_num(_normalise(result.chrf, (a, b), result.scale["mt-chrf"]))
            content_weight += weights.mt_chrf
        if content_weight:
            result.content[(a, b)] = content_sum / content_weight
        total, weight = content_sum.copy(), np.full(shape, content_weight)
        if (a, b) in result.anchors:
            present = ~np.isnan(result.anchors[(a, b)])
            total += np.where(present, weights.anchors * np.nan_to_num(result.anchors[(a, b)]), 0.0)
            weight += np.where(present, weights.anchors, 0.0)
        # with no evidence at all about a pair, it is neither like nor unlike: length decides
        result.combined[(a, b)] = np.where(weight > 0, total / np.maximum(weight, 1e-9), 0.5)


def _normalise(raw: dict[tuple[int, int], np.ndarray], shape: tuple[int, int], scale: tuple[float, float]) -> np.ndarray:
    """Put a block matrix on the story's scale. Longer blocks score higher against anything (a
    two-sentence text shares more with its neighbour), so each shape is shifted by how much its
    typical pair exceeds the typical 1-1 pair; the spread is the 1-1 one."""
    base, top = scale
    shift = 0.0
    if shape != (1, 1) and raw[shape].size >= MIN_PAIRS and raw[(1, 1)].size >= MIN_PAIRS:
        shift = float(np.nanmedian(raw[shape]) - np.nanmedian(raw[(1, 1)]))
    return (raw[shape] - base - shift) / (top - base)


def _block_anchors(texts: Sequence[str], size: int) -> list[Anchors]:
    single = [extract_anchors(t) for t in texts]
    if size == 1:
        return single
    return [single[i] + single[i + 1] for i in range(len(texts) - 1)]
