"""Habits of the seventh set of newsroom stories, each read alike in uk, en and ru: shares in words and figures
("дві третини" / "two-thirds", "1/3 якого" / "a third of which"), a court case by its number, a pope by his regnal
number, a season or a school year with a slash, a range of sums whose scale word is glued to its end ("$5-7bn"), a
figure that groups its thousands one way ("180,000 155mm shells"), the cities diplomacy news repeats, the agencies,
outlets and Russian border regions of the war copy, an age said before its figure ("aged 18 to 60"), a year said
relative to the story's ("минулого року"); and what each of these readings must leave alone."""

import datetime as dt
from functools import partial

import pytest

from consistency.stages.facts import extract_facts
from support.facts_story import aligned_fact_findings


def read(text, lang):
    """The figures and dates of `text` (its names and days of the week left out)."""
    return [(f.kind, f.text, f.value) for f in extract_facts(text, lang) if f.kind not in ("name", "weekday")]


fact_findings = partial(aligned_fact_findings, notes=True)


def names(text, lang):
    return [(f.text, f.value) for f in extract_facts(text, lang) if f.kind == "name"]


# --- shares ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("lang,text,share", [
    ("uk", "Дві третини українців економили на продуктах.", "Дві третини"),
    ("ru", "Две трети украинцев экономили на продуктах.", "Две трети"),
    ("en", "Two-thirds of Ukrainians cut back on groceries.", "Two-thirds"),
    ("en", "Two thirds of Ukrainians cut back on groceries.", "Two thirds"),
    ("uk", "Депутати ухвалили бюджет, 2/3 якого спрямують на оборону.", "2/3"),
])
def test_two_thirds_in_words_or_figures_is_one_share(lang, text, share):
    assert read(text, lang) == [("amount", share, 0.666666666667)]


def test_a_third_and_a_quarter_are_shares_where_nothing_makes_them_ordinals():
    assert read("Чверть опитаних відмовилися від відпустки, а третина — від одягу.", "uk") == [
        ("amount", "Чверть", 0.25), ("amount", "третина", 0.333333333333)]
    assert read("Четверть опрошенных отказались от отпуска, а треть — от одежды.", "ru") == [
        ("amount", "Четверть", 0.25), ("amount", "треть", 0.333333333333)]
    assert read("A quarter of respondents gave up a holiday; prices rose by a third.", "en") == [
        ("amount", "A quarter", 0.25), ("amount", "a third", 0.333333333333)]


@pytest.mark.parametrize("lang,text,ordinal", [
    # English's "third" is the ordinal too, read with the word it counts (`ordinals.counted_heads`)
    ("en", "He won a third term in office.", "third term"),
    ("uk", "У третій чверті «Будівельник» відіграв 10 очок.", "третій"),  # a game's quarter, a school term
    ("ru", "В третьей четверти «Будивельник» отыграл 10 очков.", "третьей"),
    ("ru", "Уже третью неделю идут дожди.", "третью"),
])
def test_a_fraction_word_after_or_as_an_ordinal_is_no_share(lang, text, ordinal):
    assert [(kind, said) for kind, said, _ in read(text, lang)][0] == ("ordinal", ordinal)
    assert all(kind != "amount" or value >= 1 for kind, _, value in read(text, lang))


def test_a_share_changed_in_one_edition_is_an_error_there():
    story = {"uk": ["Дві третини українців протягом року економили на продуктах."],
             "en": ["Two-thirds of Ukrainians have cut back on groceries over the past year."],
             "ru": ["Две трети украинцев в течение года экономили на продуктах."]}
    assert fact_findings(story) == []
    changed = {**story, "uk": ["Три чверті українців протягом року економили на продуктах."]}
    assert ("uk", "numbers", "altered", "error") in fact_findings(changed)


def test_a_share_in_figures_is_the_share_in_words_of_the_other_editions():
    story = {"uk": ["Депутати ухвалили бюджет, 1/3 якого спрямують на оборону."],
             "en": ["Deputies adopted the budget, a third of which will go to defence."],
             "ru": ["Депутаты приняли бюджет, 1/3 которого направят на оборону."]}
    assert fact_findings(story) == []
    changed = {**story, "uk": ["Депутати ухвалили бюджет, 1/4 якого спрямують на оборону."]}
    assert ("uk", "numbers", "altered", "error") in fact_findings(changed)


