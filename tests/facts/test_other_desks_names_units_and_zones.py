"""Habits of the fourteenth set of newsroom stories, from regional desks and public bodies and from business, science
and foreign desks, each read alike in uk, en and ru: East Asian names in syllables ("Лі Чже Мьон" / "Lee Jae-myung"),
a camera's megapixels, oil in barrels a day, seconds after decimals ("0.213s"), a temperature below zero with no
word of weather near it, "the last 16 of the CEV Cup", a festival numbered in a Roman X, blood groups, a vote split
"5 на 4", a time in US Eastern time said in words, a station named after the town it faces, a name quoted in its own
language, a team named by its other word in a headline, a country left out after its institution ("Мінфін РФ" /
"The Finance Ministry"), Title Case with units, days that recur, Polish and German names in Cyrillic; and what each
of these readings must leave alone."""

import pytest

from consistency.stages.facts import extract_facts
from consistency.stages.facts.name_keys import WordForms, sound_key, written_in_another_latin_alphabet
from support.facts_story import aligned_fact_findings
from support.facts_story import written_story_findings as findings


def facts(text, lang, kinds=("quantity", "amount", "money", "score", "stage", "ordinal", "time", "weekday", "name")):
    return [(f.kind, f.value, f.text) for f in extract_facts(text, lang) if f.kind in kinds]


# --- East Asian names -----------------------------------------------------------------------------------------

def test_a_korean_name_in_cyrillic_syllables_is_read_whole():
    assert facts("Зустріч із президентом Лі Чже Мьоном, Чхве Се Бін і Юн Сок Йолем.", "uk", ("name",)) == [
        ("name", "~li|~ie|~mon", "Лі Чже Мьоном"), ("name", "~khv|~se|~bin", "Чхве Се Бін"),
        ("name", "~iun|~sok|~iol", "Юн Сок Йолем")]


def test_east_asian_names_spelt_by_each_script_are_the_same_people():
    story = {"en": ["South Korean President Lee Jae-myung met Premier Li Qiang.", "Choi Se-bin won 15-13."],
             "uk": ["Президент Південної Кореї Лі Чже Мьон зустрівся з прем'єром Лі Цяном.",
                    "Чхве Се Бін виграла 15:13."],
             "ru": ["Президент Южной Кореи Ли Чжэ Мён встретился с премьером Ли Цяном.", "Чхве Се Бин выиграла 15:13."]}
    assert aligned_fact_findings(story) == []


def test_another_family_name_in_syllables_is_another_person():
    story = {"en": ["North Korean leader's sister Kim Yo Jong replied."],
             "uk": ["Сестра лідера КНДР Кім Йо Чжон відповіла."],
             "ru": ["Сестра лидера КНДР Ким Е Чжон ответила."]}
    assert ("uk", "entities", "altered", "error") in aligned_fact_findings(
        {**story, "uk": ["Сестра лідера КНДР Чхве Сон Хі відповіла."]})


def test_a_syllable_said_twice_is_no_name_of_the_glossary_twice():
    # "Сі" is Xi Jinping to the glossary: "Сі-Сі Вей" is C.C. Wei
    assert ("name", "xi-jinping") not in [(k, v) for k, v, _ in facts("Директор Сі-Сі Вей заявив.", "uk")]


# --- units, scales and seconds --------------------------------------------------------------------------------

@pytest.mark.parametrize("lang,text,value", [
    ("en", "The phone has a 48MP camera.", 48.0),
    ("uk", "Смартфон отримав камеру на 48 Мп.", 48.0),
    ("ru", "Смартфон получил камеру на 48 Мп.", 48.0),
])
def test_a_cameras_megapixels_are_a_unit(lang, text, value):
    assert [(f.value, f.unit) for f in extract_facts(text, lang) if f.kind == "quantity"] == [(value, "MP")]


def test_an_mp_without_a_camera_near_is_a_member_of_parliament():
    assert [f.unit for f in extract_facts("Two MP voted; one MP said 3 MP.", "en")] == [None, None, None]


