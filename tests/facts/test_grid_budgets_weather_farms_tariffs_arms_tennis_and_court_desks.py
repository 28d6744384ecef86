"""Habits of the thirty-fourth to thirty-seventh sets of newsroom stories, from the power grid, city budgets, the
weather, farm exports, energy tariffs, arms procurement, tennis and cycling, migration and the courts, each read alike
in uk, en and ru: a currency after a country's adjective no entry names, a pound sterling said once in a paragraph, a
set's tie-break by the loser's points, a match tie-break in square brackets, a list of sets opened by the loser's, the
day's end as "24:00", a range of wire times in GMT, a rider's gap, a measure hyphened in two parts, the distance of an
hour, a match's format by the sets it takes, a ranking's top hundred, a table's heading that gives its figures'
scale, surnames a stem apart, a people's noun before a name, Romanian, French and German spellings, rows of a draw,
of stages and of prizes, datelines with an agency in brackets or a country alone, a press office's signature, a unit's
symbol in brackets; and what each must leave alone."""

import pytest

from consistency.stages.align.anchors import extract_anchors
from consistency.stages.facts import extract_facts
from consistency.stages.facts.name_keys import same_name, surnames_apart
from consistency.stages.load.chrome import strip_chrome
from consistency.stages.segment import split_sentences
from support.facts_story import aligned_fact_findings, written_story_findings


def facts(text, lang, kinds=("quantity", "amount", "money", "time", "date", "score", "count", "ordinal")):
    return [(f.kind, f.value, f.unit) for f in extract_facts(text, lang) if f.kind in kinds]


def names(text, lang):
    return [f.text for f in extract_facts(text, lang) if f.kind == "name"]


# --- money ----------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,lang,unit", [
    ("квитки коштуватимуть від 695 датських крон", "uk", "DKK"),
    ("у Чехії — 9,4 млн польських злотих", "uk", "PLN"),
    ("в Чехии — 9,4 млн польских злотых", "ru", "PLN"),
    ("билеты от 695 фарерских крон", "ru", "SEK|NOK|DKK|ISK|CZK"),
    ("5 млн ісландських крон", "uk", "ISK"),
    ("500 млн украинских гривен", "ru", "UAH"),
    ("a 2.1 billion Danish crowns package", "en", "DKK"),
    ("500 Faroese krónur", "en", "SEK|NOK|DKK|ISK|CZK"),
    ("5 million Icelandic crowns", "en", "ISK"),
    ("111,5 млн американских долларов", "ru", "USD"),
    ("отримуватиме щонайменше 7 037,52 зл. на місяць", "uk", "PLN"),
])
def test_a_currency_after_a_country_s_adjective(text, lang, unit):
    assert [f[2] for f in facts(text, lang) if f[0] == "money"] == [unit]


@pytest.mark.parametrize("text,lang", [
    ("від 200 сінгапурських доларів", "uk"), ("from 200 Singapore dollars", "en"),
    ("понад 200 пакистанських рупій", "uk"), ("около 200 сирийских лир", "ru"), ("200 африканських левів", "uk"),
])
def test_a_currency_of_one_country_after_another_s_adjective_is_no_currency_read(text, lang):
    # a dollar, a rupee, a lira of a country no entry names is another currency, and "левів" may be lions
    assert [f[:2] for f in facts(text, lang)] == [("amount", 200.0)]


def test_crowns_won_are_no_money():
    assert not facts("She has won 2 Olympic crowns and 3 European crowns.", "en", kinds=("money",))


def test_crowns_of_another_country_are_a_changed_currency():
    found = aligned_fact_findings({"en": ["Tickets start at DKK 695 (about UAH 4,500)."],
                                   "uk": ["Квитки коштуватимуть від 695 датських крон (близько 4 500 грн)."],
                                   "ru": ["Билеты будут стоить от 695 шведских крон (около 4 500 грн)."]})
    assert ("ru", "numbers", "altered", "error") in found


