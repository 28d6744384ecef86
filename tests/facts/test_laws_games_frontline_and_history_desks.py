"""Habits of the eighteenth and nineteenth sets of newsroom stories, from laws and decrees, gaming and lifestyle,
reconstruction, the front line, education and history desks, each read alike in uk, en and ru: a document's code
after a number sign in either script, a pipe's nominal diameter, numbers written out in words after their digits, a
range of hours a dash joins, a list of games' scores after a colon or in brackets, a game's minutes and seconds, a
rating out of a hundred, a capital K, M or B glued to a figure in any script, a leu without its country, the state's
own acts that English names without the state, a law's translated title, dates in two calendars and in Roman months,
centuries' turns, ranges of decades, grades in words; and what each of these readings must leave alone."""

import pytest

from consistency.stages.facts import extract_facts
from consistency.stages.facts.name_keys import sound_key
from support.facts_story import aligned_fact_findings


def facts(text, lang, kinds=("quantity", "amount", "money", "score", "date", "ordinal", "code", "name", "time")):
    return [(f.kind, f.value) for f in extract_facts(text, lang) if f.kind in kinds]


# --- codes -------------------------------------------------------------------------------------------------------

def test_a_number_sign_s_figure_and_capital_are_one_code_in_either_script():
    # the Cyrillic "А" and "Н" of Ukrainian copy are the Latin letters English writes
    assert (facts("ліцензія №131А", "uk") == facts("the licence No. 131A", "en") == facts("лицензия №131A", "ru")
            == [("name", "~131a")])
    assert facts("нічний автобус № 101Н", "uk") == facts("the night bus No. 101N", "en") == [("name", "~101n")]
    assert facts("ліцей №3", "uk") == facts("lyceum No. 3", "en") == [("ordinal", 3.0)]


def test_a_code_s_letter_hyphened_or_typed_as_its_look_alike():
    assert facts("ліцензію № 131-А", "uk") == facts("General License No. 131A", "en")[-1:] == [("name", "~131a")]
    story = {"en": ["Treasury issued licence No. 131B."], "uk": ["Мінфін видав ліцензію №131В."],
             "ru": ["Минфин выдал лицензию №131B."]}
    assert aligned_fact_findings(story) == []


def test_a_code_s_letter_changed_is_caught():
    story = {"en": ["OFAC extended General License No. 131A."], "uk": ["OFAC продовжило ліцензію №131А."],
             "ru": ["OFAC продлило лицензию №131A."]}
    assert aligned_fact_findings(story) == []
    assert ("en", "entities", "missing", "warning") in aligned_fact_findings(
        {**story, "en": ["OFAC extended General License No. 131B."]})


def test_a_pipe_s_nominal_diameter_is_a_code():
    assert facts("водогін діаметром Ду 1000", "uk") == facts("a DN1000 water main", "en") == [("name", "~dn1000")]


def test_an_act_s_number_is_one_code():
    assert facts("Директива 2011/64/ЄС", "uk") == facts("Directive 2011/64/EU", "en")[-1:] == [("code", "2011/64")]


def test_a_code_with_a_figure_is_a_name_opening_a_sentence_and_in_the_plural():
    assert facts("F-16 pilot Lt. Col. Pavlo Ivashchenko.", "en")[0] == ("name", "~f-16")
    assert facts("Belgium pledged 85 F-16s.", "en")[-1:] == facts("Бельгія пообіцяла 85 F-16.", "uk")[-1:] == [
        ("name", "~f-16")]


# --- numbers and scales ------------------------------------------------------------------------------------------

