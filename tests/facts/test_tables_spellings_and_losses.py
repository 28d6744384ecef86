"""Habits of the tenth set of newsroom stories, each read alike in uk, en and ru: a Markdown table, a loser's score
after the winner's name ("lost to the Denver Nuggets 112-118"), a range of days closed by "inclusive", a weight class
hyphenated to its qualifier ("under-52 kg"), a diaspora's Latin spelling of a Ukrainian name ("Natalka Cmoc"), a
currency's adjective ("2 млрд канадських доларів" / "C$2 billion"), names joined by an ampersand ("S&P"), a city
against a place two Cyrillic editions agree on, an hour or a count of hours ("до 6 часов"), a goalless draw; and what
each of these readings must leave alone."""

import pytest

from consistency.stages.facts import extract_facts
from consistency.stages.facts.name_keys import written_in_another_latin_alphabet
from consistency.stages.load.markup import html_to_text, markdown_to_text
from consistency.stages.segment import segment_text
from support.facts_story import aligned_fact_findings


def facts(text, lang, kinds):
    return [(f.kind, f.value, f.text) for f in extract_facts(text, lang) if f.kind in kinds]


# --- a Markdown table ------------------------------------------------------------------------------------

TABLE = """Середні ціни:

| Пальне | Ціна, грн/л |
|---|:---:|
| А-95 | 56,40 |
| ДП | 53,10 |
"""


def sentences(text, lang):
    return [s.text for s in segment_text(text, lang).sentences]


def test_each_row_of_a_markdown_table_is_a_sentence_of_its_cells():
    text = markdown_to_text(TABLE)
    assert "---" not in text
    assert sentences(text, "uk") == ["Середні ціни:", "Пальне | Ціна, грн/л", "А-95 | 56,40", "ДП | 53,10"]
    # razdel cuts at a semicolon, never at a bar
    assert sentences(text.replace("Пальне", "Топливо"), "ru")[1:] == ["Топливо | Ціна, грн/л", "А-95 | 56,40",
                                                                       "ДП | 53,10"]


@pytest.mark.parametrize("table", [
    TABLE.replace("\n", "\r\n"),  # saved on Windows
    "Середні ціни:\n\nПальне | Ціна, грн/л\n--- | :-:\nА-95 | 56,40\nДП | 53,10\n",  # no outer bars, short rules
])
def test_a_table_written_otherwise_is_read_alike(table):
    assert sentences(markdown_to_text(table), "uk") == sentences(markdown_to_text(TABLE), "uk")


def test_an_html_table_is_read_as_a_markdown_one():
    html = ("<p>Середні ціни:</p><table><tr><th>Пальне</th><th>Ціна, грн/л</th></tr>"
            "<tr><td>А-95</td><td>56,40</td></tr><tr><td>ДП</td><td>53,10</td></tr></table>")
    assert sentences(html_to_text(html), "uk") == sentences(markdown_to_text(TABLE), "uk")


@pytest.mark.parametrize("html", [
    "<table><tr><td><p>А-95</p></td><td><div>56,40</div></td></tr></table>",  # a CMS's blocks inside the cells
    "<table><tr><td>А-95<td>56,40</table>",  # end tags HTML lets a page leave out
    "<table>\n  <tr>\n    <td>\n      А-95\n    </td>\n    <td>56,40</td>\n    <td></td>\n  </tr>\n</table>",
])
def test_an_html_tables_row_is_one_sentence_of_its_cells_however_it_is_written(html):
    assert sentences(html_to_text(html), "uk") == ["А-95 | 56,40"]


def test_a_bar_in_a_line_above_a_rule_of_hyphens_is_no_table():
    text = "Не таблиця | а текст\n---\nДалі."
    assert markdown_to_text(text) == text


def test_neighbouring_cells_keep_their_figures_apart():
    assert facts(markdown_to_text("| Київ | 12 | 15 |\n"), "uk", ("amount",)) == [
        ("amount", 12.0, "12"), ("amount", 15.0, "15")]


# --- scores, days, weights --------------------------------------------------------------------------------