def test_a_paragraph_that_names_the_pound_sterling_makes_its_bare_pounds_money():
    paragraph = ("Бондар брав із 212 людей від 450 до 1 200 фунтів стерлінгів з кожного за оформлення заяв "
                 "за програмою Homes for Ukraine і за продовження віз – загалом 186 400 фунтів.")
    assert ("money", 186400.0, "GBP") in facts(paragraph, "uk")
    # a pound in another paragraph stays a weight
    other = ("Ціни в Лондоні у фунтах стерлінгів.\n\nТренер, який готує спортсменів до сезону вже п'ятий рік поспіль, "
             "розповів, що він схуд на ")
    assert ("quantity", 50.0, "lb") in facts(other + "50 фунтів.", "uk")
    # nor a weight its own measure's words stand by, however near the sterling ("on the scales")
    weigh_in = "Усик показав на вагах 223 фунти, а гонорар становить 190 млн фунтів стерлінгів."
    assert ("quantity", 223.0, "lb") in facts(weigh_in, "uk")
    # a price per kilogram stays a price
    assert ("money", 12.0, "GBP") in facts("Ціна яловичини у Британії зросла до 12 фунтів за кілограм.", "uk")


# --- scores ---------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,scores", [
    ("Svitolina won 7-6(5), 6-4.", ["7:6", "7:5", "6:4"]),
    ("she lost 6-4, 7-6 (3) to Iga Swiatek", ["6:4", "7:6", "7:3"]),
    ("won 7-6(2), 6-7(6), 7-6(8)", ["7:6", "7:2", "6:7", "6:8", "7:6", "10:8"]),
    ("A typical scoreline looks like 4-2, 3-4(5), 4-1.", ["4:2", "3:4", "5:7", "4:1"]),
    ("Fils won 4-3(6), 4-2.", ["4:3", "8:6", "4:2"]),
])
def test_a_set_s_tie_break_by_the_loser_s_points(text, scores):
    assert [f[1] for f in facts(text, "en") if f[0] == "score"] == scores


def test_a_tie_break_written_in_full_is_the_same_score():
    assert aligned_fact_findings({"en": ["Svitolina won 7-6(5), 6-7(8), 6-4 in Madrid."],
                                  "uk": ["Світоліна виграла в Мадриді 7:6 (7:5), 6:7 (8:10), 6:4."]}) == []
    found = aligned_fact_findings({"en": ["Svitolina won 7-6(5), 6-4 in Madrid."],
                                   "uk": ["Світоліна виграла в Мадриді 7:6 (7:3), 6:4."],
                                   "ru": ["Свитолина выиграла в Мадриде 7:6 (7:5), 6:4."]})
    assert ("uk", "numbers", "altered", "error") in found


def test_a_match_tie_break_in_square_brackets_is_a_score_no_clock_time():
    assert [f[:2] for f in facts("і поступилася 5:7, 6:4, [8:10].", "uk")] == [
        ("score", "5:7"), ("score", "6:4"), ("score", "8:10")]


def test_a_results_line_opened_by_the_set_its_player_lost():
    assert [f[1] for f in facts("R2 – Anna Bondár (Hungary) 4-6, 6-3, 7-6(3)", "en") if f[0] == "score"] == [
        "4:6", "6:3", "7:6", "7:3"]
    # two figures and a dash alone are no score: "4-6" players, no list of sets after it
    assert not [f for f in facts("The squad has 4-6 players injured.", "en") if f[0] == "score"]


@pytest.mark.parametrize("text,seeds,lang", [("Jeanjean will play top seed Elise Mertens.", 1, "en"),
                                             ("Вона посіяна під 1-м номером.", 1, "uk")])
def test_a_draw_s_top_seed_is_its_first(text, seeds, lang):
    assert ("ordinal", float(seeds), None) in facts(text, lang)


