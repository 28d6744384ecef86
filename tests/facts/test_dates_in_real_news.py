"""Dates as outlets the tool was not tuned on write them: numeric dates whose order only the story shows,
Roman-numeral centuries, decades, two days or two years in one phrase, a month named alone."""

import datetime as dt

import pytest

from consistency.checks.facts import FactsCheck
from consistency.checks.facts.relations import relation, rival
from consistency.errors import StoryError
from consistency.model import Fact
from consistency.pipeline import check_story
from consistency.stages.facts import extract_facts, read_story_facts
from consistency.stages.facts.dates import roman_value
from consistency.stages.load.story_toml import read_story_toml
from support.facts_story import story_analysis
from support.story_cli import write_story


def dates(text, lang, **kw):
    return [f.value for f in extract_facts(text, lang, **kw) if f.kind in ("date", "year")]


def quiet(editions) -> bool:
    """No finding above info on the story."""
    return [f for f in FactsCheck()(read_story_facts(story_analysis(editions))).findings if f.severity != "info"] == []


def errors(editions, **kw):
    result = FactsCheck()(read_story_facts(story_analysis(editions, **kw)))
    return sorted((f.check, f.edition, f.kind) for f in result.findings if f.severity == "error")


# --- numeric dates: the order comes from the story, not from the language -------------------------------

@pytest.mark.parametrize("lang, text", [("uk", "з понеділка 4. 4. 2022 року"), ("en", "from Monday, 4. 4.2022,"),
                                        ("ru", "с 4.4. 2022 года")])
def test_a_numeric_date_spaced_after_its_full_stops_is_one_date(lang, text):
    assert dates(text, lang) == ["2022-04-04"]


@pytest.mark.parametrize("lang", ["en", "uk", "ru"])
def test_a_day_above_12_reads_one_way_in_every_language(lang):
    assert dates("14.03.2024", lang) == ["2024-03-14"]
    assert dates("03/14/2024", lang) == ["2024-03-14"]


def test_an_ambiguous_date_takes_the_order_another_date_of_its_notation_shows():
    assert dates("from 10/11/22 to 14/11/22", "en") == ["2022-11-10", "2022-11-14"]
    assert dates("from 10/11/22 to 10/14/22", "uk") == ["2022-10-11", "2022-10-14"]
    # a date in dots says nothing of dates in slashes: the locale's order is left
    assert dates("10/11/22, then 14.11.2022", "en") == ["2022-10-11", "2022-11-14"]


def test_an_ambiguous_date_takes_the_order_of_the_same_date_written_in_words():
    assert dates("Signed on 10/11/22 (10 November 2022).", "en") == ["2022-11-10", "2022-11-10"]


def test_a_declared_order_reads_the_ambiguous_dates():
    assert dates("10/11/22", "en", date_order="dmy") == ["2022-11-10"]
    assert dates("10.11.22", "uk", date_order="mdy") == ["2022-10-11"]
    assert dates("14.03.2024", "en", date_order="mdy") == ["2024-03-14"]  # only one order makes a date


def test_a_date_written_alike_in_every_edition_is_no_alteration():
    assert errors({"en": ["The briefing of 10.04.2022 was held in Kyiv."],
                   "uk": ["Брифінг 10.04.2022 відбувся у Києві."]}) == []
    assert errors({"en": ["Signed on 10/11/22 in Kyiv."], "uk": ["Підписано 10/11/22 у Києві."],
                   "ru": ["Подписано 10/11/22 в Киеве."]}) == []
    assert errors({"en": ["Signed on 14.03.2024 in Kyiv."], "uk": ["Підписано 14.03.2024 у Києві."]}) == []
    # the same digits in another notation
    assert errors({"en": ["Signed on 10/11/22 in Kyiv."], "uk": ["Підписано 10.11.2022 у Києві."]}) == []


def test_a_numeric_date_copied_into_the_english_edition_passes_the_whole_pipeline(tmp_path):
    story = {"uk.txt": "Брифінг радника Офісу Президента (10.04.2022).\n\nРадник розповів про оборону міста.\n",
             "en.txt": "Briefing by the adviser to the Office of the President (10.04.2022).\n\nThe adviser spoke about the city's defence.\n"}
    assert _date_errors(write_story(tmp_path / "briefing", story)) == []
    changed = {**story, "en.txt": story["en.txt"].replace("10.04.2022", "11.04.2022")}
    assert _date_errors(write_story(tmp_path / "changed", changed)) == [("en", "altered"), ("uk", "altered")]