@pytest.mark.parametrize("text,score", [
    ("The Utah Jazz lost to the Denver Nuggets 112-118.", "112:118"),
    ("The Jazz lost to the Nuggets, 112-118.", "112:118"),
    ("The Jazz lost to the Denver Nuggets 112-118\nThe game was close.", "112:118"),  # a headline's line
    ("They were beaten by Kolos 0-3.", "0:3"),
    ("They lost to Kolos 0-3.", "0:3"),
])
def test_a_loss_to_a_named_winner_ends_in_the_losers_score(text, score):
    assert [value for _, value, _ in facts(text, "en", ("score",))] == [score]


@pytest.mark.parametrize("text", [
    "Prices lost to inflation 2-3.",  # no winner named: a range
    "They lost to Kolos 2-3 on Friday.",  # the clause goes on: a range
    "The team lost to the Nuggets. 112-118 people came.",
])
def test_a_pair_after_a_loss_is_no_score_unless_a_winner_is_named_and_the_clause_ends(text):
    assert facts(text, "en", ("score",)) == []


def test_a_range_of_days_closed_by_inclusive_gives_both_days():
    assert [value for _, value, _ in facts("Schedules apply from December 7 to 9 inclusive.", "en", ("date",))] == [
        "--12-07", "--12-09"]
    assert facts("May 3 and 4 people came.", "en", ("date", "amount")) == [
        ("date", "--05-03", "May 3"), ("amount", 4.0, "4")]


def test_a_weight_class_hyphenated_to_its_qualifier_is_a_measure_and_a_team_code_no_figure():
    assert facts("She competed in the under-52 kg category.", "en", ("quantity",)) == [("quantity", 52.0, "52 kg")]
    assert facts("the under-21 team and the F-16 jets", "en", ("amount", "quantity")) == []
    # only English hyphenates a qualifier so; a hyphen before a temperature is its minus, typed without a space
    assert facts("Вночі морози до-15°C.", "uk", ("quantity",)) == []


# --- names ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("latin,cyrillic,lang", [
    ("Cmoc", "Цмоць", "uk"), ("Wynnyckyj", "Винницький", "uk"), ("Vučić", "Вучич", "ru"), ("Fico", "Фицо", "ru"),
    ("Somogyi", "Шомоді", "uk"), ("Somogyi", "Шомоди", "ru"), ("Szijjártó", "Сійярто", "uk"), ("Nagy", "Надь", "ru"),
    ("Gyurcsány", "Дюрчань", "uk"), ("György", "Дьёрдь", "ru"), ("Horváth", "Горват", "uk"), ("Szabó", "Сабо", "ru"),
])
def test_a_slavic_or_hungarian_latin_alphabet_writes_the_cyrillic_name(latin, cyrillic, lang):
    assert written_in_another_latin_alphabet(latin, cyrillic, lang)


@pytest.mark.parametrize("latin,cyrillic", [("Halushchenko", "Галушко"), ("Carney", "Карні"), ("Cole", "Золя"),
                                            ("Szabó", "Шабо"), ("Somogyi", "Шомода")])
def test_another_name_is_not_written_in_another_latin_alphabet(latin, cyrillic):
    assert not written_in_another_latin_alphabet(latin, cyrillic, "uk")


def test_the_diaspora_spelling_of_a_name_is_the_name_and_another_surname_is_not():
    story = {"en": ["Ambassador Natalka Cmoc handed over the documents."],
             "uk": ["Посол Наталка Цмоць передала документи."],
             "ru": ["Посол Наталка Цмоць передала документы."]}
    assert aligned_fact_findings(story) == []
    swapped = {**story, "en": ["Ambassador Natalka Kovalenko handed over the documents."]}
    assert ("en", "entities", "altered", "error") in aligned_fact_findings(swapped)


def test_a_currencys_adjective_is_no_lost_mention_of_its_country():
    story = {"en": ["Canadian Prime Minister Mark Carney announced a package worth C$2 billion."],
             "uk": ["Прем'єр-міністр Канади Марк Карні анонсував пакет на 2 млрд канадських доларів."],
             "ru": ["Премьер-министр Канады Марк Карни анонсировал пакет на 2 млрд канадских долларов."]}
    assert aligned_fact_findings(story) == []


