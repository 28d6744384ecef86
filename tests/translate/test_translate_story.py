"""translate_story: which translator each edition gets, what the note says, and that a second run is free."""

from __future__ import annotations

import time

import pytest
from transformers import MarianMTModel

from consistency.errors import ModelUnavailableError, StoryError
from consistency.stages.translate.plan import translate_story
from support.tiny_marian import FAKE_COMMIT, install_in_hf_cache

UK_EN_LINES = "\n".join(f"English line {n}." for n in range(1, 6)) + "\n"
RU_EN_LINES = "\n".join(f"Russian line {n}." for n in range(1, 6)) + "\n"


def test_the_pivot_edition_passes_through(make_story):
    story, segmentations = make_story()
    run = translate_story(story, segmentations, mode="none")
    english = run.translations["en"]
    assert english.translator == "pass-through"
    assert english.sentences == tuple(s.text for s in segmentations["en"].sentences)


def test_mode_none_translates_nothing_and_says_so(make_story):
    story, segmentations = make_story()
    run = translate_story(story, segmentations, mode="none")
    assert sorted(run.translations) == ["en"]
    assert run.translator == "none"
    assert run.note.startswith("MT is off") and "uk" in run.note and "ru" in run.note


def test_auto_without_model_or_files_is_off_and_explains_how_to_turn_it_on(make_story):
    story, segmentations = make_story()
    started = time.monotonic()
    run = translate_story(story, segmentations)
    assert time.monotonic() - started < 5
    assert run.translator == "none"
    assert sorted(run.translations) == ["en"]
    assert run.note == (
        "MT is off: no translation model for ru→en, uk→en is cached "
        "(Helsinki-NLP/opus-mt-ru-en, Helsinki-NLP/opus-mt-uk-en); checks that need MT are skipped. "
        "Use --model DIR, --download-model or precomputed ru.en.txt, uk.en.txt files."
    )


def test_auto_takes_precomputed_files_when_no_model_is_cached(make_story):
    story, segmentations = make_story(**{"uk.en.txt": UK_EN_LINES, "ru.en.txt": RU_EN_LINES})
    run = translate_story(story, segmentations)
    assert run.translator == "precomputed"
    assert run.translations["uk"].sentences[0] == "English line 1."
    assert run.translations["ru"].sentences[4] == "Russian line 5."
    assert run.note == (
        "No MT model: none is cached for ru→en, uk→en (Helsinki-NLP/opus-mt-ru-en, Helsinki-NLP/opus-mt-uk-en);"
        " took the en text from the precomputed ru.en.txt, uk.en.txt."
    )
    assert run.signature["editions"]["uk"]["file"] == "uk.en.txt"


def test_auto_prefers_a_cached_model_and_mixes_per_edition(make_story, tiny_marian_dir, hf_cache):
    install_in_hf_cache(hf_cache, "Helsinki-NLP/opus-mt-uk-en", tiny_marian_dir)
    story, segmentations = make_story(**{"uk.en.txt": UK_EN_LINES, "ru.en.txt": RU_EN_LINES})
    run = translate_story(story, segmentations, cache_dir=False)
    assert run.translations["uk"].translator == "transformers"
    assert run.translations["uk"].model == "Helsinki-NLP/opus-mt-uk-en"
    assert run.translations["uk"].revision == FAKE_COMMIT
    assert run.translations["ru"].translator == "precomputed"
    assert run.translator == "transformers+precomputed"
    assert run.note == (
        "Translated uk → en with Helsinki-NLP/opus-mt-uk-en on cpu; no MT model: none is cached for ru→en"
        " (Helsinki-NLP/opus-mt-ru-en); took the en text from the precomputed ru.en.txt."
    )


def test_a_model_that_covers_only_some_languages_leaves_the_rest_off(make_story, tiny_marian_dir, hf_cache):
    install_in_hf_cache(hf_cache, "Helsinki-NLP/opus-mt-uk-en", tiny_marian_dir)
    story, segmentations = make_story()
    run = translate_story(story, segmentations, cache_dir=False)
    assert sorted(run.translations) == ["en", "uk"]
    assert run.translator == "transformers+none"
    assert "MT is off for ru" in run.note and "Helsinki-NLP/opus-mt-ru-en" in run.note


