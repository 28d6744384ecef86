"""Figures as news from outlets the checker was never tuned on writes them: sports scores, units glued to
their digits, pence and cents, dimensions with a Cyrillic х, number words glued into adjectives, "24/7".
Each form reads as one fact, the same in uk, ru and en, so that a clean translation raises nothing and a
changed figure is still caught."""

import dataclasses

import pytest

from consistency.checks.facts import FactsCheck
from consistency.checks.facts.relations import is_weak, relation, rival
from consistency.pipeline import check_story
from consistency.stages.facts import extract_facts, read_story_facts
from support.facts_story import fact_findings, story_analysis
from support.story_cli import write_story


def read(text, lang):
    """The figures of `text` (its names and days of the week left out)."""
    return [(f.kind, f.value, f.unit) for f in extract_facts(text, lang) if f.kind not in ("name", "weekday")]


def numbers(editions):
    """The `numbers` findings of a story whose original is its en edition, as (edition, kind, severity)."""
    found = FactsCheck()(read_story_facts(story_analysis(editions, original="en"))).findings
    return sorted((f.edition, f.kind, f.severity) for f in found if f.check == "numbers")


def only(text, lang):
    facts = [f for f in extract_facts(text, lang) if f.kind != "name"]
    assert len(facts) == 1, facts
    return facts[0]


# --- scores ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("uk", "«Карпати» перемогли «Волинь» з рахунком 2:1."),
    ("uk", "Гра завершилася 2-1 на користь «Карпат»."),
    ("ru", "«Карпаты» обыграли «Волынь» со счётом 2:1."),
    ("ru", "Матч закончился 2–1."),
    ("en", "Karpaty beat Volyn 2-1 on Sunday."),
    ("en", "Karpaty won 2–1 at home."),
    ("en", "It was a 2-1 win for Karpaty."),
])
def test_a_score_is_one_fact_whatever_the_mark(lang, text):
    assert read(text, lang) == [("score", "2:1", None)]


def test_a_score_list_and_a_loser_first_score():
    assert read("Вона виграла фінал 6:3, 4:6, 7:5.", "uk") == [("score", v, None) for v in ("6:3", "4:6", "7:5")]
    assert read("She took the final 6-3, 4-6, 7-5.", "en") == [("score", v, None) for v in ("6:3", "4:6", "7:5")]
    # the smaller figure first is a score right after a word naming one ("з рахунком"), else a range
    assert read("«Волинь» поступилася з рахунком 1-2.", "uk") == [("score", "1:2", None)]
    assert read("Партія виграла 2-3 місця.", "uk") == [("amount", 2.0, None), ("amount", 3.0, None)]
    assert read("They won 2-3 seats.", "en") == [("amount", 2.0, None), ("amount", 3.0, None)]


def test_golf_match_play_scores_read_alike():
    assert read("Rahm beat Woods 3&2 on Sunday.", "en") == read("Rahm fell 3 and 2 to Woods.", "en") == [("score", "3:2", None)]
    assert read("Рам переміг Вудса в одиночній грі з рахунком 3та2.", "uk") == [("score", "3:2", None)]
    assert read("Рам одержал победу над Вудсом в одиночной игре 3/2.", "ru") == [("score", "3:2", None)]


def test_a_clock_time_stays_a_time_and_a_range_of_amounts_stays_amounts():
    assert read("Матч почнеться о 18:30.", "uk") == [("time", "18:30", None)]
    assert read("Матч начнётся в 6:30.", "ru") == [("time", "06:30", None)]
    assert read("The match starts at 18:30.", "en") == [("time", "18:30", None)]
    assert read("Рахунок 21:15 на користь гостей.", "uk") == [("score", "21:15", None)]  # a score word at it
    assert "score" not in {kind for kind, _, _ in read("Працюємо з 9-00 до 18-00.", "uk")}  # zero-padded: a time
    assert read("Прогноз: 5-3 градуси тепла.", "uk") == [("quantity", 5.0, "C"), ("quantity", 3.0, "C")]
    assert read("Дітям 12-15 років.", "uk")[0] == ("quantity", 12.0, "year")


def test_scores_compare_as_the_same_figures_in_any_order():
    won, lost, other = only("won 2-1", "en"), only("поступилися з рахунком 1:2", "uk"), only("з рахунком 2:0", "uk")
    assert relation(won, lost) == "equal"
    assert relation(won, other) is None and rival(won, other) == "score"


# --- compact and everyday forms --------------------------------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("en", "a phone with 64GB of memory"), ("en", "64 GB"), ("uk", "телефон на 64 ГБ"), ("uk", "64Гб пам'яті"),
    ("ru", "телефон на 64 Гб"), ("uk", "Samsung Galaxy S25 64GB"), ("ru", "смартфон на 64 GB"),
])
def test_a_unit_glued_to_its_figure(lang, text):
    assert read(text, lang) == [("quantity", 64.0, "GB")]


@pytest.mark.parametrize("lang,text,unit", [
    ("en", "a flat of 45 m2", "m2"), ("en", "45 square metres", "m2"), ("uk", "квартира площею 45 м2", "m2"),
    ("uk", "45 кв. м", "m2"), ("ru", "квартира 45 м²", "m2"), ("en", "45 cubic metres of gas", "m3"),
    ("uk", "45 кубометрів газу", "m3"), ("ru", "45 куб. м газа", "m3"), ("en", "45 cubic feet of gas", "ft3"),
    ("uk", "45 кубічних футів газу", "ft3"),
])
def test_square_and_cubic_metres_are_units_and_their_exponent_no_figure(lang, text, unit):
    assert read(text, lang) == [("quantity", 45.0, unit)]


def test_an_exponent_glued_to_its_unit_is_no_figure():
    assert read("ПДК 0,5 мг / куб. м3", "ru") == [("quantity", 0.5, "mg")]
    assert read("квартира 45м2 у центрі", "uk") == [("quantity", 45.0, "m2")]


def test_a_figure_after_a_date_keeps_its_own_digits():
    # "3 410" would be a figure grouped by a space; the date takes "April 3", and 410 is the count
    assert read("On April 3 410 bodies were found.", "en") == [("date", "--04-03", None), ("amount", 410.0, None)]
    assert read("3 квітня 410 тіл знайшли.", "uk") == [("date", "--04-03", None), ("amount", 410.0, None)]
    # a group of thousands is never a figure of its own
    assert ("amount", 0.0, None) not in read("On May 2 000 people came.", "en")


def test_a_figure_before_dimensions_keeps_its_own_digits():
    # "16 100" would be a figure grouped by a space; the dimensions take "100x185", and 16 is the model's
    assert read("Матрас Promtex-Orient Monolit Combi 16 100x185 см", "ru") == [
        ("amount", 16.0, None), ("dimensions", "100x185", "cm")]
    assert read("Итого 12 500 рублей", "ru") == [("money", 12500.0, "RUB")]
    # dimensions in grouped figures leave no stray group of thousands before them
    assert ("amount", 1.0, None) not in read("Размер 1 200 х 2 000 мм", "ru")