def test_a_slash_between_figures_in_a_result_or_a_round_is_no_share():
    assert read("Команда виграла 2/1 за сумою двох матчів.", "uk")[0][0] != "amount"
    assert read("Жеребкування 1/8 фіналу відбудеться у п'ятницю.", "uk") == [("stage", "1/8 фіналу", 16)]


# --- codes and regnal numbers -----------------------------------------------------------------------------

def test_a_court_case_number_is_one_fact_whatever_letter_ends_it():
    assert read("Суд у справі №757/43215/25-к арештував майно.", "uk") == [("code", "757/43215/25-к", "757/43215/25")]
    assert read("The court seized the property in case No. 757/43215/25-k.", "en") == [
        ("code", "757/43215/25-k", "757/43215/25")]
    story = {"uk": ["Суд у справі №757/43215/25-к арештував майно посадовця."],
             "en": ["The court seized the official's property in case No. 757/43215/25-k."],
             "ru": ["Суд по делу №757/43215/25-к арестовал имущество чиновника."]}
    assert fact_findings(story) == []
    changed = {**story, "uk": ["Суд у справі №757/43251/25-к арештував майно посадовця."]}
    assert ("uk", "numbers", "altered", "error") in fact_findings(changed)


def test_a_regnal_number_tells_one_pope_from_another_in_any_script():
    assert names("Pope Leo XIV called for a truce.", "en") == [("Leo XIV", "~leo|~14")]
    assert ("Лев XIII", "~lev|~13") in names("Останнім Папою на ім'я Лев був Лев XIII, який помер у 1903 році.", "uk")
    story = {"uk": ["Папа Лев XIV у неділю закликав до перемир'я."],
             "en": ["Pope Leo XIV on Sunday called for a truce."],
             "ru": ["Папа Лев XIV в воскресенье призвал к перемирию."]}
    assert fact_findings(story) == []
    changed = {**story, "en": ["Pope Leo XIII on Sunday called for a truce."]}
    assert ("en", "entities", "altered", "error") in fact_findings(changed)


# --- years and figures ------------------------------------------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("uk", "Школи продовжать 2025/2026 навчальний рік."),
    ("uk", "Сезон 2025/26 стартує в серпні."),
    ("en", "Schools will extend the 2025-2026 school year."),
    ("en", "The 2025/26 season starts in August."),
])
def test_a_season_or_school_year_is_both_its_years(lang, text):
    assert [value for kind, _, value in read(text, lang) if kind == "year"] == [2025, 2026]


def test_a_slash_between_years_that_do_not_follow_each_other_or_after_a_number_sign_is_no_season():
    assert [value for kind, _, value in read("Стратегія на 2024/2030 роки.", "uk") if kind == "year"] != [2024, 2030]
    assert read("Указ №2025/26 набув чинності.", "uk")[0][0] == "ordinal"


def test_a_range_of_sums_takes_its_currency_scale_and_period_from_both_ends():
    assert read("Rebuilding will require $5-7bn a year.", "en") == [
        ("money", "$5", 5e9), ("money", "7bn a year", 7e9)]
    assert read("Відбудова потребуватиме $5–7 млрд щороку.", "uk") == [
        ("money", "$5", 5e9), ("money", "7 млрд щороку", 7e9)]
    assert [f.per for f in extract_facts("Відбудова потребуватиме $5–7 млрд щороку.", "uk")] == ["year", "year"]


def test_a_figure_groups_its_thousands_one_way():
    assert read("Ukraine received another 180,000 155mm shells.", "en") == [
        ("amount", "180,000", 180000.0), ("quantity", "155mm", 155.0)]
    assert read("1,234,567.5 and 12 000 000", "en") == [
        ("amount", "1,234,567.5", 1234567.5), ("amount", "12 000 000", 12000000.0)]


# --- places -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("lang,word,key", [
    ("uk", "Гаазі", "the-hague"),  # a consonant the locative changed: Гаага
    ("ru", "Гааге", "the-hague"),
    ("en", "Hague", "the-hague"),
    ("uk", "Йоганнесбурзі", "johannesburg"),  # CLDR writes "Йоганнесбурґ"
    ("uk", "Страсбурзі", "strasbourg"),
    ("uk", "Жешуві", "rzeszow"),
    ("en", "Rzeszów", "rzeszow"),
])
def test_the_cities_of_diplomacy_and_aid_are_one_name_in_every_case_and_script(lang, word, key):
    assert names(f"Угоду підписали в {word}." if lang == "uk" else f"Signed in {word}." if lang == "en"
                 else f"Подписали в {word}.", lang) == [(word, key)]


