"""Habits of the twentieth and twenty-first sets of newsroom stories, from agriculture, housing, migration and faith,
markets, police and startup desks, each read alike in uk, en and ru: capital scales that may be none, the trade's
kilo- and megatonnes, months counted from January, a price per its unit, codes typed in Cyrillic look-alikes and
spaced from their figures, moves and parts of the day in date ranges, an analyst's quarters, marketing and fiscal
years, a council's Roman numerals, pence, leva, pesos and crypto, and the names other editions give otherwise; and
what each of these readings must leave alone."""

import pytest

from consistency.checks.facts.relations import is_weak
from consistency.stages.facts import extract_facts
from support.facts_story import aligned_fact_findings


def facts(text, lang, kinds=("quantity", "amount", "money", "score", "date", "ordinal", "code", "name", "time")):
    return [(f.kind, f.value) for f in extract_facts(text, lang) if f.kind in kinds]


# --- capital scales that may be none ------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["The game tops 6M copies.", "Watch the 4K video.", "the 12K building in Podil"])
def test_a_capital_scale_after_one_digit_or_before_no_plural_is_weak(text):
    read = [f for f in extract_facts(text, "en") if f.kind in ("amount", "quantity")]
    assert read and all(is_weak(f) for f in read)


@pytest.mark.parametrize("text", ["It sold 12M copies.", "a city of 2.3M people", "1.1M hectares"])
def test_a_capital_scale_before_a_plural_is_as_plain_as_its_word(text):
    assert [is_weak(f) for f in extract_facts(text, "en") if f.kind in ("amount", "quantity")] == [False]


def test_one_digit_and_a_capital_scale_confirm_the_figure_in_words_and_a_change_is_caught():
    same = {"en": ["The game tops 6M copies."], "uk": ["Гра перевищила 6 млн копій."],
            "ru": ["Игра превысила 6 млн копий."]}
    assert aligned_fact_findings(same) == []
    changed = dict(same, en=["The game tops 7M copies."])
    assert ("en", "numbers", "missing", "error") in aligned_fact_findings(changed)


def test_a_race_s_capital_k_after_its_article_is_its_kilometres():
    same = {"en": ["He ran the 10K in 35 minutes."], "uk": ["Він пробіг 10 км за 35 хвилин."],
            "ru": ["Он пробежал 10 км за 35 минут."]}
    assert aligned_fact_findings(same) == []
    changed = dict(same, uk=["Він пробіг 12 км за 35 хвилин."], ru=["Он пробежал 12 км за 35 минут."])
    assert ("en", "numbers", "missing", "error") in aligned_fact_findings(changed)


# --- the trade's units, months counted from January, a price's one ------------------------------------------------

def test_the_trade_press_s_kilo_and_megatonnes_are_tonnes_and_convert_exactly():
    assert facts("1.42 Mt of grain and 612 kt more", "en") == [("quantity", 1.42), ("quantity", 612.0)]
    assert facts("20,000 mt of wheat", "en") == [("amount", 20000.0)]  # a trader's metric tonnes, no megatonnes
    same = {"en": ["Corn accounted for 834 kt."], "uk": ["Кукурудза становила 834 тис. т."],
            "ru": ["Кукуруза составила 834 тыс. т."]}
    assert aligned_fact_findings(same) == []
    # a power of ten apart, the units convert exactly: 843 kt is no rounding of 834 thousand tonnes
    assert ("en", "numbers", "altered", "error") in aligned_fact_findings(dict(same, en=["Corn accounted for 843 kt."]))


def test_the_months_from_january_are_the_months_counted():
    same = {"en": ["In January-November, Ukraine sold 2.46 billion eggs abroad."],
            "uk": ["За 11 місяців Україна продала за кордон 2,46 млрд яєць."],
            "ru": ["За 11 месяцев Украина продала за рубеж 2,46 млрд яиц."]}
    assert aligned_fact_findings(same) == []
    changed = dict(same, uk=["За 10 місяців Україна продала за кордон 2,46 млрд яєць."])
    assert ("uk", "numbers", "altered", "error") in aligned_fact_findings(changed)


