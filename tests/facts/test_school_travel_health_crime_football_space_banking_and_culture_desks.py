"""Habits of the thirty-eighth to forty-first sets of newsroom stories, from schools, travel, health and crime abroad,
football and boxing, science and space, banking and culture, each read alike in uk, en and ru: a dateline of a place
alone, a results line and its scorers' minutes, a ranking's rows under their division, a share of a whole after a
slash, the people over an age, an hour and a half in words, a rate per million, a paper's weight, a crown's sign glued
to its figure, a gram with decimals, an hour named by its ordinal, the Kyiv time a zone's time converts to, a
multiplier of fewer against the share it leaves, an acronym spelt out, an institution's owner in its full name, a
French names by ear, a route of two places, a rocket whose name holds a month, saints by their
epithets, bylines with no "By" and a release's contact line; and what each must leave alone."""

import pytest

from consistency.stages.facts import extract_facts
from consistency.stages.load.chrome import strip_chrome
from consistency.stages.segment import split_sentences
from support.facts_story import aligned_fact_findings, written_story_findings


def facts(text, lang, kinds=("quantity", "amount", "money", "time", "date", "score", "count", "year")):
    return [(f.kind, f.value, f.unit) for f in extract_facts(text, lang) if f.kind in kinds]


def names(text, lang):
    return [(f.text, f.value) for f in extract_facts(text, lang) if f.kind == "name"]


# --- figures --------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,lang,expected", [
    ("Among under-65s in risk groups uptake was 38.6 per cent.", "en", ("quantity", 65.0, "year")),
    ("London – 61.3 per cent of over-65s", "en", ("quantity", 65.0, "year")),
    ("The journey takes about an hour and a half.", "en", ("quantity", 1.5, "h")),
    ("It took a year and a half to build.", "en", ("quantity", 1.5, "year")),
    ("paper of at least 80gsm", "en", ("quantity", 80.0, "g/m2")),
    ("папір щільністю не менше 80 г/м²", "uk", ("quantity", 80.0, "g/m2")),
    ("The amount was just 0.2g short of the threshold.", "en", ("quantity", 0.2, "g")),
    ("Its shares fell 1.8 per cent in Copenhagen to DKr312.", "en", ("money", 312.0, "DKK")),
    ("514.6 cases per million population", "en", ("count", 1e6, None)),
    ("буї щопівгодини передаватимуть дані", "uk", ("quantity", 0.5, "h")),
])
def test_a_figure_said_the_way_its_desk_says_it(text, lang, expected):
    assert expected in facts(text, lang)


def test_the_second_of_two_shares_after_a_slash():
    assert facts("The purse is to be split 70/30 in favour of the champion.", "en") == [
        ("amount", 70.0, None), ("amount", 30.0, None)]
    # a slash between figures that make no hundred is a date's, a rate's or a season's
    assert facts("The shop is open 24/7.", "en") == []
    assert [f[1] for f in facts("in the 2025/26 season", "en")] == [2025, 2026]


def test_a_name_s_year_before_a_table_s_points_is_no_range_of_years():
    assert ("year", 2024, None) not in facts("8. Metalist 1925 – 24 (19-18)", "en")
    assert [f[1] for f in facts("from 1998-02 and in 2026-27", "en") if f[0] == "year"] == [1998, 2002, 2026, 2027]


@pytest.mark.parametrize("text,lang,time", [
    ("Найкраще дивитися після 22:00: о 2-й ночі радіант потоку піднімається в зеніт.", "uk", "02:00"),
    ("Концерт почнеться о 7-й вечора.", "uk", "19:00"),
    ("Дежурство длится до 5-ти утра.", "ru", "05:00"),
])
def test_an_hour_named_by_its_ordinal_and_the_part_of_the_day(text, lang, time):
    assert ("time", time, None) in facts(text, lang)


def test_two_nights_are_no_hour():
    assert facts("Бронювання на 2 ночі коштує 5 000 грн.", "uk", kinds=("time",)) == []


# --- scores and results lines ---------------------------------------------------------------------------------------

