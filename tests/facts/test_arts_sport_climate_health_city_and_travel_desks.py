"""Habits of the twenty-second to twenty-fifth sets of newsroom stories, from arts, sport, climate, health, city and
travel desks, then technology, elections, aid, prices, labour and aviation, each read alike in uk, en and ru: the
half of the day said once after a list of clock times, half and a quarter of an hour in words, a range of decades,
Hong Kong dollars, emissions in MtCO2e, house numbers with their letters, a range of days closed by a conjunction, a
canoe class before its distance, a relay's legs, grams, a month and its year in figures, a frame rate, ranges of
ordinals, lakhs and crores, durations in three parts, times in one zone, and the names other editions give
otherwise; and what each of these readings must leave alone."""

import pytest

from consistency.stages.facts import extract_facts
from consistency.stages.facts.name_keys import written_in_another_latin_alphabet
from support.facts_story import aligned_fact_findings


def facts(text, lang, kinds=("quantity", "amount", "money", "date", "ordinal", "code", "name", "time", "dimensions")):
    return [(f.kind, f.value) for f in extract_facts(text, lang) if f.kind in kinds]


def times(text, lang):
    return [f.value for f in extract_facts(text, lang) if f.kind == "time"]


# --- clock times and durations --------------------------------------------------------------------------------------

def test_the_half_of_the_day_said_after_a_list_of_clock_times_is_each_one_s():
    assert times("The last buses leave at 9:15, 9:45 and 10:15 p.m.", "en") == ["21:15", "21:45", "22:15"]
    assert times("The first leave at 5:40, 6:10 and 6:40 a.m.", "en") == ["05:40", "06:10", "06:40"]


def test_a_list_whose_hours_do_not_run_forward_keeps_its_first_hour_as_said():
    assert times("Trains at 11:30, 12:15 and 1:00 p.m.", "en") == ["11:30", "12:15", "13:00"]


def test_a_timetable_said_in_twelve_hours_matches_the_twenty_four_hour_clock():
    same = {"en": ["The last buses will leave at 9:15, 9:45 and 10:15 p.m."],
            "uk": ["Останні рейси — о 21:15, 21:45 і 22:15."],
            "ru": ["Последние рейсы — в 21:15, 21:45 и 22:15."]}
    assert aligned_fact_findings(same) == []
    changed = dict(same, uk=["Останні рейси — о 21:15, 21:45 і 23:15."])
    assert ("uk", "dates", "altered", "error") in aligned_fact_findings(changed)


@pytest.mark.parametrize("text,lang,value,unit", [
    ("every quarter of an hour", "en", 15.0, "min"),
    ("in half an hour", "en", 0.5, "h"),
    ("кожні пів години", "uk", 0.5, "h"),
    ("через півгодини", "uk", 0.5, "h"),
    ("чверть години", "uk", 15.0, "min"),
    ("каждые полчаса", "ru", 0.5, "h"),
    ("четверть часа", "ru", 15.0, "min"),
])
def test_half_and_a_quarter_of_an_hour_in_words_are_durations(text, lang, value, unit):
    assert [(f.value, f.unit) for f in extract_facts(text, lang) if f.kind == "quantity"] == [(value, unit)]


def test_every_quarter_of_an_hour_is_every_fifteen_minutes():
    same = {"en": ["On weekdays trams will run every quarter of an hour, and at weekends every half hour."],
            "uk": ["У будні трамваї курсуватимуть кожні 15 хвилин, у вихідні — кожні пів години."],
            "ru": ["В будни трамваи будут курсировать каждые 15 минут, в выходные — каждые полчаса."]}
    assert aligned_fact_findings(same) == []
    changed = dict(same, ru=["В будни трамваи будут курсировать каждые 20 минут, в выходные — каждые полчаса."])
    assert any(f[0] == "ru" and f[3] == "error" for f in aligned_fact_findings(changed))


# --- decades, years and dates ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,lang", [
    ("the late landscapes of the 1960s-70s", "en"),
    ("in the 1960s-1970s", "en"),
    ("пізні пейзажі 1960–1970-х років", "uk"),
    ("поздние пейзажи 1960–1970-х годов", "ru"),
])
def test_a_range_of_decades_gives_both_decades(text, lang):
    assert facts(text, lang, kinds=("date", "year")) == [("date", "1960s"), ("date", "1970s")]