def test_a_trader_s_tonne_is_no_megatonne_per_its_unit():
    assert facts("The price per mt of wheat rose to $230.", "en", ("quantity",)) == []


def test_the_one_of_a_price_is_said_per_its_unit():
    same = {"en": ["The average price per hectare was UAH 48,700."],
            "uk": ["Середня ціна 1 га становила 48,7 тис. грн."],
            "ru": ["Средняя цена 1 га составила 48,7 тыс. грн."]}
    assert aligned_fact_findings(same) == []


def test_a_fertiliser_s_grade_is_one_code_with_colons_or_dashes():
    assert facts("NPK 16:16:16", "uk") == facts("NPK 16-16-16", "en") == [("code", "16-16-16")]


# --- codes typed in look-alike letters, spaced model codes -------------------------------------------------------

def test_a_code_typed_in_cyrillic_look_alikes_is_the_latin_code():
    same = {"en": ["C1 eggs became 7% cheaper, and CC2 buildings got permits."],
            "uk": ["Яйця категорії С1 подешевшали на 7%, а будинки класу СС2 отримали дозволи."],
            "ru": ["Яйца категории С1 подешевели на 7%, а дома класса СС2 получили разрешения."]}
    assert aligned_fact_findings(same) == []
    changed = dict(same, uk=["Яйця категорії С1 подешевшали на 7%, а будинки класу СС3 отримали дозволи."])
    assert ("uk", "entities", "missing", "warning") in aligned_fact_findings(changed)


def test_capitals_and_four_figures_spaced_are_a_model_s_code():
    assert facts("гібрид ДКС 3730", "uk") == [("name", "~dks3730")]
    assert facts("код УКТ ЗЕД 8703 80", "uk", ("amount",)) == [("amount", 8703.0), ("amount", 80.0)]  # it goes on
    assert aligned_fact_findings({"en": ["The DKC3730 hybrid yielded most."], "uk": ["Найбільше дав гібрид ДКС 3730."],
                                  "ru": ["Больше всего дал гибрид ДКС 3730."]}) == []


# --- dates, years and periods --------------------------------------------------------------------------------------

def test_a_move_from_one_day_to_another_gives_both_days():
    assert facts("Засідання перенесли з 3 на 17 квітня.", "uk") == [("date", "--04-03"), ("date", "--04-17")]
    assert facts("з 31 на 1 січня", "uk", ("date",)) == [("date", "--01-01")]  # a night into the next month


def test_a_part_of_the_day_may_stand_before_a_range_s_second_day():
    assert facts("Свято тривало з вечора 11 до вечора 13 вересня.", "uk") == [("date", "--09-11"), ("date", "--09-13")]
    assert facts("Праздник длился с вечера 11 до вечера 13 сентября.", "ru") == [("date", "--09-11"),
                                                                              ("date", "--09-13")]


def test_an_analyst_s_quarter_and_half_carry_their_year():
    assert facts("from 16.2% in 4Q25 to 15% in 1H26", "en", ("ordinal", "year")) == [
        ("ordinal", 4.0), ("year", 2025), ("ordinal", 1.0), ("year", 2026)]


def test_a_marketing_year_and_a_fiscal_year_that_began_the_year_before():
    assert facts("exports in MY25/26", "en", ("year",)) == [("year", 2025), ("year", 2026)]
    assert facts("у 2025/26 МР", "uk", ("year",)) == facts("в 2025/26 МГ", "ru", ("year",)) == [("year", 2025),
                                                                                              ("year", 2026)]
    # a fiscal year's season is the year English names it by, its end: the first year is weak
    fiscal = [f for f in extract_facts("за 2025/26 фінансовий рік", "uk") if f.kind == "year"]
    assert [(f.value, is_weak(f)) for f in fiscal] == [(2025, True), (2026, False)]
    assert facts("Kernel's FY2026 profit", "en", ("year",)) == [("year", 2026)]


