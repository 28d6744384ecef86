"""Figures written in two parts, as Ukrainian and Russian copy writes them, against the one figure English gives:
"1 млн 200 тис. гривень" is UAH 1.2 million, "15 грн 50 коп." is UAH 15.50, "2 ч 15 мин" is 2 hours 15 minutes; and
English's own shorthand, "3.5m", which is 3.5 million people or a 1500m race as the other editions say."""

import pytest

from consistency.checks.facts.relations import relation, rival
from consistency.stages.facts import extract_facts
from support.facts_story import fact_findings
from support.story_cli import write_story


def read(text, lang):
    return [(f.kind, f.value, f.unit) for f in extract_facts(text, lang) if f.kind != "name"]


def only(text, lang):
    facts = [f for f in extract_facts(text, lang) if f.kind != "name"]
    assert len(facts) == 1, facts
    return facts[0]


@pytest.mark.parametrize("lang,text,value", [
    ("uk", "На ремонт спрямують 1 млн 200 тис. гривень.", 1.2e6),
    ("ru", "На ремонт направят 1 млн 200 тыс. гривен.", 1.2e6),
    ("en", "UAH 1.2 million will go to repairs.", 1.2e6),
    ("uk", "Програма коштує 2 млн 750 тис. грн.", 2.75e6),
])
def test_a_sum_in_two_scale_words_is_one_sum(lang, text, value):
    assert read(text, lang) == [("money", value, "UAH")]


@pytest.mark.parametrize("lang,text", [("uk", "Експорт склав 1 млн 200 тис. тонн."),
                                       ("ru", "Экспорт составил 1 млн 200 тыс. тонн."),
                                       ("en", "Exports reached 1.2 million tonnes.")])
def test_a_quantity_in_two_scale_words_is_one_quantity(lang, text):
    assert read(text, lang) == [("quantity", 1.2e6, "t")]


def test_two_scale_words_join_only_as_one_figure_would_be_written():
    assert read("Було 5 млн 20 тис. осіб.", "uk") == [("amount", 5.02e6, None)]
    # the second part must be less than one of the first's scale, and stand right after it, a space between
    assert read("Було 5 млн, 200 тис. осіб.", "uk") == [("amount", 5e6, None), ("amount", 2e5, None)]
    assert read("Було 2 тис. 300 тис. осіб.", "uk") == [("amount", 2e3, None), ("amount", 3e5, None)]
    assert read("Бюджет: 5 млн\n200 тис. гривень", "uk") == [("amount", 5e6, None), ("money", 2e5, "UAH")]
    # a sum that has said its currency is whole: the next figure starts a sentence of its own
    assert read("Збитки – 5 млрд грн. 300 млн із них покриє держава.", "uk") == [("money", 5e9, "UAH"),
                                                                               ("amount", 3e8, None)]


def test_both_ends_of_a_range_in_two_scale_words_take_its_currency():
    assert read("Від 1 млн 200 тис. до 1 млн 500 тис. гривень.", "uk") == [("money", 1.2e6, "UAH"),
                                                                        ("money", 1.5e6, "UAH")]


@pytest.mark.parametrize("lang,text,value,unit", [
    ("uk", "Проїзд подорожчав з 12 грн до 15 грн 50 коп.", 15.5, "UAH"),
    ("ru", "Проезд подорожал с 12 грн до 15 грн 50 коп.", 15.5, "UAH"),
    ("uk", "Ціна – 3 дол. 99 центів.", 3.99, "USD"),
])
def test_a_sum_and_its_coins_are_one_sum(lang, text, value, unit):
    assert read(text, lang)[-1] == ("money", value, unit)


def test_coins_of_another_currency_stay_apart():
    assert read("Ціна 15 грн 50 центів.", "uk") == [("money", 15.0, "UAH"), ("money", 0.5, "USD|EUR")]


@pytest.mark.parametrize("lang,text,code", [("uk", "Квиток коштує 500 €.", "EUR"), ("ru", "Цена 1 200 $.", "USD"),
                                            ("uk", "Курс – 41 ₴.", "UAH")])
def test_a_currency_sign_after_its_figure(lang, text, code):
    assert only(text, lang).unit == code
    assert read("a stamp costs 49 p", "en") == [("amount", 49.0, None)]  # a one-letter word still only glued
    # a sign before the next figure is that figure's
    assert read("In 2019 $5 billion was spent.", "en") == [("year", 2019, None), ("money", 5e9, "USD")]