def test_the_other_editions_dates_in_words_say_how_the_english_one_reads():
    assert errors({"en": ["Signed on 10/11/22 in Kyiv."], "uk": ["Підписано 10 листопада 2022 року у Києві."],
                   "ru": ["Подписано 10 ноября 2022 года в Киеве."]}) == []
    # the day-first writing the story shows elsewhere outweighs a date in words that disagrees
    assert errors({"en": ["Signed on 10/11/22 in Kyiv.", "Talks began on 14/03/22."],
                   "uk": ["Підписано 11 жовтня 2022 року у Києві.", "Переговори почалися 14 березня 2022 року."]},
                  original="en") == [("dates", "uk", "altered")]


def test_two_facts_written_alike_are_never_rivals_whatever_each_language_reads():
    en = Fact("date", "2022-10-11", "10/11/22", 0, 8)
    uk = Fact("date", "2022-11-10", "10/11/22", 0, 8)
    assert relation(en, uk) == "equal" and rival(en, uk) is None
    hyphen, dash = Fact("date", "--12-05", "5-6 грудня", 0, 10), Fact("date", "--12-06", "5 – 6\u00a0грудня", 0, 12)
    assert relation(hyphen, dash) == "equal" and rival(hyphen, dash) is None
    assert rival(en, Fact("date", "2022-11-12", "12/11/22", 0, 8)) == "date"


def test_story_toml_date_order_settles_what_nothing_in_the_story_shows(tmp_path):
    files = {"en.txt": "The treaty was signed on 10/11/22 in Kyiv.\n", "uk.txt": "Договір підписано 11 жовтня 2022 року у Києві.\n"}
    assert _date_errors(write_story(tmp_path / "words", files)) == []  # read as the uk date says
    declared = write_story(tmp_path / "declared", {**files, "story.toml": 'date_order = "dmy"\n'})
    assert _date_errors(declared) == [("en", "altered"), ("uk", "altered")]


def test_story_toml_refuses_an_unknown_date_order(tmp_path):
    folder = write_story(tmp_path / "s", {"en.txt": "x\n", "story.toml": 'date_order = "ymd"\n'})
    with pytest.raises(StoryError, match="date_order"):
        read_story_toml(folder)


def _date_errors(folder):
    report = check_story(folder, translator="none", embeddings=False, checks=("facts", "alignment"))
    return sorted((f.edition, f.kind) for f in report.findings if f.check == "dates" and f.severity == "error")


# --- centuries and decades -------------------------------------------------------------------------------

@pytest.mark.parametrize("lang,text,value", [
    ("ru", "собор XVII в.", "C17"), ("uk", "у XIX ст.", "C19"), ("ru", "в начале XX века", "C20"),
    ("uk", "XXI століття", "C21"), ("uk", "у ХІХ столітті", "C19"),  # Cyrillic Х and І
    ("uk", "кінця 19-го століття", "C19"), ("ru", "в 19-м веке", "C19"), ("uk", "у XX-му столітті", "C20"),
    ("en", "the 17th century", "C17"), ("en", "a 19th-century church", "C19"), ("en", "the nineteenth century", "C19"),
])
def test_a_century_is_one_date_however_it_is_written(lang, text, value):
    assert dates(text, lang) == [value]


def test_centuries_in_a_range_and_roman_numerals_that_are_no_century():
    assert dates("у XVII–XVIII ст.", "uk") == ["C17", "C18"]
    assert dates("the 17th and 18th centuries", "en") == ["C17", "C18"]
    assert dates("Людовик XIV и Пётр I", "ru") == []
    assert dates("аккумулятор на 12 В.", "ru") == []  # volts, not a century
    assert dates("додати 2 ст. л. цукру", "uk") == []  # two spoonfuls: "ст." is a century after Roman numerals only
    assert roman_value("XIX", {"X": 10, "I": 1}) == 19
    assert roman_value("IIII", {"I": 1}) is None


@pytest.mark.parametrize("lang,text,value", [
    ("en", "in the 1990s", "1990s"), ("en", "in the 1990's", "1990s"), ("uk", "1990-ті", "1990s"),
    ("uk", "у 1990-х роках", "1990s"), ("ru", "в 1990-е", "1990s"),
    ("ru", "90-х годов", "--90s"), ("ru", "в 90-е.", "--90s"), ("uk", "наприкінці 90-х,", "--90s"),
    ("en", "the '90s", "--90s"), ("en", "in the mid-90s.", "--90s"),
    # the century said after the decade makes it whole, as "the 1960s" is: one date, no century besides
    ("uk", "одяг 60-х років XX століття", "1960s"), ("ru", "одежда 60-х годов XX века", "1960s"),
    ("uk", "у 70-х роках ХІХ ст.", "1870s"), ("uk", "у 90-х роках минулого століття", "--90s"),
])
def test_a_decade_is_one_date_however_it_is_written(lang, text, value):
    assert dates(text, lang) == [value]


