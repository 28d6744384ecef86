"""Habits of the sixteenth set of newsroom stories, from regional and municipal copy, business and energy desks, and
science, health, culture and court reporting, each read alike in uk, en and ru: the units of phones, chips and blood
tests, USDA's "MMT", a scale glued in capitals ("1.1M hectares"), scientific notation, a multiplier after its figure,
kopecks as hundredths of a hryvnia, the words of a whole and of "around the clock", a duration in days and hours, case
numbers with letters between their figures, routes by number, centuries counted down before the era, AP datelines,
Hungarian spellings and the roots Russian copy translates in Ukrainian names, a title's common words, a zone's time
beside the local one, and a surname that opens with another sound; and what each of these readings must leave
alone."""

import pytest

from consistency.checks.facts.relations import is_weak
from consistency.stages.facts import extract_facts
from consistency.stages.facts.dates import DATELINE
from consistency.stages.facts.name_keys import form_of, same_name
from support.facts_story import aligned_fact_findings


def facts(text, lang, kinds=("quantity", "amount", "money", "score", "date", "percent", "name")):
    return [(f.kind, f.value, f.text) for f in extract_facts(text, lang) if f.kind in kinds]


def measures(text, lang):
    return [(f.value, f.unit) for f in extract_facts(text, lang) if f.kind == "quantity"]


# --- units -------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("en,uk,ru", [
    ("a 120Hz screen", "екран 120 Гц", "экран 120 Гц"),
    ("a 5,150mAh battery", "батарея 5150 мА·год", "батарея 5150 мА·ч"),
    ("a 3nm chip", "3-нм чип", "3-нм чип"), ("65W charging", "зарядка 65 Вт", "зарядка 65 Вт"),
    ("at 3.2GHz", "на 3,2 ГГц", "на 3,2 ГГц"), ("450 µmol/L", "450 мкмоль/л", "450 мкмоль/л"),
    ("38 ng/mL", "38 нг/мл", "38 нг/мл"),
])
def test_the_units_of_phones_chips_and_blood_tests_read_alike(en, uk, ru):
    assert measures(en, "en") == measures(uk, "uk") == measures(ru, "ru") != []


def test_a_unit_of_another_order_is_another_measure():
    story = {"en": ["Methanol levels reached 450 µmol/L."], "uk": ["Рівень метанолу сягнув 450 мкмоль/л."],
             "ru": ["Уровень метанола достиг 450 мкмоль/л."]}
    assert aligned_fact_findings(story) == []
    assert ("en", "numbers", "altered", "error") in aligned_fact_findings(
        {**story, "en": ["Methanol levels reached 450 mmol/L."]})


def test_usda_million_metric_tons_are_million_tonnes():
    story = {"en": ["USDA raised the corn crop forecast to 32 MMT from 30.5 MMT."],
             "uk": ["USDA підвищило прогноз урожаю кукурудзи з 30,5 млн т до 32 млн т."],
             "ru": ["USDA повысило прогноз урожая кукурузы с 30,5 млн т до 32 млн т."]}
    assert aligned_fact_findings(story) == []


def test_hr_is_an_hour_in_lower_case_only():
    assert measures("Still Water (1 hr 42 min)", "en") == measures("«Тиха вода» (1 год 42 хв)", "uk") == [(1.7, "h")]
    assert measures("5 HR managers", "en") == []


def test_a_duration_in_days_and_hours_is_one():
    assert measures("Loading took 3 days and 14 hours.", "en") == measures("Завантаження тривало 3 доби 14 годин.",
                                                                           "uk")


# --- figures -----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,value", [("on 1.1M hectares", 1_100_000), ("a 12B-parameter model", 12e9),
                                        ("raised 25M users", 25_000_000), ("UAH 9.86 trln", 9.86e12)])
def test_a_scale_in_capitals_or_trln_glued_before_what_it_counts_is_the_scale(text, value):
    assert [f.value for f in extract_facts(text, "en")] == [value]


@pytest.mark.parametrize("text", ["the Kobza-12B model", "flat 5B"])
def test_a_capital_after_a_figure_in_a_name_or_at_the_end_is_no_scale(text):
    assert [f for f in extract_facts(text, "en") if f.kind in ("amount", "quantity")] == []


@pytest.mark.parametrize("lang,text", [("en", "3.2×10⁸ CFU/mL"), ("uk", "3,2×10⁸ КУО/мл"), ("ru", "3,2 × 10^8 КОЕ/мл")])
def test_scientific_notation_is_the_figure_it_writes(lang, text):
    assert [(k, v) for k, v, _ in facts(text, lang, ("amount", "dimensions"))] == [("amount", 320_000_000)]