def test_a_council_s_session_in_roman_numerals_up_to_eighty_nine():
    assert facts("на LXXII сесії VIII скликання", "uk", ("ordinal",)) == [("ordinal", 72), ("ordinal", 8)]
    assert facts("Друге місце посів BYD.", "uk", ("ordinal",)) == [("ordinal", 2.0)]


# --- money ---------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("en,uk", [
    ("BP shares fell to 431p.", "Акції BP упали до 431 пенса."), ("instead of BGN 15", "замість 15 левів"),
    ("18 million pesos", "18 млн песо"), ("seized 12.4 BTC and 85 ETH", "вилучили 12,4 BTC і 85 ETH"),
])
def test_pence_leva_pesos_and_crypto_are_money(en, uk):
    assert [f for f in facts(en, "en") if f[0] != "name"] == [f for f in facts(uk, "uk") if f[0] != "name"]
    assert all(kind == "money" for kind, _ in facts(uk, "uk", ("money", "amount")))


def test_a_screen_s_lines_are_no_pence():
    assert facts("It streams video in 1080p.", "en", ("money",)) == []


def test_a_milligram_is_written_in_lower_case():
    assert facts("доза 50 МГ", "ru", ("quantity",)) == []


# --- names ---------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("en,uk,ru", [
    ("The Nativity of John the Baptist (Kupala Night) is on June 24.",
     "Різдво Івана Хрестителя (Івана Купала) – 24 червня.", "Рождество Иоанна Крестителя (Ивана Купала) – 24 июня."),
    ("Crimean Tatars mark Eid al-Adha in Kyiv on May 27.",
     "Кримські татари відзначили Курбан-байрам у Києві 27 травня.",
     "Крымские татары отметили Курбан-байрам в Киеве 27 мая."),
    ("He is rector of the Holy Spirit Seminary.", "Він ректор семінарії Святого Духа.",
     "Он ректор семинарии Святого Духа."),
    ("Police seized a Makarov pistol.", "Поліція вилучила пістолет ПМ.", "Полиция изъяла пистолет ПМ."),
    ("Tánaiste Simon Harris said so.", "Віцепрем'єр Ірландії Саймон Гарріс заявив це.",
     "Вице-премьер Ирландии Саймон Харрис заявил это."),
    ("the Ukrainian Canadian Congress (UCC) said", "повідомив Конгрес українців Канади (КУК)",
     "сообщил Конгресс украинцев Канады (КУК)"),
    ("Laura Sánchez Hrycuk runs the museum.", "Лаура Санчес Грицюк керує музеєм.",
     "Лаура Санчес Грицюк руководит музеем."),
    ("The firm Pivdenagroresurs was fined.", "Фірму «Південьагроресурс» оштрафували.",
     "Фирму «Южагроресурс» оштрафовали."),
])
def test_feasts_saints_arms_institutions_and_spellings_other_editions_name_otherwise(en, uk, ru):
    assert aligned_fact_findings({"en": [en], "uk": [uk], "ru": [ru]}) == []


def test_a_surname_of_an_acronym_s_letters_is_no_acronym():
    assert facts("говорит Марвин Кук", "ru", ("name",)) == [("name", "~marvin|~kuk")]
    assert facts("Укриття (ПРУ) на глибині 7 м", "uk", ("name",)) != [("name", "perth")]  # no form of "перти"


def test_the_police_is_no_form_of_poland():
    changed = {"en": ["The case is investigated with the police of Czechia."],
               "uk": ["Справу розслідують разом з поліцією Польщі."],
               "ru": ["Дело расследуют вместе с полицией Чехии."]}
    assert ("uk", "entities", "altered", "error") in aligned_fact_findings(changed)


# --- what these readings leave alone -------------------------------------------------------------------------------

