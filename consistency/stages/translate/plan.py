"""Translate every edition of a story into the pivot language, sentence by sentence.

`translate_story` picks a translator per edition and says in one plain sentence (`TranslationRun.note`)
what it used and why:

* "transformers": a Hugging Face seq2seq model (OPUS-MT by default, named per language in
  `locales/<lang>.toml` [translate] models), found locally; downloaded only with `allow_download=True`;
* "precomputed": `uk.en.txt` files beside the editions (see `precomputed.py` for the two layouts);
* "none": no translation; checks that need MT are skipped;
* "auto": per edition, a locally available model, else a precomputed file, else none.

Editions already in the pivot language are passed through as they are ("pass-through").
"""

from __future__ import annotations

import os
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping

from consistency.cache import CacheWarning, TranslationCache, cache_key, default_cache_dir
from consistency.errors import ModelUnavailableError, StoryError
from consistency.model import Segmentation, Story, Translation
from consistency.options import TRANSLATOR_MODES
from consistency.stages.translate.base import Translator
from consistency.stages.translate.models import ResolvedModel, default_model, find_cached_model, resolve_model
from consistency.stages.translate.precomputed import find_precomputed, load_precomputed
from consistency.stages.translate.transformers import (
    PROCESS_MODELS,
    LoadedModels,
    LoadedModelStore,
    ModelLoader,
    TransformersTranslator,
    load_translation_model,
)

__all__ = [
    "CacheWarning",
    "LoadedModels",
    "ModelUnavailableError",
    "PROCESS_MODELS",
    "ResolvedModel",
    "TransformersTranslator",
    "TranslationCache",
    "TranslationRun",
    "Translator",
    "cache_key",
    "default_cache_dir",
    "default_model",
    "find_cached_model",
    "find_precomputed",
    "load_precomputed",
    "resolve_model",
    "translate_story",
]

# a progress bar is worth its screen lines only for a long run
PROGRESS_MIN_SENTENCES = 50
# the order kinds are named in when a story used several
_KIND_ORDER = ("transformers", "precomputed", "none")


@dataclass(frozen=True)
class TranslationRun:
    """What `translate_story` produced: one Translation per edition key that has one."""

    translations: dict[str, Translation]
    translator: str  # the mode actually used: "transformers", "precomputed", "none", "pass-through", or "a+b"
    note: str  # one plain sentence: which translator was used and why
    signature: dict[str, Any] = field(default_factory=dict)


def _pass_through(key: str, lang: str, segmentation: Segmentation, pivot: str) -> Translation:
    return Translation(
        edition=key, source_lang=lang, pivot=pivot, sentences=tuple(s.text for s in segmentation.sentences),
        translator="pass-through",
    )


def _model_spec(model: str | os.PathLike[str] | Mapping[str, str] | None, lang: str, pivot: str) -> str | None:
    if model is None:
        return default_model(lang, pivot)
    if isinstance(model, Mapping):
        return model.get(lang) or default_model(lang, pivot)
    return os.fspath(model)


def _progress_bar(total: int, progress: bool | None):
    """True: a bar; False: none; None: as the run's progress mode has it (a bar where someone watches, a
    line in a CI log; see consistency.progress)."""
    from tqdm.auto import tqdm

    if progress is None:
        from consistency.progress import bar

        return bar(total, "Translating", "sentence")
    return tqdm(total=total, disable=not progress, unit="sentence", desc="Translating", file=sys.stderr, leave=False)


def _list(items: list[str]) -> str:
    return ", ".join(items)