def test_a_decade_of_an_ancient_century_is_not_made_modern():
    # "the 230s" would be wrong: an era ("до нашої ери") is said of such centuries, and news names them rarely
    assert dates("у 30-х роках III століття до нашої ери", "uk") == ["--30s", "C3"]


def test_a_decade_in_words_confirms_one_in_figures():
    assert dates("лихі дев’яності", "uk") == dates("в девяностые годы", "ru") == dates("the nineties", "en") == ["--90s"]
    boom = {"en": ["Then came the boom of the mid-2000s."], "uk": ["Потім настав підйом середини нульових."]}
    result = FactsCheck()(read_story_facts(story_analysis(boom)))
    assert [f for f in result.findings if f.severity != "info"] == []


def test_two_digits_with_a_decade_mark_need_something_that_says_decade():
    assert [f.kind for f in extract_facts("учні 10-х класів", "uk")] == ["ordinal"]
    assert "date" not in [f.kind for f in extract_facts("в 10-х классах", "ru")]
    assert "date" not in [f.kind for f in extract_facts("a man in his 40s", "en")]


@pytest.mark.parametrize("lang,text,value", [
    ("uk", "депутат Верховної Ради VIII скликання", 8), ("ru", "депутат Верховной Рады VIII созыва", 8),
    ("uk", "у ІІ кварталі", 2), ("uk", "у ІІ-му кварталі", 2), ("ru", "в I полугодии", 1), ("uk", "у І півріччі", 1),
    ("uk", "відкриття XXXIII Олімпійських ігор", 33),
])
def test_a_roman_numeral_before_what_it_counts_is_an_ordinal(lang, text, value):
    assert [(f.kind, f.value) for f in extract_facts(text, lang) if f.kind != "name"] == [("ordinal", value)]


@pytest.mark.parametrize("lang,text", [
    ("uk", "Його прийняв Папа Лев XIV у Ватикані."), ("uk", "Карл V помер."), ("ru", "Людовик XIV умер."),
    ("uk", "Король Карл ІІІ став главою держави."), ("ru", "Король Людовик XIV правил долго."),
    ("uk", "І все ж ми поїхали."),  # the conjunction opening a sentence
    ("uk", "У соцмережі X користувачі поширили відео."),  # the social network
])
def test_a_regnal_number_and_a_capital_conjunction_are_no_ordinals(lang, text):
    assert "ordinal" not in [f.kind for f in extract_facts(text, lang)]


def test_a_roman_ordinal_confirms_the_figure_of_another_edition_and_raises_nothing_alone():
    rada = {"en": ["He was a member of the 8th convocation of the Verkhovna Rada."],
            "uk": ["Він був депутатом Верховної Ради VIII скликання."]}
    assert quiet(rada)
    war = {"en": ["He fought in World War II."], "uk": ["Він воював у ІІ світовій війні."]}
    assert quiet(war)


def test_an_ordinal_in_words_or_roman_numerals_never_stands_for_a_plain_figure():
    # "the second quarter" is no "2 banks": the changed count is still an alteration
    for uk in ("У ІІ кварталі збанкрутували 3 банки.", "У другому кварталі збанкрутували 3 банки."):
        assert errors({"en": ["In the second quarter, 2 banks failed."], "uk": [uk]}, original="en") == [
            ("numbers", "uk", "altered")]
    assert errors({"en": ["Charles III became king 3 years ago."], "uk": ["Карл ІІІ став королем 4 роки тому."]},
                  original="en") == [("numbers", "uk", "altered")]
    # an equal figure may say the ordinal: "диабету второго типа" is "type 2 diabetes"
    assert quiet({"en": ["Its excess can lead to type 2 diabetes."], "ru": ["Его избыток ведет к диабету второго типа."]})
    # "дві десяті відсотка" is a fraction of a per cent, never the tenth
    assert [f.kind for f in extract_facts("Ціни зросли на дві десяті відсотка.", "uk")] == ["count"]