@pytest.mark.parametrize("text,kind,unit", [("Farmers harvested 2M tonnes.", "quantity", "t"),
                                            ("The club paid 6M euros.", "money", "EUR")])
def test_one_digit_and_a_capital_scale_keep_the_unit_or_currency_after_them(text, kind, unit):
    read, = [f for f in extract_facts(text, "en") if f.kind in ("amount", "quantity", "money")]
    assert (read.kind, read.unit, is_weak(read)) == (kind, unit, False)


def test_a_race_s_kilometres_only_before_a_function_word():
    assert [(f.unit, is_weak(f)) for f in extract_facts("She won the 10K on Sunday.", "en")
            if f.kind == "quantity"] == [("km", True)]
    assert [(f.kind, is_weak(f)) for f in extract_facts("He passed the 40K mark.", "en")] == [("amount", True)]


def test_two_latin_codes_a_letter_apart_stay_two():
    changed = {"en": ["A jam formed on the C1 road."], "uk": ["На трасі S1 утворився затор."],
               "ru": ["На трассе S1 образовалась пробка."]}
    assert ("en", "entities", "missing", "warning") in aligned_fact_findings(changed)


@pytest.mark.parametrize("lang,text", [("uk", "Громада прийняла ВПО 1200 осіб."), ("en", "It costs THB 1500 a night."),
                                       ("ru", "турнир WTA 1000 в Дубае")])
def test_capitals_and_four_figures_are_a_code_only_after_a_word_of_models(lang, text):
    assert [k for k, _ in facts(text, lang, ("amount", "money", "name")) if k != "name"] != []


def test_an_acronym_in_title_case_opening_an_english_sentence_is_still_the_acronym():
    assert facts("Hur said the strike hit a depot.", "en", ("name",)) == [("name", "hur")]


def test_months_of_two_years_are_no_count_of_months():
    assert [f for f in facts("In January 2024 - March 2025 exports fell.", "en") if f[0] == "quantity"] == []


def test_a_distance_after_a_rate_word_is_still_a_distance():
    read, = [f for f in extract_facts("Дрон впав за 1 км від кордону.", "uk") if f.kind == "quantity"]
    assert not is_weak(read)


@pytest.mark.parametrize("lang,text", [("en", "In 2023 ETH Zurich opened a lab."), ("en", "In 2022 Tether froze it."),
                                       ("uk", "У 1828 Лев Толстой народився.")])
def test_a_year_before_a_name_that_opens_with_a_currency_s_word_is_a_year(lang, text):
    assert facts(text, lang, ("year", "money")) == [("year", int(text.split()[1]))]


def test_a_range_s_first_figure_with_no_part_of_the_day_may_be_an_hour_or_a_day():
    read = [f for f in extract_facts("Світло вимкнуть з 20 до ранку 21 травня.", "uk") if f.kind == "date"]
    assert [(f.value, is_weak(f)) for f in read] == [("--05-20", True), ("--05-21", False)]
    festival = {"en": ["The festival runs from May 19 until the evening of May 21."],
                "uk": ["Фестиваль триватиме з 19 до вечора 21 травня."],
                "ru": ["Фестиваль продлится с 19 до вечера 21 мая."]}
    assert aligned_fact_findings(festival) == []
    assert [f for f in extract_facts("з 20 до ранку 31 квітня", "uk") if f.kind == "date" and f.value is None] == []


def test_a_share_s_record_price_in_pence():
    assert facts("Shares closed at a record 1,250p on Friday.", "en", ("money",)) == [("money", 12.5)]


@pytest.mark.parametrize("text", ["It runs at 1440p on the PS5 Pro.", "an 18kt gold ring", "the LIV Golf series"])
def test_a_screen_a_carat_and_a_league_s_name_are_no_pence_tonnes_or_ordinal(text):
    assert facts(text, "en", ("money", "quantity", "ordinal")) == facts(text, "uk", ("ordinal",)) == []