def test_hours_and_minutes_without_their_full_stops_in_russian():
    assert read("Поездка длится 2 ч 15 мин", "ru") == read("Поїздка триває 2 год 15 хв", "uk") == [
        ("quantity", 2.25, "h")]
    assert read("The trip takes 2 hours 15 minutes", "en") == [("quantity", 2.25, "h")]


def test_a_glued_m_is_a_million_before_a_unit_and_else_either_a_million_or_metres():
    grain = read("Україна експортувала 1,2 млн тонн зерна.", "uk")
    assert read("Ukraine exported 1.2m tonnes of grain.", "en") == grain
    people = only("6.8m Ukrainian refugees are abroad.", "en")
    race = only("He won the 1500m freestyle.", "en")
    assert relation(people, only("За кордоном 6,8 млн українських біженців.", "uk")) == "equal"
    assert relation(race, only("Він виграв 1500 м вільним стилем.", "uk")) == "equal"
    assert relation(race, only("Він виграв 1500 метрів вільним стилем.", "uk")) == "equal"
    assert rival(only("6.5m refugees", "en"), only("6,8 млн біженців", "uk")) == "value"
    assert relation(only("6.5m refugees", "en"), only("6,8 млн біженців", "uk")) is None
    assert read("A £3m grant.", "en") == [("money", 3e6, "GBP")]  # a currency says which
    assert read("The probe flew 3m miles.", "en") == [("quantity", 3e6, "mi")]
    assert read("A 3m/s wind.", "en") == [("quantity", 3.0, "m/s")]
    assert read("He is 1m 90cm tall.", "en") == [("quantity", 1.9, "m")]
    assert read("The sea level is 0m here.", "en") == [("quantity", 0.0, "m")]


def test_a_glued_m_keeps_what_the_copy_said_of_its_figure():
    about = only("About 3.5m people fled.", "en")
    assert relation(about, only("Близько 3,5 млн людей виїхали.", "uk")) == "equal"
    assert relation(about, only("Виїхали 3 460 000 людей.", "uk")) == "rounding"


UK = ("Громада отримає 1 млн 200 тис. гривень на ремонт шкіл, а проїзд подорожчає до 15 грн 50 коп.\n\n"
      "Потяг їхатиме 13 год 40 хв, туристичний квиток коштує 20 €, а за кордоном перебувають 6,8 млн біженців.\n\n"
      "Романчук виграв золото на 1500 м.\n")
EN = ("The community will receive UAH 1.2 million to repair schools, and the fare will rise to UAH 15.50.\n\n"
      "The train will take 13 hours 40 minutes, a tourist ticket costs €20, and 6.8m refugees are abroad.\n\n"
      "Romanchuk won gold in the 1500m.\n")
RU = ("Громада получит 1 млн 200 тыс. гривен на ремонт школ, а проезд подорожает до 15 грн 50 коп.\n\n"
      "Поезд будет ехать 13 ч 40 мин, туристический билет стоит 20 €, а за границей находятся 6,8 млн беженцев.\n\n"
      "Романчук выиграл золото на 1500 м.\n")


def _numbers(folder):
    return fact_findings(folder, ("numbers", "units"))


def test_a_clean_story_in_two_part_figures_raises_nothing(tmp_path):
    assert _numbers(write_story(tmp_path / "s", {"en.txt": EN, "uk.txt": UK, "ru.txt": RU})) == []


@pytest.mark.parametrize("edition,old,new", [
    ("uk", "1 млн 200 тис.", "1 млн 300 тис."), ("ru", "15 грн 50 коп.", "15 грн 80 коп."),
    ("ru", "13 ч 40 мин", "13 ч 10 мин"), ("ru", "20 €", "25 €"), ("en", "6.8m", "6.5m"),
    ("en", "the 1500m", "the 800m"),
])
def test_a_changed_part_is_an_error_on_the_edition_that_changed_it(tmp_path, edition, old, new):
    texts = {"en": EN, "uk": UK, "ru": RU}
    assert old in texts[edition]
    texts[edition] = texts[edition].replace(old, new)
    folder = write_story(tmp_path / "s", {f"{lang}.txt": text for lang, text in texts.items()})
    assert (edition, "altered", "error") in _numbers(folder)