def test_oil_in_millions_of_barrels_a_day_is_the_same_in_every_notation():
    story = {"en": ["Demand will grow by 0.8 mb/d, supply by 137,000 bpd."],
             "uk": ["Попит зросте на 0,8 млн б/д, пропозиція – на 137 тис. б/д."],
             "ru": ["Спрос вырастет на 0,8 млн б/с, предложение – на 137 тыс. б/с."]}
    assert aligned_fact_findings(story) == []
    assert ("uk", "numbers", "altered", "error") in aligned_fact_findings(
        {**story, "uk": ["Попит зросте на 0,8 млн т, пропозиція – на 137 тис. б/д."]})
    assert [(f.value, f.unit) for f in extract_facts("the 340,000 barrels-per-day refinery", "en")] == [
        (340000.0, "bbl/d")]


@pytest.mark.parametrize("lang,text,value", [
    ("en", "Norris took pole by 0.213s.", 0.213),
    ("uk", "Норріс виграв поул з перевагою 0,213 с.", 0.213),
    ("en", "He lapped in 3 min 31 s.", 3 + 31 / 60),
])
def test_seconds_after_decimals_or_minutes(lang, text, value):
    assert [round(f.value, 6) for f in extract_facts(text, lang) if f.kind == "quantity"] == [round(value, 6)]


@pytest.mark.parametrize("text", ["the 1990s", "in his 80s", "Мешканці 3 с. громади."])
def test_an_s_after_a_whole_figure_is_no_second(text):
    assert "s" not in {f.unit for f in extract_facts(text, "uk" if "с." in text else "en")}


def test_a_scale_in_words_glued_to_a_figure_needs_no_currency_where_it_is_no_unit():
    assert facts("3bn users, 1.2tn and 5mn people", "en", ("amount",)) == [
        ("amount", 3e9, "3bn"), ("amount", 1.2e12, "1.2tn"), ("amount", 5e6, "5mn")]


def test_a_range_with_its_scale_on_both_figures_keeps_both_as_money():
    assert facts("Capital spending would reach $40bn-42bn.", "en", ("money",)) == [
        ("money", 4e10, "$40bn"), ("money", 4.2e10, "42bn")]


def test_a_million_glued_as_an_m_stands_for_a_million_another_edition_gives():
    story = {"en": ["Developers will pay $2 per 1m input tokens in a 1m-token window."],
             "uk": ["Розробники платитимуть $2 за 1 млн вхідних токенів у вікні на 1 млн токенів."],
             "ru": ["Разработчики будут платить $2 за 1 млн входных токенов в окне на 1 млн токенов."]}
    assert aligned_fact_findings(story) == []


def test_a_temperature_below_zero_needs_no_word_of_weather():
    assert [(f.value, f.unit) for f in extract_facts("It runs at 10 mK, or about -273.14C.", "en")
            if f.unit == "C"] == [(-273.14, "C")]
    assert "C" not in {f.unit for f in extract_facts("He bought an iPhone 5C.", "en")}


# --- rounds, ordinals, scores, times and days ---------------------------------------------------------------------

def test_the_last_16_before_a_competitions_name_is_a_round():
    assert ("stage", 16) in [(k, v) for k, v, _ in facts("Khimik reached the last 16 of the CEV Cup.", "en")]
    assert "stage" not in {k for k, _, _ in facts("He freed the last 16 of the 20 hostages.", "en")}


def test_a_roman_x_numbers_a_festival_but_not_users_of_the_social_network():
    assert ("ordinal", 10) in [(k, v) for k, v, _ in facts("Відбудеться Х обласний фестиваль вертепів.", "uk")]
    assert ("ordinal", 10) in [(k, v) for k, v, _ in facts("Состоится X областной фестиваль.", "ru")]
    assert "ordinal" not in {k for k, _, _ in facts("У соцмережі X користувачі обурилися.", "uk")}


def test_a_blood_group_is_no_zero_nor_roman_numeral():
    assert facts("Запаси крові груп 0(I) Rh− та AB(IV) Rh+ вичерпано.", "uk", ("amount", "ordinal")) == []