@pytest.mark.parametrize("lang,text,name", [
    ("ru", "S&P сохраняет рейтинг Украины.", "S&P"),
    ("en", "AT&T and H&M reported.", "AT&T"),
])
def test_capitals_joined_by_an_ampersand_are_a_name_opening_a_sentence_too(lang, text, name):
    assert name in [t for _, _, t in facts(text, lang, ("name",))]


@pytest.mark.parametrize("lang,text", [
    ("en", "Moody's keeps Ukraine at Caa3."),
    ("ru", "Moody's сохраняет рейтинг Украины на уровне Caa3."),  # as the English edition reads it: alike
])
def test_a_word_opening_a_sentence_is_still_no_name_whatever_its_script(lang, text):
    assert "Moody's" not in [t for _, _, t in facts(text, lang, ("name",))]


def test_a_city_against_a_place_two_cyrillic_editions_agree_on_is_worth_a_look():
    story = {"en": ["Swiss President Guy Parmelin said this in Lugano."],
             "uk": ["Про це заявив президент Швейцарії Гі Пармелен у Лугано."],
             "ru": ["Об этом заявил президент Швейцарии Ги Пармелен в Лугано."]}
    assert aligned_fact_findings(story) == []
    assert ("en", "entities", "altered", "warning") in aligned_fact_findings(
        {**story, "en": ["Swiss President Guy Parmelin said this in Geneva."]})


def test_a_city_against_a_person_two_cyrillic_editions_name_is_no_swap():
    story = {"en": ["The Swiss president said this in Geneva."],
             "uk": ["Про це заявив Пармелен."],
             "ru": ["Об этом заявил Пармелен."]}
    assert not [f for f in aligned_fact_findings(story) if f[2] == "altered"]


def test_an_english_word_against_a_name_two_cyrillic_editions_agree_on_is_no_swap():
    # no English dictionary vouches for "Hydrometeorological": the English edition translated the name
    story = {"en": ["The Hydrometeorological Center said so."],
             "uk": ["Про це повідомив Укргідрометцентр."],
             "ru": ["Об этом сообщил Укргидрометцентр."]}
    assert not [f for f in aligned_fact_findings(story) if f[2] == "altered"]


# --- multiples, business abbreviations, hours -----------------------------------------------------------

def test_a_verb_of_a_multiple_says_its_figure():
    assert facts("Imports have tripled.", "en", ("count",)) == [("count", 3.0, "tripled")]
    assert aligned_fact_findings({"en": ["Imports of electric cars have tripled."],
                                  "uk": ["Імпорт електромобілів зріс у 3 рази."],
                                  "ru": ["Импорт электромобилей вырос в 3 раза."]}) == []


@pytest.mark.parametrize("lang,text,value", [
    ("uk", "Банк виділив USD 5 mln на ремонти.", 5e6),
    ("ru", "Банк выделил 3 bln грн.", 3e9),
])
def test_latin_scale_abbreviations_in_cyrillic_copy(lang, text, value):
    assert [v for _, v, _ in facts(text, lang, ("money",))] == [value]


def test_an_hour_a_count_of_hours_shares_its_marker_with_is_read_either_way():
    story = {"en": ["Only yesterday drivers waited up to 6 hours."],
             "uk": ["Ще вчора водії стояли до 6 годин."],
             "ru": ["Еще вчера водители стояли до 6 часов."]}
    assert aligned_fact_findings(story) == []
    changed = aligned_fact_findings({**story, "ru": ["Еще вчера водители стояли до 5 часов."]})
    assert [(edition, kind, severity) for edition, _, kind, severity in changed] == [("ru", "altered", "error")]
    ukrainian = {**story, "uk": ["Ще вчора водії стояли до 6 год."]}
    assert aligned_fact_findings(ukrainian) == []
    clock = {"en": ["The shop is open until 9 a.m."], "uk": ["Магазин працює до 9 години ранку."],
             "ru": ["Магазин работает до 9 часов."]}
    assert aligned_fact_findings(clock) == []


# --- a score in words, a currency's word, exonyms ---------------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("en", "Dynamo and Shakhtar played out a goalless draw."),
    ("uk", "Матч завершився нульовою нічиєю."),
    ("ru", "Матч завершился нулевой ничьей."),
])
def test_a_goalless_draw_is_the_score_nil_nil(lang, text):
    assert [value for _, value, _ in facts(text, lang, ("score",))] == ["0:0"]