def translate_story(
    story: Story,
    segmentations: dict[str, Segmentation],
    pivot: str = "en",
    mode: str = "auto",
    model: str | os.PathLike[str] | Mapping[str, str] | None = None,
    *,
    revision: str | None = None,
    allow_download: bool = False,
    device: str = "cpu",
    batch_size: int = 16,
    num_beams: int = 1,
    max_length: int = 512,
    cache_dir: str | os.PathLike[str] | None | bool = None,
    progress: bool | None = None,
    models: LoadedModelStore | None = None,
    engine: str = "transformers",
    loader: ModelLoader | None = None,
) -> TranslationRun:
    """Pivot-language sentences for every edition of `story` (see the module docstring for the modes).

    model: one hub id or model directory for every language, a {lang: model} mapping, or None for the
    locale defaults; revision applies to a model named here, not to the defaults. cache_dir: the translation
    cache folder (None: $CONSISTENCY_CACHE_DIR or the user cache dir; False: no cache).
    progress: a tqdm bar on stderr (True), none (False), or as the run's progress mode has it (None: a bar
    where someone watches; see consistency.progress).
    models: where loaded MT models are kept for the next story (None: the process-wide `PROCESS_MODELS`).
    engine: what runs the model, "transformers" or "ctranslate2" (the same model converted once into the
    cache folder). loader: what loads a transformers model (None: into this process; the Ray engine's runs
    it in an actor, entry/archive_ray.py).

    Raises ModelUnavailableError when mode is "transformers" (or a model was named explicitly) and a model
    is not available locally; StoryError when mode is "precomputed" and a file is missing, empty or not a
    translation of its edition.
    No network call is made unless `allow_download` is set.
    """
    _check_request(story, segmentations, mode)
    editions = sorted(story.editions.items())
    translations = {
        key: _pass_through(key, edition.lang, segmentations[key], pivot)
        for key, edition in editions
        if edition.lang == pivot
    }
    foreign = [key for key, edition in editions if edition.lang != pivot]
    foreign_langs = sorted({story.editions[key].lang for key in foreign})
    if not foreign or mode == "none":
        return _untranslated_run(translations, foreign_langs, mode, pivot)

    resolved, unavailable = _resolve_models(foreign_langs, mode, model, pivot, revision, allow_download)
    plan, precomputed_files = _plan_editions(story, foreign, mode, set(resolved), pivot)
    for key, path in sorted(precomputed_files.items()):
        translations[key] = load_precomputed(story.editions[key], segmentations[key], pivot, path)
    machine = _MachineTranslation(device=device)
    mt_keys = [key for key in foreign if plan[key] == "transformers"]
    if mt_keys:
        generation = {"device": device, "batch_size": batch_size, "num_beams": num_beams, "max_length": max_length}
        machine = _run_transformers(
            story, segmentations, mt_keys, resolved, pivot, generation, cache_dir, progress, models, engine, loader
        )
        translations.update(machine.translations)

    used = "+".join(kind for kind in _KIND_ORDER if kind in plan.values())
    signature = {
        "mode": mode, "pivot": pivot, "translator": used,
        "editions": {key: translations[key].settings for key in foreign if key in translations},
    }
    note = _note(story, plan, pivot, unavailable, precomputed_files, machine, allow_download)
    note += _layout_note(story, {key: translations[key] for key in precomputed_files})
    return TranslationRun(dict(sorted(translations.items())), used, note, signature)


def _check_request(story: Story, segmentations: dict[str, Segmentation], mode: str) -> None:
    if mode not in TRANSLATOR_MODES:
        raise ValueError(f"mode must be one of {', '.join(TRANSLATOR_MODES)}, not {mode!r}")
    missing = sorted(set(story.editions) - set(segmentations))
    if missing:
        raise ValueError(f"no segmentation for edition(s) {', '.join(missing)}")


def _untranslated_run(
    translations: dict[str, Translation], foreign_langs: list[str], mode: str, pivot: str
) -> TranslationRun:
    """The run when every edition is in the pivot language, or MT is off."""
    if not foreign_langs:
        kind, note = "pass-through", f"No MT needed: every edition is in {pivot}."
    else:
        kind = "none"
        note = (
            f"MT is off (translator 'none'): {_list(foreign_langs)} not translated into {pivot}; "
            "checks that need MT are skipped."
        )
    return TranslationRun(translations, kind, note, {"mode": mode, "pivot": pivot, "translator": kind})