def test_a_capital_glued_to_a_figure_is_a_code_in_any_script():
    # "6000K" is no figure in English; with a Cyrillic К it is none in Russian either
    assert read("цветовая температура 3000-6000К", "ru") == read("color temperature 3000–6000K", "en") == [
        ("amount", 3000.0, None)]
    # a unit of one letter is read in the case the locale writes it: "3м" is three metres, "3М" the brand
    assert read("стена 3м", "ru") == [("quantity", 3.0, "m")]
    assert read("держатель 3М 501", "ru") == read("the 3M 501 holder", "en") == [("amount", 501.0, None)]


def test_a_code_typed_in_lower_case_where_the_story_gives_it_with_a_capital_is_no_figure():
    def figures(editions):
        analysis = read_story_facts(story_analysis(editions))
        return {k: [(f.kind, f.value) for f in facts if f.kind != "name"] for k, facts in analysis.facts.items()}

    mattress = {"en": ["Dimax Praktik Basis Plus mattress B13 180x220 cm",
                       "The mattress Dimax Praktik Basis Plus B13 is made of latex.",
                       "It is a 13 cm high latex slab."],
                "ru": ["Матрас Dimax Практик Базис Плюс В13 180x220 см",
                       "Матрас Dimax Практик Базис Плюс в13 сделан из латекса.",
                       "Это плита латекса высотой 13 см."]}
    assert figures(mattress)["ru"] == [("dimensions", "180x220"), ("quantity", 13.0)]
    # so the slab's 13 cm is its own, and 33 cm in its place is an altered figure
    changed = {**mattress, "ru": mattress["ru"][:2] + ["Это плита латекса высотой 33 см."]}
    found = FactsCheck()(read_story_facts(story_analysis(changed))).findings
    assert ("ru", "altered", "error") in [(f.edition, f.kind, f.severity) for f in found if f.check == "numbers"]
    # a Latin capital writes the code as well as a Cyrillic one
    latin = {**mattress, "ru": ["Матрас Dimax Практик Базис Плюс B13 180x220 см"] + mattress["ru"][1:]}
    assert figures(latin)["ru"] == [("dimensions", "180x220"), ("quantity", 13.0)]
    # without the code in capitals, or with a capital only where a sentence opens, a letter glued to a figure is a
    # typo that keeps it
    assert read("Это было в2022 году.", "ru") == [("year", 2022, None)]
    assert read("Цены выросли. В2022 году снова, и в2022 году тоже.", "ru") == [("year", 2022, None)]
    # a pivot translation reads its codes from all its sentences too, as the edition does
    analysis = story_analysis(mattress, translations={"en": mattress["ru"]})
    into_russian = dataclasses.replace(analysis.translations["en"], pivot="ru")
    analysis = read_story_facts(dataclasses.replace(analysis, translations={"en": into_russian}))
    assert [(f.kind, f.value) for f in analysis.pivot_facts["en"] if f.kind != "name"] == figures(mattress)["ru"]


def test_a_clock_time_written_as_a_decimal_is_the_time_another_edition_gives(tmp_path):
    # "з 14.00" reads as a decimal (no word of time before it), "from 2 pm" as a time: the same hour
    folder = write_story(tmp_path / "s", {"en.txt": "Work from Tuesday 19.04, from 2 pm.\n",
                                          "uk.txt": "Робота з 19.04 вівторка, з 14.00.\n"})
    assert _numbers(folder) == [] and [f for f in check_story(folder, translator="none", embeddings=False).findings
                                       if f.check == "dates" and f.severity != "info"] == []
    changed = write_story(tmp_path / "t", {"en.txt": "Work from Tuesday 19.04, from 3 pm.\n",
                                           "uk.txt": "Робота з 19.04 вівторка, з 14.00.\n"})
    assert [f for f in check_story(changed, translator="none", embeddings=False).findings if f.severity != "info"]


def test_a_network_generation_is_no_unit():
    assert read("the 5G network", "en") == read("мережа 5G", "uk") == []


@pytest.mark.parametrize("lang,text", [
    ("en", "a stamp costs 49p"), ("en", "49 pence"), ("en", "£0.49"), ("uk", "марка коштує 49 пенсів"), ("ru", "49 пенсов"),
])
def test_pence_are_hundredths_of_a_pound(lang, text):
    assert read(text, lang) == [("money", 0.49, "GBP")]


@pytest.mark.parametrize("text,value", [("$44,2 billion", 44.2e9), ("a rise of 3,5%", 3.5), ("$1,234 billion", 1.234e12),
                                        ("$1,234.5 million", 1.2345e9), ("1,234,567 people", 1234567.0)])
def test_an_english_comma_before_three_digits_groups_them_and_before_fewer_is_a_decimal_one(text, value):
    # English editions of Ukrainian and Russian outlets, and MT from their languages, keep the decimal comma
    assert [v for _, v, _ in read(text, "en")] == [value]
    assert read("$44,2 billion", "en") == read("44,2 млрд доларів", "uk")


def test_cents_and_kopecks_are_hundredths_of_either_currency_they_may_be_of():
    assert read("99 cents", "en") == read("99 центів", "uk") == read("99 центов", "ru") == [("money", 0.99, "USD|EUR")]
    assert read("50 kopecks", "en") == read("50 копійок", "uk") == read("50 копеек", "ru") == [
        ("money", 0.5, "UAH|RUB")]
    assert read("5 центрів і 5 пенсіонерів", "uk") == [("amount", 5.0, None), ("amount", 5.0, None)]
    assert read("49 p", "en") == [("amount", 49.0, None)]  # a one-letter currency only glued to its figure


@pytest.mark.parametrize("lang,text", [("en", "a 4x4 pickup"), ("uk", "пікап 4х4"), ("ru", "пикап 4x4"), ("en", "a 4 × 4 pickup")])
def test_a_times_sign_joins_figures_into_one_fact(lang, text):
    assert read(text, lang) == [("dimensions", "4x4", None)]


def test_dimensions_with_a_unit_and_a_cyrillic_times_sign():
    assert read("Коробка 21х17х4 см.", "uk") == read("A 21x17x4 cm box.", "en") == [("dimensions", "21x17x4", "cm")]
    assert read("Розмір 2,5х3 м.", "uk") == [("dimensions", "2.5x3", "m")]
    assert relation(only("a 10 x 12 ft room", "en"), only("кімната 3х3,7 м", "uk")) == "conversion"
    assert read("0x1F", "en") == []
    assert read("5x more", "en") == read("у 5 разів більше", "uk") == [("amount", 5.0, None)]  # a multiplier


@pytest.mark.parametrize("lang,text,value,unit", [
    ("en", "a five-minute walk", 5.0, "min"), ("uk", "п'ятихвилинна прогулянка", 5.0, "min"),
    ("ru", "пятиминутная прогулка", 5.0, "min"), ("uk", "двотижнева відпустка", 2.0, "week"),
    ("ru", "двухчасовой фильм", 2.0, "h"), ("uk", "десятиденний тур", 10.0, "day"), ("ru", "пятипроцентный рост", 5.0, "%"),
])
def test_a_number_word_glued_to_a_unit_is_a_quantity(lang, text, value, unit):
    fact = only(text, lang)
    assert (fact.value, fact.unit) == (value, unit)