def test_an_explicit_model_directory_translates_every_edition(make_story, tiny_marian_dir, tmp_path):
    story, segmentations = make_story()
    run = translate_story(story, segmentations, model=tiny_marian_dir, batch_size=2, cache_dir=tmp_path / "c")
    assert run.translator == "transformers"
    for key in ("uk", "ru"):
        translation = run.translations[key]
        assert len(translation.sentences) == len(segmentations[key].sentences) == 5
        assert all(translation.sentences)
        assert translation.settings["model"] == tiny_marian_dir.name
    assert run.note == f"Translated ru, uk → en with {tiny_marian_dir.name} on cpu."
    assert run.signature["mode"] == "auto" and run.signature["editions"]["uk"]["num_beams"] == 1


def test_a_model_store_given_to_translate_story_keeps_the_loaded_model(make_story, tiny_marian_dir):
    story, segmentations = make_story()
    store: dict = {}
    first = translate_story(story, segmentations, model=tiny_marian_dir, cache_dir=False, models=store)
    [(key, (tokenizer, model))] = store.items()
    assert key == (str(tiny_marian_dir.resolve()), "cpu")
    second = translate_story(story, segmentations, model=tiny_marian_dir, cache_dir=False, models=store)
    assert store[key][1] is model
    assert second.translations == first.translations and second.note == first.note


def test_a_second_run_comes_from_the_cache_without_calling_the_model(
    make_story, tiny_marian_dir, tmp_path, spy_generate
):
    story, segmentations = make_story()
    spy = spy_generate(MarianMTModel)
    first = translate_story(story, segmentations, mode="transformers", model=tiny_marian_dir, cache_dir=tmp_path / "c")
    assert spy.calls > 0
    calls = spy.calls

    second = translate_story(story, segmentations, mode="transformers", model=tiny_marian_dir, cache_dir=tmp_path / "c")
    assert spy.calls == calls
    assert second.translations == first.translations
    assert second.note == first.note and "cache" not in second.note  # the report reads the same cold and warm


def test_the_cache_folder_defaults_to_the_environment_setting(make_story, tiny_marian_dir, tmp_path, monkeypatch):
    monkeypatch.setenv("CONSISTENCY_CACHE_DIR", str(tmp_path / "from-env"))
    story, segmentations = make_story()
    translate_story(story, segmentations, model=tiny_marian_dir)
    assert (tmp_path / "from-env" / "translations.sqlite3").is_file()


def test_explicit_transformers_without_a_model_raises(make_story, monkeypatch):
    story, segmentations = make_story()
    for offline in ("", "1"):
        monkeypatch.setenv("HF_HUB_OFFLINE", offline)
        started = time.monotonic()
        with pytest.raises(ModelUnavailableError, match="Helsinki-NLP/opus-mt-ru-en"):
            translate_story(story, segmentations, mode="transformers")
        assert time.monotonic() - started < 5


def test_a_named_model_that_is_missing_is_an_error_even_in_auto_mode(make_story, tmp_path):
    story, segmentations = make_story()
    with pytest.raises(ModelUnavailableError, match="no-such-org/no-such-model"):
        translate_story(story, segmentations, model="no-such-org/no-such-model")


def test_explicit_precomputed_needs_every_file(make_story):
    story, segmentations = make_story(**{"uk.en.txt": UK_EN_LINES})
    with pytest.raises(StoryError) as raised:
        translate_story(story, segmentations, mode="precomputed")
    assert raised.value.path.name == "ru.en.txt"


def test_a_story_all_in_the_pivot_language_needs_no_translation(make_story):
    story, segmentations = make_story({"en.txt": "One edition.\n", "en-dod.txt": "A press release.\n"})
    run = translate_story(story, segmentations, mode="transformers")
    assert run.translator == "pass-through"
    assert {t.translator for t in run.translations.values()} == {"pass-through"}
    assert run.note == "No MT needed: every edition is in en."


def test_an_unknown_mode_is_refused(make_story):
    story, segmentations = make_story()
    with pytest.raises(ValueError, match="mode must be one of"):
        translate_story(story, segmentations, mode="google")


def test_the_progress_bar_shows_only_when_asked(make_story, tiny_marian_dir, tmp_path, capsys):
    story, segmentations = make_story()
    translate_story(story, segmentations, model=tiny_marian_dir, cache_dir=False, progress=True)
    assert "Translating" in capsys.readouterr().err
    translate_story(story, segmentations, model=tiny_marian_dir, cache_dir=False)  # stderr is not a terminal
    assert "Translating" not in capsys.readouterr().err