def test_an_ordinal_in_words_confirms_one_in_figures():
    match = {"en": ["Shakhtar beat Betis 2-1 in a fifth-round match."],
             "uk": ["«Шахтар» у матчі 5-го туру переміг «Бетіс» з рахунком 2:1."]}
    assert quiet(match)
    wave = {"en": ["Doctors expect the 5th wave in January."], "uk": ["Лікарі очікують п'ятої хвилі в січні."]}
    assert quiet(wave)
    # a number sign ranks: "world No. 1" is "перша ракетка світу"
    rank = {"en": ["Svitolina will face world No. 1 Aryna Sabalenka."],
            "uk": ["Світоліна зіграє з першою ракеткою світу Ариною Соболенко."]}
    assert quiet(rank)
    tram = {"en": ["Tram No. 6 will run on a temporary route."], "uk": ["Трамвай №7 курсуватиме за тимчасовою схемою."]}
    assert errors(tram, original="en") == [("numbers", "uk", "altered")]
    place = {"en": ["Shakhtar are 5th in the table."], "uk": ["«Шахтар» посідає п'яте місце в таблиці."],
             "ru": ["«Шахтер» занимает пятое место в таблице."]}
    assert quiet(place)


def test_centuries_and_decades_match_across_editions_and_a_changed_one_is_an_error():
    church = {"en": ["The church was built in the 17th century."], "uk": ["Церкву збудовано у XVII ст."],
              "ru": ["Церковь построена в XVII веке."]}
    assert errors(church) == []
    assert errors({**church, "uk": ["Церкву збудовано у XVIII ст."]}) == [("dates", "uk", "altered")]
    worked = {"en": ["He worked there in the 1990s."], "uk": ["Він працював там у 1990-х роках."],
              "ru": ["Он работал там в 90-е годы."]}
    assert errors(worked) == []
    assert errors({**worked, "uk": ["Він працював там у 1980-х роках."]}) == [("dates", "uk", "altered")]


# --- two days, two years ---------------------------------------------------------------------------------

@pytest.mark.parametrize("lang,text", [("en", "on May 3 and 4"), ("uk", "3 та 4 травня"), ("ru", "3 и 4 мая"),
                                       ("en", "on 3 and 4 May"), ("ru", "с 3 по 4 мая"), ("en", "May 3-4"),
                                       ("en", "held from May 3 to 4 with a hundred delegations")])
def test_two_days_of_one_month_are_two_dates(lang, text):
    assert dates(text, lang) == ["--05-03", "--05-04"]


def test_a_figure_after_a_month_and_a_day_is_no_second_day():
    assert [(f.kind, f.value) for f in extract_facts("On May 3 and 4 people were hurt", "en")] == [
        ("date", "--05-03"), ("amount", 4.0)]


@pytest.mark.parametrize("lang,text,years", [
    ("en", "in 1990-95", [1990, 1995]), ("uk", "у 1990–1995 роках", [1990, 1995]),
    ("en", "the 2022-23 season", [2022, 2023]), ("ru", "в 2022-2023 гг.", [2022, 2023]),
])
def test_a_range_of_years_gives_both_years(lang, text, years):
    assert dates(text, lang) == years


def test_a_range_of_counts_or_sums_is_no_range_of_years():
    assert dates("1500-1600 people", "en") == []
    assert 1900 not in dates("$1900-2000", "en")


def test_two_days_and_two_years_match_across_editions():
    assert errors({"en": ["Talks are set for May 3 and 4."], "uk": ["Переговори призначено на 3 та 4 травня."],
                   "ru": ["Переговоры назначены на 3 и 4 мая."]}) == []
    assert errors({"en": ["He led the firm in 1990-95."], "uk": ["Він очолював фірму у 1990–1995 роках."],
                   "ru": ["Он руководил фирмой в 1990-1995 годах."]}) == []


# --- a month named alone ---------------------------------------------------------------------------------

def test_a_changed_month_is_an_altered_date_in_aligned_sentences():
    march = {"en": ["Prices rose in March."], "uk": ["Ціни зросли у березні."], "ru": ["Цены выросли в марте."]}
    assert errors(march) == []
    assert errors({**march, "uk": ["Ціни зросли у квітні."]}) == [("dates", "uk", "altered")]
    assert errors({**march, "ru": ["Цены выросли в апреле."]}) == [("dates", "ru", "altered")]
    assert errors({**march, "en": ["Prices rose in April."]}) == [("dates", "en", "altered")]


def test_a_month_named_twice_in_a_sentence_pairs_its_second_mention_with_a_changed_one():
    may = {"en": ["As for May, I will know in late April or early May."],
           "uk": ["Щодо травня, я знатиму наприкінці квітня або на початку травня."]}
    assert errors(may) == []
    assert ("dates", "en", "altered") in errors({**may, "en": ["As for June, I will know in late April or early May."]})