def test_a_results_line_gives_its_score_whichever_side_won():
    line = "Kolos 1-3 Dynamo (Sydoruk 58og – Yaroshenko 23, 45+2, Hnatiuk 90+4)"
    assert facts(line, "en")[:2] == [("score", "1:3", None), ("amount", 58.0, None)]
    assert ("score", "0:1", None) in facts("Obolon 0-1 Metalist 1925 (Hryn 90+5)", "en")
    assert ("amount", 55.0, None) in facts("Zorya 3-1 Epitsentr (Babenko 9, Kuzmin 55pen)", "en")
    # a range of pages is no result
    assert facts("Read pages 1-3 first.", "en", kinds=("score",)) == []


@pytest.mark.parametrize("text,lang,rows", [
    ("Субота, 5 грудня\n«Колос» – «Динамо» – 1:3 (Сидорук, 58 (автогол) – Ярошенко, 23)\n«Верес» – «ЛНЗ» – 1:4 "
     "(Гречко, 61 – Асанте, 12 (пен.), 70)", "uk", 2),
    ("Важка вага: Назар Бойко – 27-ме місце\nПерша важка вага: Богдан Литвин – 3-тє (піднявся з 5-го)", "uk", 2),
])
def test_rows_of_results_and_rankings_are_each_a_sentence(text, lang, rows):
    assert split_sentences(text, lang)[-rows:] == text.split("\n")[-rows:]


def test_the_round_of_sixteen_heading_its_results():
    assert facts("Round of 16 results from December 2:", "en", kinds=("stage",)) == [("stage", 16, None)]
    assert facts("Результати 1/8 фіналу, зіграних 2 грудня:", "uk", kinds=("stage",)) == [("stage", 16, None)]


# --- dates and times ------------------------------------------------------------------------------------------------

def test_a_range_of_days_closed_by_what_was_done_with():
    assert facts("The count was carried out from November 18 to 27 using a quadcopter.", "en") == [
        ("date", "--11-18", None), ("date", "--11-27", None)]


def test_a_rocket_whose_name_holds_a_month_is_no_date():
    text = "The mission was launched on August 2 on a Long March 5 rocket."
    assert [f[1] for f in facts(text, "en") if f[0] == "date"] == ["--08-02"]
    assert ("Long March", "long-march") in names(text, "en")


def test_kyiv_time_after_a_zone_s_converted_hour_is_the_same_instant():
    assert aligned_fact_findings({
        "en": ["The rocket lifted off at 10:47 p.m. EST (0347 GMT on Friday)."],
        "uk": ["Ракета стартувала о 22:47 за східним часом США (05:47 п'ятниці за київським часом)."],
        "ru": ["Ракета стартовала в 22:47 по восточному времени США (05:47 пятницы по киевскому времени)."]}) == []


def test_kyiv_in_the_words_of_kyiv_time_is_no_place_lost():
    assert aligned_fact_findings({
        "en": ["It blasted off at 5:30 p.m. local time (2330 GMT)."],
        "uk": ["Вона стартувала о 17:30 за місцевим часом (01:30 п'ятниці за Києвом)."],
        "ru": ["Она стартовала в 17:30 по местному времени (01:30 пятницы по Киеву)."]}) == []


# --- multiples ------------------------------------------------------------------------------------------------------

def test_so_many_times_fewer_is_the_share_it_leaves():
    assert aligned_fact_findings({
        "en": ["Only 410 pairs remain, a third of the 1,230 counted in 2000."],
        "uk": ["Залишилося лише 410 пар – утричі менше, ніж у 2000 році, коли їх налічували 1 230."],
        "ru": ["Осталось лишь 410 пар – втрое меньше, чем в 2000 году, когда их насчитывали 1 230."]}) == []
    # and a share of another size is another figure
    assert ("en", "numbers", "altered", "error") in aligned_fact_findings({
        "en": ["Only 410 pairs remain, a quarter of the 1,230 counted in 2000."],
        "uk": ["Залишилося лише 410 пар – утричі менше, ніж у 2000 році, коли їх налічували 1 230."],
        "ru": ["Осталось лишь 410 пар – втрое меньше, чем в 2000 году, когда их насчитывали 1 230."]})


# --- names ----------------------------------------------------------------------------------------------------------

def test_an_acronym_the_other_edition_spells_out_is_not_missing():
    assert aligned_fact_findings({
        "en": ["Pasteurized milk is safe to drink, according to the U.S. Food and Drug Administration."],
        "uk": ["Пастеризоване молоко безпечне, повідомило FDA."],
        "ru": ["Пастеризованное молоко безопасно, сообщило FDA."]}) == []
    assert aligned_fact_findings({
        "en": ["The rocket lifted off from Space Launch Complex 40 at dawn."],
        "uk": ["Ракета стартувала зі стартового комплексу SLC-40 на світанку."],
        "ru": ["Ракета стартовала со стартового комплекса SLC-40 на рассвете."]}) == []


