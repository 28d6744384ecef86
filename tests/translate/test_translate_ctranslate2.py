"""The same model run by CTranslate2 (--mt-engine ctranslate2): converted once into the cache folder,
batched and cached like the transformers translator, and, at float32, saying what transformers says."""

from __future__ import annotations

import pytest

from consistency.cache import TranslationCache
from consistency.stages.translate.plan import translate_story
from consistency.stages.translate.transformers import TransformersTranslator

ctranslate2 = pytest.importorskip("ctranslate2")
from consistency.stages.translate.ctranslate2 import CTranslate2Translator  # noqa: E402

SENTENCES = ["Міністр сказав журналістам у середу, що підтримка триватиме.",
             "Загальна сума допомоги перевищила 44,2 мільярда доларів.",
             "Зустріч відбулася у Брюсселі."]


def test_at_float32_both_engines_translate_alike(tiny_marian_dir, tmp_path):
    engine = CTranslate2Translator(str(tiny_marian_dir), compute_type="float32", converted_root=tmp_path, models={})
    reference = TransformersTranslator(str(tiny_marian_dir), models={})
    assert engine.translate(SENTENCES, "uk", "en") == reference.translate(SENTENCES, "uk", "en")
    assert engine.signature()["translator"] == "ctranslate2" and engine.signature()["compute_type"] == "float32"


def test_the_model_is_converted_once_into_the_cache_folder(tiny_marian_dir, tmp_path):
    first = CTranslate2Translator(str(tiny_marian_dir), converted_root=tmp_path, models={})
    converted = sorted((tmp_path / "ctranslate2").iterdir())
    assert [p.name.endswith("-int8") for p in converted] == [True] and (converted[0] / "model.bin").is_file()
    stamp = (converted[0] / "model.bin").stat().st_mtime_ns
    CTranslate2Translator(str(tiny_marian_dir), converted_root=tmp_path, models={})
    assert (converted[0] / "model.bin").stat().st_mtime_ns == stamp
    assert [len(t) > 0 for t in first.translate(SENTENCES, "uk", "en")] == [True, True, True]


def test_the_engines_never_answer_for_each_other_from_the_cache(tiny_marian_dir, tmp_path):
    cache = TranslationCache(tmp_path / "cache")
    TransformersTranslator(str(tiny_marian_dir), cache=cache, models={}).translate(SENTENCES, "uk", "en")
    engine = CTranslate2Translator(str(tiny_marian_dir), cache=cache, converted_root=tmp_path, models={})
    engine.translate(SENTENCES, "uk", "en")
    assert engine.stats["translated"] == len(SENTENCES)
    engine.translate(SENTENCES, "uk", "en")
    assert engine.stats["from_cache"] == len(SENTENCES)


def test_a_story_translated_by_ctranslate2_says_so(make_story, tiny_marian_dir, tmp_path):
    story, segmentations = make_story()
    run = translate_story(story, segmentations, mode="transformers", model=tiny_marian_dir,
                          cache_dir=tmp_path / "cache", engine="ctranslate2")
    assert "run by CTranslate2 int8" in run.note
    uk = run.translations["uk"]
    assert len(uk.sentences) == len(segmentations["uk"].sentences) and uk.settings["translator"] == "ctranslate2"
    assert any((tmp_path / "cache" / "ctranslate2").iterdir())


def test_the_engine_is_an_option_checked_at_once():
    from consistency.errors import OptionError
    from consistency.options import Options

    assert Options(mt_engine="ctranslate2").mt_engine == "ctranslate2"
    with pytest.raises(OptionError, match="mt_engine 'onnx' is not one of transformers, ctranslate2"):
        Options(mt_engine="onnx")