def test_a_match_s_format_by_the_sets_it_takes_to_win():
    assert aligned_fact_findings({"en": ["All matches are best of three sets."],
                                  "uk": ["Усі матчі – до двох виграних сетів."],
                                  "ru": ["Все матчи – до двух выигранных сетов."]}) == []


def test_a_match_s_format_closing_a_sentence():
    assert aligned_fact_findings({"en": ["All matches at the tournament are best of three."],
                                  "uk": ["Усі матчі турніру – до двох виграних сетів."]}) == []


def test_the_best_of_three_proposals_is_three():
    assert aligned_fact_findings({"en": ["The committee chose the best of three proposals."],
                                  "uk": ["Комісія обрала найкращу з трьох пропозицій."],
                                  "ru": ["Комиссия выбрала лучшее из трех предложений."]}) == []


def test_a_ranking_s_top_hundred():
    assert aligned_fact_findings({"en": ["We have two players in the top 100."],
                                  "uk": ["У нас два гравці першої сотні."],
                                  "ru": ["У нас два игрока первой сотни."]}) == []


# --- times and measures ---------------------------------------------------------------------------------------------

def test_the_day_s_end_is_its_midnight():
    assert aligned_fact_findings({"en": ["Queue 2: 10 a.m.-2 p.m., 10 p.m.-midnight"],
                                  "uk": ["2 черга: 10:00–14:00, 22:00–24:00"]}) == []
    assert ("time", "00:00", None) in facts("з 20:00 до 24:00", "uk")
    assert ("time", "00:00", None) not in facts("о 24:30 за тихоокеанським", "uk")


def test_a_line_s_label_before_a_clock_time_is_no_score():
    assert facts("🔹 Queue 5 — 4 a.m. to 8 a.m.;", "en")[:2] == [("amount", 5.0, None), ("time", "04:00", None)]


def test_a_range_of_wire_times_in_gmt():
    assert [f for f in facts("between 5 p.m. and 8 p.m. local time (1600-1900 GMT)", "en") if f[2] == "GMT"] == [
        ("time", "16:00", "GMT"), ("time", "19:00", "GMT")]


def test_a_rider_s_gap_behind_the_winner():
    assert facts("відставання +0:08", "uk") == [("quantity", 8.0, "s")]
    # a time zone's offset is no gap and no clock time
    for offset in ("(UTC+3:00)", "(UTC +3:00)", "(GMT+03:00)", "(UTC+3)"):
        assert facts(f"The talks start at 14:00 {offset}.", "en") == [("time", "14:00", None)]
    assert aligned_fact_findings({"en": ["2nd on Stage 4, 8 seconds down"],
                                  "uk": ["2-ге місце на 4-му етапі, відставання +0:08"]}) == []


def test_a_measure_hyphened_in_two_parts():
    assert aligned_fact_findings({"en": ["She closed out the 1-hour-52-minute final."],
                                  "uk": ["Вона завершила фінал, що тривав 1 годину 52 хвилини."]}) == []
    # a code's figure after its letters and a hyphen stays a code's ("AIM-9")
    assert not facts("an AIM-9 missile", "en")


def test_the_distance_of_an_hour_is_its_speed():
    assert aligned_fact_findings({"en": ["Hordiienko covered 46.812 km in an hour."],
                                  "uk": ["Гордієнко проїхала 46,812 км за годину."]}) == []


def test_a_speed_s_symbol_is_no_distance():
    found = aligned_fact_findings({"en": ["The drone flew 150 km before it was shot down."],
                                   "uk": ["Дрон летів зі швидкістю 150 км/год, поки його не збили."],
                                   "ru": ["Дрон пролетел 150 км, пока его не сбили."]})
    assert ("uk", "numbers", "altered", "error") in found


@pytest.mark.parametrize("text,lang", [("dropped to 9 degrees Fahrenheit (minus 13 Celsius)", "en"),
                                       ("знизилася до 9 градусів за Фаренгейтом (мінус 13 за Цельсієм)", "uk"),
                                       ("опустилась до 9 градусов по Фаренгейту (минус 13 по Цельсию)", "ru")])