def test_an_acronym_whose_letters_spell_nothing_there_is_missing():
    assert ("en", "entities", "missing", "warning") in aligned_fact_findings({
        "en": ["Pasteurized milk is safe to drink, according to the Food Standards Agency."],
        "uk": ["Пастеризоване молоко безпечне, повідомило FDA."],
        "ru": ["Пастеризованное молоко безопасно, сообщило FDA."]})


def test_a_country_s_adjective_opening_an_institution_named_in_full():
    assert aligned_fact_findings({
        "en": ["The film is being shown to members of the Academy of Motion Picture Arts and Sciences."],
        "uk": ["Фільм показують членам Американської академії кінематографічних мистецтв і наук."],
        "ru": ["Фильм показывают членам Американской академии кинематографических искусств и наук."]}) == []


def test_a_country_s_adjective_before_an_institution_named_by_its_word_alone_is_lost():
    assert ("en", "entities", "missing", "warning") in aligned_fact_findings({
        "en": ["The film is being shown to members of the Academy."],
        "uk": ["Фільм показують членам Американської академії."],
        "ru": ["Фильм показывают членам Американской академии."]})


@pytest.mark.parametrize("en,uk,ru", [
    ("The ferry arrived from Cherbourg on Monday.", "Пором прибув із Шербура в понеділок.",
     "Паром прибыл из Шербура в понедельник."),
    ("Police detained two men in Saint-Denis.", "Поліція затримала двох чоловіків у Сен-Дені.",
     "Полиция задержала двух мужчин в Сен-Дени."),
])
def test_a_french_name_by_ear(en, uk, ru):
    assert aligned_fact_findings({"en": [en], "uk": [uk], "ru": [ru]}) == []


def test_a_live_report_s_line_opens_after_its_minute():
    assert "Червона" not in [n for n, _ in names("🟥 90+3' Червона картка в Марка Бойчука з «Руху».", "uk")]


def test_a_route_of_two_places_names_each():
    assert [v for _, v in names("Dnipro-Ivano-Frankivsk – 9,400;", "en")] == ["dnipro", "ivano-frankivsk"]


def test_saints_by_their_epithets():
    assert names("6 грудня — свт. Миколая Чудотворця (19 грудня);", "uk") == [
        ("Миколая Чудотворця", "nicholas-the-wonderworker")]
    assert names("December 6 – St Nicholas the Wonderworker (December 19);", "en")[-1][1] == (
        "nicholas-the-wonderworker")


def test_the_commission_is_the_european_commission_said_again(tmp_path):
    assert written_story_findings(
        tmp_path,
        en="EU adopts Erasmus+ programme\n\nThe European Commission adopted the programme. "
           "The Commission said 5.3 billion euros would go to mobility.",
        uk="ЄС ухвалив програму Erasmus+\n\nЄврокомісія ухвалила програму. "
           "У Єврокомісії заявили, що на мобільність спрямують 5,3 млрд євро.",
        ru="ЕС принял программу Erasmus+\n\nЕврокомиссия приняла программу. "
           "В Еврокомиссии заявили, что на мобильность направят 5,3 млрд евро.") == []


# --- datelines, bylines and furniture -------------------------------------------------------------------------------

@pytest.mark.parametrize("text,lang", [
    ("БРЮССЕЛЬ. Бельгійська митниця вилучила 8,2 тонни кокаїну.", "uk"),
    ("ПАРИЖ. Четверо мужчин ограбили ювелирный магазин.", "ru"),
])
def test_a_dateline_of_a_place_alone_opens_its_sentence(text, lang):
    assert split_sentences(text, lang) == [text]


@pytest.mark.parametrize("line", [
    "Рейчел Фінч, кримінальна кореспондентка", "Рейчел Финч, криминальный корреспондент",
    "Hannah Price, science correspondent", "By ROBERT KESSLER AP Science Writer", "Wed 2 Dec 2026 16.00 GMT",
    "За матеріалами The Guardian", "По материалам The Guardian",
    "For further information, please contact ESA Media Relations: media@esa.int",
])
def test_bylines_stamps_credits_and_contacts_are_furniture(line):
    last = "Ukraine and Japan have met twice."
    assert strip_chrome(f"{last}\n\n{line}")[0].strip() == last


