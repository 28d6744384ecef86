"""Habits of the twenty-sixth to twenty-ninth sets of newsroom stories, from faith and census, food and fashion,
football, property, courts abroad, extreme weather and shipping, science abroad and banking desks, each read alike in
uk, en and ru: a currency's code glued to its figure, a currency's word hyphenated to it, sizes said with "by", knots,
nautical miles, centilitres, cubic centimetres and basis points, a margin that shares its scale, the raised decimal
point of medical journals, ordinals from the eleventh to the thousandth, shares said as "every Nth", a minute of added
time told in words, eras, a brand glued to its figure, the owner of an institution left unsaid, and the names other
editions give otherwise; and what each of these readings must leave alone."""

import pytest

from consistency.stages.facts import extract_facts
from support.facts_story import aligned_fact_findings


def facts(text, lang, kinds=("quantity", "amount", "money", "ordinal", "name", "dimensions", "stage", "count")):
    return [(f.kind, f.value, f.unit) for f in extract_facts(text, lang) if f.kind in kinds]


# --- money ----------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,value,code", [
    ("must also pay a fine of CHF450,000", 450000.0, "CHF"),
    ("the confiscation of CHF12.3 million", 12300000.0, "CHF"),
    ("net profit of UAH76.4bn", 76400000000.0, "UAH"),
    ("losses are estimated at VND12.4 trillion", 12400000000000.0, "VND"),
])
def test_a_currency_s_code_glued_to_its_figure_is_a_sum(text, value, code):
    assert facts(text, "en") == [("money", value, code)]


def test_letters_of_no_currency_glued_to_a_figure_stay_a_code():
    assert [kind for kind, *_ in facts("the new ABC450 engine", "en")] == ["name"]


def test_a_fine_in_swiss_francs_glued_matches_the_francs_written_out():
    same = {"en": ["He must also pay a fine of CHF450,000."],
            "uk": ["Він також має сплатити штраф у розмірі 450 тис. швейцарських франків."],
            "ru": ["Он также должен выплатить штраф в размере 450 тыс. швейцарских франков."]}
    assert aligned_fact_findings(same) == []
    changed = dict(same, ru=["Он также должен выплатить штраф в размере 540 тыс. швейцарских франков."])
    assert ("ru", "numbers", "altered", "error") in aligned_fact_findings(changed)


@pytest.mark.parametrize("text,lang,value,code", [
    ("will stop minting 10-kopiyka coins", "en", 0.1, "UAH|RUB"),  # a kopeck of either
    ("a 10-hryvnia commemorative coin", "en", 10.0, "UAH"),
    ("a 20-dollar bill", "en", 20.0, "USD"),
    ("оцінюють у 12,4 трлн донгів", "uk", 12400000000000.0, "VND"),
])
def test_a_currency_s_word_hyphenated_to_its_figure_is_a_sum(text, lang, value, code):
    assert [(f.value, f.unit) for f in extract_facts(text, lang) if f.kind == "money"] == [(value, code)]


# --- measures -------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,lang,value,unit", [
    ("the chamber measures 4.2m by 3.6m", "en", "4.2x3.6", "m"),
    ("a fresco measuring 3.2 by 2.1 metres", "en", "3.2x2.1", "m"),
    ("a room 10 by 12 feet", "en", "10x12", "ft"),
    ("Фрагмент розміром 14 на 3,5 см", "uk", "14x3.5", "cm"),
    ("размеры щита — 13 на 8 м", "ru", "13x8", "m"),
])
def test_two_lengths_joined_by_a_word_are_a_size(text, lang, value, unit):
    assert facts(text, lang) == [("dimensions", value, unit)]


@pytest.mark.parametrize("text,lang", [("sales grew 5% by 2025", "en"), ("a 4m by 3kg load", "en"),
                                       ("they won 3 by 2", "en"), ("рівень підняли з 10 на 12 м", "uk"),
                                       ("около 18:30 на 78-м километре", "ru"), ("о 18 на 78-му кілометрі", "uk")])
