"""TransformersTranslator on a tiny random MarianMT: its outputs are gibberish, so these tests check
structure, order, determinism, chunking and the cache, never the content of a translation."""

from __future__ import annotations

import time

import pytest

from consistency.errors import ModelUnavailableError
from consistency.stages.translate.plan import (
    PROCESS_MODELS,
    CacheWarning,
    LoadedModels,
    TransformersTranslator,
    TranslationCache,
    Translator,
    resolve_model,
)
from consistency.stages.translate.transformers import load_translation_model
from support.tiny_marian import FAKE_COMMIT, install_in_hf_cache

SENTENCES = [
    "Міністерство оборони оголосило новий пакет допомоги.",
    "Груз весит около 250 килограммов.",
    "Конгрес ще не ухвалив запит на додаткове фінансування.",
    "Це вже п'ятдесят перший пакет.",
    "Цены на топливо выросли на 3,5 процента за месяц.",
]

# about 170 tokens of the tiny model, whose input holds 64: it must be cut at the commas
LONG_SENTENCE = ", ".join(["Міністр сказав журналістам у середу"] * 12) + "."


def test_it_is_a_translator(tiny_marian_dir):
    translator = TransformersTranslator(tiny_marian_dir)
    assert isinstance(translator, Translator)
    signature = translator.signature()
    assert signature["model"] == tiny_marian_dir.name
    assert signature["num_beams"] == 1 and signature["do_sample"] is False
    assert signature["max_length"] == 64  # the model's position limit beats the default 512
    assert len(signature["fingerprint"]) == 16


def test_translators_given_one_model_store_load_the_model_once(tiny_marian_dir):
    loads: list[tuple[str, str]] = []

    def counting_loader(path: str, device: str):
        loads.append((path, device))
        return load_translation_model(path, device)

    store: dict = {}
    first = TransformersTranslator(tiny_marian_dir, models=store, loader=counting_loader)
    second = TransformersTranslator(tiny_marian_dir, num_beams=2, models=store, loader=counting_loader)
    assert loads == [(str(tiny_marian_dir.resolve()), "cpu")]
    assert list(store) == loads
    assert second.model is first.model and second.tokenizer is first.tokenizer


def test_without_a_store_a_model_loads_once_per_process(tiny_marian_dir):
    first = TransformersTranslator(tiny_marian_dir)
    assert TransformersTranslator(tiny_marian_dir, batch_size=3).model is first.model
    assert PROCESS_MODELS[(str(tiny_marian_dir.resolve()), "cpu")] == (first.tokenizer, first.model)


def test_the_process_store_keeps_only_the_most_recently_used_models():
    store = LoadedModels(capacity=2)
    store["a", "cpu"], store["b", "cpu"] = "pair a", "pair b"
    assert store["a", "cpu"] == "pair a"  # now b is the least recently used
    store["c", "cpu"] = "pair c"
    assert sorted(store) == [("a", "cpu"), ("c", "cpu")]


def test_batches_keep_order_and_match_one_at_a_time(tiny_marian_dir, spy_generate):
    batched = TransformersTranslator(tiny_marian_dir, batch_size=2)
    spy = spy_generate(batched.model)
    in_twos = batched.translate(SENTENCES, "uk", "en")
    assert spy.calls == 3  # 5 sentences in batches of 2

    singly = TransformersTranslator(tiny_marian_dir, batch_size=1).translate(SENTENCES, "uk", "en")
    assert in_twos == singly
    assert len(in_twos) == 5
    assert len(set(in_twos)) >= 3, "the random model should tell most inputs apart"
    reversed_run = TransformersTranslator(tiny_marian_dir, batch_size=2).translate(SENTENCES[::-1], "uk", "en")
    assert reversed_run == in_twos[::-1]


def test_empty_and_blank_texts_need_no_model(tiny_marian_dir, spy_generate):
    translator = TransformersTranslator(tiny_marian_dir)
    spy = spy_generate(translator.model)
    assert translator.translate(["", "  \n "], "uk", "en") == ["", ""]
    assert spy.calls == 0