@pytest.mark.parametrize("text", [
    "Рейчел Фінч, кримінальна кореспондентка, написала книгу про шахраїв.",
    "Hannah Price, science correspondent at the Guardian, said the galaxy was the most distant yet.",
])
def test_a_correspondent_named_in_a_sentence_is_no_byline(text):
    assert strip_chrome(text)[0] == text


# --- and what each must leave alone ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text,lang", [("NATO. Друге речення.", "uk"), ("ВАЖЛИВО. Загинули 12.", "uk"),
                                       ("ZELENSKY ARRIVES IN WASHINGTON.\nPresident Zelensky arrived.", "en")])
def test_capitals_that_name_no_place_are_no_dateline(text, lang):
    assert len(split_sentences(text, lang)) == 2


def test_a_country_opening_a_table_s_row_is_no_dateline():
    assert [f.qualifier for f in extract_facts("США – Канада – 3:2", "uk") if f.kind == "name"] == [None, None]


def test_a_sport_s_group_under_an_age_is_its_group_not_an_age():
    assert [f.qualifier for f in extract_facts("Ukraine's under-21s beat England.", "en") if f.kind == "quantity"] == [
        "age-group"]


def test_a_range_of_years_across_a_century_written_short():
    assert [f[1] for f in facts("the Cold War of 1947-91", "en") if f[0] == "year"] == [1947, 1991]
    assert [f[1] for f in facts("у 1922–91 роках", "uk") if f[0] == "year"] == [1922, 1991]


@pytest.mark.parametrize("text,lang", [("Ліки призначають з 3-го дня лікування.", "uk"),
                                       ("Звіт подають до 10-го дня місяця.", "uk"),
                                       ("Температура падает с 5-го дня болезни.", "ru")])
def test_a_day_s_ordinal_is_no_hour(text, lang):
    assert facts(text, lang, kinds=("time",)) == []


def test_a_headline_in_title_case_is_no_results_line():
    assert facts("Ukraine Gets 2-3 New Patriot Systems\n\nKyiv will get them in spring.", "en", kinds=("score",)) == []


def test_kyiv_said_as_a_place_after_a_time_is_a_place():
    assert [f.qualifier for f in extract_facts("Зустріч почнеться о 10:00 у Києві.", "uk") if f.kind == "name"] == [
        None]


def test_a_quoted_sentence_s_first_name_is_a_name():
    assert "Syrskyi" in [n for n, _ in names('The president said: "Syrskyi made the right decision."', "en")]


def test_so_many_times_more_is_no_share():
    assert ("en", "numbers", "altered", "error") in aligned_fact_findings({
        "en": ["Only 410 pairs remain, a third of the 1,230 counted in 2000."],
        "uk": ["Залишилося 410 пар – утричі більше, ніж у 2000 році, коли їх налічували 1 230."],
        "ru": ["Осталось 410 пар – втрое больше, чем в 2000 году, когда их насчитывали 1 230."]})


def test_an_english_name_keeps_its_letters_however_french_would_read_them():
    assert ("en", "entities", "altered", "error") in aligned_fact_findings({
        "en": ["Ambassador Harold Harris arrived in Kyiv on Monday."],
        "uk": ["Посол Гарольд Рей прибув до Києва в понеділок."],
        "ru": ["Посол Гарольд Рей прибыл в Киев в понедельник."]})


def test_an_institution_by_its_word_alone_does_not_say_whose():
    assert ("en", "entities", "missing", "warning") in aligned_fact_findings({
        "en": ["The Defence Ministry claimed its troops had advanced."],
        "uk": ["Міністерство оборони Росії заявило про просування військ."],
        "ru": ["Министерство обороны России заявило о продвижении войск."]})


def test_a_route_of_many_places_names_each_at_once():
    route = "Kyiv-Lviv-Odesa-Kharkiv-Dnipro-Sumy-Poltava"  # cut only part by part: seven parts cut 64 ways
    assert [v for _, v in names(f"The {route} train", "en")] == [
        "kyiv", "lviv", "odesa", "kharkiv", "dnipro", "sumy", "poltava"]