def test_a_word_between_figures_of_no_length_or_after_a_range_s_opening_makes_no_size(text, lang):
    assert all(kind != "dimensions" for kind, *_ in facts(text, lang))


def test_a_size_said_with_by_matches_the_times_sign():
    same = {"en": ["The burial chamber measures 4.2m by 3.6m."],
            "uk": ["Поховальна камера має розмір 4,2 × 3,6 м."],
            "ru": ["Погребальная камера имеет размер 4,2 × 3,6 м."]}
    assert aligned_fact_findings(same) == []
    changed = dict(same, uk=["Поховальна камера має розмір 4,2 × 3,9 м."])
    assert ("uk", "numbers", "altered", "error") in aligned_fact_findings(changed)


@pytest.mark.parametrize("text,lang,value,unit", [
    ("was sailing north at 12kn towards the canal", "en", 12.0, "kn"),
    ("ішло на північ зі швидкістю 12 вузлів", "uk", 12.0, "kn"),
    ("шло на север со скоростью 12 узлов", "ru", 12.0, "kn"),
    ("was struck 64nm west of Hodeidah", "en", 64.0, "nmi"),
    ("12 nm (22 km) off the coast", "en", 12.0, "nmi"),
    ("за 64 морські милі на захід від Ходейди", "uk", 64.0, "nmi"),
    ("a 3nm chip", "en", 3.0, "nm"),
    ("a bottle of single malt (70cl)", "en", 70.0, "cl"),
    ("a braincase volume of 590cc", "en", 590.0, "cm3"),
    ("об'єм мозкової порожнини – 590 см³", "uk", 590.0, "cm3"),
    ("the 10-year gilt yield dropped 6bp", "en", 6.0, "bp"),
    ("знизилася на 6 базисних пунктів", "uk", 6.0, "bp"),
    ("a fridge running at 11C instead of 5C", "en", 11.0, "C"),
])
def test_units_of_ships_bottles_skulls_and_yields(text, lang, value, unit):
    assert (value, unit) in [(f.value, f.unit) for f in extract_facts(text, lang) if f.kind == "quantity"]


@pytest.mark.parametrize("text,lang", [
    ("5 вузлів зв'язку пошкоджено", "uk"),  # junctions of a network, no ship's knots
    ("an age of 5140 ± 35 BP", "en"),  # before present, no basis points
])
def test_words_of_knots_and_basis_points_elsewhere_are_no_units(text, lang):
    assert {f.unit for f in extract_facts(text, lang)} & {"kn", "bp"} == set()


def test_a_ship_s_speed_and_distance_in_the_trade_s_letters_match_the_words():
    same = {"en": ["The tanker was struck 64nm west of Hodeidah while sailing at 12kn."],
            "uk": ["Танкер уразила ракета за 64 морські милі на захід від Ходейди, коли судно йшло зі швидкістю "
                   "12 вузлів."],
            "ru": ["Танкер поразила ракета в 64 морских милях к западу от Ходейды, когда судно шло со скоростью "
                   "12 узлов."]}
    assert aligned_fact_findings(same) == []


def test_a_bottle_in_centilitres_matches_its_litres():
    same = {"en": ["A bottle of Glenmorven single malt (70cl, 44.8% ABV) sold for £184,000."],
            "uk": ["Пляшку односолодового віскі Glenmorven (0,7 л, 44,8% об.) продали за £184 тис."],
            "ru": ["Бутылку односолодового виски Glenmorven (0,7 л, 44,8% об.) продали за £184 тыс."]}
    assert aligned_fact_findings(same) == []


def test_a_margin_takes_the_scale_and_the_unit_said_after_it():
    assert facts("вік 11,6 ± 0,3 тис. років", "uk") == [("quantity", 11600.0, "year"), ("quantity", 300.0, "year")]
    assert facts("an age of 11,600 ± 300 years", "en") == [("quantity", 11600.0, "year"),
                                                          ("quantity", 300.0, "year")]