def test_a_short_word_is_not_taken_for_a_changed_consonant():
    assert names("Досі невідомо, хто це зробив.", "uk") == []


def test_a_city_replaced_in_one_edition_is_caught_there():
    story = {"uk": ["Угоду підписали в Гаазі під час конференції."],
             "en": ["The agreement was signed in The Hague during a conference."],
             "ru": ["Соглашение подписали в Гааге во время конференции."]}
    assert fact_findings(story) == []
    changed = {**story, "ru": ["Соглашение подписали в Брюсселе во время конференции."]}
    assert ("ru", "entities", "altered", "error") in fact_findings(changed)


def test_bin_inside_an_arab_name_keeps_the_name_whole():
    assert [text for text, _ in names("Він говорив з Мухаммедом бін Салманом.", "uk")] == ["Мухаммедом бін Салманом"]
    assert [text for text, _ in names("He spoke to Mohammed bin Salman.", "en")] == ["Mohammed bin Salman"]


def test_a_whole_number_and_a_fraction_in_one_character_is_one_figure():
    assert read("The new train will be 2½ hours faster.", "en") == [("quantity", "2½ hours", 2.5)]
    story = {"uk": ["Новий поїзд їхатиме на 2,5 години швидше."],
             "en": ["The new train will be 2½ hours faster."],
             "ru": ["Новый поезд будет идти на 2,5 часа быстрее."]}
    assert fact_findings(story) == []


def test_a_fiscal_year_is_its_year():
    assert read("Net profit rose tenfold in FY2025; FY 24 was weaker.", "en")[1:] == [
        ("year", "FY2025", 2025), ("year", "FY 24", 2024)]


def test_a_day_padded_with_a_zero_is_a_date_where_the_day_comes_first():
    assert read("Квитки у продажу з 06.12.", "uk") == [("date", "06.12", "--12-06")]
    assert read("Показник зріс до 6.12.", "uk")[0][0] == "amount"  # no zero: a figure, unless a date says so
    story = {"uk": ["Квитки у продажу з 06.12."], "en": ["Tickets go on sale on December 6."],
             "ru": ["Билеты в продаже с 06.12."]}
    assert fact_findings(story) == []
    assert ("uk", "dates", "altered", "error") in fact_findings({**story, "uk": ["Квитки у продажу з 08.12."]})


def test_a_day_two_editions_write_in_figures_is_the_day_the_third_names():
    story = {"uk": ["Квитки у продажу з 6.12."], "en": ["Tickets go on sale on December 6."],
             "ru": ["Билеты в продаже с 6.12."]}
    assert fact_findings(story) == []


def test_the_round_of_16_of_a_tournament_is_its_round():
    assert read("She won in the round of 16 of the WTA 500 tournament.", "en")[0] == ("stage", "round of 16", 16)


def test_a_nationality_before_a_name_is_no_part_of_it():
    assert names("Svitolina beat Czech Markéta Vondroušová.", "en")[-1][0] == "Markéta Vondroušová"
    assert names("They met in the Czech Republic.", "en") == [("Czech Republic", "czechia")]


def test_last_year_is_the_year_an_english_desk_names_in_its_place():
    assert read("Це на 25% більше, ніж минулого року.", "uk")[1] == ("date", "минулого року", "P-1Y")
    story = {"uk": ["Це на 25% більше, ніж минулого року."], "en": ["This is 25% more than in 2024."],
             "ru": ["Это на 25% больше, чем в прошлом году."]}
    assert fact_findings(story) == []


def test_last_year_with_a_date_of_publication_is_that_year():
    facts = extract_facts("Торік Данія передала місту 20 машин.", "uk", published=dt.date(2025, 12, 5))
    assert [(f.kind, f.value) for f in facts if f.kind == "year"] == [("year", 2024)]


def test_an_official_clock_time_in_hours_and_minutes_is_a_time_and_a_duration_stays_one():
    assert read("Тривогу оголосили о 02 год 15 хв. Похід тривав 2 год 15 хв.", "uk") == [
        ("time", "02 год 15 хв.", "02:15"), ("quantity", "2 год 15 хв.", 2.25)]
    assert read("Тревогу объявили в 02 ч 15 мин.", "ru") == [("time", "02 ч 15 мин.", "02:15")]