def test_the_span_of_a_day_is_24_hours_and_a_rate_per_day_is_not():
    assert read("Over the past 24 hours the enemy lost two tanks.", "en")[0] == ("quantity", 24.0, "h")
    assert read("За минулу добу ворог втратив танк.", "uk") == read("За сутки противник потерял танк.", "ru") == [
        ("quantity", 24.0, "h")]
    # "на добу", "круглые сутки": a day as a rate, around the clock
    assert read("На зв'язку 24 години на добу.", "uk") == [("quantity", 24.0, "h")]
    assert read("Работает круглые сутки.", "ru") == []


@pytest.mark.parametrize("lang,text,value,unit", [
    ("en", "in the last twenty-four hours", 24.0, "h"), ("ru", "двадцать четыре часа", 24.0, "h"),
    ("uk", "двадцять п’ять відсотків", 25.0, "%"), ("uk", "дев’ятнадцять років", 19.0, "year"),
    ("uk", "чекаю там 3-4год", 4.0, "h"), ("en", "14 million man-hours", 14e6, "h"),
])
def test_compound_number_words_and_the_short_forms_of_chats_are_read_whole(lang, text, value, unit):
    assert read(text, lang)[-1] == ("percent" if unit == "%" else "quantity", value, unit)


def test_a_clock_time_in_words_with_either_apostrophe():
    assert read("at 6–7 o’clock in the morning", "en") == read("на 6-7 год ранку", "uk") == [("time", "06:00", None)]


def test_an_hour_in_words_before_the_half_of_the_day_is_a_clock_time():
    # Russian counts the hour ("в четыре часа утра"), Ukrainian names it by an ordinal ("о четвертій ранку")
    at_four_am = [("time", "04:00", None)]
    assert read("в четыре часа утра", "ru") == read("о четвертій ранку", "uk") == read("at four am", "en") == at_four_am
    assert read("около семи часов вечера", "ru") == read("о сьомій годині вечора", "uk") == [("time", "19:00", None)]
    assert read("о дев’ятій ранку", "uk") == [("time", "09:00", None)]
    assert read("четыре часа подряд", "ru") == [("quantity", 4.0, "h")]  # four hours long, no hour of the clock
    # a count before a time of day, with no word saying a time comes, is no hour
    assert read("The dog is walked twice in the morning.", "en") == [("count", 2.0, None)]
    assert read("Police said two in the morning were hurt.", "en") == [("count", 2.0, None)]
    assert read("Мы провели там два вечера подряд.", "ru") == [("count", 2.0, None)]


def test_a_mile_said_with_the_article_and_one_and_a_half_in_words_are_quantities():
    # "about a mile away" is what a translation that converts units writes as "1,6 км"
    assert read("It happened about a mile away.", "en") == [("quantity", 1.0, "mi")]
    assert read("Це сталося приблизно за 1,6 км звідси.", "uk") == [("quantity", 1.6, "km")]
    assert relation(only("about a mile away", "en"), only("за 1,6 км звідси", "uk")) == "conversion"
    assert read("всего в полутора километрах", "ru") == read("за півтора кілометра", "uk") == [("quantity", 1.5, "km")]
    assert read("A mile of road was closed.", "en") == [("quantity", 1.0, "mi")]
    assert read("The milestone was reached.", "en") == []


def test_a_unit_adjective_after_a_hyphen():
    assert read("31-year-old", "en") == read("31-річна", "uk") == read("31-летняя", "ru") == [("quantity", 31.0, "year")]
    assert read("5-денний курс", "uk") == read("5-дневный курс", "ru") == [("quantity", 5.0, "day")]


@pytest.mark.parametrize("lang,text", [("en", "The shop is open 24/7."), ("uk", "Магазин працює 24/7.")])
def test_always_open_states_no_figure(lang, text):
    # "24/7" means "always", as the words do: read as a figure it would find nothing to match in them
    assert read(text, lang) == []


@pytest.mark.parametrize("lang,text", [("en", "The shop is open around the clock."),
                                       ("uk", "Магазин працює цілодобово."), ("ru", "Магазин работает круглосуточно.")])
def test_around_the_clock_in_words_is_a_weak_24_hours(lang, text):
    # it confirms another edition's "24-hour hotline", and is never missing nor added itself
    (fact,) = extract_facts(text, lang)
    assert (fact.kind, fact.value, fact.unit) == ("quantity", 24.0, "h") and is_weak(fact)


@pytest.mark.parametrize("lang,text", [
    ("en", "The minister made a 180-degree turn."), ("uk", "Міністр розвернувся на 180 градусів."),
    ("ru", "Министр развернулся на 180 градусов."),
])
def test_a_turn_round_states_no_figure(lang, text):
    # "на 180 градусів" is a U-turn, as another edition may say: read as an angle it would find nothing to match
    assert read(text, lang) == []


def test_a_temperature_reached_is_a_figure():
    assert read("Духовку нагріли до 180 градусів.", "uk") == [("quantity", 180.0, "C")]


# --- whole stories ---------------------------------------------------------------------------------------

EN = ("Karpaty beat Volyn 2-1 on Sunday, and fans paid 49p for a programme.\n\n"
      "The new stand is a five-minute walk from the station and the club shop sells 21x17x4 cm boxes, "
      "open 24/7.\n")
UK = ("«Карпати» у неділю перемогли «Волинь» з рахунком 2:1, а вболівальники платили 49 пенсів за програмку.\n\n"
      "Нова трибуна розташована за п'ятихвилинну прогулянку від вокзалу, а клубна крамниця продає коробки "
      "21х17х4 см і працює цілодобово.\n")
RU = ("«Карпаты» в воскресенье обыграли «Волынь» со счётом 2:1, а болельщики платили 49 пенсов за программку.\n\n"
      "Новая трибуна находится в пятиминутной прогулке от вокзала, а клубный магазин продаёт коробки "
      "21х17х4 см и работает круглосуточно.\n")


def _numbers(folder):
    return fact_findings(folder)


def test_a_clean_story_raises_nothing_on_its_figures(tmp_path):
    assert _numbers(write_story(tmp_path / "s", {"en.txt": EN, "uk.txt": UK, "ru.txt": RU})) == []


@pytest.mark.parametrize("old,new", [("2:1", "2:0"), ("49 пенсів", "59 пенсів"), ("21х17х4", "21х17х5")])
def test_a_changed_score_sum_or_size_is_an_error_on_the_edition_that_changed_it(tmp_path, old, new):
    folder = write_story(tmp_path / "s", {"en.txt": EN, "uk.txt": UK.replace(old, new), "ru.txt": RU})
    assert _numbers(folder) == [("uk", "altered", "error")]


def test_a_screen_resolution_is_no_sum_of_pence():
    assert [(f.kind, f.text) for f in extract_facts("A 1080p screen for 49p.", "en") if f.kind == "money"] == [
        ("money", "49p")]


@pytest.mark.parametrize("en, uk", [("the decision on Nord Stream 2 was made", "рішення щодо «Північного потоку-2» ухвалили"),
                                    ("it is in the top 10 countries", "вона входить у топ-10 країн")])