def test_a_month_abbreviated_or_said_as_an_adjective_is_a_month_too():
    assert dates("He enlisted on Sept. and the airport stays closed until Oct.", "en") == ["--09", "--10"]
    june = {"en": ["This came after June's historic meeting in Singapore."],
            "uk": ["Це сталося після червневої історичної зустрічі в Сінгапурі."],
            "ru": ["Это произошло после июньской исторической встречи в Сингапуре."]}
    assert errors(june) == []
    march = ["This came after March's historic meeting in Singapore."]
    assert errors({**june, "en": march}) == [("dates", "en", "altered")]
    # capitalised, the adjective names a place or an event
    assert dates("Мітинг пройшов на Жовтневій площі.", "uk") == dates("Октябрьская революция.", "ru") == []


def test_a_month_in_any_case_is_a_month_and_one_capitalised_in_mid_sentence_is_a_name():
    assert dates("к апрелю, между мартом и маем", "ru") == ["--04", "--03", "--05"]
    assert dates("к квітню, між березнем і травнем", "uk") == ["--04", "--03", "--05"]
    # Ukrainian and Russian write months in lower case: capitalised, the word is Martha's or Augustus's
    assert dates("Поздравили Марту и Августа, а не Маю.", "ru") == []
    assert dates("Мая Санду заявила, что Молдова готова.", "ru") == []  # Maia Sandu, before her surname
    assert dates("Итоги года\nМай стал тёплым", "ru") == ["--05"]  # a headline's line break opens a sentence
    assert dates("в мае и к маю", "ru") == ["--05", "--05"]
    by_april = {"en": ["The outbreak could kill 75,000 people in England by April."],
                "ru": ["В Англии к апрелю из-за вспышки могут умереть 75 тысяч человек."]}
    assert errors(by_april) == []
    assert ("dates", "en", "altered") in errors({**by_april, "en": [by_april["en"][0].replace("April", "June")]})


def test_a_month_against_a_full_date_differs_only_when_the_month_does():
    march = {"en": ["Prices rose in March."], "ru": ["Цены выросли в марте."]}
    assert errors({**march, "uk": ["Ціни зросли 15 березня."]}) == []
    assert errors({**march, "uk": ["Ціни зросли 15 квітня."]}) == [("dates", "uk", "altered")]


def test_months_are_not_compared_without_aligned_sentences():
    editions = {"en": ["Prices rose in March."], "uk": ["Ціни зросли у квітні."], "ru": ["Цены выросли в марте."]}
    assert errors(editions, aligned=False) == []


def test_a_changed_month_through_the_whole_pipeline(tmp_path):
    story = {
        "en.txt": "Grain exports fell sharply in March, the ministry said.\n\nThe ministry expects a recovery by autumn.\n",
        "uk.txt": "Експорт зерна різко впав у квітні, повідомило міністерство.\n\nМіністерство очікує відновлення до осені.\n",
        "ru.txt": "Экспорт зерна резко упал в марте, сообщило министерство.\n\nМинистерство ожидает восстановления к осени.\n",
    }
    assert _date_errors(write_story(tmp_path / "grain", story)) == [("uk", "altered")]
    fixed = {**story, "uk.txt": story["uk.txt"].replace("у квітні", "у березні")}
    assert _date_errors(write_story(tmp_path / "fixed", fixed)) == []


def test_relative_days_still_resolve_beside_numeric_dates():
    assert dates("Вчора, 06.12.2023", "uk", published=dt.date(2023, 12, 7)) == ["2023-12-06", "2023-12-06"]


def test_a_surname_spelt_like_a_month_is_no_month():
    dates = [f.text for f in extract_facts("Theresa May said in May that Mrs May would stay; Brian May agreed.", "en")
             if f.kind == "date"]
    assert dates == ["May"]  # only "in May"
    assert [f.value for f in extract_facts("By May the talks ended.", "en") if f.kind == "date"] == ["--05"]