@pytest.mark.parametrize("text,lang,years", [("у 1990–2000 роках", "uk", (1990, 2000)),
                                             ("в 2015–2020-х годах", "ru", (2015, 2020))])
def test_a_range_of_years_with_no_decade_mark_or_a_first_year_no_decade_s_stays_two_years(text, lang, years):
    assert facts(text, lang, kinds=("date", "year")) == [("year", year) for year in years]


def test_a_range_of_days_closed_by_a_conjunction_gives_both_days():
    assert facts("cut from January 20 to 26 due to repairs", "en", kinds=("date",)) == [
        ("date", "--01-20"), ("date", "--01-26")]


def test_a_range_of_days_before_a_noun_stays_a_day_and_a_count():
    assert facts("on May 3 and 4 people were hurt", "en", kinds=("date", "amount")) == [
        ("date", "--05-03"), ("amount", 4.0)]


@pytest.mark.parametrize("text,lang", [("Термін придатності серії — до 05.2027.", "uk"),
                                       ("Срок годности серии — до 05.2027.", "ru"),
                                       ("The batch expires in May 2027.", "en")])
def test_a_month_and_its_year_in_figures_is_that_month(text, lang):
    assert facts(text, lang, kinds=("date",)) == [("date", "2027-05")]


def test_a_month_and_its_year_in_figures_is_no_date_where_a_full_stop_marks_decimals():
    assert facts("The index rose to 10.2026 points.", "en", kinds=("date",)) == []


# --- money, measures and units --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,lang", [("had been estimated at HK$15m-20m.", "en"),
                                       ("Естимейт становив 15–20 млн гонконзьких доларів.", "uk"),
                                       ("Эстимейт составлял HK$15–20 млн.", "ru")])
def test_hong_kong_dollars_in_each_language(text, lang):
    assert [(f.value, f.unit) for f in extract_facts(text, lang) if f.kind == "money"] == [
        (15e6, "HKD"), (20e6, "HKD")]


def test_million_tonnes_of_co2_equivalent_are_megatonnes_and_the_formula_is_no_name_lost():
    same = {"en": ["Emissions totalled 229.6 MtCO2e in 2023."],
            "uk": ["Викиди становили 229,6 млн т CO2-екв. у 2023 році."],
            "ru": ["Выбросы составили 229,6 млн т CO2-экв. в 2023 году."]}
    assert aligned_fact_findings(same) == []
    changed = dict(same, en=["Emissions totalled 292.6 MtCO2e in 2023."])
    assert ("en", "numbers", "altered", "error") in aligned_fact_findings(changed)


def test_a_weight_in_kilograms_and_grams_is_one_weight():
    for text, lang in (("важило вже 2 кг 310 г.", "uk"), ("весила уже 2 кг 310 г.", "ru")):
        assert [(f.value, f.unit) for f in extract_facts(text, lang) if f.kind == "quantity"] == [(2.31, "kg")]


@pytest.mark.parametrize("text,lang,kind", [("у 1917 г. почалась", "uk", "year"), ("в 1917 г. началась", "ru", "year"),
                                            ("в 90 г. до н. э.", "ru", "amount"), ("в 862 г. призвали", "ru", "amount"),
                                            ("буд. 5-г", "uk", "amount"),
                                            ("Поліція вилучила 1500 г канабісу.", "uk", "quantity"),
                                            ("Новорожденная весила 2900 г.", "ru", "quantity")])
def test_the_gram_s_letter_is_a_year_s_with_its_full_stop_after_a_year_or_before_a_word_in_lower_case(text, lang,
                                                                                                       kind):
    assert [f.kind for f in extract_facts(text, lang)] == [kind]


def test_a_film_s_frame_rate_glued_or_in_words():
    assert [(f.value, f.unit) for f in extract_facts("shown at 48fps", "en")] == [(48.0, "fps")]
    assert [(f.value, f.unit) for f in extract_facts("48 кадрів на секунду", "uk")] == [(48.0, "fps")]
    assert [(f.value, f.unit) for f in extract_facts("48 кадров в секунду", "ru")] == [(48.0, "fps")]