def test_a_figure_one_edition_hyphenates_to_a_name_is_not_missing(tmp_path, en, uk):
    # "word-N" is a designation, never a figure, in every language: "Nord Stream 2" has its counterpart
    folder = write_story(tmp_path / "s", {"en.txt": f"Officials said {en}.\n", "uk.txt": f"Посадовці сказали, що {uk}.\n"})
    assert _numbers(folder) == []
    changed = write_story(tmp_path / "t", {"en.txt": f"Officials said {en}.\n",
                                           "uk.txt": f"Посадовці сказали, що {uk.replace('-2', '-3').replace('-10', '-20')}.\n"})
    assert _numbers(changed) == [("uk", "missing", "warning")]


def test_the_same_notation_in_two_editions_is_never_missing_whatever_it_is_read_as(tmp_path):
    # "19.04" is a date to the Ukrainian reader and a decimal to the English one; "О2" with a Cyrillic
    # capital is a code like "O2"; "після 14.00" is a clock time like "after 2 pm"
    folder = write_story(tmp_path / "s", {
        "en.txt": "Come on 19.04 after 2 pm, the O2 shop is open.\n",
        "uk.txt": "Приходьте 19.04 після 14.00, крамниця О2 відчинена.\n"})
    report = check_story(folder, translator="none", embeddings=False, checks=("facts", "alignment"))
    assert [f.message for f in report.findings if f.severity != "info"] == []


@pytest.mark.parametrize("lang, text, kind", [("uk", "Ціна зросла до 14.50 гривні.", "money"),
                                              ("uk", "Інфляція сповільнилася до 12.20%.", "percent"),
                                              ("ru", "Евро подорожал с 1.05 до 1.10 доллара.", "money"),
                                              ("ru", "После 14.00 все ушли.", "time")])
def test_a_figure_with_a_full_stop_is_a_clock_time_only_after_a_word_of_time(lang, text, kind):
    assert {f.kind for f in extract_facts(text, lang)} == {kind}


@pytest.mark.parametrize("lang, text", [("uk", "За їхніми словами, «Азову» так тисяч 100 в Україні."),
                                        ("ru", "По их словам, «Азова» тысяч 100 на Украине.")])
def test_a_scale_word_before_its_figure_is_a_spoken_estimate(lang, text):
    [amount] = [f for f in extract_facts(text, lang) if f.kind == "amount"]
    assert (amount.value, amount.qualifier) == (100_000, "about")


@pytest.mark.parametrize("changed", ["понад два мільярди доларів", "понад два мільйони євро"])
def test_a_sum_in_words_with_its_scale_word_is_as_sure_as_in_digits(tmp_path, changed):
    en = "Over six years Serbia has invested more than two billion euros in its army.\n"
    uk = "За шість років Сербія інвестувала {} в армію.\n"
    clean = write_story(tmp_path / "clean", {"en.txt": en, "uk.txt": uk.format("понад два мільярди євро")})
    assert [f.message for f in check_story(clean, translator="none", embeddings=False).findings
            if f.severity != "info"] == []
    altered = write_story(tmp_path / "altered", {"en.txt": en, "uk.txt": uk.format(changed)})
    errors = [f for f in check_story(altered, translator="none", embeddings=False).findings if f.severity == "error"]
    assert errors and {f.check for f in errors} == {"numbers"}


@pytest.mark.parametrize("lang, en_changed", [
    ("uk", "Over the past 24 days one tank and 24 vehicles were destroyed."),
    ("ru", "Twenty dead in 24 days."),
])
def test_a_span_in_words_against_another_unit_is_an_alteration(tmp_path, lang, en_changed):
    # "за добу" is 24 hours: "24 days" is no translation of it, though the figure 24 matches other figures
    texts = {"uk": "За минулу добу знищено один танк і 24 одиниці техніки.\n",
             "ru": "Двадцать человек скончались за сутки.\n"}
    en = {"uk": "Over the past 24 hours one tank and 24 vehicles were destroyed.\n",
          "ru": "Twenty dead in 24 hours.\n"}
    clean = write_story(tmp_path / "clean", {"en.txt": en[lang], f"{lang}.txt": texts[lang]})
    assert _numbers(clean) == []
    changed = write_story(tmp_path / "changed", {"en.txt": en_changed + "\n", f"{lang}.txt": texts[lang]})
    assert ("en", "altered", "error") in _numbers(changed)


def test_a_sum_in_words_in_another_currency_is_an_alteration(tmp_path):
    # words name the currency as a unit names what it measures: hryvnias are no dollars, however round
    en = "They kept full salaries of several hundred thousand hryvnias.\n"
    uk = "Вони зберегли повні оклади у кілька сотень тисяч {}.\n"
    clean = write_story(tmp_path / "clean", {"en.txt": en, "uk.txt": uk.format("гривень")})
    assert _numbers(clean) == []
    changed = write_story(tmp_path / "changed", {"en.txt": en, "uk.txt": uk.format("доларів")})
    assert ("uk", "altered", "error") in _numbers(changed)


def test_a_measure_in_words_rounded_loosely_is_the_same_measure(tmp_path):
    # "в полутора километрах" for "about a mile" (1.6 km): the words round, they do not contradict
    editions = {
        "en.txt": "Another cyclist died about a mile away.\n",
        "uk.txt": "Інший велосипедист загинув приблизно за 1,6 км звідти.\n",
        "ru.txt": "Другой велосипедист погиб в полутора километрах оттуда.\n"}
    assert _numbers(write_story(tmp_path / "s", editions)) == []
    # 1.9 km is further from "полтора" than words round: no edition agrees with another, each is blamed
    editions["uk.txt"] = "Інший велосипедист загинув приблизно за 1,9 км звідти.\n"
    assert ("uk", "altered") in [(edition, kind) for edition, kind, _ in _numbers(write_story(tmp_path / "t", editions))]
    # words in the unit of the figures round nothing: "четыре дня" and "four days" against "5 днів" is a change
    editions = {"en.txt": "The journey took four days.\n", "ru.txt": "Путешествие длилось четыре дня.\n",
                "uk.txt": "Подорож тривала 5 днів.\n"}
    assert ("uk", "altered", "error") in _numbers(write_story(tmp_path / "u", editions))


def test_two_digits_with_an_s_after_a_word_of_temperature_are_degrees_not_a_decade(tmp_path):
    # a translation converts "widespread 80s" (Fahrenheit) into "27 градусів": neither edition adds a decade
    assert [f.kind for f in extract_facts("Expect a warm start to October with widespread 80s.", "en")] == ["date"]
    assert extract_facts("Highs in the upper 70s are expected.", "en") == []
    # after "the", two digits and an s are still a decade (a year or a date of its decade)
    decades = extract_facts("Songs of the 80s and the 90s.", "en")
    assert len(decades) == 2 and {f.kind for f in decades} <= {"year", "date"}