def test_the_raised_decimal_point_of_a_medical_journal_is_a_decimal_point():
    assert facts("(HR 0·78, 95% CI 0·72–0·85)", "en", kinds=("amount", "score", "name")) == [
        ("amount", 0.78, None), ("name", "~ki", None), ("amount", 0.72, None), ("amount", 0.85, None)]


# --- ordinals, shares and stages ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,lang,value", [
    ("MIT очолив рейтинг вшістнадцяте поспіль", "uk", 16.0),
    ("обжалует решение в суде Одиннадцатого округа", "ru", 11.0),
    ("в суде одиннадцатого округа", "ru", 11.0),
    ("це тисячне судно", "uk", 1000.0),
    ("10-та річниця", "uk", 10.0),
])
def test_ordinals_in_words_to_the_thousandth_and_the_tenth_s_ending(text, lang, value):
    assert [f.value for f in extract_facts(text, lang) if f.kind == "ordinal"] == [value]


@pytest.mark.parametrize("text,lang,share", [
    ("Майже кожна 14-та дитина народилася", "uk", 1 / 14),
    ("Почти каждый 14-й ребенок родился", "ru", 1 / 14),
    ("Almost one in 14 babies was born", "en", 1 / 14),
    ("every seventh customer", "en", 1 / 7),
    ("every 10th cup is free", "en", 1 / 10),
])
def test_every_nth_is_a_share(text, lang, share):
    assert [round(f.value, 6) for f in extract_facts(text, lang) if f.kind == "amount"] == [round(share, 6)]


@pytest.mark.parametrize("text,lang", [("кожного 25-го числа", "uk"), ("каждого 25-го числа", "ru"),
                                       ("every 5 minutes", "en")])
def test_a_day_of_each_month_and_a_rate_of_minutes_are_no_shares(text, lang):
    assert all(f.kind != "amount" for f in extract_facts(text, lang))


def test_a_contract_of_four_and_a_half_years_as_an_adjective():
    assert facts("signed a four-and-a-half-year contract", "en") == [("quantity", 4.5, "year")]


@pytest.mark.parametrize("text,value", [
    ("Reaching the last 16 earns Shakhtar another €800,000", 16),
    ("The draw for the round of 16 will be held in Nyon", 16),
    ("The round-of-16 matches will be played on March 4-5.", 16),
    ("a last-16 tie", 16),
])
def test_a_knockout_round_before_a_verb_or_hyphenated(text, value):
    assert [f.value for f in extract_facts(text, "en") if f.kind == "stage"] == [value]


def test_the_last_sixteen_years_are_no_round():
    assert all(f.kind != "stage" for f in extract_facts("over the last 16 years", "en"))


def test_a_minute_of_added_time_told_in_words_is_no_figure_lost():
    same = {"en": ["The midfielder, who was sent off three minutes into stoppage time, has been banned."],
            "uk": ["Півзахисника, якого вилучили на 90+3-й хвилині, дискваліфіковано."],
            "ru": ["Полузащитника, которого удалили на 90+3-й минуте, дисквалифицировали."]}
    assert aligned_fact_findings(same) == []
    untold = dict(same, en=["The midfielder, who was sent off late in the game, has been banned."])
    assert ("en", "numbers", "missing", "warning") in aligned_fact_findings(untold)


def test_an_era_before_a_year_is_no_code():
    assert facts("until the eruption of Vesuvius in AD 79.", "en", kinds=("amount", "name")) == [
        ("name", "~vesuvius", None), ("amount", 79.0, None)]