def test_a_table_s_thousands_in_its_header_are_no_figure():
    assert facts("Main spending items by budget programme code (UAH '000):", "en", kinds=("amount", "money")) == []


def test_a_relay_s_legs_with_the_metres_glued():
    assert facts("in the 4x100m medley relay", "en") == [("dimensions", "4x100")]
    assert facts("in the 4x4s", "en") == []


def test_a_canoe_class_s_figure_groups_no_thousands_with_the_distance_after_it():
    assert facts("Луценко виграла С-1 200 м на етапі", "uk", kinds=("quantity", "amount")) == [("quantity", 200.0)]
    assert facts("Луценко виграла 1 200 м на етапі", "uk", kinds=("quantity", "amount")) == [("quantity", 1200.0)]


# --- house numbers and ordinals -------------------------------------------------------------------------------------

def test_a_house_letter_after_a_hyphen_or_before_a_street_s_word_is_the_house():
    assert facts("просп. Героїв, 6-А і 8-Б, вул. Паникахи, 33-В", "uk", kinds=("code",)) == [
        ("code", "6a"), ("code", "8b"), ("code", "33v")]
    assert facts("6A and 8B Heroiv Avenue, 33V and 35 Panykakhy Street", "en", kinds=("code",)) == [
        ("code", "6a"), ("code", "8b"), ("code", "33v")]


@pytest.mark.parametrize("text,lang,kind", [("Revenue hit 8B last year.", "en", "amount"),
                                            ("Investors poured $8B into Wall Street funds.", "en", "money"),
                                            ("It sold for 5B at auction on Bond Street.", "en", "amount"),
                                            ("дев'ята річниця, 9-а за ліком", "uk", "ordinal"),
                                            ("учні 11-А класу", "uk", "ordinal"), ("в 1-А группе", "ru", "amount")])
def test_a_capital_letter_outside_an_address_and_an_ordinal_s_ending_are_no_house(text, lang, kind):
    assert kind in [f.kind for f in extract_facts(text, lang)] and not facts(text, lang, kinds=("code",))


def test_a_changed_house_letter_is_caught():
    same = {"en": ["The outage will affect 6A and 8B Heroiv Avenue."],
            "uk": ["Без гарячої води будуть будинки на просп. Героїв, 6-А і 8-Б."],
            "ru": ["Без горячей воды будут дома по просп. Героев, 6-А и 8-Б."]}
    assert aligned_fact_findings(same) == []
    changed = dict(same, uk=["Без гарячої води будуть будинки на просп. Героїв, 6-А і 8-В."])
    assert any(f[0] == "uk" and f[3] == "error" for f in aligned_fact_findings(changed))


def test_a_licence_s_number_sign_keeps_its_code():
    assert facts("ліцензію № 131-А", "uk", kinds=("code", "name")) == [("name", "~131a")]


def test_a_range_of_ordinals_gives_both():
    assert facts("are tied for 2nd-4th place", "en", kinds=("ordinal",)) == [("ordinal", 2.0), ("ordinal", 4.0)]
    assert facts("an F-16", "en", kinds=("ordinal", "amount", "name")) == [("name", "~f-16")]


@pytest.mark.parametrize("text,value", [("з 5-го по 8-ме місце", 8.0), ("1-ша рота", 1.0), ("3-тя бригада", 3.0),
                                        ("8-мі класи", 8.0)])
def test_ukrainian_ordinals_in_the_endings_of_their_words(text, value):
    assert ("ordinal", value) in facts(text, "uk", kinds=("ordinal",))


def test_a_count_s_instrumental_ending_is_no_ordinal():
    assert facts("Жінка з 2-ма дітьми загинула.", "uk", kinds=("ordinal", "amount")) == [("amount", 2.0)]


# --- names ----------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("latin,cyrillic", [("Production", "Продакшн"), ("Development", "Девелопмент"),
                                            ("Group", "Груп"), ("Holding", "Холдинг")])
def test_a_firm_s_english_word_written_by_its_sound(latin, cyrillic):
    assert written_in_another_latin_alphabet(latin, cyrillic, "uk")
    assert written_in_another_latin_alphabet(latin, cyrillic, "ru")


