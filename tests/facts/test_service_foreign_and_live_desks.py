"""Habits of the fifteenth set of newsroom stories, from live blogs, explainers and war reports, from consumer
desks, and from English in AP and British style beside Russian from Kazakh, Moldovan, Baltic and Israeli outlets,
each read alike in uk, en and ru: calibres with their unit glued on ("5.45×39mm"), horsepower, micrograms and
spoons, a range whose scale the second figure says ("2–3 тисячі" / "2,000–3,000"), a multiplier "x2.5", a fuel use
"per 100km", the maps of an esports final listed as scores, age categories whose letter each language translates
("Ж40" / "W40"), a code range ("G1.6-G4"), an acronym hyphenated to a Cyrillic word ("FPV-дронами"), a power-cut
schedule by subgroups, the seas, the Danube and the Home Office, a Kazakh "тг", and a country left out by the
country's own outlet ("Latvia's parliament" / "Сейм"); and what each of these readings must leave alone."""

import pytest

from consistency.stages.facts import extract_facts
from consistency.stages.segment import split_sentences
from support.facts_story import aligned_fact_findings
from support.facts_story import written_story_findings as findings


def facts(text, lang, kinds=("quantity", "amount", "money", "score", "dimensions", "time", "name")):
    return [(f.kind, f.value, f.text) for f in extract_facts(text, lang) if f.kind in kinds]


# --- units -----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("lang,text,written", [("en", "AK-74s chambered in 5.45×39mm.", "5.45×39mm"),
                                               ("uk", "АК-74 під 5,45×39 мм.", "5,45×39 мм"),
                                               ("ru", "АК-74 под 5,45×39 мм.", "5,45×39 мм")])
def test_a_calibre_is_one_measure_with_its_unit_glued_on_or_spaced(lang, text, written):
    assert facts(text, lang, ("dimensions",)) == [("dimensions", "5.45x39", written)]


@pytest.mark.parametrize("text", ["the code 0x1F", "a pair of 4x4s"])
def test_letters_of_no_unit_glued_to_a_product_keep_it_no_measure(text):
    assert facts(text, "en", ("dimensions",)) == []


@pytest.mark.parametrize("lang,text,unit", [
    ("en", "producing 150hp (110kW)", "hp"), ("uk", "потужністю 150 к.с. (110 кВт)", "hp"),
    ("ru", "мощностью 150 л.с. (110 кВт)", "hp"), ("en", "a dose of 150mcg", "ug"), ("uk", "дозу 150 мкг", "ug"),
    ("ru", "мощностью 150 л. с.", "hp"), ("en", "150 tbsp", "tbsp"), ("ru", "150 ст. л.", "tbsp"),
    ("uk", "150 ч. л.", "tsp"), ("uk", "150 чайну ложку", "tsp"), ("ru", "150 столовой ложки", "tbsp")])
def test_horsepower_micrograms_and_spoons_are_units(lang, text, unit):
    assert [(f.value, f.unit) for f in extract_facts(text, lang) if f.value == 150] == [(150, unit)]


def test_a_car_s_power_and_fuel_use_read_alike_in_every_edition():
    story = {"en": ["The 2.0 TSI produces 204hp (150kW) and uses 7.8 litres per 100km."],
             "uk": ["Двигун 2.0 TSI має 204 к.с. (150 кВт) і витрачає 7,8 л/100 км."],
             "ru": ["Двигатель 2.0 TSI выдает 204 л.с. (150 кВт) и расходует 7,8 л/100 км."]}
    assert aligned_fact_findings(story) == []
    assert ("uk", "numbers", "altered", "error") in aligned_fact_findings(
        {**story, "uk": ["Двигун 2.0 TSI має 240 к.с. (150 кВт) і витрачає 7,8 л/100 км."]})


def test_a_capital_m2_or_hp_before_a_name_is_a_vehicle_or_a_brand_not_a_unit():
    assert facts("They brought 40 M2 Bradley vehicles, 20 HP laptops and a 40 m2 flat.", "en", ("quantity",)) == [
        ("quantity", 40.0, "40 m2")]


def test_horsepower_is_power_so_an_edition_in_kilowatts_gives_the_same_engine():
    story = {"en": ["The engine produces 204hp."], "uk": ["Двигун має потужність 150 кВт."],
             "ru": ["Двигатель выдает 204 л.с."]}
    assert [f for f in aligned_fact_findings(story) if f[3] == "error"] == []


# --- figures -----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("lang,text,values", [("uk", "це 2–3 тисячі", [2000, 3000]),
                                              ("en", "it is 2,000–3,000", [2000, 3000]),
                                              ("en", "2-3 million people", [2_000_000, 3_000_000])])
def test_the_first_figure_of_a_range_takes_the_scale_the_second_says(lang, text, values):
    assert [f.value for f in extract_facts(text, lang)] == values


def test_a_range_keeps_a_first_figure_too_large_for_the_scale():
    assert [f.value for f in extract_facts("from 900 to 1.2 million", "en")] == [900, 1_200_000]


def test_a_latin_x_alone_before_a_figure_is_a_multiplier():
    assert [f.value for f in extract_facts("a surge multiplier of up to x2.5", "en")] == [2.5]
    assert [f.value for f in extract_facts("до ×2,5", "uk")] == [2.5]


def test_a_round_denominator_after_per_is_no_quantity_of_its_own():
    story = {"en": ["The cars use 7.8 litres per 100km."], "uk": ["Автомобілі витрачають 7,8 л/100 км."]}
    assert aligned_fact_findings(story) == []


