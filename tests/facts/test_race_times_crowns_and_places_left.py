"""Habits of the eleventh and twelfth sets of newsroom stories, each read alike in uk, en and ru: a finishing time
("2:03:41", "8:21.57" / "8.21,57") and its seconds ("14 хв 12,5 с"), a crown without its country ("600 млн крон" /
"600 million kroner"), a fraction in one character ("a ¼ kg pack"), a year after an apostrophe ("summer ’27"), a firm
in quotation marks opening a sentence («Київстар»), a town swapped where the editions say where someone comes from or
goes through ("з Фастова", "from Obukhiv", "through Drohobych"), the Atlantic and the North Atlantic Alliance; a
house numbered with a letter ("19а" / "19a"), a half-time score in brackets, "the last 16" and "the semis", the
state's programmes, rivers and six-word names, a town before its region's adjective, a quarter in words against one
in Roman numerals, two surnames that share letters; and what each of these readings must leave alone."""

import pytest

from consistency.stages.facts import extract_facts
from support.facts_story import aligned_fact_findings


def facts(text, lang, kinds=("quantity", "amount", "money", "year", "time", "name")):
    return [(f.kind, f.value, f.text) for f in extract_facts(text, lang) if f.kind in kinds]


# --- finishing times ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("lang,text,seconds", [
    ("en", "Kipchoge won the Valencia Marathon in 2:03:41.", 7421.0),
    ("uk", "Кіпчоге виграв марафон у Валенсії з часом 2:03:41.", 7421.0),
    ("en", "She set a record in the 800 m at 8:21.57.", 501.57),
    ("uk", "Вона встановила рекорд на дистанції 800 м — 8.21,57.", 501.57),
    ("ru", "Он проплыл за 1:45,23.", 105.23),
])
def test_a_finishing_time_is_its_seconds(lang, text, seconds):
    assert ("quantity", seconds) in [(kind, value) for kind, value, _ in facts(text, lang)]


@pytest.mark.parametrize("lang,text,kind", [
    ("en", "The all-clear came at 17:10.", "time"),  # two figures: a clock's
    ("uk", "Тривога о 09:15:00.", "time"),  # hours in two figures: a clock's, with its seconds
    ("uk", "Документ від 6.12.26 набув чинності.", "date"),  # one mark twice: a date
])
def test_a_clock_or_a_date_is_no_finishing_time(lang, text, kind):
    found = extract_facts(text, lang)
    assert kind in {f.kind for f in found}
    assert "s" not in {f.unit for f in found}


def test_seconds_after_minutes_join_them_in_every_language():
    minutes = 14 + 12.5 / 60
    for lang, text in [("en", "He covered it in 14 minutes 12.5 seconds."), ("uk", "Він подолав її за 14 хв 12,5 с."),
                       ("ru", "Он преодолел ее за 14 мин 12,5 с.")]:
        assert [(kind, round(value, 6)) for kind, value, _ in facts(text, lang)] == [("quantity", round(minutes, 6))]


def test_a_bare_c_is_a_second_only_beside_minutes_or_after_decimals():
    # "с" is also a preposition in Russian and a village's abbreviation in Ukrainian
    assert facts("Он прожил там 3 с половиной года.", "ru", ("quantity",)) == []
    assert facts("Мешканці 3 с. громади.", "uk", ("quantity",)) == []
    assert facts("Болт пробіг 100 м за 9,58 с.", "uk", ("quantity",)) == [("quantity", 100.0, "100 м"),
                                                                         ("quantity", 9.58, "9,58 с")]


def test_a_changed_finishing_time_is_an_error_on_its_edition():
    story = {"en": ["Kipchoge won the Valencia Marathon in 2:03:41."],
             "uk": ["Кіпчоге виграв марафон у Валенсії з часом 2:03:41."],
             "ru": ["Кипчоге выиграл марафон в Валенсии со временем 2:03:41."]}
    assert aligned_fact_findings(story) == []
    assert ("uk", "numbers", "altered", "error") in aligned_fact_findings(
        {**story, "uk": ["Кіпчоге виграв марафон у Валенсії з часом 2:04:41."]})