@pytest.mark.parametrize("lang,text,kinds", [
    ("uk", "«Едмонтон» переміг, закинувши шайбу в більшості 5 на 4.", ("score",)),  # 5-on-4, not a score
    ("ru", "Партия победила: депутаты проголосовали 300 против 50.", ("score",)),
    ("ru", "ЦБ повысил курс доллара до 92,51 с 91,8 рубля.", ("quantity",)),  # "с", from, not seconds
    ("en", "1,000s of people marched in Kyiv.", ("quantity",)),  # thousands, no seconds
    ("en", "Since 2021 Min Aung Hlaing has ruled.", ("quantity",)),
    ("en", "More than 20 SEC lawyers left.", ("quantity",)),
    ("en", "Russia fired 3M-14 Kalibr cruise missiles.", ("amount",)),  # a missile's code
    ("en", "The last 16 of the Azovstal defenders came home.", ("stage",)),
    ("uk", "У районі зареєстровано 3 МП і 5 ФОП.", ("quantity",)),  # no camera: no megapixels
])
def test_what_these_readings_leave_alone(lang, text, kinds):
    assert facts(text, lang, kinds) == []


def test_a_time_in_us_eastern_time_said_in_words_has_its_zone():
    uk = [f for f in extract_facts("о 22:55 за київським часом (15:55 за східним часом США)", "uk") if f.kind == "time"]
    assert [(f.value, f.unit) for f in uk] == [("22:55", None), ("15:55", "EST")]
    assert "united-states" not in {f.value for f in extract_facts("15:55 за східним часом США", "uk")}


@pytest.mark.parametrize("lang,text,days", [
    ("en", "Trains run on Fridays and Mondays.", [5, 1]),
    ("uk", "Потяги курсують по п'ятницях і понеділках, сміття вивозять щовівторка.", [5, 1, 2]),
    ("ru", "Поезда ходят по пятницам и понедельникам.", [5, 1]),
])
def test_days_a_thing_recurs_on_are_weekdays(lang, text, days):
    assert [v for k, v, _ in facts(text, lang, ("weekday",))] == days


# --- names and places -------------------------------------------------------------------------------------------

def test_a_station_named_after_the_town_it_faces_is_one_name():
    assert facts("до вокзалу «Полтава-Київська» через центр", "uk", ("name",)) == [
        ("name", "~poltava-kivsk", "Полтава-Київська")]
    assert [v for _, v, _ in facts("саміт Трамп-Путін", "uk", ("name",))] == ["trump", "putin"]


def test_the_polish_o_with_an_accent_is_the_cyrillic_u():
    assert written_in_another_latin_alphabet("Wójcik", "Вуйцик", "uk")
    assert written_in_another_latin_alphabet("Wójcik", "Вуйцик", "ru")


def test_an_h_after_an_umlaut_is_silent_but_an_h_after_a_plain_vowel_may_be_a_sound():
    assert sound_key("Röhrl", "en") == sound_key("Рерль", "uk") == sound_key("Рёрль", "ru")
    assert sound_key("Tehran", "en") == sound_key("Тегеран", "uk")
    assert sound_key("Zahrebelnyi", "en") == sound_key("Загребельний", "uk")  # a Ukrainian "г" romanised
    assert sound_key("Егле", "uk") == sound_key("Egle", "en") == sound_key("Эгле", "ru")


def test_a_common_word_spelt_like_a_countrys_skeleton_is_no_form_of_it():
    # "стала" ("~stali") is as close to "~itali" as two spellings of a name, but starts with another letter
    assert not WordForms(["~stali", "~zolot"]).has_word_from("~itali")
    assert WordForms(["~italii"]).has_word_from("~itali")


def test_a_capitals_adjective_opening_a_sentence_is_no_name_lost(tmp_path):
    assert findings(
        tmp_path,
        uk="Індекс S&P 500 оновив рекорд\n\nАмериканський фондовий індекс S&P 500 у вівторок зріс на 0,8%.\n",
        en="S&P 500 hits record high\n\nThe S&P 500 rose 0.8% on Tuesday.\n",
        ru="Индекс S&P 500 обновил рекорд\n\nАмериканский фондовый индекс S&P 500 во вторник вырос на 0,8%.\n",
    ) == []