def test_a_temperature_by_its_scale_s_name_alone(text, lang):
    assert [f for f in facts(text, lang) if f[2] == "C"] == [("quantity", -13.0, "C")]
    assert not names(text, lang)


def test_a_celsius_letter_after_decimals_needs_no_cue():
    assert facts("The previous record of 18.9C was set in 1989.", "en")[0] == ("quantity", 18.9, "C")
    assert ("quantity", 28.0, "C") in facts("Sunday will be milder, with a top of 28C in Penrith.", "en")


def test_a_range_of_days_compared_with_a_month():
    assert aligned_fact_findings({"en": ["Sales rose from November 1 to 30 compared with October."],
                                  "uk": ["Продажі з 1 по 30 листопада зросли порівняно з жовтнем."]}) == []


def test_a_price_table_s_unchanged():
    assert aligned_fact_findings({"en": ["feed barley – 218-221 (unch.)."],
                                  "uk": ["ячмінь фуражний – 218–221 (0)."]}) == []


# --- a table's heading ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("table,lang,values", [
    ("Найбільше українців прихистили такі країни (тис. осіб):\n\nНімеччина – 1 226,6\nПольща – 998,3\n\n"
     "За рік – 4,1 тис.", "uk", [1226600.0, 998300.0, 4100.0]),
    # the paragraph after the list is no row of it: its figure keeps its own scale
    ("Main spending items by programme (UAH '000):\nRoads – 96,418.2\nSchools – 58,230.0\n\nIn all, 4.1 thousand.",
     "en", [96418200.0, 58230000.0, 4100.0]),
])
def test_a_heading_gives_its_list_s_scale(table, lang, values):
    assert [f[1] for f in facts(table, lang)] == values


def test_a_heading_with_no_colon_over_rows_with_no_dash():
    # only a row's last figure: "Group 1" names the row
    assert [f[1] for f in facts("Hosts (thousands)\nGermany 1,226.6\nGroup 1 – 226.6", "en", kinds=("amount",))] == [
        1226600.0, 1.0, 226600.0]


@pytest.mark.parametrize("text,lang,values", [
    ("Країни (за даними УВКБ ООН):\nНімеччина – 1 226,6", "uk", [1226.6]),
    # a headline's bracket is no table's heading, and a paragraph no table's rows
    ("Number of Ukrainians in Poland rises (to 1 million)\n\nIt rose by 50,000 to 998,000 in a year.", "en",
     [1000000.0, 50000.0, 998000.0]),
])
def test_figures_under_a_heading_of_no_scale_are_as_written(text, lang, values):
    assert [f[1] for f in facts(text, lang)] == values


def test_a_scaled_table_matches_the_figures_written_in_full():
    # each row a sentence of its own, as the story's reader takes them, the heading's scale still theirs
    assert aligned_fact_findings({
        "uk": ["Найбільше українців прихистили такі країни (тис. осіб):", "Німеччина – 1 226,6", "Польща – 998,3"],
        "en": ["The countries hosting the most Ukrainians:", "Germany – 1,226,600", "Poland – 998,300"]}) == []


# --- names ----------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("a,b", [("~dmitr|~shevkhenk", "~dmitr|~savkhenk"), ("~dmitr|~shevkhuk", "~dmitr|~savkhuk")])
def test_surnames_a_stem_apart_are_two_people(a, b):
    assert surnames_apart(a, b) and not same_name(a, b)


@pytest.mark.parametrize("a,b", [("~hrihorenk", "~grigorenk"), ("~sabalenk", "~sobolenk"), ("~kovalenk", "~kovalenk")])
def test_one_surname_transcribed_is_no_two(a, b):
    assert not surnames_apart(a, b)