def test_a_brand_glued_to_its_figure_is_a_name_and_a_typo_keeps_its_figure():
    assert facts("застосунку Приват24 (84,1 бала)", "uk") == [("name", "~privat24", None), ("amount", 84.1, None)]
    assert facts("Privat24 is rated 4.6", "en") == [("name", "~privat24", None), ("amount", 4.6, None)]
    assert facts("платити350 доларів", "uk") == [("money", 350.0, "USD")]


@pytest.mark.parametrize("text,lang,value", [("входила до двадцятки найактивніших", "uk", 20.0),
                                             ("входила в двадцатку самых активных", "ru", 20.0)])
def test_a_ranking_s_top_said_as_a_group(text, lang, value):
    assert [f.value for f in extract_facts(text, lang) if f.kind == "count"] == [value]


# --- names ----------------------------------------------------------------------------------------------------------

def test_the_owner_of_an_institution_left_unsaid_where_its_short_name_is_given():
    same = {"en": ["The rainfall was the highest ever recorded, the State Meteorological Agency (AEMET) said."],
            "uk": ["Це найбільша кількість опадів, повідомило Державне метеорологічне агентство Іспанії (AEMET)."],
            "ru": ["Это наибольшее количество осадков, сообщило Государственное метеорологическое агентство Испании "
                   "(AEMET)."]}
    assert aligned_fact_findings(same) == []


def test_the_owner_of_an_institution_left_unsaid_beside_its_short_name_in_another_language():
    same = {"en": ["The Internal Security Service (KAPO) said it was the 11th such case since 2023."],
            "uk": ["У Поліції безпеки Естонії (KAPO) зазначили, що це вже 11-та така справа з 2023 року."],
            "ru": ["В Полиции безопасности Эстонии (KAPO) отметили, что это уже 11-е подобное дело с 2023 года."]}
    assert aligned_fact_findings(same) == []


def test_a_foreign_ministry_whose_country_the_story_never_names_has_lost_it():
    same = {"en": ["The Defence Ministry said the drones were shot down."],
            "uk": ["Міністерство оборони Великої Британії заявило, що дрони збили."],
            "ru": ["Министерство обороны Великобритании заявило, что дроны сбили."]}
    assert ("en", "entities", "missing", "warning") in aligned_fact_findings(same)


@pytest.mark.parametrize("en,uk,ru", [
    ("Viktor Gyökeres scored twice.", "Два голи забив Віктор Дьокереш.", "Два гола забил Виктор Дьокереш."),
    ("The prize went to Jiří Dvořák.", "Премію отримав Їржі Дворжак.", "Премию получил Иржи Дворжак."),
    ("Catholicos Karekin II said the talks went well.", "Католикос Гарегін II заявив, що переговори пройшли добре.",
     "Католикос Гарегин II заявил, что переговоры прошли хорошо."),
    ("Everton are out of the FA Cup.", "«Евертон» вибув із Кубка Англії.", "«Эвертон» выбыл из Кубка Англии."),
    ("He was arrested at JFK Airport.", "Його затримали в аеропорту імені Кеннеді.",
     "Его задержали в аэропорту имени Кеннеди."),
    ("Peking University was 27th.", "Пекінський університет – 27-й.", "Пекинский университет – 27-й."),
    ('The "Rheinland-Pfalz" frigate is twice as heavy.', "Фрегат «Рейнланд-Пфальц» удвічі важчий.",
     "Фрегат «Рейнланд-Пфальц» в два раза тяжелее."),
    ("The codes came from a text message.", "Коди надходили в SMS.", "Коды приходили в SMS."),
    ("Diseases of the circulatory system (ICD-10 codes I00-I99).", "Хвороби системи кровообігу (I00–I99 за МКХ-10).",
     "Болезни системы кровообращения (I00–I99 по МКБ-10)."),
])
def test_names_other_editions_give_otherwise(en, uk, ru):
    assert aligned_fact_findings({"en": [en], "uk": [uk], "ru": [ru]}) == []