def test_a_possessive_before_a_decade_makes_it_an_age(tmp_path):
    # "people in their 40s" is "людей от 40 лет", a number of years, not the 1940s
    assert [(f.kind, f.value, f.unit) for f in extract_facts("It strikes people in their 40s.", "en")] == [
        ("quantity", 40.0, "year")]
    assert [f.kind for f in extract_facts("Songs of the 40s.", "en")] == ["date"]
    assert [f.kind for f in extract_facts("He loves their 80s records and her 70s-era look.", "en")] == ["year", "year"]
    en = "The disease increasingly strikes people in their 40s.\n"
    assert _numbers(write_story(tmp_path / "s", {"en.txt": en, "ru.txt": "Болезнь все чаще поражает людей от 40 лет.\n"})) == []
    changed = write_story(tmp_path / "t", {"en.txt": en, "ru.txt": "Болезнь все чаще поражает людей от 42 лет.\n"})
    assert ("ru", "altered", "error") in _numbers(changed)


def test_a_sum_said_again_without_its_currency_is_that_sum_so_another_currency_in_its_place_is_seen():
    def numbers(editions):
        found = FactsCheck()(read_story_facts(story_analysis(editions))).findings
        return sorted((f.edition, f.kind, f.severity) for f in found if f.check == "numbers")

    apps = {"en": ["$135 billion went into apps.", "Spending in apps grew by 25%, reaching a record 135 billion."],
            "ru": ["$135 млрд ушли в приложения.", "Траты в приложениях выросли на 25%, до рекордных $135 млрд."]}
    assert numbers(apps) == []
    euros = {**apps, "ru": [apps["ru"][0], "Траты в приложениях выросли на 25%, до рекордных €135 млрд."]}
    assert ("ru", "altered", "error") in numbers(euros)
    # an amount that names what it counts is no sum of money
    children = {"en": ["The charity raised $1 million.", "It will help 1 million children."],
                "uk": ["Фонд зібрав 1 млн доларів.", "Це допоможе 1 млн дітей."]}
    assert numbers(children) == []
    assert [f.kind for f in read_story_facts(story_analysis(children)).facts["en"]] == ["money", "amount"]
    # a small figure said again is as often a count of something else
    assert [(f.kind, f.unit) for f in read_story_facts(story_analysis({"en": ["It cost $5.", "Then 5 came."]})).facts[
        "en"]] == [("money", "USD"), ("amount", None)]


@pytest.mark.parametrize("lang,text,value,unit", [
    ("uk", "72,5 ц/га", 72.5, "q"), ("ru", "45 центнеров с гектара", 45.0, "q"),
    ("en", "72.5 centners per hectare", 72.5, "q"),
    ("en", "7.25 tonnes per hectare", 7.25, "t"), ("en", "4.5 t/ha", 4.5, "t"), ("uk", "4,5 т/га", 4.5, "t"),
])
def test_a_harvest_yield_in_centners_or_tonnes_a_hectare(lang, text, value, unit):
    assert read(text, lang) == [("quantity", value, unit)]


def test_a_yield_in_centners_is_the_same_in_tonnes_and_a_changed_one_is_an_error():
    corn = {"en": ["The average corn yield is 7.25 tonnes per hectare."],
            "uk": ["Середня врожайність кукурудзи становить 72,5 ц/га."]}
    assert numbers(corn) == []
    # the "per hectare" may stand anywhere: each edition says it
    assert numbers({"en": ["They harvested 45 centners of wheat per hectare."],
                    "uk": ["Зібрали по 45 ц/га пшениці."]}) == []
    changed = {**corn, "uk": ["Середня врожайність кукурудзи становить 62,5 ц/га."]}
    assert numbers(changed) == [("uk", "altered", "error")]


def test_the_us_after_a_dollar_is_the_currency_not_a_country_left_out_of_the_other_edition():
    assert read("46,7 млрд дол. США", "uk") == read("46,7 млрд долл. США", "ru") == [("money", 46.7e9, "USD")]
    assert [f.kind for f in extract_facts("46,7 млрд дол. США", "uk")] == ["money"]
    assert read("5 U.S. dollars", "en") == [("money", 5.0, "USD")]
    reserves = {"en": ["International reserves stood at USD 46.7 billion as of December 1, up 3.1%."],
                "ru": ["Международные резервы на 1 декабря составили 46,7 млрд долл. США, что на 3,1% больше."]}
    found = FactsCheck()(read_story_facts(story_analysis(reserves))).findings
    assert [f for f in found if f.severity != "info"] == []


@pytest.mark.parametrize("lang,text", [
    ("uk", "Телефон гарячої лінії: +380 44 123 45 67."), ("uk", "тел. (044) 123-45-67"),
    ("ru", "по телефону 044 123 45 67"),
    ("en", "Call +38 044 123-45-67."), ("en", "the hotline 0441234567"),
])
def test_a_phone_number_is_one_fact_however_its_digits_are_grouped(lang, text):
    assert read(text, lang) == [("phone", "441234567", None)]


@pytest.mark.parametrize("lang,text", [
    ("uk", "загинули 1 187 450 осіб"), ("en", "approximately 1,187,450 personnel"), ("uk", "у 2022-2023 рр."),
    ("en", "on 2024-03-14"), ("en", "the number of cases in 2022-2023"), ("uk", "за номером 1580"),
])
def test_figures_years_dates_and_short_numbers_are_no_phone(lang, text):
    assert "phone" not in [kind for kind, _, _ in read(text, lang)]


def test_a_phone_number_grouped_otherwise_is_the_same_and_a_changed_digit_is_an_error():
    line = {"en": ["You can find out your queue by calling 0 800 40 15 60 or +380 44 123 45 67."],
            "uk": ["Дізнатися свою чергу можна за телефоном 0800 401 560 або (044) 123-45-67."]}
    assert numbers(line) == []
    changed = {**line, "uk": ["Дізнатися свою чергу можна за телефоном 0800 401 560 або (044) 123-45-76."]}
    assert numbers(changed) == [("uk", "altered", "error")]


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "by mid-2027", [("year", 2027, None)]), ("en", "in pre-2022 prices", [("year", 2022, None)]),
    ("uk", "у фіналі «Євробачення-2026»", [("year", 2026, None)]),
    ("en", "Temperatures fell to 2C in Scotland", [("quantity", 2.0, "C")]),
    ("en", "a box of 5c coins", [("amount", 5.0, None)]),  # five cents, no temperature
    ("en", "Apple launched the iPhone 5C", []), ("en", "Take seat 12C", []),  # codes: no word of temperature near
    ("en", "A woman in her mid-20s was injured.", []),  # an age, no year
    ("en", "Naftogaz has 13.2 bcm of gas", [("quantity", 13.2, "bcm")]), ("en", "F-16 jets", []),
])
def test_forms_of_british_and_trade_copy(lang, text, expected):
    assert read(text, lang) == expected


def test_the_year_of_a_life_is_the_age_before_it():
    assert numbers({"en": ["Markevych died at the age of 75."], "uk": ["На 76-му році життя помер Маркевич."]}) == []
    assert numbers({"en": ["Markevych died at the age of 75."], "ru": ["На 76-м году жизни умер Маркевич."]}) == []
    assert numbers({"en": ["Markevych died at the age of 72."], "uk": ["На 76-му році життя помер Маркевич."]}) == [
        ("uk", "altered", "error")]
    # aged 76 is in the 77th year of life
    assert numbers({"en": ["Markevych died aged 76."], "uk": ["На 76-му році життя помер Маркевич."]}) != []
    gas = {"en": ["Ukraine's storage facilities hold 13.2 bcm of gas."],
           "uk": ["В українських сховищах зберігається 13,2 млрд куб. м газу."]}
    assert numbers(gas) == []


