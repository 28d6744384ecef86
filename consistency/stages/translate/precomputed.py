"""Pivot translations supplied by the user as files beside the editions: `uk.en.txt` beside `uk.txt`.

For newsrooms that already run MT elsewhere (or a human translation), and for machines without a model.
Two layouts are read:

* sentence-aligned: one line per sentence of the edition, in order (blank lines between paragraphs are
  allowed and ignored);
* paragraph-aligned: one block per paragraph of the edition, blocks separated by blank lines (or one line
  per paragraph). Each translated paragraph is split into sentences with the pivot language's splitter; when
  it has as many sentences as the edition's paragraph, they pair up in order. When the counts differ (MT
  joins and splits sentences), they are paired by content inside the paragraph (figures, names, lengths:
  the aligner that pairs editions), and a translated sentence paired with none joins the one before it, so
  nothing of the paragraph's translation is lost.

Translations come as MT services and vendors return them, so a file that fits neither is still read:

* one line (or block) per line (block) of the edition's text as written (the text read out of the
  markup, for .html and .md), page furniture included: the lines that translate the furniture the loader
  removed are dropped, and the two layouts tried again;
* anything else (free text, other line breaks): its sentences are aligned to the edition's by figures,
  names and lengths, as editions are aligned to each other, and the layout says "aligned by content".

Only what cannot be a translation of the edition is a StoryError naming the file: an empty file, or a
text whose figures and names are not the edition's.
"""

from __future__ import annotations

import hashlib
import unicodedata
from pathlib import Path
from typing import TYPE_CHECKING

from consistency.errors import StoryError
from consistency.model import Bead, Edition, Segmentation, Translation
from consistency.stages.load import MAX_EDITION_BYTES
from consistency.stages.load.decode import read_regular_file

if TYPE_CHECKING:
    from consistency.stages.align.signals import PairSignals

# a translation is about as long as its edition
MAX_TRANSLATION_BYTES = MAX_EDITION_BYTES


def find_precomputed(edition: Edition, pivot: str) -> Path | None:
    """`Edition.precomputed_pivot` when the loader found one, else `<stem>.<pivot>.txt` beside the edition."""
    named = edition.precomputed_pivot
    if named is not None and Path(named).is_file() and Path(named).stem.lower().endswith(f".{pivot.lower()}"):
        return Path(named)
    beside = Path(edition.path).with_name(f"{Path(edition.path).stem}.{pivot}.txt")
    return beside if beside.is_file() else None


def _read(path: Path) -> str:
    # sized and typed by stat before a byte is read (the loader has already refused links out of the story)
    raw = read_regular_file(path, MAX_TRANSLATION_BYTES, "a precomputed translation",
                            " (as long as its edition, and a news article is tens of kilobytes)")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise StoryError(path, f"precomputed translation is not UTF-8 ({exc.reason} at byte {exc.start})") from None
    return unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))


def _blocks(text: str) -> list[list[str]]:
    """Blank-line separated blocks, each a list of its non-blank lines."""
    blocks: list[list[str]] = [[]]
    for line in text.split("\n"):
        if line.strip():
            blocks[-1].append(line.strip())
        elif blocks[-1]:
            blocks.append([])
    return [block for block in blocks if block]


def align_precomputed(
    text: str, segmentation: Segmentation, pivot: str, path: Path, edition: Edition | None = None
) -> tuple[tuple[str, ...], str]:
    """One pivot-language text per sentence of the edition, and how the file was read: "sentences",
    "paragraphs", either "... of the file as written" (the translation has a line for each line of
    `edition`'s file, page furniture included), or "aligned by content". StoryError when the file is
    empty or cannot be a translation of the edition."""
    blocks = _blocks(text)
    if not any(c.isalpha() for c in text):
        raise StoryError(path, "precomputed translation is empty (no text)")
    pieces = _sentences(blocks, pivot)
    _check_is_a_translation(pieces, segmentation, path)
    # first as written: a file with a furniture line and two sentences has as many lines as its
    # translation as written has, and read line by sentence every line would go to the wrong sentence
    furniture_out = _without_furniture(blocks, edition) if edition is not None and edition.stripped_lines else None
    if furniture_out is not None:
        fitted = _by_layout(furniture_out, segmentation, pivot)
        if fitted is not None:
            return fitted[0], fitted[1] + " of the file as written"
    fitted = _by_layout(blocks, segmentation, pivot)
    if fitted is not None:
        return fitted
    return _by_content(pieces, segmentation, path), "aligned by content"