@pytest.mark.parametrize("latin,cyrillic", [("Production", "Продукція"), ("Group", "Гроза"), ("Duda", "Дада"),
                                            ("Budanov", "Баданов")])
def test_another_word_is_not_written_by_its_sound(latin, cyrillic):
    assert not written_in_another_latin_alphabet(latin, cyrillic, "uk")


@pytest.mark.parametrize("en,uk,ru", [
    ("Kravchenko played Frédéric Chopin's Piano Concerto No. 2.", "Кравченко виконала Концерт №2 Фридерика Шопена.",
     "Кравченко исполнила Концерт №2 Фредерика Шопена."),
    ("21 films will compete for the Palme d'Or.", "21 фільм змагатиметься за «Золоту пальмову гілку».",
     "21 фильм поборется за «Золотую пальмовую ветвь»."),
    ("at the 61st International Art Exhibition – La Biennale di Venezia", "на 61-й Венеційській бієнале",
     "на 61-й Венецианской биеннале"),
    ("with the GTC telescope in the Canary Islands", "телескопом GTC на Канарських островах",
     "телескопом GTC на Канарских островах"),
    ("the Legacy Survey of Space and Time (LSST) will last 10 years.",
     "Спадковий огляд простору і часу (LSST) триватиме 10 років.",
     "Наследственный обзор пространства и времени (LSST) продлится 10 лет."),
    ("the U.S. National Science Foundation and the U.S. Department of Energy said.",
     "повідомили Національний науковий фонд США і Міністерство енергетики США.",
     "сообщили Национальный научный фонд США и Министерство энергетики США."),
])
def test_names_each_edition_gives_its_own_way(en, uk, ru):
    assert aligned_fact_findings({"en": [en], "uk": [uk], "ru": [ru]}) == []


# --- the twenty-fourth and twenty-fifth sets: technology, elections, aid, prices, labour, aviation ------------------

def test_grams_glued_in_english_and_no_generation_of_networks():
    assert [(f.value, f.unit) for f in extract_facts("a 500g loaf and 2.5 g of gold", "en")
            if f.kind == "quantity"] == [(500.0, "g"), (2.5, "g")]
    assert facts("5G networks", "en", kinds=("quantity",)) == []


def test_indian_english_counts_in_lakhs_and_crores():
    assert facts("7.42 crore voters and 75 lakh women", "en", kinds=("amount",)) == [
        ("amount", 74.2e6), ("amount", 7.5e6)]
    assert [(f.value, f.unit) for f in extract_facts("worth Rs 480 crore", "en") if f.kind == "money"] == [
        (4.8e9, "INR")]


@pytest.mark.parametrize("text,lang,value", [
    ("lasted two hours and 25 minutes", "en", 2 + 25 / 60),
    ("15 days, 16 hours and 34 minutes", "en", 15 + (16 + 34 / 60) / 24),
    ("15 діб 16 годин 34 хвилини", "uk", 15 + (16 + 34 / 60) / 24),
])
def test_a_duration_in_three_parts_or_in_words_and_figures_is_one(text, lang, value):
    assert [round(f.value, 6) for f in extract_facts(text, lang) if f.kind == "quantity"] == [round(value, 6)]


def test_a_range_s_first_figure_takes_the_scale_of_a_measure():
    assert [(f.value, f.unit) for f in extract_facts("становить 60–65 тис. т.", "uk")] == [(6e4, "t"), (6.5e4, "t")]


def test_a_currency_s_code_between_two_figures_is_the_second_one_s_in_copy_that_writes_codes_first():
    text = "Pensioners aged 70 to 74 get UAH 400 instead of UAH 300, those aged 75 to 79 UAH 600 instead of UAH 456."
    read = [(f.kind, f.value) for f in extract_facts(text, "en")]
    assert ("money", 600.0) in read and ("money", 79.0) not in read


@pytest.mark.parametrize("text,lang", [("Україна отримала 1,5 млрд EUR 20 грудня від ЄС.", "uk"),
                                       ("Ukraine got 1.5 billion EUR 20 December from the EU.", "en")])
def test_a_currency_s_code_after_its_sum_before_a_date_is_the_sum_s(text, lang):
    assert [(f.value, f.unit) for f in extract_facts(text, lang) if f.kind == "money"] == [(1.5e9, "EUR")]


