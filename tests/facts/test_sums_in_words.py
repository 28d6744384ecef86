"""Sums said in words, as a lead or a headline says them: "мільярд доларів" / "a billion dollars" / "миллиард
долларов", "сотню мільйонів гривень" / "a hundred million hryvnias", "пів мільйона" / "half a million" /
"полмиллиона". A sum in words with its scale word is as sure as one in digits, so it matches the other editions'
and a changed one is an error; "millions of people" is no million."""

import pytest

from consistency.stages.facts import extract_facts
from consistency.stages.facts.amounts import MAGNITUDE
from support.facts_story import fact_findings
from support.story_cli import write_story


def sums(text, lang):
    return [(f.kind, f.value, f.unit) for f in extract_facts(text, lang) if f.kind == "money"]


@pytest.mark.parametrize("uk,en,ru,value,currency", [
    ("мільярд доларів", "a billion dollars", "миллиард долларов", 1e9, "USD"),
    ("понад мільйон гривень", "more than a million hryvnias", "более миллиона гривен", 1e6, "UAH"),
    ("сотню мільйонів гривень", "a hundred million hryvnias", "сотню миллионов гривен", 1e8, "UAH"),
    ("два мільярди доларів", "two billion dollars", "два миллиарда долларов", 2e9, "USD"),
    ("пів мільйона гривень", "half a million hryvnias", "полмиллиона гривен", 5e5, "UAH"),
    ("двісті мільйонів гривень", "two hundred million hryvnias", "двести миллионов гривен", 2e8, "UAH"),
])
def test_a_sum_in_words_reads_alike_in_every_language(uk, en, ru, value, currency):
    assert sums(uk, "uk") == sums(en, "en") == sums(ru, "ru") == [("money", value, currency)]


@pytest.mark.parametrize("lang,text,value", [
    ("uk", "три з половиною мільйона гривень", 3.5e6), ("ru", "два с половиной миллиона долларов", 2.5e6),
    ("en", "a million and a half dollars", 1.5e6), ("en", "two and a half million hryvnias", 2.5e6),
])
def test_a_half_more_after_a_number_word(lang, text, value):
    assert [v for _, v, _ in sums(text, lang)] == [value]


def test_a_scale_word_after_an_ordinal_or_a_fraction_is_no_sum_of_its_own():
    assert [(f.kind, f.value) for f in extract_facts("П'ятий мільйон туристів приїхав.", "uk")] == [("ordinal", 5.0)]
    assert sums("half dollars", "en") == []
    # a scale word's thousands are no tens of it: a million and forty thousand
    assert sums("мільйон сорок тисяч гривень", "uk") == [("money", 1040000.0, "UAH")]


def test_a_scale_word_in_the_plural_is_no_sum_of_one_but_an_order_of_magnitude():
    assert sums("мільйони доларів", "uk") == sums("millions of dollars", "en") == []
    facts = extract_facts("Мільйони людей залишилися без світла.", "uk")
    assert [(f.kind, f.value, f.qualifier) for f in facts] == [("count", 1e6, MAGNITUDE)]


UK = "Компанія інвестує мільярд доларів у завод, ще сотню мільйонів гривень виділить місто.\n"
EN = ("The company will invest a billion dollars in the plant, and the city will allocate another hundred million "
      "hryvnias.\n")
RU = "Компания инвестирует миллиард долларов в завод, еще сотню миллионов гривен выделит город.\n"


def _numbers(folder):
    return fact_findings(folder)


def test_a_clean_story_with_sums_in_words_raises_nothing(tmp_path):
    assert _numbers(write_story(tmp_path / "s", {"en.txt": EN, "uk.txt": UK, "ru.txt": RU})) == []


@pytest.mark.parametrize("edition,old,new", [("uk", "мільярд доларів", "мільйон доларів"),
                                             ("en", "another hundred million", "another two hundred million"),
                                             ("ru", "миллиард долларов", "миллиард евро")])
def test_a_changed_sum_in_words_is_an_error_on_the_edition_that_changed_it(tmp_path, edition, old, new):
    texts = {"en": EN, "uk": UK, "ru": RU}
    texts[edition] = texts[edition].replace(old, new)
    folder = write_story(tmp_path / "s", {f"{lang}.txt": text for lang, text in texts.items()})
    assert _numbers(folder) == [(edition, "altered", "error")]