@pytest.mark.parametrize("lang,text,teams", [
    ("uk", "вийшло до 1/8 фіналу", 16), ("ru", "в матче 1/16 финала", 32), ("en", "the Ukrainian Cup round of 16", 16),
    ("en", "Dynamo reached the 1/8 finals.", 16), ("en", "They reached the last 16.", 16),
    ("uk", "вийшла до чвертьфіналу", 8), ("en", "reached the semifinals", 4),
])
def test_a_knockout_round_is_the_teams_left_in_it(lang, text, teams):
    assert read(text, lang) == [("stage", teams, None)]


def test_a_round_of_talks_and_the_last_years_are_no_knockout_round():
    assert read("a round of 150 talks", "en") == [("amount", 150.0, None)]
    assert read("over the last 16 years", "en") == [("quantity", 16.0, "year")]
    assert read("a new round of 4% raises", "en") == [("percent", 4.0, "%")]
    assert read("a round of 64 prisoners", "en") == [("amount", 64.0, None)]


def test_another_round_said_in_words_is_another_round():
    quarterfinals = {"en": ["Dynamo reached the Cup quarterfinals."], "uk": ["«Динамо» вийшло до 1/4 фіналу Кубка."]}
    assert numbers(quarterfinals) == []
    semifinals = {"en": ["Dynamo reached the Cup semifinals."], "uk": ["«Динамо» вийшло до чвертьфіналу Кубка."]}
    assert numbers(semifinals) == [("uk", "altered", "error")]


def test_a_minute_of_added_time_is_one_minute_of_the_match():
    assert read("на 45+2-й хвилині", "uk") == [("ordinal", 47.0, None)]
    assert read("in the 90+3rd minute", "en") == [("ordinal", 93.0, None)]
    assert read("the losses (+3)", "uk") == [("amount", 3.0, None)]


def test_months_are_a_duration_and_half_a_year_said_without_a_figure_confirms_one():
    assert numbers({"en": ["The talks lasted 18 months."], "uk": ["Переговори тривали півтора року."]}) == []
    assert numbers({"en": ["The talks lasted six months."], "ru": ["Переговоры длились полгода."]}) == []
    outage = {"en": ["The outage lasted a month and a half."], "uk": ["Відключення тривало півтора місяця."]}
    assert numbers(outage) == []
    assert numbers({"en": ["Over 9 months, exports grew."], "uk": ["За 8 місяців експорт зріс."]}) == [
        ("uk", "altered", "error")]



@pytest.mark.parametrize("lang,text,value,unit", [
    ("uk", "споживає 250 кВт·год на місяць", 250.0, "kWh"), ("ru", "потребляет 250 кВт·ч в месяц", 250.0, "kWh"),
    ("en", "uses 250 kWh a month", 250.0, "kWh"), ("en", "a 500 MW unit", 500.0, "MW"),
    ("uk", "енергоблок на 500 МВт", 500.0, "MW"), ("ru", "выработали 1,2 ТВт·ч", 1.2, "TWh"),
    ("uk", "приймати по 75 мг", 75.0, "mg"), ("en", "5 ml of syrup", 5.0, "ml"),
    ("ru", "тариф 1654 руб. за 2 Гкал", 2.0, "Gcal"),
])
def test_power_energy_and_doses_are_units(lang, text, value, unit):
    assert read(text, lang)[-1] == ("quantity", value, unit)


@pytest.mark.parametrize("lang,text", [
    ("uk", "250 кВт/год"), ("uk", "250 кВт-годин"), ("uk", "250 кВт∙год"), ("uk", "250 кВт⋅годину"),
    ("ru", "250 кВт*ч"), ("ru", "250 кВт-часов"), ("en", "250 kW/h"), ("en", "250 kW-hours"), ("en", "250 kW•h"),
])
def test_a_kilowatt_hour_is_one_whatever_sign_joins_its_hour(lang, text):
    assert read(text, lang) == [("quantity", 250.0, "kWh")]


def test_a_milliwatt_is_no_megawatt_and_two_plants_are_no_one_quantity():
    assert read("20 мВт·год", "uk") == [("amount", 20.0, None)]
    assert read("500 KWh", "en") == [("quantity", 500.0, "kWh")]  # a kilowatt in any case
    # an hour word after a space is a word of the sentence: "1 ГВт час назад" is a gigawatt an hour ago
    assert read("Блок мощностью 1 ГВт час назад отключили.", "ru") == [("quantity", 1.0, "GW")]
    assert read("Мощность 500 МВт часто простаивает.", "ru") == [("quantity", 500.0, "MW")]
    assert read("5 mW", "en") == [("amount", 5.0, None)]
    assert read("2 ГВт і 500 МВт", "uk") == [("quantity", 2.0, "GW"), ("quantity", 500.0, "MW")]


def test_a_unit_of_energy_converts_and_another_measure_of_it_is_an_error():
    assert numbers({"en": ["The plant produced 4.3 GWh."], "uk": ["Станція виробила 4,3 млн кВт·год."]}) == []
    households = {"en": ["Households use 250 MWh a month."],
                  "uk": ["Домогосподарства споживають 250 кВт·год на місяць."]}
    assert numbers(households) == [("uk", "altered", "error")]


def test_the_one_of_a_rate_is_no_quantity_of_its_own():
    # "7,96 грн за 1 м³" is "UAH 7.96 per cubic metre": the one is the rate's, which English leaves unsaid
    (gas,) = [f for f in extract_facts("ціна 7,96 грн за 1 м³ з ПДВ", "uk") if f.kind == "quantity"]
    assert (gas.value, gas.unit, gas.qualifier) == (1.0, "m3", "per-one")
    tariff = {"en": ["Gas costs UAH 7.96 per cubic metre."], "uk": ["Газ коштує 7,96 грн за 1 м³."],
              "ru": ["Газ стоит 7,96 грн за 1 куб. м."]}
    assert numbers(tariff) == []
    # one of a unit with no rate before it is a quantity as any other
    assert [f.qualifier for f in extract_facts("Купили 1 кг цукру.", "uk") if f.kind == "quantity"] == [None]
    assert numbers({"en": ["They bought 1 kg of sugar."], "uk": ["Купили 2 кг цукру."]}) == [("uk", "altered", "error")]
    # nor after a span of time: "за 2 дні просунувся на 1 км" is a kilometre of its own
    advance = [f for f in extract_facts("Протягом 2 днів ворог просунувся на 1 км.", "uk") if f.unit == "km"]
    assert [f.qualifier for f in advance] == [None]