def test_the_night_before_a_date_is_the_night_that_ends_on_it():
    night = {"en": ["On the night of December 4-5, Russia attacked Kyiv."],
             "uk": ["У ніч на 5 грудня Росія атакувала Київ."]}
    assert quiet(night)
    assert quiet({**night, "en": ["Overnight on December 5, Russia attacked Kyiv."]})
    assert quiet({"en": night["en"], "ru": ["В ночь на 5 декабря Россия атаковала Киев."]})
    changed = {**night, "uk": ["У ніч на 6 грудня Росія атакувала Київ."]}
    assert errors(changed, original="en") == [("dates", "uk", "altered")]
    # the night's day before is the first day of a range, not any 4th: a 4th changed elsewhere is still an error
    two_days = {"en": ["Overnight on December 5, drones hit Odesa. On December 4, Kharkiv was shelled."],
                "uk": ["У ніч на 5 грудня дрони атакували Одесу. 3 грудня обстріляли Харків."]}
    assert errors(two_days, original="en") == [("dates", "uk", "altered")]


def test_a_bare_hour_says_an_hour_said_without_its_minutes():
    # "at 9," is the English of "на 9-ту годину" and of "о 21:00", in either half of the day English leaves unsaid
    assert quiet({"en": ["Come at 9, the doctor will see you."], "uk": ["Приходьте на 9-ту годину, лікар прийме."]})
    assert quiet({"en": ["Polls close at 8."], "uk": ["Дільниці закриються о 20:00."]})
    assert quiet({"en": ["The curfew starts at 12."], "uk": ["Комендантська година починається о 00:00."]})
    assert not quiet({"en": ["Come at 10, the doctor will see you."], "uk": ["Приходьте на 9-ту годину."]})
    # a figure is a bare hour only before a mark or the end: "at 8 and 20 candidates" may be two figures
    figures = [f for f in extract_facts("Polls close at 8 and 20 candidates are running.", "en") if f.kind != "name"]
    assert [f.qualifier for f in figures] == [None, None]
    # "o'clock" says the hour after "for" too
    assert [f.value for f in extract_facts("The meeting is set for 9 o'clock.", "en") if f.kind == "time"] == ["09:00"]
    injured = {"en": ["At 9:00, 8 people were injured."], "uk": ["О 9:00 постраждали 9 людей."]}
    assert ("numbers", "uk", "altered") in errors(injured, original="en")


# --- days listed, time zones, datelines ------------------------------------------------------------------

@pytest.mark.parametrize("lang,text", [("uk", "виступить 12, 14 і 16 грудня"), ("ru", "выступит 12, 14 и 16 декабря"),
                                       ("en", "will play on December 12, 14 and 16, the band said"),
                                       ("en", "on 12th, 14th and 16th December")])
def test_days_listed_before_their_month_are_each_a_date(lang, text):
    assert dates(text, lang) == ["--12-12", "--12-14", "--12-16"]


def test_a_list_needs_its_last_two_days_joined():
    # "12, 14 грудня" is no list the tool can be sure of, and "December 12, 14 people" a date and a count
    assert dates("о 12, 14 грудня", "uk") == ["--12-14"]
    assert [(f.kind, f.value) for f in extract_facts("On December 12, 14 people died and 16 were hurt.", "en")] == [
        ("date", "--12-12"), ("amount", 14.0), ("amount", 16.0)]
    assert errors({"en": ["Concerts on December 12, 14 and 16."], "uk": ["Концерти 12, 14 і 16 грудня."],
                   "ru": ["Концерты 12, 15 и 16 декабря."]}) == [("dates", "ru", "altered")]


def altered(editions):
    """The alteration findings' messages: which fact is blamed, not only which edition."""
    result = FactsCheck()(read_story_facts(story_analysis(editions)))
    return [f.message for f in result.findings if f.kind == "altered" and f.severity != "info"]


def test_a_time_converted_into_another_zone_in_brackets_is_a_gloss():
    # the English edition adds GMT for readers abroad; a Kyiv time changed is still altered, and it is the one blamed
    quake = {"en": ["The quake struck at 03:12 Kyiv time (01:12 GMT)."],
             "uk": ["Землетрус стався о 03:12 за київським часом."],
             "ru": ["Землетрясение произошло в 03:12 по киевскому времени."]}
    assert quiet(quake)
    changed = {**quake, "en": ["The quake struck at 04:12 Kyiv time (01:12 GMT)."]}
    assert altered(changed) == ["time altered: 04:12 (en) where ru has 03:12, uk has 03:12"]
    # the other way round, the zone's time is the gloss and the local one the time compared
    gmt_first = {**quake, "en": ["The quake struck at 01:12 GMT (04:12 Kyiv time)."]}
    assert altered(gmt_first) == ["time altered: 04:12 (en) where ru has 03:12, uk has 03:12"]


