"""Habits of the ninth set of newsroom stories, each read alike in uk, en and ru: a temperature below zero by its
sign, its words or its range ("−3°C", "мінус 7–12 градусів", "8° мороза", "-2...+3°"), an ordinal with the word it
counts ("у другому читанні", "Q2" / "у другому кварталі"), counts in words of two and three, a work's title one
edition sets without quotation marks, Latin names with diacritics ("Erdoğan", "Jørgensen"), Kyiv's districts, the
ministries and the General Staff by their short names, a place a dictionary knows against one two scripts agree
on; and what each of these readings must leave alone."""

import pytest

from consistency.stages.facts import extract_facts
from consistency.stages.facts.name_keys import is_glossary, name_key, same_name, sound_key
from consistency.stages.segment import split_sentences
from support.facts_story import aligned_fact_findings

fact_findings = aligned_fact_findings


def figures(text, lang):
    return [(f.text, f.value) for f in extract_facts(text, lang) if f.kind in ("amount", "quantity", "percent")]


# --- temperatures keep their sign ----------------------------------------------------------------------

@pytest.mark.parametrize("lang,text,values", [
    ("en", "At night from 0 to -3°C.", [0, -3]),
    ("en", "It was −12°C at night.", [-12]),
    ("en", "Kharkiv: −6…−2°C, snow.", [-6, -2]),
    ("en", "Kyiv: −3…+1°C.", [-3, 1]),
    ("en", "At night -6 to -1°C.", [-6, -1]),
    ("en", "Down to minus 12 degrees.", [-12]),
    ("uk", "Вночі мінус 7–12 градусів.", [-7, -12]),  # the range's second end takes the first's sign
    ("ru", "Днем от 2° мороза до 3° тепла.", [-2, 3]),
    ("uk", "Вночі -3...-8°, вдень 0°.", [-3, -8, 0]),
    ("uk", "Вночі 0-3°C.", [0, 3]),  # a range's dash is no minus
])
def test_a_temperature_keeps_its_sign(lang, text, values):
    assert [value for _, value in figures(text, lang)] == values


@pytest.mark.parametrize("lang,text", [
    ("en", "Prices fell -5% in a week."),
    ("uk", "Ціни -5% за тиждень, а рахунок 2-1."),
    ("en", "The M-05 highway is closed for 3-4 days."),
])
def test_a_figure_that_is_no_temperature_keeps_no_sign(lang, text):
    assert figures(text, lang) and all(value >= 0 for _, value in figures(text, lang))


def test_a_sign_changed_in_one_edition_is_a_changed_value():
    story = {"uk": ["Вночі від 0 до +3°C."], "en": ["At night from 0 to -3°C."], "ru": ["Ночью от 0 до +3°C."]}
    assert ("en", "numbers", "altered", "error") in fact_findings(story)
    same = {"uk": ["Вночі від 0 до −3°C."], "en": ["At night from 0 to -3°C."], "ru": ["Ночью от 0 до минус 3°C."]}
    assert fact_findings(same) == []


def test_a_forecasts_range_joined_by_an_ellipsis_stays_one_sentence():
    assert split_sentences("At night -2...+3°, during the day +1...+6°. Icy roads.", "en") == [
        "At night -2...+3°, during the day +1...+6°.", "Icy roads."]


# --- an ordinal with the word it counts -----------------------------------------------------------------

@pytest.mark.parametrize("lang,text,said", [
    ("uk", "Рада ухвалила закон у другому читанні.", "другому читанні"),
    ("ru", "Рада приняла закон во втором чтении.", "втором чтении"),
    ("en", "Parliament passed the law in the second reading.", "second reading"),
    ("en", "Third-group entrepreneurs file by December 31.", "Third-group"),
])
def test_an_ordinal_is_read_with_the_word_it_counts(lang, text, said):
    assert [f.text for f in extract_facts(text, lang) if f.kind == "ordinal"] == [said]