def test_a_sentence_longer_than_the_model_input_is_chunked_not_truncated(tiny_marian_dir, spy_generate):
    translator = TransformersTranslator(tiny_marian_dir, batch_size=4)
    assert translator.count_tokens(LONG_SENTENCE) > 2 * translator.max_length
    spy = spy_generate(translator.model)

    [output] = translator.translate([LONG_SENTENCE], "uk", "en")

    assert len(spy.input_lengths) >= 3  # at least three pieces went to the model
    assert max(spy.input_lengths) <= translator.max_length
    # the pieces, read back from the token ids the model was given, are the whole sentence in order
    pieces = [translator.tokenizer.decode(ids, skip_special_tokens=True) for ids in spy.inputs]
    by_position = sorted(pieces, key=LONG_SENTENCE.index)
    assert " ".join(by_position) == LONG_SENTENCE
    assert output


def test_the_cache_answers_a_second_run_without_the_model(tiny_marian_dir, spy_generate, tmp_path):
    first = TransformersTranslator(tiny_marian_dir, batch_size=2, cache=TranslationCache(tmp_path / "c"))
    spy = spy_generate(first.model)
    outputs = first.translate(SENTENCES + [LONG_SENTENCE], "uk", "en")
    calls_for_first_run = spy.calls
    assert calls_for_first_run > 0

    again = TransformersTranslator(tiny_marian_dir, batch_size=5, cache=TranslationCache(tmp_path / "c"))
    assert again.translate(SENTENCES + [LONG_SENTENCE], "uk", "en") == outputs
    assert spy.calls == calls_for_first_run, "a cached run must not call generate"
    assert again.stats == {"texts": 6, "from_cache": 6, "translated": 0}


def test_the_cache_key_covers_the_generation_settings(tiny_marian_dir, spy_generate, tmp_path):
    cache = TranslationCache(tmp_path / "c")
    TransformersTranslator(tiny_marian_dir, cache=cache).translate(SENTENCES[:2], "uk", "en")
    beams = TransformersTranslator(tiny_marian_dir, num_beams=2, cache=cache)
    spy = spy_generate(beams.model)
    beams.translate(SENTENCES[:2], "uk", "en")
    assert spy.calls == 1
    other_source = TransformersTranslator(tiny_marian_dir, cache=cache)
    other_source.translate(SENTENCES[:2], "ru", "en")
    assert spy.calls == 2  # the same text from another language is another entry


def test_a_corrupt_cache_file_is_moved_aside_and_rebuilt(tiny_marian_dir, tmp_path):
    expected = TransformersTranslator(tiny_marian_dir).translate(SENTENCES, "uk", "en")
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "translations.sqlite3").write_bytes(b"this is not an SQLite database\x00" * 100)

    with pytest.warns(CacheWarning, match="unreadable"):
        cache = TranslationCache(folder)
    translator = TransformersTranslator(tiny_marian_dir, cache=cache)
    assert translator.translate(SENTENCES, "uk", "en") == expected
    assert (folder / "translations.sqlite3.corrupt").is_file()
    assert cache.enabled and len(cache) == len(SENTENCES)


def test_an_unwritable_cache_folder_means_no_cache_and_one_warning(tiny_marian_dir, tmp_path, recwarn):
    blocker = tmp_path / "a-file"
    blocker.write_text("the cache folder would have to be inside this file")
    cache = TranslationCache(blocker / "cache")
    translator = TransformersTranslator(tiny_marian_dir, cache=cache)
    first = translator.translate(SENTENCES, "uk", "en")
    second = translator.translate(SENTENCES, "uk", "en")

    assert first == second == TransformersTranslator(tiny_marian_dir).translate(SENTENCES, "uk", "en")
    assert not cache.enabled
    assert len([w for w in recwarn if issubclass(w.category, CacheWarning)]) == 1
    assert translator.stats["from_cache"] == 0


@pytest.mark.skipif(not hasattr(__import__("os"), "geteuid") or __import__("os").geteuid() == 0,
                    reason="root writes into read-only folders")
def test_a_read_only_cache_folder_means_no_cache(tiny_marian_dir, tmp_path):
    folder = tmp_path / "read-only"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        with pytest.warns(CacheWarning, match="cannot be used"):
            cache = TranslationCache(folder)
        assert TransformersTranslator(tiny_marian_dir, cache=cache).translate(SENTENCES[:2], "uk", "en")
    finally:
        folder.chmod(0o755)