def test_a_country_after_its_institution_is_said_by_the_story(tmp_path):
    assert findings(
        tmp_path,
        uk="ЦБ Росії знизив ставку\n\nМінфін РФ очікує дефіциту бюджету в 5,7 трлн рублів.\n",
        en="Russia's central bank cuts rate\n\n"
           "The Finance Ministry expects a budget deficit of 5.7 trillion roubles.\n",
        ru="ЦБ России снизил ставку\n\nМинфин РФ ожидает дефицит бюджета в 5,7 трлн рублей.\n",
    ) == []


def test_a_team_named_by_its_other_word_in_a_headline_is_the_team_the_story_names_in_full(tmp_path):
    assert findings(
        tmp_path,
        uk="Макдевід забив, «Едмонтон» обіграв «Флориду» – 5:2\n\n"
           "Коннор Макдевід забив, а «Едмонтон Ойлерз» обіграв «Флориду Пантерз» з рахунком 5:2.\n",
        en="McDavid Scores as Oilers Beat Panthers 5-2\n\n"
           "Connor McDavid scored as the Edmonton Oilers beat the Florida Panthers 5-2.\n",
        ru="Макдэвид забил, «Эдмонтон» обыграл «Флориду» – 5:2\n\n"
           "Коннор Макдэвид забил, а «Эдмонтон Ойлерз» обыграл «Флориду Пантерз» со счетом 5:2.\n",
    ) == []


def test_a_name_quoted_in_another_language_is_no_paragraph_left_untranslated(tmp_path):
    found = findings(
        tmp_path,
        uk="У Тернополі пройде фестиваль «Нова радість стала»\n\n"
           "Фестиваль вертепів і колядницьких гуртів відбудеться 10 січня на Театральній площі, вхід вільний.\n",
        en="Ternopil to host Nova Radist Stala festival\n\n"
           "The festival of nativity plays and carol groups will take place on January 10 on Theatre Square, "
           "admission free.\n",
        ru="В Тернополе пройдет фестиваль «Нова радість стала»\n\n"
           "Фестиваль вертепов и колядных коллективов состоится 10 января на Театральной площади, вход свободный.\n",
    )
    assert [f for f in found if f[1] == "language"] == []


def test_a_title_case_headline_with_a_unit_gives_glossary_names_only():
    assert facts("Russia's Central Bank Cuts Key Rate by 50 bps to 16.5%", "en", ("name",)) == [
        ("name", "russia", "Russia's")]
    assert facts("Gilgeous-Alexander Scores 41 as Thunder Extend Streak\n\nHe scored 41 points.", "en",
                 ("name",)) == []


def test_the_same_surname_with_another_first_name_is_worth_a_look():
    story = {"en": ["The gold went to Nazar Kravets."], "uk": ["Золото виборов Назар Кравець."],
             "ru": ["Золото завоевал Назар Кравец."]}
    assert aligned_fact_findings(story) == []
    assert ("uk", "entities", "altered", "warning") in aligned_fact_findings(
        {**story, "uk": ["Золото виборов Максим Кравець."]})


@pytest.mark.parametrize("uk,ru,en", [
    ("Ганна Мирошниченко", "Анна Мирошниченко", "Hanna Myroshnychenko"),  # no "г" in Russian
    ("Микола Петренко", "Николай Петренко", "Mykola Petrenko"),
    ("Надія Савченко", "Надежда Савченко", "Nadiya Savchenko"),  # a pair the locale lists
    ("Джорджія Мелоні", "Джорджа Мелони", "Giorgia Meloni"),
    ("Йонас Вінгегор", "Йонас Вингегор", "Jonas Vingegaard"),
])
def test_a_first_names_form_in_another_language_is_the_same_person(uk, ru, en):
    story = {"en": [f"The prize went to {en}."], "uk": [f"Премію отримав {uk}."], "ru": [f"Премию получил {ru}."]}
    assert [f for f in aligned_fact_findings(story) if f[1] == "entities"] == []
