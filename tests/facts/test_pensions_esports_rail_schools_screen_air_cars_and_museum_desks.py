"""Habits of the thirtieth to thirty-third sets of newsroom stories, from pensions, esports and chess, railways,
education, film and television, airlines, the car market and museums, each read alike in uk, en and ru: agencies'
datelines with the place as a sentence writes it, a clock time and a score or a range of the same two figures, an
hour and its minutes in letters, a sport's age group, a pound that is money, a spaced dash before a sum's code, "12
noon", half an hour before an hour named in words, a day given as either of two, a range of centuries with their
parts, a pictograph opening a post's line, page furniture behind an emoji, a formula's subscripts, a Polish name, a
first name in the vocative, a glossary phrase with an abbreviation's full stop; and what each must leave alone."""

import pytest

from consistency.stages.facts import extract_facts
from consistency.stages.langid import identify
from consistency.stages.load.chrome import strip_chrome
from consistency.stages.segment import split_sentences
from support.facts_story import aligned_fact_findings, written_story_findings


def facts(text, lang, kinds=("quantity", "amount", "money", "time", "date", "year")):
    return [(f.kind, f.value, f.unit) for f in extract_facts(text, lang) if f.kind in kinds]


# --- segmenting -----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("paragraph,lang", [
    ("Київ. 4 грудня. ІНТЕРФАКС-УКРАЇНА – АТ «Укрзалізниця» в листопаді навантажило 15,38 млн тонн.", "uk"),
    ("КИЇВ. 2 грудня. Під час заміни колектора археологи дослідили залишки садиби.", "uk"),
    ("Каменец-Подольский. 2 декабря. ИНТЕРФАКС-УКРАИНА – Заповедник принял 418 тыс. посетителей.", "ru"),
])
def test_an_agency_s_dateline_goes_with_the_story_s_first_sentence(paragraph, lang):
    assert split_sentences(paragraph, lang) == [paragraph]


def test_the_first_word_after_a_dateline_still_opens_a_sentence():
    # "Польські" opens the story's first sentence: an adjective there, no name of its own
    text = "ВАРШАВА, 3 грудня. Польські авіалінії LOT отримали перший із 40 літаків."
    assert "Польські" not in [f.text for f in extract_facts(text, "uk") if f.kind == "name"]


def test_each_line_a_pictograph_opens_is_a_sentence_of_its_own():
    post = "📍 8 грудня — смт Захарівка, з 10:00 до 14:00\n📍 10 грудня — с. Петрівка, з 9:30 до 13:00"
    assert split_sentences(post, "uk") == ["📍 8 грудня — смт Захарівка, з 10:00 до 14:00",
                                           "📍 10 грудня — с. Петрівка, з 9:30 до 13:00"]


def test_a_wrapped_line_with_no_pictograph_goes_on_with_its_sentence():
    assert len(split_sentences("The minister said that the line\nwill open in March.", "en")) == 1


@pytest.mark.parametrize("line", [
    "👉 Підписуйтеся на наш Telegram-канал",
    "Джерело: HLTV.org",
    "👉 Subscribe to the channel to be the first to hear about cheap tickets and new flights.",
])
def test_page_furniture_is_furniture_behind_an_emoji_or_with_a_site_s_name(line):
    assert strip_chrome(f"Перше речення.\n{line}")[0] == "Перше речення."


def test_a_source_with_a_sentence_s_full_stop_is_no_furniture():
    text = "Перше речення.\nДжерело: у міністерстві. Це підтвердили двічі."
    assert strip_chrome(text)[0] == text


# --- times, scores, durations ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("uk,en", [
    ("Nuke – 13:11", "Nuke – 13-11"),  # a clock time's shape, and a score
    ("Ancient – 16:19 (два овертайми)", "Ancient – 16-19 (double overtime)"),  # and a range's
    ("вирвала перемогу з 9:11.", "they came back from 9-11 to win."),
])
def test_the_same_two_figures_joined_by_a_colon_and_a_dash_are_one_pair(uk, en):
    assert aligned_fact_findings({"en": [en], "uk": [uk]}) == []