def test_a_time_in_another_zone_is_at_kyivs_hour_in_winter_or_in_summer():
    # wire copy writes "1200 GMT", an edition at home the same moment in Kyiv time
    read = extract_facts("The hryvnia traded at 42.18 at 1200 GMT.", "en")
    zoned = [(f.value, f.unit) for f in read if f.kind == "time"]
    assert zoned == [("12:00", "GMT")]
    wire = {"en": ["The hryvnia traded at 42.18 per dollar at 1200 GMT."],
            "uk": ["Гривня торгувалася по 42,18 за долар о 14:00 за київським часом."],
            "ru": ["Гривна торговалась по 42,18 за доллар в 14:00 по киевскому времени."]}
    assert quiet(wire)
    # it matches either of two editions that disagree, and keeps them apart
    changed = {**wire, "uk": ["Гривня торгувалася по 42,18 за долар о 15:00 за київським часом."]}
    assert errors(changed) == [("dates", "uk", "altered")]
    # but no hour Kyiv's clock cannot show then
    assert not quiet({**wire, "en": ["The hryvnia traded at 42.18 per dollar at 2100 GMT."]})


def test_a_wire_dateline_is_neither_added_nor_missing():
    dateline = [f.qualifier for f in extract_facts("KYIV, Dec 11 (Reuters) - The central bank held rates.", "en")
                if f.kind == "date"]
    assert dateline == ["dateline"]
    assert quiet({"en": ["KYIV, Dec 11 (Reuters) - The National Bank of Ukraine held its rate on Thursday."],
                  "uk": ["Національний банк України в четвер зберіг облікову ставку."]})
    # a date in mixed case after a place is the story's own date
    assert [f.qualifier for f in extract_facts("Kyiv, December 5 - Stocks fell.", "en") if f.kind == "date"] == [None]


def test_a_quarter_or_a_half_of_a_year_by_its_letter_is_an_ordinal():
    assert [(f.kind, f.value) for f in extract_facts("in Q3 2025 and H1, not the H1N1 virus", "en")
            if f.kind != "name"] == [("ordinal", 3.0), ("year", 2025), ("ordinal", 1.0)]
    assert quiet({"en": ["Naftogaz earned UAH 8.2 billion in Q3."],
                  "uk": ["«Нафтогаз» заробив 8,2 млрд грн у III кварталі."],
                  "ru": ["«Нафтогаз» заработал 8,2 млрд грн в III квартале."]})


def test_midnight_and_noon_are_clock_times():
    curfew = {"en": ["The curfew used to run from midnight to 5 a.m."], "uk": ["Раніше вона діяла з 00:00 до 05:00."],
              "ru": ["Ранее он действовал с полуночи до 05:00."]}
    assert quiet(curfew)
    assert errors({**curfew, "en": ["The curfew used to run from 1 a.m. to 5 a.m."]}) == [("dates", "en", "altered")]
    # "північ" is the north as often as midnight: no time
    assert [f for f in extract_facts("на північ від міста", "uk") if f.kind == "time"] == []


def test_the_two_days_of_a_night_are_both_dates():
    assert dates("У ніч з 4 на 5 грудня", "uk") == ["--12-04", "--12-05"]
    assert dates("В ночь с 4 на 5 декабря", "ru") == ["--12-04", "--12-05"]
    assert dates("з 31 на 1 січня", "uk") == ["--01-01"]  # a night runs into the next day of its month
    night = {"en": ["On the night of December 4-5, Russia attacked with 138 drones."],
             "uk": ["У ніч з 4 на 5 грудня Росія атакувала 138 дронами."],
             "ru": ["В ночь с 4 на 5 декабря Россия атаковала 138 дронами."]}
    assert quiet(night)
    assert quiet({**night, "en": ["Overnight on December 5, Russia attacked with 138 drones."]})
    changed = {**night, "uk": ["У ніч з 5 на 6 грудня Росія атакувала 138 дронами."]}
    assert errors(changed) == [("dates", "uk", "altered")]


def test_readings_that_must_not_fire():
    # a car and a gas are no quarters; a name in capitals is no clock time; "полночи" is half the night
    assert [f.kind for f in extract_facts("He drives an Audi Q3 on green H2.", "en") if f.kind == "ordinal"] == []
    assert [f for f in extract_facts("Operation Midnight Hammer began.", "en") if f.kind == "time"] == []
    assert [f for f in extract_facts("Он не спал полночи.", "ru") if f.kind == "time"] == []