def test_a_surname_swapped_for_one_a_stem_apart_is_caught():
    found = aligned_fact_findings({"en": ["Dmytro Savchenko moved to Stuttgart in 2021."],
                                   "uk": ["Дмитро Шевченко переїхав до Штутгарта у 2021 році."],
                                   "ru": ["Дмитрий Савченко переехал в Штутгарт в 2021 году."]})
    assert ("uk", "entities", "altered", "error") in found


@pytest.mark.parametrize("text,name", [("He saved two match points against Frenchman Arthur Cazaux.", "Arthur Cazaux"),
                                       ("The Spaniard beat Briton Jack Draper.", "Jack Draper")])
def test_a_people_s_noun_before_a_name_is_no_part_of_it(text, name):
    assert names(text, "en") == [name]


@pytest.mark.parametrize("en,uk", [
    ("In the final she beat Elsa Jacquemot.", "У фіналі вона обіграла Ельзу Жакмо."),
    ("He saved two match points against Arthur Cazaux.", "Він відіграв два матчболи в Артура Казо."),
    ("Meteorologist Markus Böttcher said the record fell.", "Метеоролог Маркус Беттхер сказав, що рекорд упав."),
    ("Energy minister Viorel Ciobanu said imports rose.", "Міністр енергетики Віорел Чобану сказав, що імпорт зріс."),
])
def test_french_german_and_romanian_names_as_ukrainian_copy_writes_them(en, uk):
    assert aligned_fact_findings({"en": [en], "uk": [uk]}) == []


@pytest.mark.parametrize("en,uk", [
    ("The Energy Information Administration said prices rose.",
     "Управління енергетичної інформації (EIA) заявило, що ціни зросли."),
    ("The U.S. Department of Agriculture's office lowered its forecast.",
     "Представництво Міністерства сільського господарства США (USDA) знизило прогноз."),
    ("The National Weather Service issued a warning.", "Національна метеорологічна служба США оголосила попередження."),
    ("The National Weather Service issued a warning.", "Національна служба погоди вже оголосила попередження."),
    ("Arctic air plunged much of the Midwest into a freeze.", "Арктичне повітря скувало морозом Середній Захід США."),
    ("The Met Office issued amber warnings.",
     "Метеорологічна служба Великої Британії (Met Office) оголосила помаранчеві попередження."),
    ("Demand in NSW peaked at 14,312 megawatts.", "Попит у Новому Південному Уельсі сягнув піку в 14 312 МВт."),
    ("The pressure is shifting to the Mediterranean.", "Навантаження зміщується на Середземномор'я."),
    ("Each costs less than a missile, the MoD said.", "Кожен коштує менше за ракету, повідомили в Міноборони."),
    ("Most applications were lodged by Afghans.", "Найбільше заяв подали громадяни Афганістану."),
    ("She will start in Auckland, New Zealand.", "Вона розпочне сезон у новозеландському Окленді."),
    ("It will cover the State Border Guard Service.", "Це охопить Держприкордонслужбу."),
])
def test_institutions_and_places_as_each_language_names_them(en, uk):
    assert aligned_fact_findings({"en": [en], "uk": [uk]}) == []


def test_a_unit_s_symbol_in_brackets_is_no_name():
    assert names("prices jumped to 1,920 zlotys per megawatt hour (MWh), the highest since 2022", "en") == []


def test_a_name_swapped_in_a_headline_is_still_caught(tmp_path):
    assert ("en", "entities", "missing", "warning") in written_story_findings(
        tmp_path,
        en="Shakhtar to face Bayern in Gelsenkirchen\n\nThe match at the Volksparkstadion in Hamburg kicks off at "
           "10 p.m.\n",
        uk="Шахтар зіграє з Баварією в Гамбурзі\n\nМатч на «Фолькспаркштадіоні» в Гамбурзі почнеться о 22:00.\n",
        ru="Шахтер сыграет с Баварией в Гамбурге\n\nМатч на «Фолькспаркштадионе» в Гамбурге начнется в 22:00.\n")


