"""Build Story/Analysis objects from line-per-sentence texts, for the facts tests (no loader needed)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from consistency.model import (
    Alignment,
    Analysis,
    Bead,
    Edition,
    Paragraph,
    Segmentation,
    Sentence,
    Story,
    StoryConfig,
    Translation,
)


def segmentation(text: str) -> Segmentation:
    sentences = []
    start = 0
    for i, line in enumerate(text.split("\n")):
        sentences.append(Sentence(index=i, paragraph=i, start=start, end=start + len(line), text=line))
        start += len(line) + 1
    paragraphs = tuple(Paragraph(s.index, s.start, s.end, s.text) for s in sentences)
    return Segmentation(paragraphs=paragraphs, sentences=tuple(sentences), splitter="lines")


def story_analysis(
    editions: dict[str, list[str]],
    *,
    reference: str = "en",
    sources: dict[str, list[str]] | None = None,
    aligned: bool = True,
    published: dt.date | None = None,
    translations: dict[str, list[str]] | None = None,
    original: str | None = None,
) -> Analysis:
    """Each edition is a list of sentences; with `aligned`, sentence i ↔ sentence i of the reference."""
    all_eds: dict[str, Edition] = {}
    lang_of = lambda key: key.split("-")[0]  # noqa: E731  ("en-dod" is English)
    for key, lines in editions.items():
        all_eds[key] = Edition(key=key, lang=lang_of(key), path=Path(f"{key}.txt"), text="\n".join(lines))
    for key, lines in (sources or {}).items():
        all_eds[key] = Edition(key=key, lang=lang_of(key), path=Path(f"{key}.txt"), text="\n".join(lines), role="source")
    config = StoryConfig(published=published, sources=tuple(sources or ()), original=original)
    story = Story(slug="test", path=Path("."), config=config, editions=all_eds)
    segs = {k: segmentation(e.text) for k, e in all_eds.items()}
    alignments = {}
    if aligned:
        n = len(segs[reference].sentences)
        for key in all_eds:
            if key == reference:
                continue
            m = len(segs[key].sentences)
            beads = tuple(Bead((i,) if i < n else (), (i,) if i < m else (), 1.0) for i in range(max(n, m)))
            alignments[key] = Alignment(reference=reference, edition=key, beads=beads, signals=("gold",))
    trans = {
        k: Translation(edition=k, source_lang=lang_of(k), pivot="en", sentences=tuple(v), translator="precomputed")
        for k, v in (translations or {}).items()
    }
    return Analysis(story=story, pivot="en", reference=reference, segmentations=segs, alignments=alignments, translations=trans)


def fact_findings(folder: Path, checks: tuple[str, ...] = ("numbers",)) -> list[tuple[str, str, str]]:
    """The findings of these checks on a story folder, checked as CI does (no model), as sorted (edition, kind,
    severity)."""
    from consistency.pipeline import check_story

    report = check_story(folder, translator="none", embeddings=False, checks=("facts", "alignment"))
    return sorted((f.edition, f.kind, f.severity) for f in report.findings if f.check in checks)


def aligned_fact_findings(editions: dict[str, list[str]], *, notes: bool = False) -> list[tuple[str, str, str, str]]:
    """The facts check's findings on a story of aligned sentences (en its original), as (edition, check, kind,
    severity); its notes ("info") too with `notes`."""
    from consistency.checks.facts import FactsCheck
    from consistency.stages.facts import read_story_facts

    found = FactsCheck()(read_story_facts(story_analysis(editions, original="en"))).findings
    return sorted((f.edition, f.check, f.kind, f.severity) for f in found if notes or f.severity != "info")


def written_story_findings(folder: Path, **editions: str) -> list[tuple[str, str, str, str]]:
    """The findings, but notes, of the whole check on a story written into `folder` (an edition's text by its
    language), as (edition, check, kind, severity) in the report's order."""
    from consistency.pipeline import check_story

    for lang, text in editions.items():
        (folder / f"{lang}.txt").write_text(text, encoding="utf-8")
    return [(f.edition, f.check, f.kind, f.severity) for f in check_story(folder, translator="none").findings
            if f.severity != "info"]
