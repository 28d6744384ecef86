"""Build an `Analysis` straight from sentences, without story files or a segmenter: for a notebook
that wants to align two texts it already has in hand, for the benchmark and for the tests."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from consistency.model import Analysis, Edition, Paragraph, Segmentation, Sentence, Story, StoryConfig, Translation


def segmented_edition(key: str, lang: str, paragraphs: Sequence[Sequence[str]]) -> tuple[Edition, Segmentation]:
    """An edition whose text is its paragraphs (blank-line separated) of space-joined sentences."""
    text = ""
    paragraph_rows: list[Paragraph] = []
    sentence_rows: list[Sentence] = []
    for p_index, sentences in enumerate(paragraphs):
        if text:
            text += "\n\n"
        p_start = len(text)
        for s_index, sentence in enumerate(sentences):
            if s_index:
                text += " "
            start = len(text)
            text += sentence
            sentence_rows.append(Sentence(len(sentence_rows), p_index, start, len(text), sentence))
        paragraph_rows.append(Paragraph(p_index, p_start, len(text), text[p_start:]))
    edition = Edition(key=key, lang=lang, path=Path(f"{key}.txt"), text=text)
    return edition, Segmentation(tuple(paragraph_rows), tuple(sentence_rows), splitter="given")


def analysis_from_sentences(
    editions: Mapping[str, Sequence[Sequence[str]] | Sequence[str]],
    *,
    reference: str,
    languages: Mapping[str, str] | None = None,
    translations: Mapping[str, Sequence[str]] | None = None,
    config: StoryConfig | None = None,
    slug: str = "adhoc",
) -> Analysis:
    """`editions` maps a key to its paragraphs (lists of sentences) or to a flat list of sentences
    (one paragraph). `translations` maps a key to the pivot-language MT of each of its sentences."""
    languages = dict(languages or {})
    story_editions: dict[str, Edition] = {}
    segmentations: dict[str, Segmentation] = {}
    for key in sorted(editions):
        content = editions[key]
        paragraphs = [list(content)] if content and isinstance(content[0], str) else [list(p) for p in content]
        lang = languages.get(key, key.split("-")[0])
        story_editions[key], segmentations[key] = segmented_edition(key, lang, paragraphs)
    pivot = story_editions[reference].lang
    mt = {
        key: Translation(edition=key, source_lang=story_editions[key].lang, pivot=pivot,
                         sentences=tuple(sentences), translator="precomputed")
        for key, sentences in sorted((translations or {}).items())
    }
    story = Story(slug=slug, path=Path(slug), config=config or StoryConfig(), editions=story_editions)
    return Analysis(story=story, pivot=pivot, reference=reference, segmentations=segmentations, translations=mt)