def test_a_sum_converted_in_brackets_is_a_gloss_of_the_edition_for_readers_abroad():
    grant = {"en": ["The government allocated UAH 10 billion (about $240 million) to shelters."],
             "uk": ["Уряд виділив 10 млрд грн на укриття."]}
    assert numbers(grant) == []
    # the sum itself is still compared, and a sum beside it outside brackets is one of its own
    other_sum = {"en": ["The government allocated UAH 12 billion (about $290 million)."],
                 "uk": ["Уряд виділив 10 млрд грн."], "ru": ["Правительство выделило 10 млрд грн."]}
    assert numbers(other_sum) == [("en", "altered", "error")]
    sums = [f for f in extract_facts("UAH 10 billion and $240 million", "en") if f.kind == "money"]
    assert [f.qualifier for f in sums] == [None, None]
    # a conversion is approximate: another edition's own conversion of the sum rounds to it
    own = {"en": ["The government allocated UAH 10 billion (about $240 million)."],
           "uk": ["Уряд виділив 10 млрд грн (243 млн доларів)."],
           "ru": ["Правительство выделило 10 млрд грн (243 млн долларов)."]}
    assert [severity for _, _, severity in numbers(own)] == ["info", "info"]  # "rounded figure"
    # a sum in brackets that says whose it is, is a sum of its own
    pledged = [f for f in extract_facts("ЄС пообіцяв €50 млн (США — $30 млн).", "uk") if f.kind == "money"]
    assert [f.qualifier for f in pledged] == [None, None]


def test_a_roman_ordinal_is_no_rival_of_a_figure_one_edition_alone_gives():
    # "во II квартале" is altered against "у III кварталі" / "the third quarter", never against a "3rd time" only
    # one edition writes
    quarter = {"en": ["In the third quarter the bank posted a loss."], "uk": ["У III кварталі банк зазнав збитків."],
               "ru": ["Во II квартале банк понёс убытки."]}
    assert ("ru", "altered", "warning") in numbers(quarter)
    loss = {"en": ["The bank posted a loss for the 3rd time."], "uk": ["Банк зазнав збитків."],
            "ru": ["Во II квартале банк понёс убытки."]}
    assert numbers(loss) == [("en", "added", "warning")]


def test_a_figure_is_rounded_a_half_up():
    # "38,5 °C" is 39 degrees rounded, so "38 °C" is another threshold; "44.2" rounds to "44"
    assert numbers({"en": ["Take it above 38.5 °C."], "uk": ["Приймати, якщо температура понад 38 °C."]}) == [
        ("uk", "altered", "error")]
    assert relation(only("44,2 млрд доларів", "uk"), only("$44 billion", "en")) == "rounding"
    # a converted figure is rounded as it would be read: 68.58 m is 225 feet, "230 feet" at two digits
    assert relation(only("68,58 м", "uk"), only("230 feet", "en")) == "conversion"


def test_radiation_is_read_in_its_units_and_a_changed_prefix_is_an_error():
    assert read("0,10–0,12 мкЗв/год", "uk") == [("quantity", 0.1, "uSv/h"), ("quantity", 0.12, "uSv/h")]
    assert read("20 mSv a year", "en") == [("quantity", 20.0, "mSv")]
    zone = {"en": ["Radiation is normal at 0.11 μSv/h."], "uk": ["Радіаційний фон у нормі – 0,11 мкЗв/год."],
            "ru": ["Радиационный фон в норме – 0,11 мкЗв/ч."]}
    assert numbers(zone) == []
    assert numbers({**zone, "ru": ["Радиационный фон в норме – 0,11 мЗв/ч."]}) == [("ru", "altered", "error")]


def test_the_collective_numerals_count_people():
    assert read("загинули четверо людей, серед них троє дітей", "uk") == [("count", 4.0, None), ("count", 3.0, None)]
    assert read("погибли пятеро человек", "ru") == [("count", 5.0, None)]
    assert read("приговорил к восьми годам", "ru") == [("quantity", 8.0, "year")]


def test_a_count_in_words_two_editions_agree_on_is_altered_in_the_third():
    jets = {"en": ["Ukraine received six more F-16s."], "uk": ["Україна отримала ще шість F-16."],
            "ru": ["Украина получила еще шесть F-16."]}
    assert numbers(jets) == []
    # an error: a count of three or more in words against two editions that agree, in aligned sentences, is as
    # plain as its figure (no wording says eight for six)
    assert numbers({**jets, "ru": ["Украина получила еще восемь F-16."]}) == [("ru", "altered", "error")]
    # "one" and "two" are wording too often ("one of them", "both") to be a side
    assert numbers({"en": ["Two men were detained."], "uk": ["Затримали двох чоловіків."],
                    "ru": ["Задержали одного мужчину."]}) == []


def test_a_measure_converted_in_brackets_is_a_gloss_and_must_convert():
    storm = {"en": ["It fell to 14 degrees Fahrenheit (minus 10 degrees Celsius), with gusts of 50 mph (80 km/h)."],
             "uk": ["Температура знизилася до -10 °C, пориви вітру – до 80 км/год."],
             "ru": ["Температура опустилась до -10 °C, порывы ветра – до 80 км/ч."]}
    assert numbers(storm) == []
    # the figure another edition changed is altered there, not the measure the English edition converts
    assert numbers({**storm, "uk": ["Температура знизилася до -12 °C, пориви вітру – до 80 км/год."]}) == [
        ("uk", "altered", "error")]
    # and a conversion that is none of its own figure is the edition's slip
    slipped = {**storm, "en": ["It fell to 14 degrees Fahrenheit (minus 10 degrees Celsius), with gusts of 50 mph "
                               "(90 km/h)."]}
    assert numbers(slipped) == [("en", "altered", "warning")]


def test_a_conversion_is_a_gloss_only_where_another_edition_gives_it_alone():
    # the sum one edition alone gives, converted or not, is added there
    grant = {"uk": ["Уряд виділив 10 млрд грн (близько $240 млн) на ремонт доріг."],
             "en": ["The government allocated money to repair roads."],
             "ru": ["Правительство выделило деньги на дороги."]}
    result = FactsCheck()(read_story_facts(story_analysis(grant, reference="uk")))
    assert ("uk", "added") in [(f.edition, f.kind) for f in result.findings if f.check == "numbers"]
    # a figure changed before a conversion every edition gives is altered, not hidden behind the conversion
    tariffs = {"en": ["Tariffs hit $201 billion (£150 billion) of goods."],
               "uk": ["Мита зачепили товари на 200 млрд доларів (150 млрд фунтів)."],
               "ru": ["Пошлины затронули товары на 200 млрд долларов (150 млрд фунтов)."]}
    assert numbers(tariffs) == [("en", "altered", "error")]
    # wire copy rounds a conversion to the figures it writes: "3 feet (1 meter)" is no slip
    assert numbers({"en": ["The water rose 3 feet (1 meter)."], "uk": ["Вода піднялася на 1 метр."],
                    "ru": ["Вода поднялась на 1 метр."]}) == []