def test_an_exponent_changed_in_one_edition_is_an_altered_figure():
    story = {"en": ["The phages cut bacteria by 3.2×10⁸ CFU/mL."],
             "uk": ["Фаги знизили кількість бактерій на 3,2×10⁸ КУО/мл."],
             "ru": ["Фаги снизили количество бактерий на 3,2×10⁸ КОЕ/мл."]}
    assert aligned_fact_findings(story) == []
    assert ("uk", "numbers", "altered", "error") in aligned_fact_findings(
        {**story, "uk": ["Фаги знизили кількість бактерій на 3,2×10⁶ КУО/мл."]})


def test_a_multiplier_after_its_figure_is_the_figure():
    assert [f.value for f in extract_facts("leverage of 2.4x, 10x faster", "en")] == [2.4, 10]
    assert [f.value for f in extract_facts("боргове навантаження 2,4x", "uk")] == [2.4]
    assert [f.kind for f in extract_facts("a 4x4 pickup and the code 0x1F", "en")] == ["dimensions"]


def test_kopecks_are_hundredths_of_a_hryvnia_as_another_edition_writes_them():
    story = {"en": ["Gasoline rose by UAH 0.50 per liter."], "uk": ["Бензин подорожчав на 50 коп./л."],
             "ru": ["Бензин подорожал на 50 коп./л."]}
    assert aligned_fact_findings(story) == []
    assert ("en", "numbers", "altered", "error") in aligned_fact_findings(
        {**story, "en": ["Gasoline rose by UAH 0.60 per liter."]})


def test_the_words_of_a_whole_confirm_a_hundred_per_cent():
    story = {"en": ["Exporters had fully used the EU's sugar quota."],
             "uk": ["Експортери на 100% використали квоту ЄС на цукор."],
             "ru": ["Экспортеры на 100% использовали квоту ЕС на сахар."]}
    assert aligned_fact_findings(story) == []


def test_around_the_clock_in_words_confirms_a_24_hour_line():
    story = {"en": ["Breakdowns can be reported to the 24-hour hotline."],
             "uk": ["Про пориви повідомляйте на гарячу лінію цілодобово."],
             "ru": ["О порывах сообщайте на горячую линию круглосуточно."]}
    assert aligned_fact_findings(story) == []


def test_letters_between_the_figures_of_a_case_number_make_a_code():
    assert facts("(провадження №12-34гс24)", "uk", ("amount",)) == []
    assert measures("квартира 45м2 у центрі", "uk") == [(45, "m2")]


def test_a_route_s_number_and_what_it_gets_are_no_score():
    assert facts("На маршрут №28 — 8 вагонів, на №12 — 9 тролейбусів.", "uk", ("score",)) == []


def test_a_day_after_a_brand_in_capitals_is_the_day_of_its_month():
    story = {"en": ["The OKKO, WOG and UPG chains raised prices on December 8."],
             "uk": ["Мережі OKKO, WOG та UPG 8 грудня підвищили ціни."],
             "ru": ["Сети OKKO, WOG и UPG 8 декабря повысили цены."]}
    assert aligned_fact_findings(story) == []
    assert ("en", "dates", "altered", "error") in aligned_fact_findings(
        {**story, "en": ["The OKKO, WOG and UPG chains raised prices on December 6."]})


@pytest.mark.parametrize("lang,text", [("uk", "з VII по III ст. до н. е."), ("ru", "с VII по III в. до н. э."),
                                       ("en", "from the 7th to the 3rd century BC")])
def test_centuries_counted_down_before_the_era_are_a_range(lang, text):
    assert sorted(v for k, v, _ in facts(text, lang, ("date",))) == ["C3", "C7"]


# --- times -------------------------------------------------------------------------------------------------------

def test_a_zone_s_time_that_is_not_the_local_time_beside_it_is_worth_a_look():
    story = {"en": ["The window opens at 07:41 UTC (10:41 Kyiv time)."],
             "uk": ["Вікно відкриється о 07:41 UTC (10:41 за київським часом)."],
             "ru": ["Окно откроется в 07:41 UTC (10:41 по киевскому времени)."]}
    assert aligned_fact_findings(story) == []
    assert aligned_fact_findings({**story, "uk": ["Вікно відкриється о 07:14 UTC (10:41 за київським часом)."]}) == [
        ("uk", "dates", "altered", "warning")]


# --- names -------------------------------------------------------------------------------------------------------

def test_an_ap_dateline_s_place_is_the_dateline_s():
    names = [f for f in extract_facts("SACRAMENTO, Calif. (AP) — The heat broke records.", "en") if f.kind == "name"]
    assert [(f.value, f.qualifier) for f in names] == [("california", DATELINE)]


@pytest.mark.parametrize("text,key", [("NATO-led", "nato"), ("a Kyiv-based firm", "kyiv"),
                                      ("an IP68-rated case", "~ip68")])