def test_first_or_second_reading_changed_in_one_edition_is_caught_but_first_time_is_wording():
    story = {"uk": ["Рада ухвалила закон у першому читанні."],
             "en": ["Parliament passed the law in the first reading."],
             "ru": ["Рада приняла закон во втором чтении."]}
    assert ("ru", "numbers", "altered", "error") in fact_findings(story)
    quarter = {"uk": ["У другому кварталі ВВП зріс на 1,4%."], "en": ["In Q1, GDP grew by 1.4%."],
               "ru": ["Во втором квартале ВВП вырос на 1,4%."]}
    assert ("en", "numbers", "altered", "error") in fact_findings(quarter)
    wording = {"uk": ["Він уперше виступив у другому турі."],
               "en": ["He spoke for the first time in the second round."],
               "ru": ["Он впервые выступил во втором туре."]}
    assert fact_findings(wording) == []


# --- counts in words of two and three --------------------------------------------------------------------

def test_two_against_three_in_words_is_worth_a_look():
    story = {"uk": ["Поліція затримала трьох чоловіків."], "en": ["Police detained three men."],
             "ru": ["Полиция задержала двух мужчин."]}
    assert ("ru", "numbers", "altered", "warning") in fact_findings(story)
    story = {"uk": ["Пошкоджено два будинки."], "en": ["Three buildings were damaged."],
             "ru": ["Повреждены два дома."]}
    assert ("en", "numbers", "altered", "warning") in fact_findings(story)


# --- a work's title one edition sets without quotation marks ---------------------------------------------

def test_a_title_the_others_quote_is_no_name_added():
    story = {"uk": ["Фільм «Сірі бджоли» отримав Гран-прі в Таллінні."],
             "en": ["Grey Bees wins the Grand Prix in Tallinn."],
             "ru": ["Фильм «Серые пчелы» получил Гран-при в Таллине."]}
    assert [f for f in fact_findings(story) if f[0] == "en" and f[2] == "added"] == []


# --- Latin names with diacritics, and a Persian "-chi" ----------------------------------------------------

@pytest.mark.parametrize("latin,cyrillic,lang", [
    ("Erdoğan", "Ердоган", "uk"), ("Jørgensen", "Йоргенсеном", "ru"), ("Łukasz", "Лукаш", "uk"),
    ("Nicușor", "Нікушор", "uk"), ("Babiš", "Бабиш", "ru"),
])
def test_a_latin_name_with_diacritics_has_the_key_of_its_transcription(latin, cyrillic, lang):
    assert name_key(latin, "en").isascii()
    assert sound_key(latin, "en")[-3:] == sound_key(cyrillic, lang)[-3:]


def test_a_persian_final_chi_is_no_japanese_ti_but_a_japanese_one_is():
    assert name_key("Araghchi", "en") != name_key("Araghti", "en")
    assert same_name(name_key("Takaichi", "en"), name_key("Такаїті", "uk"))


def test_a_persian_name_transcribed_otherwise_by_russian_copy_is_no_swap():
    story = {"uk": ["Глава МЗС Ірану Аббас Арагчі провів переговори."],
             "en": ["Iranian Foreign Minister Abbas Araghchi held talks."],
             "ru": ["Глава МИД Ирана Аббас Аракчи провел переговоры."]}
    assert fact_findings(story) == []


# --- districts, ministries, fleets, agencies ---------------------------------------------------------------

@pytest.mark.parametrize("lang,text,key", [
    ("uk", "Уламки впали в Дарницькому районі.", "darnytsia"),
    ("ru", "Обломки упали в Оболонском районе.", "obolon-district"),
    ("en", "Debris fell in the Obolonskyi district.", "obolon-district"),
    ("uk", "Мінцифри запустило послугу.", "digital-ministry"),
    ("ru", "Об этом сообщили в Генштабе.", "general-staff"),
    ("ru", "Корабли Черноморского флота вышли в море.", "black-sea-fleet"),
    ("uk", "Допомогу надасть УВКБ ООН.", "unhcr"),
    ("en", "The WFP will expand aid.", "wfp"),
    ("ru", "Об этом сообщили в Кишиневе.", "chisinau"),
])
def test_an_institution_or_a_district_is_read_by_the_name_each_language_gives_it(lang, text, key):
    assert key in [f.value for f in extract_facts(text, lang) if f.kind == "name"]