def test_european_is_no_euro():
    assert facts("Ukraine entered the top 10 European countries.", "en", ("money",)) == []
    assert [value for _, value, _ in facts("It costs 5 euros.", "en", ("money",))] == [5.0]


def test_a_city_english_names_otherwise_is_the_same_city():
    story = {"en": ["Ukraine has consulates general in Milan and Naples."],
             "uk": ["Україна має генконсульства в Мілані й Неаполі."],
             "ru": ["Украина имеет генконсульства в Милане и Неаполе."]}
    assert aligned_fact_findings(story) == []


# --- opening hours, a range of quarters -----------------------------------------------------------------

def test_a_range_of_bare_hours_is_the_clock_times_another_edition_gives():
    story = {"en": ["The centre will be open daily from 8 a.m. to 8 p.m."],
             "uk": ["Центр працюватиме щодня з 8 до 20."],
             "ru": ["Центр будет работать ежедневно с 8 до 20."]}
    assert aligned_fact_findings(story) == []
    changed = aligned_fact_findings({**story, "uk": ["Центр працюватиме щодня з 9 до 20."]})
    assert changed and {edition for edition, _, _, _ in changed} == {"uk"}


def test_a_range_of_bare_hours_is_a_24_hour_clocks_and_midnight_is_its_zero():
    story = {"en": ["It is open from 9 a.m. to 6 p.m."], "uk": ["Працює з 9 до 18."], "ru": ["Работает с 9 до 18."]}
    assert aligned_fact_findings(story) == []
    # "до 6" on a 24-hour clock is six in the morning: no English "6 p.m." hides it
    assert {edition for edition, _, _, _ in aligned_fact_findings({**story, "uk": ["Працює з 9 до 6."]})} == {"uk"}
    curfew = {"en": ["The curfew lasts from midnight to 5 a.m."], "uk": ["Комендантська година триває з 0 до 5."],
              "ru": ["Комендантский час длится с 0 до 5."]}
    assert aligned_fact_findings(curfew) == []


def test_a_range_of_counts_is_still_two_figures():
    assert [(value, qualifier) for value, qualifier in (
        (f.value, f.qualifier) for f in extract_facts("Кількість зросла з 8 до 20 осіб.", "uk"))] == [
        (8.0, None), (20.0, "less-than")]


@pytest.mark.parametrize("text", ["За I–III квартали 2026 року", "у I-III кварталах"])
def test_the_first_of_a_range_of_roman_numerals_is_an_ordinal_too(text):
    assert [value for _, value, _ in facts(text, "uk", ("ordinal",))] == [1, 3]


@pytest.mark.parametrize("text", ["Частини I–III вийдуть у 2026 році.", "ракети Х-ХІ запущено", "ЗМІ-ІІ частина"])
def test_a_range_that_counts_nothing_or_a_code_gives_no_ordinal(text):
    assert facts(text, "uk", ("ordinal",)) == []


# --- ordinals of thousands, translated places -----------------------------------------------------------

@pytest.mark.parametrize("lang,text", [("en", "the 1,040th anniversary"), ("uk", "до 1 040-ї річниці")])
def test_an_ordinal_of_grouped_thousands_is_an_ordinal_not_a_year(lang, text):
    assert [(kind, value) for kind, value, _ in facts(text, lang, ("ordinal", "year", "amount"))] == [
        ("ordinal", 1040.0)]


def test_thousands_grouped_as_another_language_groups_them_make_no_ordinal():
    # Ukrainian groups thousands with spaces: "1,040" is a decimal there, whatever ending follows
    assert facts("Відзначили 1,040-у річницю.", "uk", ("ordinal",)) == []


@pytest.mark.parametrize("lang,text", [
    ("en", "They tried to land on Snake Island."),
    ("uk", "Вони намагалися висадитися на острів Зміїний."),
    ("ru", "Они пытались высадиться на остров Змеиный."),
])
def test_a_place_whose_name_each_language_translates_is_one_place(lang, text):
    assert [value for _, value, _ in facts(text, lang, ("name",))] == ["snake-island"]