def test_a_sum_written_out_after_its_digits_is_one_figure():
    said = [("money", 8647.0), ("money", 8647.0)]
    assert facts("8 647 грн (вісім тисяч шістсот сорок сім гривень)", "uk") == said
    assert facts("8 647 грн (восемь тысяч шестьсот сорок семь гривен)", "ru") == said
    assert facts("UAH 8,647 (eight thousand six hundred and forty-seven hryvnias)", "en") == said
    assert [f.value for f in extract_facts("шістсот сім", "uk")] == [607.0]  # the tens' place left empty
    assert facts("двадцять одна тисяча гривень", "uk") == facts("twenty-one thousand hryvnias", "en") == [
        ("money", 21000.0)]
    assert facts("мільйон сорок тисяч гривень", "uk") == [("money", 1040000.0)]
    assert facts("у дві тисячі третьому році", "uk") == [("ordinal", 2003.0)]
    assert [f.value for f in extract_facts("a thousand ten-minute videos", "en")] == [1000.0, 10.0]
    assert [f.value for f in extract_facts("some two million three hundred thousand people", "en")] == [2300000.0]


@pytest.mark.parametrize("lang,text,values", [
    ("uk", "п'ять-шість днів", [5.0, 6.0]),  # a range
    ("en", "between five hundred and six hundred soldiers", [500.0, 600.0]),  # two hundreds
    ("en", "forty and five", [40.0, 5.0]),  # "and" joins what follows hundreds or thousands only
    ("en", "two and three", [2.0, 3.0]),
])
def test_numbers_in_words_that_are_no_one_number(lang, text, values):
    assert [f.value for f in extract_facts(text, lang)] == values


@pytest.mark.parametrize("en,uk", [
    ("The count reached 96K.", "Онлайн досяг 96K."), ("in cities of 50K+", "у містах 50K+"),
    ("38.6K players", "38,6K гравців"), ("48.6M views", "48,6M переглядів"),
])
def test_a_capital_k_m_or_b_glued_to_a_figure_is_its_scale_in_any_script(en, uk):
    assert [f.value for f in extract_facts(en, "en")] == [f.value for f in extract_facts(uk, "uk")] != []


@pytest.mark.parametrize("text", ["a 4K TV", "a 10K run", "color temperature 3000–6000K", "Llama 3.1 70B.",
                                  "the Core i9-14900K", "in seat 14B.", "in seat 14B survived", "an 18K gold ring",
                                  "she won the 10K.", "minibus 219K", "Sichovykh Striltsiv Street, 12K."])
def test_a_capital_that_is_no_scale(text):
    assert all(f.value < 1e4 for f in extract_facts(text, "en") if f.kind == "amount")


def test_a_single_sheet_is_one():
    assert [(f.kind, f.value) for f in extract_facts("The Act takes up a single sheet.", "en")] == [("count", 1.0)]


# --- sums and currencies -----------------------------------------------------------------------------------------

def test_a_leu_without_its_country_is_romania_s_or_moldova_s():
    story = {"en": ["The cheapest ticket costs RON 249."], "uk": ["Найдешевший квиток коштує 249 леїв."],
             "ru": ["Самый дешевый билет стоит 249 леев."]}
    assert aligned_fact_findings(story) == []
    assert ("uk", "numbers", "altered", "error") in aligned_fact_findings(
        {**story, "uk": ["Найдешевший квиток коштує 249 злотих."]})


# --- times, scores and ratings -----------------------------------------------------------------------------------

def test_two_hours_a_dash_joins_share_the_half_of_the_day():
    assert facts("at peak hours (8-11 a.m. and 8-10 p.m.)", "en") == [
        ("time", "08:00"), ("time", "11:00"), ("time", "20:00"), ("time", "22:00")]
    assert facts("at 6–7 o’clock in the morning", "en") == [("time", "06:00")]


def test_the_scores_a_colon_lists_after_a_result_are_scores():
    uk = "обіграли Vitality з рахунком 2:1 за картами: 13:11 на Ancient, 17:19 в овертаймі на Dust2 та 13:8 на Nuke."
    en = "beat Vitality 2-1 on maps: 13-11 on Ancient, 17-19 in overtime on Dust2 and 13-8 on Nuke."
    scores = [("score", "2:1"), ("score", "13:11"), ("score", "17:19"), ("score", "13:8")]
    assert [x for x in facts(uk, "uk") if x[0] == "score"] == [x for x in facts(en, "en") if x[0] == "score"] == scores