# --- a crown without its country ---------------------------------------------------------------------------

NORWAY = {"en": ["Zelensky thanked Norway for an aid package of 600 million kroner."],
          "uk": ["Зеленський подякував Норвегії за пакет допомоги на 600 млн крон."],
          "ru": ["Зеленский поблагодарил Норвегию за пакет помощи на 600 млн норвежских крон."]}


def test_a_crown_without_its_country_is_any_crown():
    assert aligned_fact_findings(NORWAY) == []


def test_a_crown_against_another_currency_is_a_changed_currency():
    changed = {**NORWAY, "ru": ["Зеленский поблагодарил Норвегию за пакет помощи на 600 млн евро."]}
    assert ("ru", "numbers", "altered", "error") in aligned_fact_findings(changed)


def test_a_crown_of_another_country_is_a_changed_currency():
    story = {**NORWAY, "en": ["Zelensky thanked Norway for an aid package of 600 million Norwegian kroner."]}
    assert aligned_fact_findings(story) == []
    changed = {**story, "ru": ["Зеленский поблагодарил Норвегию за пакет помощи на 600 млн шведских крон."]}
    assert ("ru", "numbers", "altered", "error") in aligned_fact_findings(changed)


# --- a fraction in one character, a year after an apostrophe -----------------------------------------------

def test_a_fraction_in_one_character_is_a_figure_by_itself():
    assert facts("A ¼ kg pack costs 89 hryvnias.", "en", ("quantity",)) == [("quantity", 0.25, "¼ kg")]
    assert facts("Пачка вагою ¼ кг коштує 89 гривень.", "uk", ("quantity",)) == [("quantity", 0.25, "¼ кг")]


@pytest.mark.parametrize("lang,text,year", [
    ("uk", "Фестиваль повернеться влітку ’27.", 2027),
    ("en", "It returns after Euro '24.", 2024),
    ("en", "the class of ’99", 1999),
])
def test_two_figures_after_an_apostrophe_are_a_year(lang, text, year):
    assert [value for kind, value, _ in facts(text, lang, ("year",))] == [year]


@pytest.mark.parametrize("lang,text", [
    ("en", "He said 'no' 27 times."),  # a closing quotation mark, then a space
    ("en", "Press the key marked '27' twice."),  # a figure in single quotation marks
])
def test_an_apostrophe_not_glued_to_two_figures_makes_no_year(lang, text):
    assert facts(text, lang, ("year",)) == []


# --- names: a firm in quotation marks, a town where the editions say from or through -----------------------

def test_a_firm_in_quotation_marks_is_a_name_opening_its_sentence():
    assert facts("«Сільпо» і Novus домовилися про знижки.", "uk", ("name",))[0] == ("name", "~silp", "Сільпо")
    # a quotation's first word is no name: the quotation runs on past it
    assert facts("«Ми готові до переговорів», — сказав він.", "uk", ("name",)) == []
    assert facts("«Неприйнятно», — заявив міністр.", "uk", ("name",)) == []  # one word quoted before its speaker


SHELTER = {"en": ["A new school will be built in Nizhyn, 30 km from the highway to Chernihiv."],
           "uk": ["Нову школу збудують у Ніжині, за 30 км від траси на Чернігів."],
           "ru": ["Новую школу построят в Нежине, в 30 км от трассы на Чернигов."]}


def test_a_town_the_english_edition_swaps_is_worth_a_look():
    assert aligned_fact_findings(SHELTER) == []
    swapped = {**SHELTER, "en": ["A new school will be built in Pryluky, 30 km from the highway to Chernihiv."]}
    assert ("en", "entities", "altered", "warning") in aligned_fact_findings(swapped)


