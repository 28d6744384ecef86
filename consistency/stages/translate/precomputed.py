"""Pivot translations supplied by the user as files beside the editions: `uk.en.txt` beside `uk.txt`.

For newsrooms that already run MT elsewhere (or a human translation), and for machines without a model.
Two layouts are read:

* sentence-aligned: one line per sentence of the edition, in order (blank lines between paragraphs are
  allowed and ignored);
* paragraph-aligned: one block per paragraph of the edition, blocks separated by blank lines (or one line
  per paragraph). Each translated paragraph is split into sentences with the pivot language's splitter; when
  it has as many sentences as the edition's paragraph, they pair up in order. When the counts differ there is
  no reliable way to pair them, so the whole translated paragraph goes to the paragraph's FIRST sentence and
  the paragraph's other sentences get "" (alignment still sees the paragraph's full meaning in one place).

A file that fits neither layout is a StoryError naming the file and both counts.
"""

from __future__ import annotations

import hashlib
import unicodedata
from pathlib import Path

from consistency.errors import StoryError
from consistency.model import Edition, Segmentation, Translation
from consistency.stages.load import MAX_EDITION_BYTES
from consistency.stages.load.decode import read_regular_file

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
    text: str, segmentation: Segmentation, pivot: str, path: Path
) -> tuple[tuple[str, ...], str]:
    """One pivot-language text per sentence of the edition, and the layout found ("sentences"/"paragraphs")."""
    blocks = _blocks(text)
    lines = [line for block in blocks for line in block]
    sentences_per_paragraph = [0] * len(segmentation.paragraphs)
    for sentence in segmentation.sentences:
        sentences_per_paragraph[sentence.paragraph] += 1
    has_blank_lines = len(blocks) > 1
    # with no blank line at all, each line is a block (one line per paragraph)
    paragraph_blocks = blocks if has_blank_lines else [[line] for line in lines]
    paragraph_blocks = [block for block in paragraph_blocks if block]
    n_sentences, n_paragraphs = len(segmentation.sentences), len(segmentation.paragraphs)

    by_sentence = len(lines) == n_sentences
    by_paragraph = len(paragraph_blocks) == n_paragraphs
    if by_sentence and by_paragraph and has_blank_lines:
        # both counts fit: it is a sentence file with blank lines between paragraphs only if every block
        # holds exactly its paragraph's sentences
        by_sentence = [len(block) for block in paragraph_blocks] == sentences_per_paragraph
    if by_sentence:
        return tuple(lines), "sentences"
    if not by_paragraph:
        raise StoryError(
            path,
            f"has {len(lines)} lines in {len(paragraph_blocks)} blocks, but its edition has {n_sentences} "
            f"sentences in {n_paragraphs} paragraphs; write one line per sentence, or one blank-line "
            "separated block per paragraph",
        )

    from consistency.stages.segment import segment_text

    output: list[str] = []
    for block, wanted in zip(paragraph_blocks, sentences_per_paragraph):
        paragraph = " ".join(block)
        pieces = [s.text for s in segment_text(paragraph, pivot).sentences]
        if len(pieces) == wanted:
            output.extend(pieces)
        elif wanted:
            output.extend([paragraph] + [""] * (wanted - 1))  # counts differ: the whole paragraph to the first
    return tuple(output), "paragraphs"


def load_precomputed(
    edition: Edition, segmentation: Segmentation, pivot: str, path: Path | None = None
) -> Translation:
    """The edition's precomputed pivot translation as a Translation (StoryError if missing or misaligned)."""
    path = path or find_precomputed(edition, pivot)
    if path is None:
        expected = Path(edition.path).with_name(f"{Path(edition.path).stem}.{pivot}.txt")
        raise StoryError(expected, f"no precomputed {pivot} translation of {Path(edition.path).name}")
    text = _read(path)
    sentences, layout = align_precomputed(text, segmentation, pivot, path)
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