def test_a_hungarian_surname_in_a_case_form_is_still_the_same_player():
    same = {"en": ["Over 2.5 goals is priced at 2.05, and a goal by Sweden striker Viktor Gyökeres at 2.60."],
            "uk": ["Ставку на те, що команди заб'ють більше 2,5 м'яча, приймають з коефіцієнтом 2,05, на гол "
                   "шведського нападника Віктора Дьокереша – 2,60."],
            "ru": ["Ставку на то, что команды забьют больше 2,5 мяча, принимают с коэффициентом 2,05, на гол "
                   "шведского нападающего Виктора Дьокереша – 2,60."]}
    assert aligned_fact_findings(same) == []
    changed = dict(same, ru=[same["ru"][0].replace("Виктора Дьокереша", "Александра Исака")])
    assert ("ru", "entities", "added", "warning") in aligned_fact_findings(changed)


# --- what the new readings leave alone ------------------------------------------------------------------------------

@pytest.mark.parametrize("text,lang,kinds", [
    ("ДТП сталася на трасі М-06 на 125 км.", "uk", [("name", "~m-06", None), ("quantity", 125.0, "km")]),
    ("Висоту дамби підняли зі 100 на 120 м.", "uk", [("amount", 100.0, None), ("quantity", 120.0, "m")]),
    ("Of the 30 hostages, the last 16 will be freed.", "en", [("amount", 30.0, None), ("amount", 16.0, None)]),
    ("RON95 petrol and the USD1 stablecoin", "en", [("name", "~ron95", None), ("name", "~usd1", None)]),
    ("Danish broadcaster TV 2 reported", "en", [("name", "~tv2", None)]),
    ("Понад300 людей евакуювали", "uk", [("amount", 300.0, None)]),
    ("Йшлося про удари по 3 вузлах зв'язку", "uk", [("amount", 3.0, None)]),
    ("Речь шла об ударах по 3 узлам связи", "ru", [("amount", 3.0, None)]),
    ("Part 2 of Article 438 CC", "en", [("amount", 2.0, None), ("amount", 438.0, None), ("name", "~k", None)]),
    ("Samsung began mass-producing 3nm chips", "en", [("quantity", 3.0, "nm")]),
    ("Samsung began mass-producing 3nm in 2022", "en", []),
    ("a fine of 500 kn (66 euros)", "en", [("amount", 500.0, None), ("money", 66.0, "EUR")]),
])
def test_codes_typos_people_and_other_senses_of_the_new_words(text, lang, kinds):
    assert facts(text, lang) == kinds


@pytest.mark.parametrize("text,lang", [("Salaries are paid on every 15th of the month.", "en"),
                                       ("Пенсії виплачують кожного 20-го.", "uk"), ("каждого 20-го", "ru")])
def test_a_day_of_each_month_in_figures_is_no_share(text, lang):
    assert [f.kind for f in extract_facts(text, lang)] == ["ordinal"]


def test_a_country_s_ministry_named_elsewhere_still_owns_the_ministry_left_without_it():
    same = {"en": ["The Ministry of Defence of Russia claimed its forces had shot down 40 drones overnight.",
                   "Russia keeps attacking."],
            "uk": ["Міністерство оборони заявило, що за ніч збили 40 дронів.", "Росія продовжує атаки."],
            "ru": ["Министерство обороны России заявило, что за ночь сбили 40 дронов.", "Россия продолжает атаки."]}
    assert ("uk", "entities", "missing", "warning") in aligned_fact_findings(same)


def test_added_time_said_of_other_minutes_tells_no_minute_lost():
    same = {"en": ["Mudryk scored in the 90+3rd minute after the referee added five minutes of stoppage time."],
            "uk": ["Мудрик забив після того, як арбітр додав пʼять хвилин компенсованого часу."],
            "ru": ["Мудрик забил на 90+3-й минуте после того, как арбитр добавил пять минут компенсированного "
                   "времени."]}
    assert ("uk", "numbers", "missing", "warning") in aligned_fact_findings(same)