HERO = {"en": ["Among them is 23-year-old Oleksii Karpiuk from Obukhiv."],
        "uk": ["Серед них — 23-річний Олексій Карп'юк з Обухова."],
        "ru": ["Среди них — 23-летний Алексей Карпюк из Обухова."]}


def test_a_town_someone_comes_from_swapped_in_one_edition_is_worth_a_look():
    # the Ukrainian dictionary files "Фастів" as a plain noun, with no tag of a place
    assert aligned_fact_findings(HERO) == []
    swapped = {**HERO, "uk": ["Серед них — 23-річний Олексій Карп'юк з Фастова."]}
    assert ("uk", "entities", "altered", "warning") in aligned_fact_findings(swapped)


def test_a_town_a_road_goes_through_swapped_in_one_edition_is_worth_a_look():
    story = {"en": ["A detour will be organised through Drohobych, adding about 35 km."],
             "uk": ["Об'їзд організують через Дрогобич, додавши близько 35 км."],
             "ru": ["Объезд организуют через Дрогобыч, добавив около 35 км."]}
    assert aligned_fact_findings(story) == []
    swapped = {**story, "en": ["A detour will be organised through Sambir, adding about 35 km."]}
    assert ("en", "entities", "altered", "warning") in aligned_fact_findings(swapped)


def test_the_atlantic_is_the_ocean_but_not_in_the_names_of_an_alliance_or_a_council():
    assert facts("It landed in the Atlantic.", "en", ("name",)) == [("name", "atlantic-ocean", "Atlantic")]
    assert [v for _, v, _ in facts("The Atlantic Council said the North Atlantic Alliance is ready.", "en",
                                   ("name",))] == ["atlantic-council", "nato"]
    assert [v for _, v, _ in facts("Північноатлантичний альянс заявив.", "uk", ("name",))] == ["nato"]
    story = {"en": ["The first stage landed in the Atlantic."], "uk": ["Перший ступінь приземлився в Атлантиці."],
             "ru": ["Первая ступень приземлилась в Атлантике."]}
    assert aligned_fact_findings(story) == []
    assert ("ru", "entities", "altered", "error") in aligned_fact_findings(
        {**story, "ru": ["Первая ступень приземлилась в Тихом океане."]})


# --- the twelfth set: house numbers, half-time scores, knockout rounds, programmes and long names -------------

@pytest.mark.parametrize("lang,text", [("uk", "вул. Січеславська Набережна, 15, 17, 19а."),
                                       ("en", "15, 17 and 19a Sicheslavska Naberezhna Street.")])
def test_a_house_numbered_with_a_letter_is_a_code_in_every_script(lang, text):
    assert [(f.kind, f.value) for f in extract_facts(text, lang) if f.kind != "name"] == [
        ("amount", 15.0), ("amount", 17.0), ("code", "19a")]


@pytest.mark.parametrize("lang,text,kind", [
    ("uk", "Торік, у 2025р., було 67р. жінці", "year"),  # a year's word glued to its figure
    ("uk", "Ціна зросла у 3х", "amount"),  # a multiple
    ("en", "The night bus No. 101N", "name"),  # a capital: a route's code, as "№ 101Н" is, not a house's
])
def test_a_letter_that_is_a_word_or_a_capital_makes_no_house_number(lang, text, kind):
    found = extract_facts(text, lang)
    assert kind in {f.kind for f in found} and "code" not in {f.kind for f in found}


def test_the_score_at_half_time_in_brackets_keeps_the_loss_a_score():
    text = "Ukraine's women's handball team lost 24-31 (11-15) to Denmark."
    assert [(f.kind, f.value) for f in extract_facts(text, "en") if f.kind == "score"] == [
        ("score", "24:31"), ("score", "11:15")]
    assert [f.value for f in extract_facts("O'Sullivan trailed 3-5 after the first session.", "en")
            if f.kind == "score"] == ["3:5"]