def _by_layout(blocks: list[list[str]], segmentation: Segmentation, pivot: str) -> tuple[tuple[str, ...], str] | None:
    """Line i for sentence i, or block i for paragraph i; None when neither count fits."""
    lines = [line for block in blocks for line in block]
    originals: list[list[str]] = [[] for _ in segmentation.paragraphs]  # each paragraph's sentences
    for sentence in segmentation.sentences:
        originals[sentence.paragraph].append(sentence.text)
    has_blank_lines = len(blocks) > 1
    # with no blank line at all, each line is a block (one line per paragraph)
    paragraph_blocks = blocks if has_blank_lines else [[line] for line in lines]
    n_sentences, n_paragraphs = len(segmentation.sentences), len(segmentation.paragraphs)

    by_sentence = len(lines) == n_sentences
    by_paragraph = len(paragraph_blocks) == n_paragraphs
    if by_sentence and by_paragraph and has_blank_lines:
        # both counts fit: it is a sentence file with blank lines between paragraphs only if every block
        # holds exactly its paragraph's sentences
        by_sentence = [len(block) for block in paragraph_blocks] == [len(texts) for texts in originals]
    if by_sentence:
        return tuple(lines), "sentences"
    if not by_paragraph:
        return None

    from consistency.stages.segment import segment_text

    output: list[str] = []
    for block, wanted in zip(paragraph_blocks, originals):
        pieces = [s.text for s in segment_text(" ".join(block), pivot).sentences]
        if wanted:
            # counts differ (MT joins and splits sentences): paired by content inside the paragraph, and
            # nothing of the paragraph's translation left out; equal counts pair in order unless the
            # content says otherwise
            output.extend(_paired(pieces, wanted, keep_every_piece=True))
    return tuple(output), "paragraphs"


def _without_furniture(blocks: list[list[str]], edition: Edition) -> list[list[str]] | None:
    """The translation without the lines (or blocks) that translate the page furniture the loader took
    out of the edition ("Photo: Reuters", "Read also: ..."), when it has one line for each line of the
    file as written, or one block for each of its blocks; None otherwise."""
    from consistency.stages.load import read_written_text

    written = _blocks(read_written_text(Path(edition.path))[0])
    furniture: list[bool] = []
    pending = list(edition.stripped_lines)
    for line in (line for block in written for line in block):
        is_furniture = bool(pending) and line == pending[0].strip()
        furniture.append(is_furniture)
        if is_furniture:
            pending.pop(0)
    written_lines = [line for block in written for line in block]
    lines = [line for block in blocks for line in block]
    if len(lines) == len(written_lines):
        if not _translates(lines, written_lines, furniture):
            return None
        keep = iter([not f for f in furniture])
        kept = [[line for line in block if next(keep)] for block in blocks]
        return [block for block in kept if block]
    one_line_per_block = len(blocks) == 1 and len(lines) == len(written)
    if len(blocks) == len(written) or one_line_per_block:
        marks = iter(furniture)
        whole_furniture = [all([next(marks) for _ in block]) for block in written]
        own = [[line] for line in lines] if one_line_per_block else blocks
        if not any(whole_furniture) or not _translates([" ".join(b) for b in own], [" ".join(b) for b in written], whole_furniture):
            return None
        return [block for block, gone in zip(own, whole_furniture) if not gone]
    return None


def _translates(translated: list[str], written: list[str], furniture: list[bool]) -> bool:
    """Each line the translation would lose reads as the furniture line it stands for: page furniture
    itself (a locale's furniture pattern: "Photo: Reuters"), or the same figures and names about as long
    (a translation keeps within half to twice the length of a short line); not a sentence of the story
    that happens to stand at that line."""
    from consistency.stages.align.anchors import anchor_similarity, extract_anchors
    from consistency.stages.load import strip_chrome

    def stands_for(line: str, furniture_line: str) -> bool:
        if not strip_chrome(line)[0].strip():
            return True
        shared = anchor_similarity(extract_anchors(line), extract_anchors(furniture_line))
        return bool(shared) and 0.5 <= (len(line) + 10) / (len(furniture_line) + 10) <= 2.0

    return all(stands_for(t, w) for t, w, gone in zip(translated, written, furniture) if gone)


# an edition and a translation of it share most of their figures and names; below this share of the
# anchors of both (with enough of them to judge) the file is some other text
MIN_SHARED_ANCHORS = 0.2
ANCHORS_TO_JUDGE = 6


def _check_is_a_translation(pieces: list[str], segmentation: Segmentation, path: Path) -> None:
    """StoryError when the file shares too few of the edition's figures and names to translate it (a
    wrong file saved under the edition's name), whatever its line breaks."""
    from consistency.stages.align.anchors import Anchors, anchor_similarity, extract_anchors

    def anchors(sentences: list[str]) -> Anchors:  # sentence by sentence: a capital that starts one is no name
        return sum((extract_anchors(text) for text in sentences), Anchors((), (), False))

    original = anchors([s.text for s in segmentation.sentences])
    translation = anchors(pieces)
    counted = [len(a.numbers) + len(a.names) for a in (original, translation)]
    shared = anchor_similarity(original, translation) or 0.0
    if min(counted) >= ANCHORS_TO_JUDGE and shared < MIN_SHARED_ANCHORS:
        raise StoryError(path, f"does not read as a translation of its edition: of their figures and names "
                               f"({counted[0]} in the edition, {counted[1]} here) only {shared:.0%} match")