def test_a_district_swapped_in_one_edition_is_caught():
    story = {"uk": ["Уламки впали в Дарницькому районі."], "en": ["Debris fell in the Darnytskyi district."],
             "ru": ["Обломки упали в Оболонском районе."]}
    assert ("ru", "entities", "altered", "error") in fact_findings(story)


def test_the_shevchenko_prize_is_no_district():
    facts = extract_facts("Він лауреат Шевченківської премії.", "uk")
    assert [f.value for f in facts if f.kind == "name" and is_glossary(str(f.value))] == []


def test_the_foreign_minister_is_a_mention_of_the_foreign_ministry():
    story = {"uk": ["Глава МЗС Туреччини Хакан Фідан закликав до стриманості."],
             "en": ["Turkish Foreign Minister Hakan Fidan called for restraint."],
             "ru": ["Глава МИД Турции Хакан Фидан призвал к сдержанности."]}
    assert fact_findings(story) == []


# --- a place a dictionary knows against one two scripts agree on -------------------------------------------

def test_a_known_place_against_a_name_two_scripts_agree_on_is_worth_a_look():
    story = {"uk": ["У Тирасполі запровадили графіки відключень."],
             "en": ["Outage schedules were introduced in Tiraspol."],
             "ru": ["В Бендерах ввели графики отключений."]}
    assert ("ru", "entities", "altered", "warning") in fact_findings(story)


def test_a_place_against_a_name_copied_in_latin_by_two_editions_is_no_swap():
    # "Ukip" in the en and ru editions, "Партія незалежності Сполученого Королівства" in uk: no transcription agrees
    story = {"uk": ["Лідер партії незалежності Сполученого Королівства заявив про відставку."],
             "en": ["The Ukip leader announced his resignation."],
             "ru": ["Лидер партии Ukip заявил об отставке."]}
    assert [f for f in fact_findings(story) if f[2] == "altered"] == []


def test_a_brand_two_editions_give_alike_against_another_is_worth_a_look():
    # transcribed alike in two scripts, or copied in Latin letters into the Ukrainian edition
    story = {"uk": ["До програми також приєднався Укргазбанк."], "en": ["The program was also joined by Ukrgasbank."],
             "ru": ["К программе также присоединился Райффайзен."]}
    assert ("ru", "entities", "altered", "warning") in fact_findings(story)
    story = {"uk": ["Оператор Vodafone оголосив про знижки."], "en": ["Operator Intertelecom announced discounts."],
             "ru": ["Оператор Интертелеком объявил о скидках."]}
    assert ("uk", "entities", "altered", "warning") in fact_findings(story)
    # both known to the glossary: sure
    story = {"uk": ["До програми також приєднався ПриватБанк."], "en": ["The program was also joined by PrivatBank."],
             "ru": ["К программе также присоединился Ощадбанк."]}
    assert ("ru", "entities", "altered", "error") in fact_findings(story)


def test_a_common_word_against_a_brand_is_no_swap():
    story = {"uk": ["«Батьківщина» має 7%."], "en": ["Batkivshchyna has 7%."], "ru": ["«Голос» имеет 7%."]}
    assert [f for f in fact_findings(story) if f[2] == "altered"] == []


@pytest.mark.parametrize("lang,text,values", [
    ("en", "After 5 days of frost, the roads froze.", [5]),  # "of frost" after days is no temperature's
    ("en", "From -5 to 10°C.", [-5, 10]),  # a mark is each end's own
    ("en", "It will be -3°C to 5°C.", [-3, 5]),
    ("uk", "Від мінус 3 до плюс 5 градусів.", [-3, 5]),
    ("ru", "Ночью 3–8 градусов мороза.", [-3, -8]),  # the words after the second end put both below zero
    ("ru", "Ночью -1...-3.", [-1, -3]),
])
def test_a_sign_is_read_where_it_stands_and_no_further(lang, text, values):
    assert [value for _, value in figures(text, lang)] == values


def test_a_region_against_a_town_two_editions_name_is_a_sentence_retold():
    story = {"uk": ["У Горлівці пролунали вибухи."], "en": ["Explosions were heard in Horlivka."],
             "ru": ["В Донбассе прогремели взрывы."]}
    assert [f for f in fact_findings(story) if f[2] == "altered"] == []