def test_the_last_16_on_a_day_and_the_semis_are_knockout_rounds():
    assert [(f.kind, f.value) for f in extract_facts("He will face van Gerwen in the last 16 on December 29.", "en")
            if f.kind == "stage"] == [("stage", 16)]
    assert [(f.kind, f.value) for f in extract_facts("Kou Lei reaches the Muscat semis.", "en")
            if f.kind == "stage"] == [("stage", 4)]


@pytest.mark.parametrize("lang,text,key", [
    ("en", "Winter Support 2026: answers to the key questions", "winter-support"),
    ("uk", "Зимова підтримка – 2026: відповіді на головні питання", "winter-support"),
    ("en", "a loan from the European Bank for Reconstruction and Development", "ebrd"),  # a name of six words
    ("uk", "міст через Південний Буг", "southern-bug"),
])
def test_programmes_rivers_and_long_names_the_glossary_knows(lang, text, key):
    assert key in [f.value for f in extract_facts(text, lang) if f.kind == "name"]


def test_a_town_before_its_regions_adjective_is_a_name_of_its_own():
    assert [f.value for f in extract_facts("Він народився в Коломиї Івано-Франківської області.", "uk")
            if f.kind == "name"] == ["~kolomi", "ivano-frankivsk"]


def test_two_banks_the_glossary_knows_are_two_however_alike_their_words_sound():
    story = {"en": ["The work is financed by a €25 million loan from the European Investment Bank."],
             "uk": ["Роботи фінансують коштом кредиту Європейського інвестиційного банку на €25 млн."],
             "ru": ["Работы финансируют за счет кредита Европейского инвестиционного банка на €25 млн."]}
    assert aligned_fact_findings(story) == []
    swapped = {**story, "en": [
        "The work is financed by a €25 million loan from the European Bank for Reconstruction and Development."]}
    assert ("en", "entities", "altered", "error") in aligned_fact_findings(swapped)


def test_a_quarter_in_words_against_one_in_roman_numerals():
    story = {"en": ["The average wage in the third quarter of 2026 was UAH 22,870."],
             "uk": ["Середня зарплата в III кварталі 2026 р. становила 22 870 грн."],
             "ru": ["Средняя зарплата в III квартале 2026 г. составила 22 870 грн."]}
    assert aligned_fact_findings(story) == []
    changed = {**story, "en": ["The average wage in the second quarter of 2026 was UAH 22,870."]}
    assert ("en", "numbers", "altered", "error") in aligned_fact_findings(changed)


def test_another_surname_sharing_some_letters_is_another_fighter():
    story = {"en": ["Serhiy Spivak beat American Curtis Blaydes by technical knockout."],
             "uk": ["Сергій Співак переміг американця Кертіса Блейдса технічним нокаутом."],
             "ru": ["Сергей Спивак победил американца Кертиса Блейдса техническим нокаутом."]}
    assert aligned_fact_findings(story) == []
    swapped = {**story, "en": ["Serhiy Spivak beat American Derrick Lewis by technical knockout."]}
    assert ("en", "entities", "altered", "error") in aligned_fact_findings(swapped)


def test_a_village_before_its_districts_adjective_is_a_name_of_its_own_and_swapped_is_worth_a_look():
    story = {"en": ["Police shut down a drug laboratory in the village of Kniazhychi in Brovary district."],
             "uk": ["Поліція ліквідувала нарколабораторію в с. Княжичі Броварського району."],
             "ru": ["Полиция ликвидировала нарколабораторию в с. Княжичи Броварского района."]}
    assert aligned_fact_findings(story) == []
    swapped = {**story, "uk": ["Поліція ліквідувала нарколабораторію в с. Требухів Броварського району."]}
    assert ("uk", "entities", "altered", "warning") in aligned_fact_findings(swapped)