def test_a_round_distance_after_a_measure_with_words_between_is_a_distance():
    fell = [f for f in extract_facts("Ракета з бойовою частиною 500 кг впала за 10 км від Києва.", "uk")
            if f.unit == "km"]
    assert [(f.value, f.qualifier) for f in fell] == [(10, None)]


def test_the_maps_of_a_final_listed_alike_are_scores_whichever_figure_is_larger():
    assert [v for k, v, _ in facts("13-9 on Mirage, 10-13 on Inferno and 13-7 on Nuke.", "en", ("score",))] == [
        "13:9", "10:13", "13:7"]
    assert [(k, v) for k, v, _ in facts("13:9 на Mirage, 10:13 на Inferno і 13:7 на Nuke.", "uk", ("score", "time"))] \
        == [("score", "13:9"), ("score", "10:13"), ("score", "13:7")]


@pytest.mark.parametrize("text", ["Won 2:1 on Saturday; the next match starts at 18:30 on Wednesday.",
                                  "Won 2:1 at home; the next match starts at 18:30 on Friday."])
def test_a_clock_time_after_a_score_stays_a_time_unless_both_are_said_on_a_name(text):
    assert [k for k, _, _ in facts(text, "en", ("score", "time"))] == ["score", "time"]


def test_an_ordinal_in_words_against_the_higher_one_two_editions_agree_on_is_worth_a_look():
    story = {"en": ["This is Megalot's third jackpot in 2025."],
             "uk": ["Це вже третій джекпот «Мегалоту» у 2025 році."],
             "ru": ["Это уже третий джекпот «Мегалота» в 2025 году."]}
    assert aligned_fact_findings(story) == []
    assert aligned_fact_findings({**story, "en": ["This is Megalot's second jackpot in 2025."]}) == [
        ("en", "numbers", "altered", "warning")]


# --- names and codes ---------------------------------------------------------------------------------------------

def test_an_age_category_is_the_same_whichever_letter_says_women():
    assert [v for _, v, _ in facts("у категоріях Ж40 і Ч50", "uk", ("name",))] == [
        v for _, v, _ in facts("in the W40 and M50 categories", "en", ("name",))]


def test_a_code_after_a_code_with_decimals_is_read():
    assert [t for _, _, t in facts("meters of sizes G1.6-G4, G1.25-G4 and GPT-5.1", "en", ("name",))] == [
        "G1.6", "G4", "G1.25", "G4", "GPT-5.1"]


def test_a_jet_s_letter_is_no_age_category():
    assert [v for _, v, _ in facts("6 F16 jets", "en", ("name",))] == [v for _, v, _ in facts("6 F16", "uk", ("name",))]


def test_an_acronym_hyphenated_to_a_cyrillic_word_is_the_acronym():
    assert facts("решту — FPV-дронами та ракетами Х-101", "uk", ("name",)) == [
        ("name", "~fpv", "FPV"), ("name", "~h-101", "Х-101")]


def test_an_acronym_another_language_spells_as_a_common_word_stays_whole():
    assert [t for _, _, t in facts("Українські IT-компанії", "uk", ("name",))] == ["IT-компанії"]


@pytest.mark.parametrize("lang,text,key", [
    ("uk", "ракети з Каспійського моря", "caspian-sea"), ("ru", "в Черном море", "black-sea"),
    ("en", "in the Sea of Azov", "sea-of-azov"), ("uk", "фарватер Дунаю", "danube"),
    ("ru", "Министерство внутренних дел Великобритании", "home-office"), ("en", "the Home Office", "home-office"),
    ("uk", "МВС Британії", "home-office"),
    ("uk", "Європейське космічне агентство", "esa"), ("ru", "ЕКА", "esa")])
def test_seas_the_danube_and_agencies_each_edition_names_in_its_own_words(lang, text, key):
    assert [v for _, v, _ in facts(text, lang, ("name",))] == [key]


def test_tenge_abbreviated_as_kazakh_russian_copy_writes_it():
    assert [(f.value, f.unit) for f in extract_facts("от 16,9 млн тг", "ru")] == [(16_900_000, "KZT")]


def test_a_scale_changed_beside_a_conversion_the_others_give_is_caught():
    story = {"en": ["Prices start at 16.9m tenge (about $32,500)."],
             "uk": ["Ціни стартують від 16,9 млрд тенге (близько $32 500)."],
             "ru": ["Цены стартуют от 16,9 млн тг (около $32 500)."]}
    assert ("uk", "numbers", "altered", "error") in aligned_fact_findings(story)


# --- sentences -------------------------------------------------------------------------------------------------

def test_a_schedule_by_numbered_subgroups_is_a_sentence_per_line_in_every_language():
    lines = {"uk": "1.1 — з 00:00 до 03:30 та з 14:00 до 17:30\n1.2 — з 03:30 до 07:00",
             "en": "1.1 — from 00:00 to 03:30 and from 14:00 to 17:30\n1.2 — from 03:30 to 07:00"}
    assert {lang: len(split_sentences(text, lang)) for lang, text in lines.items()} == {"uk": 2, "en": 2}


# --- places ------------------------------------------------------------------------------------------------------

def test_the_headline_s_country_left_out_before_what_it_owns_is_no_loss(tmp_path):
    assert findings(
        tmp_path,
        en="Latvia extends support for Ukrainians\n\nLatvia's parliament, the Saeima, on 4 December passed the "
           "amendments.\n",
        uk="Латвія продовжила підтримку українців\n\nСейм Латвії 4 грудня ухвалив поправки.\n",
        ru="Латвия продлила поддержку украинцев\n\nСейм 4 декабря принял поправки.\n") == []