def test_a_full_cache_stops_caching_but_not_translating(tiny_marian_dir, tmp_path):
    cache = TranslationCache(tmp_path / "c")
    cache.put_many({"an entry that fills the table's first page": "x" * 5000})
    # SQLite's own "database or disk is full", reached by capping the file at its current size
    pages = cache._connection.execute("PRAGMA page_count").fetchone()[0]
    cache._connection.execute(f"PRAGMA max_page_count = {pages}")
    translator = TransformersTranslator(tiny_marian_dir, cache=cache)
    many = [f"{sentence} ({number})" for number in range(4) for sentence in SENTENCES]
    with pytest.warns(CacheWarning, match="full"):
        outputs = translator.translate(many, "uk", "en")
    assert outputs == TransformersTranslator(tiny_marian_dir).translate(many, "uk", "en")
    assert not cache.enabled


@pytest.mark.parametrize("offline", [False, True], ids=["online-env", "HF_HUB_OFFLINE"])
def test_a_missing_model_fails_at_once_with_a_useful_message(offline, monkeypatch):
    if offline:
        monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    started = time.monotonic()
    with pytest.raises(ModelUnavailableError) as raised:
        TransformersTranslator("Helsinki-NLP/opus-mt-uk-en")
    assert time.monotonic() - started < 5
    message = str(raised.value)
    assert "Helsinki-NLP/opus-mt-uk-en" in message
    assert "Hugging Face cache" in message
    assert "--model DIR" in message and "hf download Helsinki-NLP/opus-mt-uk-en" in message
    assert "--download-model" in message


def test_a_download_is_not_tried_in_offline_mode(monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    started = time.monotonic()
    with pytest.raises(ModelUnavailableError, match="HF_HUB_OFFLINE is set"):
        resolve_model("Helsinki-NLP/opus-mt-ru-en", allow_download=True)
    assert time.monotonic() - started < 5


def test_a_folder_without_weights_is_not_a_model(tmp_path):
    (tmp_path / "config.json").write_text("{}")
    with pytest.raises(ModelUnavailableError, match="model weights"):
        resolve_model(tmp_path)


def test_a_path_that_does_not_exist_is_named(tmp_path):
    with pytest.raises(ModelUnavailableError, match="no such directory"):
        resolve_model(str(tmp_path / "nowhere") + "/")


def test_a_model_in_the_hugging_face_cache_is_found_without_the_network(tiny_marian_dir, hf_cache, monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    snapshot = install_in_hf_cache(hf_cache, "Helsinki-NLP/opus-mt-uk-en", tiny_marian_dir)
    resolved = resolve_model("Helsinki-NLP/opus-mt-uk-en")
    assert (resolved.path, resolved.revision, resolved.origin) == (snapshot, FAKE_COMMIT, "hf-cache")
    translator = TransformersTranslator("Helsinki-NLP/opus-mt-uk-en")
    assert translator.signature()["revision"] == FAKE_COMMIT
    assert len(translator.translate(SENTENCES, "uk", "en")) == 5


def test_device_auto_and_an_absent_gpu(tiny_marian_dir):
    import torch

    translator = TransformersTranslator(tiny_marian_dir, device="auto")
    assert translator.device == ("cuda" if torch.cuda.is_available() else "cpu")
    if not torch.cuda.is_available():
        with pytest.raises(ValueError, match="no CUDA GPU"):
            TransformersTranslator(tiny_marian_dir, device="cuda")


@pytest.mark.skipif(not __import__("torch").cuda.is_available(), reason="needs a CUDA GPU")
def test_on_a_gpu_batches_match_and_agree_with_the_cpu(tiny_marian_dir):
    on_gpu = TransformersTranslator(tiny_marian_dir, device="cuda", batch_size=2).translate(SENTENCES, "uk", "en")
    assert on_gpu == TransformersTranslator(tiny_marian_dir, device="cuda", batch_size=1).translate(SENTENCES, "uk", "en")
    assert on_gpu == TransformersTranslator(tiny_marian_dir, device="cpu").translate(SENTENCES, "uk", "en")