def test_the_firms_news_names_daily_are_known_in_every_script():
    assert [f.value for f in extract_facts("Виплату отримають у відділеннях «Укрпошти» та ПриватБанку.", "uk")
            if f.kind == "name"] == ["ukrposhta", "privatbank"]
    assert [f.value for f in extract_facts("Выплату получат в отделениях «Новой почты».", "ru")
            if f.kind == "name"] == ["nova-poshta"]


# --- what these readings leave alone ----------------------------------------------------------------------

@pytest.mark.parametrize("lang,text,kinds", [
    ("en", "The shift ends at 9a.m. sharp.", {"time"}),  # a clock's half of the day, no house "9a"
    ("ru", "В 90е годы здесь был завод.", {"date"}),  # a decade's ending
    ("ru", "Купите 200г сыра и дом 12г.", {"quantity"}),  # "г": a gram, a letter no house table lists
    ("uk", "Пенсії надходять кожного 15 числа.", {"amount"}),  # a day of each month, no share
    ("en", "Officials said '12 people were killed' there.", {"amount"}),  # a quotation opens, no year
    ("en", "The quake struck at 3:42:15 a.m. local time.", {"time", "amount"}),  # a clock with its seconds
    ("en", "They won their last 4 against Everton.", {"amount"}),  # matches, no round of 4
    ("en", "In the poll, Biden trails 44-47.", {"amount"}),  # a poll's figures, no score
    ("en", "He finished the Formula 1 season in second place.", {"ordinal", "amount"}),  # no second of time
    ("ru", "Он провел на поле 60 с лишним минут.", {"amount", "quantity"}),  # "с" a preposition
])
def test_what_the_new_readings_leave_alone(lang, text, kinds):
    found = extract_facts(text, lang)
    assert {f.kind for f in found if f.kind != "name"} <= kinds
    assert not [f for f in found if f.unit == "s" or f.kind in ("code", "stage", "score", "year")]


def test_a_fraction_after_a_space_joins_its_whole_number():
    assert facts("He served 2 ½ years.", "en", ("quantity",)) == [("quantity", 2.5, "2 ½ years")]


def test_a_voltage_is_a_unit_of_its_own():
    assert facts("A 750 kV line and 750 MW.", "en", ("quantity",)) == [
        ("quantity", 750.0, "750 kV"), ("quantity", 750.0, "750 MW")]


def test_a_dash_gives_the_result_its_sentence_told_as_a_score():
    assert [f.value for f in extract_facts("У півфіналі українка здолала угорку Лізу Пустаї – 15:13.", "uk")
            if f.kind == "score"] == ["15:13"]
    assert [f.kind for f in extract_facts("Відбій тривоги – 15:13.", "uk")] == ["time"]


def test_a_ruler_named_with_an_epithet_is_one_person_in_every_language():
    assert [f.value for f in extract_facts("the 14th Brigade named after Prince Roman the Great", "en")
            if f.kind == "name"] == ["roman-the-great"]
    assert [f.value for f in extract_facts("бригади імені князя Романа Великого", "uk") if f.kind == "name"] == [
        "roman-the-great"]


def test_a_bank_the_glossary_knows_spelt_with_the_same_word_as_another_is_still_another():
    # "Bank" is how a Slavic Latin alphabet writes "банк": no diaspora spelling between two banks the glossary knows
    story = {"en": ["UAH 310 million was provided by the World Bank under the HEAL Ukraine project."],
             "uk": ["310 млн грн надав Світовий банк у межах проєкту HEAL Ukraine."],
             "ru": ["310 млн грн предоставил Всемирный банк в рамках проекта HEAL Ukraine."]}
    assert aligned_fact_findings(story) == []
    swapped = {**story, "en": ["UAH 310 million was provided by the European Investment Bank under the HEAL Ukraine "
                               "project."]}
    assert ("en", "entities", "altered", "error") in aligned_fact_findings(swapped)
