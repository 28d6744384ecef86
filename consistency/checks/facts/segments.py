"""Step 1 of the facts check (see check.py): the story cut into segments that every edition tells, from
the alignment beads; the whole document is one segment when some edition is not aligned to the reference.

A segment maps each edition and source to the indexes of its sentences in it; None stands for the whole
document."""

from __future__ import annotations

import re

from consistency.model import Analysis, Sentence

Sentences = dict[str, set[int] | None]
LETTER = re.compile(r"[^\W\d_]")


def opens_its_sentence(sentence: Sentence, start: int) -> bool:
    """No letter comes before offset `start` (into the edition's text) in `sentence`: the word there opens
    the sentence, and is capitalised whatever it is."""
    return LETTER.search(sentence.text, 0, max(0, start - sentence.start)) is None


def sentence_of(analysis: Analysis, key: str, index: int | None) -> Sentence | None:
    """Sentence `index` of edition `key`'s segmentation (None without one, or for a fact read in no sentence)."""
    seg = analysis.segmentations.get(key)
    return next((s for s in seg.sentences if s.index == index), None) if seg is not None else None


def segments(analysis: Analysis, keys: tuple[str, ...]) -> tuple[list[Sentences], str]:
    """The segments and the mode they were made in: "segment" (from the beads) or "document"."""
    ref = analysis.reference
    others = [k for k in keys if k != ref]
    aligned = all(
        k in analysis.alignments and analysis.alignments[k].reference == ref for k in others
    ) and ref in analysis.story.editions and analysis.segmentations.get(ref) is not None
    if not aligned or not others:
        return [{k: None for k in keys}], "document"
    find, groups = _reference_groups(analysis, others)
    index_of = {root: i for i, root in enumerate(groups)}
    result: list[Sentences] = [{k: set() for k in keys} for _ in groups]
    for r in list(find.parent):
        result[index_of[find(r)]][ref].add(r)  # type: ignore[union-attr]
    for k in others:
        # an edition sentence aligned to no reference sentence joins the segment before it
        last = 0
        for bead in analysis.alignments[k].beads:
            if bead.reference:
                last = index_of[find(bead.reference[0])]
            if result:
                result[last][k].update(bead.edition)  # type: ignore[union-attr]
    return result, "segment"


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[int, int] = {}

    def __call__(self, x: int) -> int:
        parent = self.parent
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(self, x: int, y: int) -> None:
        self.parent[self(x)] = self(y)


def _reference_groups(analysis: Analysis, others: list[str]) -> tuple[_UnionFind, list[int]]:
    """Reference sentences merged wherever one bead of some edition holds several of them, and the
    root of each group, in the order of the group's first sentence."""
    find = _UnionFind()
    for s in analysis.segmentations[analysis.reference].sentences:
        find(s.index)
    for k in others:
        for bead in analysis.alignments[k].beads:
            for r in bead.reference[1:]:
                find.union(r, bead.reference[0])
    roots = sorted({find(r) for r in list(find.parent)}, key=lambda r: min(x for x in find.parent if find(x) == r))
    return find, roots


def segment_span(analysis: Analysis, key: str, segment: Sentences | None) -> tuple[int, int] | None:
    """Where `key`'s sentences of the segment stand in its text; None without segments."""
    sentences = segment.get(key) if segment else None
    seg = analysis.segmentations.get(key)
    if not sentences or seg is None:
        return None
    chosen = [s for s in seg.sentences if s.index in sentences]
    if not chosen:
        return None
    return (min(s.start for s in chosen), max(s.end for s in chosen))


def text_of_segment(analysis: Analysis, key: str, segment: Sentences | None) -> str:
    """`key`'s text of the segment; the whole edition without segments."""
    span = segment_span(analysis, key, segment)
    text = analysis.story.editions[key].text
    return text[span[0] : span[1]] if span else text