def test_a_pair_changed_in_one_edition_is_still_caught():
    found = aligned_fact_findings({"en": ["Nuke – 13-11"], "uk": ["Nuke – 13:12"]})
    assert any(edition == "uk" and severity in ("error", "warning") for edition, _, _, severity in found)


@pytest.mark.parametrize("text,value", [
    ("No. 105 Odesa – Kyiv – 3 h 10 min;", 3 + 10 / 60),
    ("Flight times range from 2h 05m (Lublin – Eindhoven)", 2 + 5 / 60),
])
def test_hours_and_minutes_in_letters_are_one_duration(text, value):
    assert [(kind, round(v, 4), unit) for kind, v, unit in facts(text, "en")] == [("quantity", round(value, 4), "h")]


def test_a_capital_h_is_no_hour():
    assert facts("the 5 H-bombs", "en") == [("amount", 5.0, None)]


def test_a_figure_before_noon_is_that_noon():
    assert facts("The window closed at 12 noon UK time", "en", kinds=("time", "amount")) == [("time", "12:00", None)]


@pytest.mark.parametrize("text,lang,value", [
    ("Початок о пів на десяту ранку, бо тури стартують пізніше.", "uk", "09:30"),
    ("Начало в половине десятого утра, потому что туры стартуют позже.", "ru", "09:30"),
])
def test_half_an_hour_before_an_hour_named_in_words(text, lang, value):
    assert facts(text, lang, kinds=("time",)) == [("time", value, None)]


def test_half_of_an_ordinal_thing_is_no_time():
    assert facts("половина пятого тома вышла в марте", "ru", kinds=("time",)) == []


def test_a_model_s_plural_is_no_decade():
    assert facts("orders six more Boeing 737 MAX 8s", "en", kinds=("year", "date")) == []
    assert facts("songs of the 80s", "en", kinds=("year", "date")) == [("date", "--80s", None)]


# --- ages and money -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,age", [("won gold in the girls' U10 section", 10.0), ("the England U-19 side", 19.0)])
def test_a_sport_s_age_group_is_under_so_many_years(text, age):
    assert [(f.value, f.unit) for f in extract_facts(text, "en") if f.kind == "quantity"] == [(age, "year")]


def test_an_age_group_confirms_the_age_said_in_words_and_raises_nothing_alone():
    girls = {"en": ["Zlata Koval won gold in the girls' U10 section."],
             "uk": ["Злата Коваль здобула золото серед дівчат до 10 років."]}
    assert aligned_fact_findings(girls) == []
    # "the U21 side" is "молодіжна збірна" as often as "збірна U-21"
    assert aligned_fact_findings({"en": ["Ukraine's U21 side beat France."],
                                  "uk": ["Молодіжна збірна України обіграла Францію."]}) == []
    changed = dict(girls, uk=["Злата Коваль здобула золото серед дівчат до 12 років."])
    assert ("uk", "numbers") in [(edition, check) for edition, check, _, _ in aligned_fact_findings(changed)]


@pytest.mark.parametrize("text", ["the U2 song", "a U-2 spy plane", "PSU10 cable", "boats under 22 tonnes",
                                  "the under-21 team"])
def test_no_age_group_where_no_sport_s_age_is(text):
    assert not [f for f in extract_facts(text, "en") if f.kind == "quantity" and f.unit == "year"]


@pytest.mark.parametrize("text,lang", [
    ("пенсія зросте з 241,30 до 251,20 фунта на тиждень", "uk"),
    ("пенсия вырастет до 251,20 фунта в неделю", "ru"),
])
def test_a_bare_pound_is_money_away_from_a_weight_s_words(text, lang):
    assert ("money", 251.2, "GBP") in facts(text, lang)