def test_a_model_s_code_before_a_plural_is_no_decade():
    assert not facts("orders 30 Airbus A350-1000s", "en", kinds=("date",))
    assert facts("in the mid-1990s", "en", kinds=("date",)) == [("date", "1990s")]


def test_a_flight_s_code_spaced_from_its_figure():
    assert facts("пасажирів рейсу LH 1494 Франкфурт", "uk", kinds=("name",))[0] == ("name", "~lh1494")


def test_a_time_zone_before_a_day_is_no_code():
    assert facts("з 06:00 до 14:00 UTC 11 і 12 грудня.", "uk", kinds=("date", "name")) == [
        ("date", "--12-11"), ("date", "--12-12")]


def test_two_times_in_one_zone_compare_as_that_zone_s_clocks():
    same = {"en": ["The airspace is closed from 06:00 to 14:00 UTC."],
            "uk": ["Простір закрито з 06:00 до 14:00 UTC."], "ru": ["Пространство закрыто с 06:00 до 14:00 UTC."]}
    assert aligned_fact_findings(same) == []
    changed = dict(same, en=["The airspace is closed from 06:00 to 16:00 UTC."])
    assert ("en", "dates", "altered", "error") in aligned_fact_findings(changed)


def test_an_acronym_hyphenated_to_a_word_of_another_script_is_the_acronym():
    assert facts("Наймасштабніша DDoS-атака на", "uk", kinds=("name",)) == [("name", "~dos")]


def test_a_sum_s_multiplication_with_its_thousands_grouped():
    assert facts("17 486,14 × 1,2 × 0,35 = 7 344,18 грн", "uk", kinds=("dimensions",)) == [
        ("dimensions", "17486.14x1.2x0.35")]


@pytest.mark.parametrize("text,lang", [("(3m/3m)", "en"), ("(3м/3м)", "uk")])
def test_an_analyst_s_three_months_on_three_is_no_figure(text, lang):
    assert facts(text, lang) == []


@pytest.mark.parametrize("latin,cyrillic", [("Jara", "Хара"), ("Juan", "Хуан"), ("José", "Хосе")])
def test_a_spanish_name_written_by_its_sound(latin, cyrillic):
    assert written_in_another_latin_alphabet(latin, cyrillic, "uk")


@pytest.mark.parametrize("latin,cyrillic", [("Vasko", "Басько"), ("Bobko", "Вовко"), ("Kozak", "Косак"),
                                            ("Vasylenko", "Базиленко"), ("Szabó", "Шабо")])
def test_slavic_surnames_a_letter_apart_stay_apart(latin, cyrillic):
    assert not written_in_another_latin_alphabet(latin, cyrillic, "uk")


@pytest.mark.parametrize("en,uk,ru", [
    ("Ethiopia and Ivory Coast.", "Ефіопії та Кот-д'Івуару.", "Эфиопию и Кот-д'Ивуар."),
    ("a House vote on the files", "голосування Палати представників щодо файлів", "голосование Палаты представителей"),
    ("ANO will hold 80 seats, the SPD 15 and the Motorists 13.", "ANO матиме 80 мандатів, SPD – 15, «Мотористи» – 13.",
     "ANO получит 80 мандатов, SPD – 15, «Мотористы» – 13."),
    ("a course with the Royal Navy at Rosyth", "курс із Королівськими ВМС Великої Британії в Розайті",
     "курс с Королевскими ВМС Великобритании в Розайте"),
])
def test_more_names_and_figures_each_edition_gives_its_own_way(en, uk, ru):
    assert aligned_fact_findings({"en": [en], "uk": [uk], "ru": [ru]}) == []


# --- what the second review's cases leave alone ---------------------------------------------------------------------