def _resolve_models(
    langs: list[str],
    mode: str,
    model: str | os.PathLike[str] | Mapping[str, str] | None,
    pivot: str,
    revision: str | None,
    allow_download: bool,
) -> tuple[dict[str, ResolvedModel], dict[str, tuple[str | None, str]]]:
    """Which model each language would use, found locally (no network unless allow_download), and for the
    languages without one: {lang: (model spec or None, reason)}."""
    resolved: dict[str, ResolvedModel] = {}
    unavailable: dict[str, tuple[str | None, str]] = {}
    if mode not in ("auto", "transformers"):
        return resolved, unavailable
    for lang in langs:
        spec = _model_spec(model, lang, pivot)
        if spec is None:
            reason = (
                f"No translation model is known for {lang}→{pivot}: locales/{lang}.toml [translate] models "
                f"has no {pivot!r} entry. Pass --model DIR (model=...) or use precomputed files."
            )
            if mode == "transformers":
                raise ModelUnavailableError(reason)
            unavailable[lang] = (None, reason)
            continue
        try:
            resolved[lang] = resolve_model(
                spec, revision=revision if model is not None else None, allow_download=allow_download
            )
        except ModelUnavailableError as exc:
            if mode == "transformers" or model is not None:  # a model the user named must not fail quietly
                raise
            unavailable[lang] = (spec, str(exc))
    return resolved, unavailable


def _plan_editions(
    story: Story, foreign: list[str], mode: str, translatable_langs: set[str], pivot: str
) -> tuple[dict[str, str], dict[str, Path]]:
    """The translator kind of each foreign edition, and the precomputed file of those that use one."""
    plan: dict[str, str] = {}
    precomputed_files: dict[str, Path] = {}
    for key in foreign:
        edition = story.editions[key]
        if mode in ("auto", "transformers") and edition.lang in translatable_langs:
            plan[key] = "transformers"
        elif mode in ("auto", "precomputed") and (found := find_precomputed(edition, pivot)) is not None:
            plan[key] = "precomputed"
            precomputed_files[key] = found
        elif mode == "precomputed":
            expected = edition.path.with_name(f"{edition.path.stem}.{pivot}.txt")
            raise StoryError(expected, f"translator 'precomputed' needs this file (the {pivot} translation of {edition.path.name})")
        else:
            plan[key] = "none"
    return plan, precomputed_files


@dataclass
class _MachineTranslation:
    """What the model-translated editions produced, and what the note says about it."""

    device: str  # as asked, with "auto" resolved once a model is loaded
    translations: dict[str, Translation] = field(default_factory=dict)
    models: dict[str, str] = field(default_factory=dict)  # lang -> model id
    sentences: int = 0
    from_cache: int = 0
    engine: str = ""  # "" for transformers; "CTranslate2 int8" when that engine ran the model


def _run_transformers(
    story: Story,
    segmentations: dict[str, Segmentation],
    keys: list[str],
    resolved: dict[str, ResolvedModel],
    pivot: str,
    generation: dict[str, Any],
    cache_dir: str | os.PathLike[str] | None | bool,
    progress: bool | None,
    models: LoadedModelStore | None,
    engine: str = "transformers",
    loader: ModelLoader | None = None,
) -> _MachineTranslation:
    cache = None if cache_dir is False else TranslationCache(None if cache_dir in (None, True) else cache_dir)
    try:
        if engine == "ctranslate2":
            from consistency.stages.translate.ctranslate2 import CTranslate2Translator

            # the conversion lives in the cache folder (a private temporary one when the cache is off)
            root = cache.directory if cache is not None else Path(tempfile.mkdtemp(prefix="consistency-ct2-"))

            def make(model: ResolvedModel) -> TransformersTranslator:
                return CTranslate2Translator(model, cache=cache, models=models, converted_root=root, **generation)
        else:
            def make(model: ResolvedModel) -> TransformersTranslator:
                return TransformersTranslator(model, cache=cache, models=models,
                                              loader=loader or load_translation_model, **generation)
        translators = {lang: make(resolved[lang]) for lang in sorted({story.editions[key].lang for key in keys})}
        first = next(iter(translators.values()))
        machine = _MachineTranslation(
            device=first.device,  # one device for all, "auto" resolved
            models={lang: translator.resolved.model_id for lang, translator in translators.items()},
            engine=f"CTranslate2 {first.compute_type}" if engine == "ctranslate2" else "",
        )
        with _progress_bar(sum(len(segmentations[key].sentences) for key in keys), progress) as bar:
            for key in keys:
                edition = story.editions[key]
                translator = translators[edition.lang]
                texts = [s.text for s in segmentations[key].sentences]
                before = translator.stats["from_cache"]
                output = translator.translate(texts, edition.lang, pivot, progress=bar.update)
                machine.sentences += len(texts)
                machine.from_cache += translator.stats["from_cache"] - before
                machine.translations[key] = Translation(
                    edition=key, source_lang=edition.lang, pivot=pivot, sentences=tuple(output),
                    translator="transformers", model=translator.resolved.model_id,
                    revision=translator.resolved.revision, settings=translator.signature(),
                )
    finally:
        if cache is not None:
            cache.close()
    return machine