def test_a_pound_near_a_weight_s_words_is_a_weight():
    assert facts("лосось вагою 5 фунтів", "uk") == [("quantity", 5.0, "lb")]


def test_a_spaced_dash_before_a_sum_s_code_ends_a_list_s_label():
    assert facts("children aged 7 to 14 – UAH 60;", "en") == [
        ("quantity", 7.0, "year"), ("quantity", 14.0, "year"), ("money", 60.0, "UAH")]


def test_a_range_still_takes_the_currency_of_its_second_figure():
    assert facts("from 5 to $7 million", "en") == [("money", 5000000.0, "USD"), ("money", 7000000.0, "USD")]


def test_a_grouped_figure_after_a_slash_is_read_whole():
    assert facts("за блайндів 200 000/400 000 і анте", "uk") == [("amount", 200000.0, None), ("amount", 400000.0, None)]


# --- dates ----------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,lang", [
    ("заявки приймають до 1 або 15 січня.", "uk"),
    ("заявки принимают до 1 или 15 января.", "ru"),
    ("applications are due January 1 or 15.", "en"),
])
def test_either_of_two_days_is_two_dates(text, lang):
    assert [v for kind, v, _ in facts(text, lang) if kind == "date"] == ["--01-01", "--01-15"]


def test_two_counts_joined_by_or_stay_counts():
    assert facts("5 or 6 people", "en") == [("amount", 5.0, None), ("amount", 6.0, None)]


@pytest.mark.parametrize("text,lang", [
    ("the remains of a house from the late 6th or early 5th century BC", "en"),
    ("залишки будинку кінця VI – початку V ст. до н. е.", "uk"),
    ("клад спрятали в конце VI – начале V в. до н. э.", "ru"),
])
def test_a_range_of_centuries_with_their_parts(text, lang):
    assert sorted(v for kind, v, _ in facts(text, lang) if kind == "date") == ["C5", "C6"]


# --- languages ------------------------------------------------------------------------------------------------------

def test_a_list_of_streaming_services_is_no_english_paragraph():
    shares = "YouTube — 13,6%\nNetflix — 8,4%\nPrime Video — 4,0%\nThe Roku Channel — 2,9%\nTubi — 2,3%"
    assert identify(shares).lang is None


def test_a_bullet_of_units_and_shared_words_is_neither_ukrainian_nor_russian():
    line = "• 116 к.с. (85 кВт), батарея 38 кВт·год, запас ходу до 329 км за WLTP;"
    assert identify(line, ("uk", "ru")).lang is None


@pytest.mark.parametrize("text,lang", [
    ("Цей кабель не підходить для зарядки.", "uk"),
    ("Этот кабель не подходит для зарядки телефона.", "ru"),
    ("Killer Pig Mauls Farmer to Death", "en"),
])
def test_running_text_still_gets_its_language(text, lang):
    assert identify(text).lang == lang


# --- names ----------------------------------------------------------------------------------------------------------

def test_a_formula_s_subscript_is_its_figure():
    same = {"en": ["cutting CO2 emissions per passenger"], "uk": ["скоротивши викиди CO₂ на пасажира"]}
    assert aligned_fact_findings(same) == []


@pytest.mark.parametrize("en,uk", [
    ("said Maciej Lewandowski, the airport's spokesman.", "сказав речник аеропорту Мацей Левандовський."),
    ("said Małgorzata Wiśniewska, the director.", "сказала режисерка Малгожата Вішневська."),
])
def test_a_polish_name_as_ukrainian_copy_writes_it(en, uk):
    assert aligned_fact_findings({"en": [en], "uk": [uk], "ru": [uk.replace("сказав", "сказал")]}) == []


def test_a_glossary_phrase_with_an_abbreviation_s_full_stop():
    names = [f.value for f in extract_facts("the mosaics of Kyiv's St. Sophia Cathedral", "en") if f.kind == "name"]
    assert "st-sophia" in names