def test_a_name_hyphenated_to_a_lower_case_word_is_the_name(text, key):
    assert [v for _, v, _ in facts(text, "en", ("name",))] == [key]


def test_a_hungarian_name_in_its_own_spelling_is_the_name():
    story = {"en": ["Hungary's Bence Somogyi won, and György Szabó was second."],
             "uk": ["Переміг угорець Бенце Шомоді, а Дьордь Сабо став другим."],
             "ru": ["Победил венгр Бенце Шомоди, а Дьёрдь Сабо стал вторым."]}
    assert aligned_fact_findings(story) == []


def test_the_roots_russian_copy_translates_keep_the_name():
    story = {"en": ["Ukrtsukor said so.", "Derzhheonadra agreed.", "They met at Heroiv Pratsi station."],
             "uk": ["Так заявив «Укрцукор».", "Держгеонадра погодилася.", "Зустрілися на станції «Героїв Праці»."],
             "ru": ["Так заявил «Укрсахар».", "Госгеонедра согласилась.", "Встретились на станции «Героев Труда»."]}
    assert aligned_fact_findings(story) == []


def test_a_title_s_common_words_are_no_person_s_name():
    story = {"en": ["The jury named Still Water the best film."],
             "uk": ["Журі визнало «Тиху воду» найкращим фільмом."],
             "ru": ["Жюри признало «Тихую воду» лучшим фильмом."]}
    assert aligned_fact_findings(story) == []


def test_a_surname_of_another_first_sound_is_another_person():
    story = {"en": ["Judge Nicholas Harrison ordered him to surrender his passports."],
             "uk": ["Суддя Ніколас Гаррісон зобов'язав його здати паспорти."],
             "ru": ["Судья Николас Харрисон обязал его сдать паспорта."]}
    assert aligned_fact_findings(story) == []
    assert ("en", "entities", "altered", "error") in aligned_fact_findings(
        {**story, "en": ["Judge Nicholas Morrison ordered him to surrender his passports."]})


def test_a_star_s_latin_name_transcribed_is_no_person():
    story = {"en": ["Proxima Centauri is the nearest star."], "uk": ["Проксима Центавра — найближча зоря."],
             "ru": ["Проксима Центавра — ближайшая звезда."]}
    assert aligned_fact_findings(story) == []


def test_the_national_academies_by_their_acronyms():
    story = {"en": ["Scientists of the NAS of Ukraine and the NAMS of Ukraine took part."],
             "uk": ["Участь взяли науковці НАН України та НАМН України."],
             "ru": ["Участие приняли ученые НАН Украины и НАМН Украины."]}
    assert aligned_fact_findings(story) == []


def test_a_currency_word_hyphenated_to_a_word_is_part_of_it():
    assert facts("Из 300 тг-каналов", "ru", ("money", "amount")) == [("amount", 300, "300")]
    assert facts("стоит 300 тг.", "ru", ("money",)) == [("money", 300, "300 тг")]



def name_key_of(text, lang):
    (key,) = [v for _, v, _ in facts(text, lang, ("name",))]
    return key


@pytest.mark.parametrize("uk,ru", [("У Смілі", "В Смеле"), ("У Ніжині", "В Нежине")])
def test_a_ukrainian_town_and_its_russian_spelling_are_one_name(uk, ru):
    assert same_name(name_key_of(f"{uk} відкрили школу.", "uk"), name_key_of(f"{ru} открыли школу.", "ru"))


def test_names_apart_in_a_consonant_stay_apart():
    assert not same_name("~boik", "~baik")  # two consonants are too few to tell
    assert not same_name("~lisenk", "~lisivk") and not same_name("~martin", "~morton") and not same_name(
        "~kent", "~kant")  # a vowel no "і" stands for


# --- what these readings leave alone ---------------------------------------------------------------------------

def test_a_zone_s_time_beside_another_place_s_time_is_left_alone():
    story = {lang: ["Trading opens at 13:30 GMT (09:30 ET)."] for lang in ("en", "uk", "ru")}
    assert [f for f in aligned_fact_findings(story) if f[1] == "dates"] == []


@pytest.mark.parametrize("lang,text,value", [("uk", "Ціна 15 грн 29 коп.", 15.29), ("uk", "Ціна 15 грн 57 коп.", 15.57),
                                             ("en", "15 dollars 58 cents", 15.58)])
def test_every_sum_of_coins_joins_its_sum(lang, text, value):
    assert [f.value for f in extract_facts(text, lang)] == [value]


def test_a_euro_cent_says_its_euro():
    assert [f.unit for f in extract_facts("50 euro cents", "en")] == [f.unit for f in extract_facts(
        "50 евроцентов", "ru")] == ["EUR"]