@pytest.mark.parametrize("text,lang,kinds", [
    ("47-ма окрема механізована бригада", "uk", [("ordinal", 47.0)]),
    ("Після евакуаційного рейсу ВПО 1200 осіб розмістили.", "uk", [("name", "~vpo"), ("amount", 1200.0)]),
    ("Astronauts experienced up to 4g during re-entry.", "en", []),
    ("Вес слитка — 150,5 г.", "ru", [("quantity", 150.5)]),
    ("Добавьте 200 г. муки", "ru", [("quantity", 200.0)]),
    ("У 2023 МО уклало контракти", "uk", [("year", 2023), ("name", "~mo")]),
    ("The RS 24 missile", "en", [("name", "~rs24")]),
    ("Обрушение в доме 12-А.", "ru", [("code", "12a")]),
    ("провулок Тихий, 12-А", "uk", [("name", "~tihi"), ("code", "12a")]),
])
def test_readings_the_new_rules_leave_as_they_were(text, lang, kinds):
    assert [(f.kind, f.value) for f in extract_facts(text, lang) if f.kind != "count"] == kinds


@pytest.mark.parametrize("text,lang,values", [("забіги на 10 км, 5 км, 800 м і 400 м", "uk", [10.0, 5.0, 800.0, 400.0]),
                                              ("Prisoners worked 6 days, 12 hours a day.", "en", [6.0, 12.0])])
def test_a_list_of_measures_is_no_measure_in_parts(text, lang, values):
    assert [f.value for f in extract_facts(text, lang) if f.kind == "quantity"] == values


def test_a_person_before_an_institute_s_acronym_is_still_a_person_added():
    story = {"uk": ["Аналітики ISW заявили, що наступ триває."],
             "en": ["George Barros of the Institute for the Study of War (ISW) said the offensive continues."],
             "ru": ["Аналитики ISW заявили, что наступление продолжается."]}
    assert ("en", "entities", "added", "warning") in aligned_fact_findings(story)


def test_a_flight_s_code_does_not_stand_for_a_count_of_passengers():
    story = {"uk": ["Рейс PS 101 приземлився, на борту був 101 пасажир."], "en": ["Flight PS 101 landed safely."],
             "ru": ["Рейс PS 101 приземлился, на борту был 101 пассажир."]}
    assert ("en", "numbers", "missing", "error") in aligned_fact_findings(story)


# --- what the third review's cases leave alone ----------------------------------------------------------------------

@pytest.mark.parametrize("text,money", [("In 2024 UAH 5 billion was allocated.", [(5e9, "UAH")]),
                                        ("Group 1 pays UAH 150 and group 2 UAH 250.", [(150.0, "UAH"), (250.0, "UAH")]),
                                        ("The fine is 5,000 Kč.", [(5000.0, "CZK")])])
def test_a_currency_s_code_or_sign_goes_with_its_own_figure(text, money):
    assert [(f.value, f.unit) for f in extract_facts(text, "en") if f.kind == "money"] == money


@pytest.mark.parametrize("text,value", [("15 days, 16 hours, and 34 minutes", 15 + (16 + 34 / 60) / 24),
                                        ("2 hours, 5 minutes, 30 seconds", 2 + 5 / 60 + 30 / 3600)])
def test_a_measure_in_parts_with_commas_all_the_way(text, value):
    assert [round(f.value, 6) for f in extract_facts(text, "en") if f.kind == "quantity"] == [round(value, 6)]


def test_a_second_flight_s_code_in_a_list():
    assert [f.value for f in extract_facts("Flights LH 1494 and LH 1496 were cancelled.", "en")
            if f.kind == "name"] == ["~lh1494", "~lh1496"]


def test_the_figure_of_a_spaced_code_against_an_acronym_in_cyrillic():
    story = {"uk": ["У СДПН – 15 мандатів, в «Автомобілістів» – 13."], "en": ["the SPD 15 and the Motorists 13."],
             "ru": ["У СДПГ – 15 мандатов, у «Автомобилистов» – 13."]}
    assert not [f for f in aligned_fact_findings(story) if f[1] == "numbers"]


@pytest.mark.parametrize("text,lang,kinds", [
    ("Police seized 300g of methamphetamine.", "en", [("quantity", 300.0)]),
    ("Лікар радить 2000 МО щодня.", "uk", [("quantity", 2000.0)]),
    ("В конце 988 г. князь", "ru", [("amount", 988.0)]),
    ("з 2-ма 155-мм гаубицями", "uk", [("amount", 2.0), ("quantity", 155.0)]),
])
def test_cues_and_guards_for_grams_units_and_counts(text, lang, kinds):
    assert [(f.kind, f.value) for f in extract_facts(text, lang) if f.kind != "name"] == kinds