def test_an_interviewee_s_first_name_in_the_vocative_is_the_person_the_other_edition_names(tmp_path):
    found = written_story_findings(
        tmp_path,
        uk="Ми поговорили з директоркою музею Наталією Ковтун.\n\n– Пані Наталіє, у якому стані будівля?",
        en="We spoke to the museum's director, Natalia Kovtun.\n\n– Ms. Kovtun, what state is the building in?")
    assert [f for f in found if f[1] == "entities"] == []


def test_the_dateline_s_days_of_the_week_are_no_names():
    assert not [f for f in extract_facts("from Dec 14, Mon/Thu/Sat, from PLN 179", "en") if f.kind == "name"]


# --- what these readings leave alone ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text,lang,name", [
    ("Yesterday, December 5, Smith told reporters the deal was off.", "en", "Smith"),
    ("Вчора, 4 грудня, Свириденко провела нараду.", "uk", "Свириденко"),
])
def test_a_day_after_a_word_and_a_comma_is_no_dateline_and_the_name_after_it_stays(text, lang, name):
    assert name in [f.text for f in extract_facts(text, lang) if f.kind == "name"]


@pytest.mark.parametrize("text,lang", [("За рік він схуд на 50 фунтів.", "uk"), ("Партія з 500 фунтів кави", "uk"),
                                       ("Он похудел на 50 фунтов.", "ru")])
def test_a_pound_with_no_sum_s_word_near_stays_a_weight(text, lang):
    assert [unit for kind, _, unit in facts(text, lang)] == ["lb"]


def test_a_pound_near_a_sum_s_word_is_money_whatever_else_is_near():
    assert ("money", 251.2, "GBP") in facts("Важливо, що пенсія зросте до 251,20 фунта на тиждень", "uk")


def test_a_call_to_follow_with_a_site_s_name_is_furniture():
    assert strip_chrome("Перше речення.\nFollow us on Telegram: t.me/ukrinform_news")[0] == "Перше речення."


@pytest.mark.parametrize("text,lang", [("С 1 декабря 2025 года", "ru"), ("З 1 грудня 2025 року", "uk"),
                                       ("Продолжительность — 5 дней, стоимость — 200 грн", "ru")])
def test_a_unit_s_word_one_language_alone_writes_is_still_its_evidence(text, lang):
    assert identify(text, ("uk", "ru")).lang == lang


def test_half_of_a_match_s_second_half_is_no_time():
    assert facts("Гол забили в половине второго тайма.", "ru", kinds=("time",)) == []


def test_a_range_to_a_century_s_middle_hyphenated():
    assert sorted(v for kind, v, _ in facts("from the late 6th to the mid-5th century BC", "en") if kind == "date") == [
        "C5", "C6"]


def test_noon_after_a_date_s_day_leaves_the_day_to_the_date():
    assert facts("on December 12 noon Kyiv time", "en", kinds=("date", "time")) == [
        ("date", "--12-12", None), ("time", "12:00", None)]


def test_a_sign_of_a_text_s_own_opening_a_line_goes_on_with_its_sentence():
    assert len(split_sentences("Уряд ухвалив постанову\n№ 1234 про тарифи.", "uk")) == 1


@pytest.mark.parametrize("en,uk,ru", [
    ("A Plaid AM said the group was not happy.", "ЧА від Партії Уельсу заявив, що група не задоволена.",
     "Член Ассамблеи из Партии Уэльса заявил, что группа недовольна."),
    ("the National Cancer Institute in Bethesda, Maryland", "Національний інститут раку, Бетесда, штат Меріленд",
     "Национальный институт рака, Вифезда, штат Мэриленд"),
    ("The Council of the European Union will approve it on December 13.", "Рада Євросоюзу затвердить його 13 грудня.",
     "Совет Евросоюза утвердит его 13 декабря."),
])
def test_names_the_editions_give_otherwise_are_one_name(en, uk, ru):
    assert aligned_fact_findings({"en": [en], "uk": [uk], "ru": [ru]}) == []