def test_lists_nights_and_datelines_as_copy_types_them():
    assert dates("on December 12, 14, and 16", "en") == ["--12-12", "--12-14", "--12-16"]  # the Oxford comma
    assert dates("У ніч з\u00a04 на 5 грудня", "uk") == ["--12-04", "--12-05"]  # a no-break space after "з"
    for text, lang in (("KYIV/MOSCOW, Dec 11 (Reuters) - The Kremlin said.", "en"),
                       ("МОСКВА, 5 декабря. /ТАСС/. Песков заявил.", "ru")):
        assert {f.qualifier for f in extract_facts(text, lang) if f.kind == "date"} == {"dateline"}


def test_zones_datelines_and_periods_as_copy_writes_them_raise_nothing():
    assert quiet({"en": ["The match kicks off at 21:45 local time (22:45 Kyiv time)."],
                  "uk": ["Матч розпочнеться о 22:45 за київським часом."],
                  "ru": ["Матч начнется в 22:45 по киевскому времени."]})
    assert quiet({"en": ["Power is off from 06:00 to 18:00 GMT."], "uk": ["Світла не буде з 08:00 до 20:00."],
                  "ru": ["Света не будет с 08:00 до 20:00."]})
    # a dateline is the day the wire filed, no date of the story another edition could alter
    assert altered({"en": ["KYIV, Dec 11 (Reuters) - The parliament of Ukraine on December 10 passed the budget."],
                    "uk": ["Верховна Рада України 10 грудня ухвалила бюджет."],
                    "ru": ["Верховная Рада Украины 10 декабря приняла бюджет."]}) == []
    assert quiet({"en": ["Naftogaz earned UAH 8.2 billion in Q3 2025."],
                  "uk": ["«Нафтогаз» заробив 8,2 млрд грн у Q3 2025 року."],
                  "ru": ["«Нафтогаз» заработал 8,2 млрд грн в Q3 2025 года."]})
    assert [f for f in extract_facts("The plant makes 5,000 tonnes of H2 a year.", "en") if f.kind == "ordinal"] == []


def test_hours_with_full_stops_after_from_are_a_range_of_clock_times():
    assert [(f.kind, f.value) for f in extract_facts("Пункт працює з 9.00 до 18.00.", "uk")] == [
        ("time", "09:00"), ("time", "18:00")]
    assert [(f.kind, f.value) for f in extract_facts("Обмежать с 7.00 до 22.00.", "ru")] == [
        ("time", "07:00"), ("time", "22:00")]
    # a price that rose "from 9.50 to 12.40 hryvnias" is money, not two clock times; days and months ("з 01.12 до
    # 15.12") and decimals ("з 1.20 до 1.35") are none either: clock times are on the hour or its quarters
    assert [f.kind for f in extract_facts("Ціна зросла з 9.50 до 12.40 гривні.", "uk")] == ["money", "money"]
    for text in ("Реєстрація триває з 01.12 до 15.12.", "Коефіцієнт зріс з 1.20 до 1.35."):
        assert [f for f in extract_facts(text, "uk") if f.kind == "time"] == []
    outage = {"en": ["The first queue will be without power from 8:00 to 12:00."],
              "uk": ["Перша черга буде без світла з 8.00 до 12.00."],
              "ru": ["Первая очередь будет без света с 8.00 до 12.00."]}
    assert quiet(outage)
    assert errors({**outage, "uk": ["Перша черга буде без світла з 8.00 до 13.00."]}) == [("dates", "uk", "altered")]


def test_a_range_of_days_may_end_before_a_preposition():
    assert dates("The poll was conducted from November 14 to 20 through interviews.", "en") == ["--11-14", "--11-20"]
    # before a noun, the second figure is a count or a sum: "May 3 and 4 people", "from December 1 to 15 hryvnias"
    assert dates("On May 3 and 4 people came.", "en") == ["--05-03"]
    assert dates("The fare will rise from December 1 to 15 hryvnias.", "en") == ["--12-01"]
    assert dates("The fare will rise from December 1 to 15,000 hryvnias.", "en") == ["--12-01"]
    assert dates("It runs from May 3 to 4pm.", "en") == ["--05-03"]
    assert dates("It rose from May 3 to 4%.", "en") == ["--05-03"]
    poll = {"en": ["The poll was conducted from November 14 to 20 through interviews."],
            "uk": ["Опитування провели з 14 по 20 листопада методом інтерв'ю."],
            "ru": ["Опрос провели с 14 по 20 ноября методом интервью."]}
    assert quiet(poll)
    assert errors({**poll, "en": ["The poll was conducted from November 14 to 21 through interviews."]}) == [
        ("dates", "en", "altered")]