def test_the_games_in_brackets_after_the_opponent_are_scores():
    assert [x for x in facts("the team lost 0-2 to HEROIC (9-13, 11-13).", "en") if x[0] == "score"] == [
        ("score", "0:2"), ("score", "9:13"), ("score", "11:13")]
    assert ("score", "5:6") not in facts("Dynamo won 2-1 in Lviv (attendance 5-6 thousand).", "en")


def test_a_list_of_scores_ends_at_a_clock_time():
    assert ("time", "14:00") in facts("Вона виграла 2:0 за сетами: 6:3, 6:4, а наступний матч зіграє о 14:00.", "uk")
    assert ("time", "19:30") in facts("Динамо перемогло 2:1 (матч розпочався о 19:30 у Львові).", "uk")


def test_a_game_s_minutes_and_seconds_against_a_clock_shaped_pair():
    story = {"en": ["The fifth game lasted 58:41; the third, at 71:03, was the longest."],
             "uk": ["П'ята гра тривала 58 хв 41 с; третя, 71 хв 03 с, стала найдовшою."],
             "ru": ["Пятая игра длилась 58 мин 41 с; третья, 71 мин 03 с, стала самой длинной."]}
    assert aligned_fact_findings(story) == []
    assert ("en", "numbers", "altered", "error") in aligned_fact_findings(
        {**story, "en": ["The fifth game lasted 58:41; the third, at 72:03, was the longest."]})
    # a score past a clock's hours stays a score where the others give a score
    score = {"en": ["Falcons won it 41-29 on kills."], "uk": ["Falcons виграли з рахунком 41:29 за вбивствами."],
             "ru": ["Falcons выиграли со счетом 41:29 по убийствам."]}
    assert aligned_fact_findings(score) == []


def test_a_rating_out_of_a_hundred_is_one_fact():
    assert facts("має 91/100 на Metacritic", "uk")[0] == facts("holds 91/100 on Metacritic", "en")[0] == (
        "score", "91:100")
    assert facts("рейтинг 7,8/10", "uk") == facts("a rating of 7.8/10", "en") == [("score", "7.8:10")]
    assert ("amount", 0.2) in facts("1/5 бюджету", "uk")
    # a rating against its figure alone
    story = {"en": ["Ukraine scored 35/100 in the index."], "uk": ["Україна набрала в індексі 35 балів."],
             "ru": ["Украина набрала в индексе 35 баллов."]}
    assert aligned_fact_findings(story) == []


# --- names -------------------------------------------------------------------------------------------------------

def test_the_state_s_own_acts_need_not_name_it_in_english():
    story = {"en": ["By Cabinet of Ministers Order No. 1287-r, the government allocated UAH 1.2 billion."],
             "uk": ["Розпорядженням Кабінету Міністрів України № 1287-р уряд виділив 1,2 млрд грн."],
             "ru": ["Распоряжением Кабинета Министров Украины № 1287-р правительство выделило 1,2 млрд грн."]}
    assert aligned_fact_findings(story) == []
    assert aligned_fact_findings({
        "en": ["The fine is set by Part 5 of Article 407 of the Criminal Code of Ukraine."],
        "uk": ["Штраф встановлює ч. 5 ст. 407 ККУ."], "ru": ["Штраф устанавливает ч. 5 ст. 407 УК Украины."]}) == []


def test_a_law_s_translated_title_names_nobody():
    story = {"en": ['The court found Article 47 of the Law "On Compulsory State Pension Insurance" at odds with the '
                    "Constitution."],
             "uk": ["Суд визнав статтю 47 Закону «Про загальнообов'язкове державне пенсійне страхування» такою, що не "
                    "відповідає Конституції."],
             "ru": ["Суд признал статью 47 Закона «Об общеобязательном государственном пенсионном страховании» не "
                    "соответствующей Конституции."]}
    assert [f for f in aligned_fact_findings(story) if f[1] == "entities" and f[2] == "altered"] == []