def _sentences(blocks: list[list[str]], pivot: str) -> list[str]:
    from consistency.stages.segment import segment_text

    return [s.text for block in blocks for s in segment_text(" ".join(block), pivot, max_sentences=None).sentences]


def _by_content(pieces: list[str], segmentation: Segmentation, path: Path) -> tuple[str, ...]:
    """The translation's sentences aligned to the edition's (figures, names, lengths: the aligner that
    pairs editions), when its lines follow neither the sentences nor the paragraphs. An edition sentence
    the translation has nothing for gets ""; a translated sentence with no edition sentence (a line of
    page furniture, a note) is left out."""
    originals = [s.text for s in segmentation.sentences]
    if not pieces or not originals:
        raise StoryError(path, "precomputed translation has no sentence to pair with its edition")
    return tuple(_paired(pieces, originals, keep_every_piece=False))


def _paired(pieces: list[str], originals: list[str], *, keep_every_piece: bool) -> list[str]:
    """For each original sentence, the translated sentences the aligner pairs with it ("" for none). A
    translated sentence paired with none is left out, or with `keep_every_piece` joined to the sentence
    before it (the first: to the one after). Original sentences the aligner pairs together with one
    translation ("$90 млрд." and the next sentence, which the MT ran into one) each get all of it: given to
    the first alone, the others' facts seemed lost by the MT."""
    from consistency.stages.align.signals import compute_signals

    output = [""] * len(originals)
    if not pieces:
        return output
    beads = _pairing(compute_signals(originals, pieces)) if len(pieces) > 1 or len(originals) > 1 else (
        Bead((0,), (0,), 1.0),)
    last, waiting = None, []  # the last original sentence given a translation; pieces before any
    for bead in beads:
        text = " ".join(pieces[j] for j in bead.edition)
        if bead.reference and bead.edition:
            joined = " ".join(waiting + [text])
            for i in bead.reference:
                output[i] = joined
            last = bead.reference[-1]
            waiting = []
        elif bead.edition and keep_every_piece:
            if last is None:
                waiting.append(text)
            else:
                output[last] = f"{output[last]} {text}"  # (the bead's last sentence: the piece follows it)
    if waiting:
        output[0] = " ".join(waiting + ([output[0]] if output[0] else []))
    return output


# Equal counts pair in order unless pairing by content costs less by more than two unmatched sentences
# would: MT that splits one sentence early in a paragraph and joins two at its end shifts every pair
# between (WMT22 systems' output: a pairing in order cost 3.6 and 9.5 more where it was shifted, at most
# 0.8 more where it was right and the content misled the aligner: a figure of the next sentence said
# again in this one)
IN_ORDER_MARGIN_SKIPS = 2


def _pairing(signals: PairSignals) -> tuple[Bead, ...]:
    from consistency.stages.align.dp import AlignerSettings, align_signals, path_cost

    beads = align_signals(signals)
    n = len(signals.reference)
    if n != len(signals.edition) or all(len(b.reference) == len(b.edition) == 1 for b in beads):
        return beads
    in_order = tuple(Bead((i,), (i,), 0.0) for i in range(n))
    margin = IN_ORDER_MARGIN_SKIPS * AlignerSettings().skip_cost
    return in_order if path_cost(signals, in_order) - path_cost(signals, beads) <= margin else beads


def load_precomputed(
    edition: Edition, segmentation: Segmentation, pivot: str, path: Path | None = None
) -> Translation:
    """The edition's precomputed pivot translation as a Translation (StoryError if missing, empty or not a
    translation of the edition)."""
    path = path or find_precomputed(edition, pivot)
    if path is None:
        expected = Path(edition.path).with_name(f"{Path(edition.path).stem}.{pivot}.txt")
        raise StoryError(expected, f"no precomputed {pivot} translation of {Path(edition.path).name}")
    text = _read(path)
    sentences, layout = align_precomputed(text, segmentation, pivot, path, edition)
    settings = {
        "translator": "precomputed",
        "file": path.name,
        "layout": layout,
        "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest()[:16],
    }
    return Translation(
        edition=edition.key, source_lang=edition.lang, pivot=pivot, sentences=sentences,
        translator="precomputed", model=None, revision=None, settings=settings,
    )