def test_parliament_and_the_government_are_how_english_copy_names_the_rada_and_the_cabinet():
    story = {"uk": ["Верховна Рада ухвалила бюджет, який подав Кабмін."],
             "en": ["Parliament passed the budget the government had submitted."],
             "ru": ["Верховная Рада приняла бюджет, который подал Кабмин."]}
    assert [f for f in fact_findings(story) if f[3] != "info"] == []
    # a name of another institution in its place is still a change
    moved = {**story, "en": ["The Senate passed the budget the government had submitted."]}
    assert [f for f in fact_findings(moved) if f[0] == "en" and f[1] == "entities" and f[3] != "info"] != []


# --- what these readings must leave alone ------------------------------------------------------------------

@pytest.mark.parametrize("lang,text,facts", [
    ("uk", "Потяг відправляється о 08.10.", [("time", "08.10", "08:10")]),  # a clock time, not 8 October
    ("ru", "Поезд отправляется в 08.10.", [("time", "08.10", "08:10")]),
    ("uk", "Тривога тривала з 05.10 до 06.05.", [("amount", "05.10", 5.1), ("amount", "06.05", 6.05)]),
    ("en", "On the night of 7/8 May drones attacked.", [("amount", "7", 7.0), ("date", "8 May", "--05-08")]),
    ("en", "In three quarters of 2025, GDP grew.", [("count", "three", 3.0), ("year", "2025", 2025)]),
    ("en", "The talks were mediated by a third country.", [("ordinal", "third", 3.0)]),
    ("en", "The last 16 of the 20 hostages were freed.", [("amount", "16", 16.0), ("amount", "20", 20.0)]),
    ("ru", "Поезд прибыл с опозданием в 1 ч 20 мин.", [("quantity", "1 ч 20 мин.", 1.33333333333)]),
    ("uk", "Уряд спрямує 2 третини бюджету на оборону.", [("amount", "2 третини", 0.666666666667)]),
    ("en", "FY99 was the last year of growth.", [("year", "FY99", 1999)]),
])
def test_a_reading_fires_only_where_it_says_what_it_reads(lang, text, facts):
    assert read(text, lang) == facts


def test_a_letter_that_case_folds_to_two_is_no_crash():
    assert read("A thİrd of voters stayed home.", "en") == []


def test_an_age_said_before_its_figure_is_in_years_as_the_other_languages_say_it_after():
    assert read("Recruits aged 18 to 60 and young people aged 18-24.", "en") == [
        ("quantity", "18", 18.0), ("quantity", "60", 60.0), ("quantity", "18", 18.0), ("quantity", "24", 24.0)]
    assert [f.unit for f in extract_facts("He died aged 87.", "en") if f.kind == "quantity"] == ["year"]


@pytest.mark.parametrize("lang,text,key", [
    ("uk", "Про це повідомили в ГУР.", "hur"), ("en", "This was reported by HUR.", "hur"),
    ("uk", "Рятувальники ДСНС прибули.", "state-emergency-service"),
    ("ru", "Прибыли спасатели ГСЧС.", "state-emergency-service"),
    ("uk", "Як повідомляло «Суспільне», вибухів було 7.", "suspilne"),
    ("ru", "Как сообщало «Суспильне», взрывов было 7.", "suspilne"),
    ("uk", "Атаку здійснили з території Курської області.", "kursk"),
    ("en", "The attack was launched from Russia's Kursk region.", "kursk"),
])
def test_the_agencies_outlets_and_border_regions_of_the_war_copy_are_one_name_in_every_script(lang, text, key):
    assert key in [value for _, value in names(text, lang)]


def test_an_abbreviation_given_a_case_ending_is_no_institution():
    assert names("Потом ремень на ГУРе порвался. В ГУР заявили.", "ru") == [("ГУРе", "~gur"), ("ГУР", "hur")]


def test_last_year_never_hides_a_year_changed_beside_it():
    story = {"en": ["Production fell compared to last year, and in the 11 months of 2021 it was 0.3% lower."],
             "ru": ["Выпуск упал к прошлому году, а за 11 месяцев 2021 года он оказался на 0,3% ниже."]}
    assert fact_findings(story) == []
    changed = {**story, "ru": ["Выпуск упал к прошлому году, а за 11 месяцев 2019 года он оказался на 0,3% ниже."]}
    assert ("ru", "dates", "altered", "error") in fact_findings(changed)