def test_a_german_ch_is_the_kh_of_its_transcription():
    assert sound_key("Reich", "en") == sound_key("Райх", "uk")
    assert sound_key("Weinreich", "en") == sound_key("Вайнрайх", "uk")
    # not after "o", where English names keep a "k" ("Murdoch" / "Мердок")
    assert sound_key("Murdoch", "en") == sound_key("Мердок", "uk")
    # an English "ch" stays the "ч" of its transcription
    assert sound_key("Rich", "en") == sound_key("Річ", "uk") != sound_key("Райх", "uk")


def test_ocha_in_every_language():
    assert facts("said the UN Office for the Coordination of Humanitarian Affairs (OCHA)", "en")[-1] == (
        "name", "ocha")
    assert facts("повідомило УКГС ООН", "uk") == facts("сообщило УКГВ ООН", "ru") == [("name", "ocha")]


# --- dates -------------------------------------------------------------------------------------------------------

def test_a_date_in_two_calendars_gives_both_days():
    assert facts("9 (22) січня 1918 року", "uk") == [("date", "1918-01-09"), ("date", "1918-01-22")]
    assert facts("January 9 (22), 1918", "en") == [("date", "1918-01-09"), ("date", "1918-01-22")]
    story = {"en": ["On January 22, 1918 (January 9, Old Style), the Rada adopted the Fourth Universal."],
             "uk": ["9 (22) січня 1918 року Рада ухвалила IV Універсал."],
             "ru": ["9 (22) января 1918 года Рада приняла IV Универсал."]}
    assert aligned_fact_findings(story) == []
    # the New Style's day, the one an edition gives alone, is no weaker than any date
    assert ("ru", "dates", "altered", "error") in aligned_fact_findings(
        {**story, "ru": ["9 (23) января 1918 года Рада приняла IV Универсал."]})


def test_a_month_in_roman_numerals():
    assert facts("протокол від 2.IV.1935", "uk") == facts("the record of April 2, 1935", "en") == [
        ("date", "1935-04-02")]
    assert facts("від 12.ХІІ.2024", "uk") == [("date", "2024-12-12")]


def test_the_turn_of_a_century_is_the_end_of_the_one_before():
    assert facts("на межі XIX–XX століть", "uk") == facts("at the turn of the 20th century", "en") == [
        ("date", "C19"), ("date", "C20")]


def test_a_range_of_decades_marked_once():
    assert facts("датують 1120–1140-ми роками", "uk") == facts("date to the 1120s–1140s", "en") == [
        ("date", "1120s"), ("date", "1140s")]


def test_a_millennium_in_roman_numerals_counts():
    assert facts("у IV тис. до н. е.", "uk") == [("ordinal", 4)]


def test_a_centenary_is_the_hundredth_anniversary():
    story = {"en": ["It opens for the centenary of the building."], "uk": ["Його відкриють до 100-річчя будинку."],
             "ru": ["Его откроют к 100-летию дома."]}
    assert aligned_fact_findings(story) == []


# --- ordinals ----------------------------------------------------------------------------------------------------

def test_a_grade_s_pupil_is_an_ordinal():
    assert facts("десятикласниця Анастасія", "uk")[0] == facts("10th-grader Anastasiia", "en")[0] == ("ordinal", 10.0)
    assert facts("11-класник", "uk") == [("ordinal", 11.0)]


def test_an_order_s_class_after_its_name_in_quotes():
    assert facts("орденом «За мужність» I ступеня — 4", "uk")[0] == ("ordinal", 1)


def test_an_ordinal_in_words_of_a_tranche_is_a_fact():
    story = {"en": ["The EIB disbursed a second tranche of €50m."], "uk": ["ЄІБ перерахував другий транш €50 млн."],
             "ru": ["ЕИБ перечислил второй транш €50 млн."]}
    assert aligned_fact_findings(story) == []
    assert ("uk", "numbers", "altered", "error") in aligned_fact_findings(
        {**story, "uk": ["ЄІБ перерахував третій транш €50 млн."]})
