"""Language identification tells Ukrainian from Russian where langdetect alone cannot."""

import pytest

from consistency.stages.langid import identify, mixed_script_words


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Міністр оборони США Ллойд Остін провів зустріч з Умєровим у Пентагоні.", "uk"),
        ("Остин подтвердил новый пакет военной помощи Украине на 175 млн долларов.", "ru"),
        ("Austin confirmed a new package of military aid to Ukraine.", "en"),
        ("Вчора США оголосили, що пакет допомоги Україні включає боєприпаси для систем ППО.", "uk"),
        ("Глава Пентагона провел встречу с министром обороны Украины в Вашингтоне.", "ru"),
    ],
)
def test_identifies_the_language_of_a_sentence(text, lang):
    assert identify(text).lang == lang


def test_too_little_text_is_not_guessed():
    assert identify("HIMARS, 155 мм").lang is None


def test_identification_is_deterministic():
    text = "Остин подтвердил пакет помощи. " * 3
    assert len({identify(text) for _ in range(5)}) == 1


def test_latin_look_alikes_inside_cyrillic_words_are_found():
    assert [w for _, _, w, _ in mixed_script_words("Мiнiстр оборони прибув до Kиєва, а не до Києва.")] == ["Мiнiстр", "Kиєва"]


def test_a_mixed_word_names_the_scripts_it_mixes():
    [(_, _, word, scripts)] = mixed_script_words("Мiнiстр прибув.")
    assert (word, scripts) == ("Мiнiстр", ("Cyrillic", "Latin"))