def test_german_and_spanish_surnames_transcribed_are_the_same_people():
    story = {"en": ["Judge Pedro Jiménez and Adolf Eichmann arrived."],
             "uk": ["Суддя Педро Хіменес і Адольф Айхман прибули."],
             "ru": ["Судья Педро Хименес и Адольф Айхман прибыли."]}
    assert [f for f in aligned_fact_findings(story) if f[1] == "entities"] == []


@pytest.mark.parametrize("lang,text", [("uk", "Вдень до +10⁰С"), ("uk", "10⁰ тепла")])
def test_a_superscript_zero_typed_for_a_degree_is_no_power_of_ten(lang, text):
    assert [f.value for f in extract_facts(text, lang)] == [10]


def test_nautical_miles_are_no_nanometres():
    assert measures("The tanker was seized 12 nm (22 km) off the coast.", "en") == [(12, "nmi"), (22, "km")]


@pytest.mark.parametrize("text", ["3M said it would settle.", "The closed Terminal 22B was reopened.",
                                  "3M full-face masks"])
def test_a_firm_or_a_numbered_place_is_no_scale(text):
    """A firm's "3M" may be read as three million, but only as a weak figure that raises no finding alone."""
    assert [f for f in extract_facts(text, "en") if f.kind in ("amount", "quantity") and not is_weak(f)] == []


@pytest.mark.parametrize("text", ["Ill health forced him to quit.", "A Mass was held for the victims."])
def test_a_common_word_is_no_state_s_abbreviation(text):
    assert not {"illinois", "massachusetts"} & {v for _, v, _ in facts(text, "en", ("name",))}


@pytest.mark.parametrize("text,key", [("Kim Jong-un watched the launch.", "kim-jong-un"),
                                      ("It was Moon Jae-in who spoke.", "~mon|~iae-in")])
def test_a_hyphenated_syllable_of_a_name_stays_in_the_name(text, key):
    assert [v for _, v, _ in facts(text, "en", ("name",))] == [key]


@pytest.mark.parametrize("text", ["NEW YORK (AP) — The", "ST. LOUIS (AP) — The", "KYIV/MOSCOW (Reuters) - The"])
def test_an_undated_dateline_of_several_words_is_the_dateline_s(text):
    assert {f.qualifier for f in extract_facts(text, "en") if f.kind == "name"} <= {DATELINE}
    assert [f.qualifier for f in extract_facts("NEW YORK (AP) — The", "en")] == [DATELINE]


def test_a_name_in_brackets_opening_a_line_is_no_dateline():
    assert {f.qualifier for f in extract_facts("NATO (North Atlantic alliance) — The summit", "en")} == {None}


def test_a_verb_spelt_as_a_month_after_a_code_keeps_the_code():
    assert facts("An IL 76 may land in Kyiv.", "en", ("name", "amount")) == [("name", "~il76", "IL 76"),
                                                                          ("name", "kyiv", "Kyiv")]


def test_a_sum_in_hryvnias_hyphenated_to_the_next_keeps_its_currency():
    assert [(f.kind, f.unit) for f in extract_facts("500 грн-1000 грн", "uk")][0] == ("money", "UAH")


def test_a_score_s_figure_said_again_on_its_own_is_another_fact():
    story = {"en": ["Shakhtar beat Dynamo 3-1, scoring 3 goals in the second half."],
             "uk": ["Шахтар обіграв Динамо 3:1, забивши 3 голи у другому таймі."],
             "ru": ["Шахтер обыграл Динамо 3:1, забив голы во втором тайме."]}
    assert ("ru", "numbers", "missing", "error") in aligned_fact_findings(story)


def test_a_vote_as_a_score_is_its_two_figures():
    story = {"en": ["The Senate passed the bill in an 84-16 vote."],
             "uk": ["Сенат ухвалив закон 84 голосами проти 16."],
             "ru": ["Сенат принял закон 84 голосами против 16."]}
    assert aligned_fact_findings(story) == []


def test_a_code_s_letter_changed_is_another_code():
    assert not form_of("~131a", "~131b") and not same_name("~131a", "~131b")


def test_a_silent_first_letter_is_not_said():
    story = {"en": ["Actress Keira Knightley came to Kyiv."], "uk": ["Акторка Кіра Найтлі приїхала до Києва."],
             "ru": ["Актриса Кира Найтли приехала в Киев."]}
    assert aligned_fact_findings(story) == []


def test_nanometres_near_the_words_of_a_film_or_a_particle():
    assert measures("The film is 50 nm thick.", "en") == [(50, "nm")]


def test_kyiv_time_said_in_other_words_is_kyiv_s():
    story = {"en": ["The window opens at 07:41 UTC (10:41 in Kyiv)."],
             "uk": ["Вікно відкриється о 07:14 UTC (10:41 у Києві)."],
             "ru": ["Окно откроется в 07:41 UTC (10:41 в Киеве)."]}
    assert ("uk", "dates", "altered", "warning") in aligned_fact_findings(story)