# --- segmenting and furniture ---------------------------------------------------------------------------------------

def test_each_row_of_a_draw_is_a_sentence_of_its_own():
    draw = "Повна сітка кваліфікації:\nУкраїна – Японія\nКазахстан – Румунія\nІспанія – Бразилія"
    assert split_sentences(draw, "uk") == ["Повна сітка кваліфікації:", "Україна – Японія", "Казахстан – Румунія",
                                           "Іспанія – Бразилія"]


@pytest.mark.parametrize("rows,lang", [
    (["1-й етап, вівторок, 19 січня: Танунда – Танунда, 141,2 км",
      "2-й етап, середа, 20 січня: Норвуд – Юрайдла, 132,4 км"], "uk"),
    (["1-ше місце – $500 000", "3–4-те місця – по $80 000", "5–8-ме місця – по $45 000"], "uk"),
    (["1st place – $500,000", "3rd-4th places – $80,000 each", "5th-8th places – $45,000 each"], "en"),
])
def test_each_row_of_stages_or_prizes_is_a_sentence_of_its_own(rows, lang):
    assert split_sentences("\n".join(rows), lang) == rows


def test_two_lines_of_prose_opened_by_figures_stay_prose():
    text = "5 грудня відбулося засідання ради, на якому\n12 депутатів проголосували за бюджет."
    assert len(split_sentences(text, "uk")) == 1


@pytest.mark.parametrize("paragraph,lang", [
    ("КАРТАГО (Коста-Рика). Українець Микита Бойко в неділю виграв 7-й етап.", "uk"),
    ("ВАРШАВА, 4 декабря (Reuters) — Польский оператор PSE попросил сократить потребление.", "ru"),
])
def test_a_dateline_with_its_country_alone_or_its_agency_in_brackets(paragraph, lang):
    assert split_sentences(paragraph, lang) == [paragraph]


def test_the_first_word_after_an_agency_in_brackets_opens_the_story():
    text = "ВАРШАВА, 4 грудня (Reuters) — Польський оператор PSE у п'ятницю звернувся до споживачів."
    assert "Польський" not in names(text, "uk")


@pytest.mark.parametrize("text,lang", [("Найдорожче – біля ст. м. «Лук'янівська» та «Палац спорту».", "uk"),
                                       ("Дороже всего – у ст. м. «Лукьяновская».", "ru")])
def test_a_metro_station_s_abbreviation_ends_no_sentence(text, lang):
    assert split_sentences(text, lang) == [text]


@pytest.mark.parametrize("line", ["ITF Media Office", "Press Service of the Ministry of Energy",
                                  "Прес-служба Міністерства оборони України",
                                  "Пресс-служба Министерства обороны Украины"])
def test_a_press_office_s_signature_is_furniture(line):
    last = "Ukraine and Japan have met twice."
    assert strip_chrome(f"{last}\n\n{line}")[0].strip() == last


@pytest.mark.parametrize("text", ["Ukraine and Japan have met twice.\n\nThe ITF Media Office said the draw was fair.",
                                  "Прес-служба ЗСУ повідомила про 45 збитих дронів\n\nДрони летіли з півдня.",
                                  "Пресс-служба ВСУ сообщила о сбитых дронах\n\nДроны летели с юга."])
def test_an_office_named_in_a_sentence_or_a_headline_is_no_furniture(text):
    assert strip_chrome(text)[0] == text


# --- alignment ------------------------------------------------------------------------------------------------------

def test_a_sum_with_its_scale_word_anchors_to_the_sum_written_in_full():
    assert extract_anchors("— Ви заробили за сезон $412 тис. призових.", "uk").numbers == ("412000",)
    assert extract_anchors("You earned $412,000 in prize money.", "en").numbers == ("412000",)
    # a letter after a figure is as often a unit's: "5 m" stays 5
    assert extract_anchors("a 5 m wall", "en").numbers == ("5",)