def test_conversions_as_wire_copy_writes_them_raise_nothing():
    def quiet(editions):
        result = FactsCheck()(read_story_facts(story_analysis(editions)))
        return [(f.edition, f.kind, f.message) for f in result.findings if f.severity != "info"]

    assert quiet({"en": ["Gusts reached 60 mph (96 km/h)."], "uk": ["Пориви сягали 96 км/год."],
                  "ru": ["Порывы достигали 96 км/ч."]}) == []
    assert quiet({"en": ["It was 23 degrees Fahrenheit (minus 5 degrees Celsius) by day and 14 degrees Fahrenheit "
                         "(minus 10 degrees Celsius) at night."], "uk": ["Вдень -5 °C, вночі до -10 °C."],
                  "ru": ["Днем -5 °C, ночью до -10 °C."]}) == []
    assert quiet({"en": ["It fell to 14 degrees Fahrenheit (about minus 10 degrees Celsius)."],
                  "uk": ["Температура впала до -10 °C."], "ru": ["Температура упала до -10 °C."]}) == []
    assert quiet({"en": ["He demanded $50,000 (approximately UAH 2.1 million)."], "uk": ["Він вимагав $50 тис."],
                  "ru": ["Он требовал $50 тыс."]}) == []
    # a round conversion a fifth off is none
    slip = quiet({"en": ["Gusts reached 50 mph (100 km/h)."], "uk": ["Пориви сягали 80 км/год."],
                  "ru": ["Порывы достигали 80 км/ч."]})
    assert [(edition, kind) for edition, kind, _ in slip] == [("en", "altered")]
    # a measure the others give as its conversion is never the side blamed for a figure they add
    snow = quiet({"en": ["Snow depth reached 24 inches (61 cm)."], "uk": ["Сніг: 40 см, місцями 61 см."],
                  "ru": ["Снег: 40 см, местами 61 см."]})
    assert not any("24 inches" in message and kind == "altered" for _, kind, message in snow)


def test_a_figure_changed_before_its_own_conversion_is_altered():
    # ru gives the conversion alone; uk changed the miles and kept the kilometres
    volcano = {"en": ["The volcano is 45 miles (72 kilometers) from the capital."],
               "uk": ["Вулкан розташований за 45 миль (72 кілометри) від столиці."],
               "ru": ["Вулкан находится в 72 км от столицы."]}
    assert numbers(volcano) == []
    changed = numbers({**volcano, "uk": ["Вулкан розташований за 55 миль (72 кілометри) від столиці."]})
    assert ("uk", "altered", "error") in changed and all(edition == "uk" for edition, _, _ in changed)


# --- wind in metres per second; a currency said once before a range -------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("uk", "Вітер північно-західний, 9–14 м/с."),
    ("ru", "Ветер северо-западный, 9–14 м/с."),
    ("en", "Northwesterly winds of 9–14 m/s."),
])
def test_wind_in_metres_per_second_is_a_speed(lang, text):
    assert read(text, lang) == [("quantity", 9.0, "m/s"), ("quantity", 14.0, "m/s")]


def test_wind_in_metres_per_second_is_not_in_kilometres_per_hour():
    wind = {"en": ["Northwesterly winds of 9–14 m/s."], "uk": ["Вітер північно-західний, 9–14 м/с."],
            "ru": ["Ветер северо-западный, 9–14 м/с."]}
    assert numbers(wind) == []
    assert ("ru", "altered", "error") in numbers({**wind, "ru": ["Ветер северо-западный, 9–14 км/ч."]})


@pytest.mark.parametrize("lang,text,low,high,currency", [
    ("uk", "Трансплантація за кордоном коштує €150–200 тис.", 150_000, 200_000, "EUR"),
    ("en", "A transplant abroad costs €150,000–200,000.", 150_000, 200_000, "EUR"),
    ("en", "The project costs from $5 to $7 million.", 5_000_000, 7_000_000, "USD"),
    ("uk", "Проєкт коштує від €5 до 7 млн.", 5_000_000, 7_000_000, "EUR"),
    ("en", "Fines range from $1 to $20 million.", 1_000_000, 20_000_000, "USD"),
    ("uk", "Штрафи становлять від 1 до 20 млн доларів.", 1_000_000, 20_000_000, "USD"),
    # a first sum that says its currency after its figure has said its scale too
    ("uk", "Ціни коливаються від 17 грн до 51 тис. грн.", 17, 51_000, "UAH"),
])
def test_a_currency_said_before_a_range_is_both_ends_and_the_scale_after_it_both_too(lang, text, low, high, currency):
    assert read(text, lang) == [("money", low, currency), ("money", high, currency)]


@pytest.mark.parametrize("text,facts", [
    ("He paid $100 to 5 people.", [("money", 100, "USD"), ("amount", 5, None)]),
    ("The fund gave $10 to 2 million people.", [("money", 10, "USD"), ("amount", 2_000_000, None)]),
    ("Prices rose from $900 to $1.2 million.", [("money", 900, "USD"), ("money", 1_200_000, "USD")]),
    ("Prices rose from 900 to $1.2 million.", [("money", 900, "USD"), ("money", 1_200_000, "USD")]),
    ("The fare rose from £2 to 99p.", [("money", 2, "GBP"), ("money", 0.99, "GBP")]),
])
def test_a_sum_before_a_figure_is_no_range_unless_a_dash_or_from_makes_one(text, facts):
    assert read(text, "en") == facts


@pytest.mark.parametrize("lang,text,currency", [
    ("en", "Poland pays about 15 million zlotys a month.", "PLN"),
    ("uk", "Польща щомісяця платить близько 15 млн злотих.", "PLN"),
    ("ru", "Польша ежемесячно платит около 15 млн злотых.", "PLN"),
    ("uk", "Фонд має 100 млн швейцарських франків.", "CHF"),
    ("en", "Warsaw pays 15 million złoty.", "PLN"),
])
def test_zlotys_and_swiss_francs_are_currencies(lang, text, currency):
    assert [f.unit for f in extract_facts(text, lang) if f.kind == "money"] == [currency]
    # "Франківськ" is no franc
    assert [f for f in extract_facts("В Івано-Франківську 5 франків.", "uk") if f.kind == "money"] == []


def test_a_range_with_its_currency_said_once_is_the_same_sum_in_every_edition():
    costs = {"en": ["A transplant abroad costs €150,000–200,000."],
             "uk": ["Трансплантація за кордоном коштує €150–200 тис."],
             "ru": ["Трансплантация за границей стоит €150–200 тыс."]}
    assert numbers(costs) == []
    assert ("en", "altered", "error") in numbers({**costs, "en": ["A transplant abroad costs €150,000–250,000."]})


def test_an_ordinal_in_words_two_editions_agree_on_is_a_side_of_an_alteration():
    assert read("Перше місце вчетверте поспіль посів MIT.", "uk") == [("ordinal", 1.0, None), ("ordinal", 4.0, None)]
    ranking = {"en": ["MIT took first place for the fourth year in a row."],
               "uk": ["Перше місце вчетверте поспіль посів MIT."],
               "ru": ["Первое место в четвертый раз подряд занял MIT."]}
    assert numbers(ranking) == []
    # the edition two others contradict fails, as with a count in words of three or more
    assert numbers({**ranking, "en": ["MIT took first place for the third year in a row."]}) == [
        ("en", "altered", "error")]


def test_a_web_or_email_address_states_no_figure():
    # each edition links to its own language's page, with its own numbers
    text = ("Детальніше – на https://eoselia.diia.gov.ua/faq?id=2024, у [новині](https://www.epravda.com.ua/news/2026/"
            "11/14/731452/) або за адресою info2025@mof.gov.ua. У 2025 році.")
    assert read(text, "uk") == [("year", 2025, None)]