def _layout_note(story: Story, precomputed: dict[str, Translation]) -> str:
    """Precomputed files read otherwise than line by sentence or block by paragraph: said, so that a
    reader knows the pairing of translated and original sentences is the tool's."""
    said = []
    for key, translation in sorted(precomputed.items()):
        layout = translation.settings["layout"]
        edition = story.editions[key].path.name
        if layout == "aligned by content":
            said.append(f"The precomputed {translation.settings['file']} follows neither the sentences nor the paragraphs of "
                        f"{edition}: its sentences were paired with {edition}'s by figures, names and lengths")
        elif layout.endswith(" as written"):
            said.append(f"The precomputed {translation.settings['file']} translates {edition} with its page furniture: "
                        "the lines of the furniture were left out")
    return "".join(f" {sentence}." for sentence in said)


def _note(
    story: Story,
    plan: dict[str, str],
    pivot: str,
    unavailable: dict[str, tuple[str | None, str]],
    precomputed_files: dict[str, Path],
    machine: _MachineTranslation,
    allow_download: bool,
) -> str:
    parts: list[str] = []
    if machine.models:
        used_models = machine.models
        langs = sorted(used_models)
        models = sorted(set(used_models.values()))
        named = models[0] if len(models) == 1 else _list([f"{used_models[lang]} ({lang})" for lang in langs])
        # no cache statistics here: the note is part of the report, which must read the same cold and warm
        run_by = f" run by {machine.engine}" if machine.engine else ""
        parts.append(f"Translated {_list(langs)} → {pivot} with {named}{run_by} on {machine.device}")
    if precomputed_files:
        files = _list([precomputed_files[key].name for key in sorted(precomputed_files)])
        langs = sorted({story.editions[key].lang for key in precomputed_files} & set(unavailable))
        if langs:  # auto mode fell back on the files: say why
            known = [unavailable[lang][0] for lang in langs if unavailable[lang][0]]
            pairs = _list([f"{lang}→{pivot}" for lang in langs])
            parts.append(f"no MT model: none is cached for {pairs}" + (f" ({_list(known)})" if known else "")
                         + f"; took the {pivot} text from the precomputed {files}")
        else:
            parts.append(f"took the {pivot} text from the precomputed {files}")
    off = sorted({story.editions[key].lang for key, kind in plan.items() if kind == "none"})
    if off:
        known = [unavailable[lang][0] for lang in off if lang in unavailable and unavailable[lang][0]]
        pairs = _list([f"{lang}→{pivot}" for lang in off])
        verb = "could be found or downloaded" if allow_download else "is cached"
        reason = f"no translation model for {pairs} {verb}" + (f" ({_list(known)})" if known else "")
        examples = _list([f"{story.editions[key].path.stem}.{pivot}.txt" for key, kind in sorted(plan.items()) if kind == "none"])
        advice = f"Use --model DIR, --download-model or precomputed {examples} files"
        if parts:
            parts.append(f"MT is off for {_list(off)}: {reason}, so checks that need MT skip it ({advice})")
        else:
            parts.append(f"MT is off: {reason}; checks that need MT are skipped. {advice}")
    sentence = "; ".join(parts)
    return sentence[0].upper() + sentence[1:] + "."
