"""How much text a language verdict needs: bullets, short sentences and brand names.

A verdict rests on words that carry evidence (text words of one script, letters or function words only one
language has, a detector's reading), not on length: a bullet of figures and names gets none and so no
language error, while a paragraph really left in another language still does.
"""

from pathlib import Path

import pytest

from consistency.pipeline import check_story
from consistency.stages.langid import identify


def language_findings(folder: Path, **editions: str) -> list:
    folder.mkdir(parents=True, exist_ok=True)
    for lang, text in editions.items():
        (folder / f"{lang}.txt").write_text(text, encoding="utf-8")
    report = check_story(folder, translator="none", embeddings=False, checks=("language",))
    return [f for f in report.findings if f.check == "language" and f.kind != "mixed-script"]


@pytest.mark.parametrize("line", [
    "- 18 пускових установок M142 HIMARS;",
    "• 3 танки;",
    "– 4 гаубиці M777;",
    "1) 300 тис. снарядів;",
    "- 18 пусковых установок M142 HIMARS;",
    "• 2 зенітні комплекси NASAMS;",
])
def test_a_bullet_of_figures_and_names_gets_no_verdict(line):
    assert identify(line).lang is None


@pytest.mark.parametrize("text, lang", [
    ("Цей кабель не підходить для зарядки.", "uk"),
    ("Магазин закрито на ремонт до суботи.", "uk"),
    ("Ми купили нову пральну машину.", "uk"),
    ("Магазин закрыт на ремонт до субботы.", "ru"),
    ("Он сказал, что переговоры были полезными.", "ru"),
])
def test_a_short_cyrillic_sentence_is_told_apart(text, lang):
    assert identify(text).lang == lang


@pytest.mark.parametrize("text", ["Потяг прибуде за годину.", "Тато приготував вечерю.", "Ти вже вдома?"])
def test_a_short_ukrainian_sentence_with_nothing_russian_is_never_called_russian(text):
    # undecided is fine (too little to tell); Russian is the error this guards against
    assert identify(text).lang in ("uk", None)


@pytest.mark.parametrize("text, lang", [
    ("Замовлення через Apple Pay та Google Pay доступне", "uk"),
    ("Оплата через Apple Pay та Google Pay вже працює.", "uk"),
    ("Новий iPhone продають у магазинах Apple Store.", "uk"),
    ("Компания Microsoft выпустила Windows 11", None),  # one Russian text word: too little to tell
    ("Новый iPhone продают в магазинах Apple Store.", "ru"),
])
def test_latin_names_in_cyrillic_text_are_not_english(text, lang):
    assert identify(text).lang == lang


def test_a_line_of_names_alone_is_no_language():
    assert identify("Apple Pay, Google Pay, Garmin Pay").lang is None


def test_english_text_is_english_even_with_capitalised_words():
    assert identify("The ministers met in Kyiv on Tuesday.").lang == "en"
    assert identify("Killer Storm Batters Coast to the South").lang == "en"  # a Title Case headline


UK_LIST = """Пентагон оголосив новий пакет допомоги Україні, до якого увійшли:

- 18 пускових установок M142 HIMARS;
- 3 танки;
- 12 бронемашин Stryker;
- 60 млн доларів на Starlink.

Замовлення через Apple Pay та Google Pay доступне для всіх клієнтів банку з вересня.

Найкраще продавалися Samsung Galaxy S24 Ultra, Apple iPhone 15 Pro Max та Google Pixel 8 Pro."""

EN_LIST = """The Pentagon announced a new aid package for Ukraine, which includes:

- 18 M142 HIMARS launchers;
- 3 tanks;
- 12 Stryker armoured vehicles;
- $60 million for Starlink.

Ordering through Apple Pay and Google Pay is available to all of the bank's customers from September.

The best sellers were the Samsung Galaxy S24 Ultra, Apple iPhone 15 Pro Max and Google Pixel 8 Pro."""

RU_LIST = """Пентагон объявил новый пакет помощи Украине, в который вошли:

- 18 пусковых установок M142 HIMARS;
- 3 танка;
- 12 бронемашин Stryker;
- 60 млн долларов на Starlink.

Компания Microsoft выпустила Windows 11 и Office 2024 для всех клиентов банка.

Лидерами продаж стали Samsung Galaxy S24 Ultra, Apple iPhone 15 Pro Max и Google Pixel 8 Pro."""


def test_a_story_with_bullets_and_brand_names_has_no_language_error(tmp_path):
    assert language_findings(tmp_path / "story", uk=UK_LIST, en=EN_LIST, ru=RU_LIST) == []


def test_a_paragraph_left_in_english_is_still_reported_in_a_story_with_bullets(tmp_path):
    untranslated = UK_LIST.replace(
        "Замовлення через Apple Pay та Google Pay доступне для всіх клієнтів банку з вересня.",
        "Ordering through Apple Pay and Google Pay is available to all customers.")
    findings = language_findings(tmp_path / "story", uk=untranslated, en=EN_LIST)
    assert [(f.edition, f.kind) for f in findings] == [("uk", "foreign-paragraph")]
    assert "Ordering through" in findings[0].evidence["uk"]


def test_a_short_paragraph_left_in_russian_is_reported(tmp_path):
    untranslated = UK_LIST.replace(
        "Замовлення через Apple Pay та Google Pay доступне для всіх клієнтів банку з вересня.",
        "Он сказал, что переговоры были полезными.")
    findings = language_findings(tmp_path / "story", uk=untranslated, en=EN_LIST)
    assert [(f.edition, f.kind, f.message.split(" is in ")[-1][:2]) for f in findings] == [("uk", "foreign-paragraph", "ru")]


def test_an_edition_whose_body_was_left_in_english_under_its_own_headline_names_the_body_too(tmp_path):
    # most of the file reads as English, but its headline is Ukrainian: the file is in the wrong language, and
    # the reader is shown the paragraph in English besides
    uk = ("Уряд ухвалив нові правила для перевізників\n\n"
          "The government adopted new rules for carriers on Tuesday. The minister says the changes will take "
          "effect in January, and carriers are already preparing for them. Inspections will start in spring.")
    en = ("The government adopts new rules for carriers\n\n" + uk.split("\n\n")[1])
    findings = language_findings(tmp_path / "story", uk=uk, en=en)
    assert [(f.edition, f.kind) for f in findings] == [("uk", "wrong-language-edition"), ("uk", "foreign-paragraph")]
    assert findings[1].evidence["uk"].startswith("The government adopted")
    # with no paragraph in Ukrainian at all, it is the wrong file
    findings = language_findings(tmp_path / "wrong", uk=en, en=en)
    assert [(f.edition, f.kind) for f in findings] == [("uk", "wrong-language-edition")]


def _ntrex_sentences(ntrex_dir: Path, name: str, count: int) -> list[str]:
    lines = (ntrex_dir / name).read_text(encoding="utf-8").splitlines()
    return [line for line in lines if len(line.split()) >= 7][:count]


NTREX = {"en": "newstest2019-src.eng.txt", "uk": "newstest2019-ref.ukr.txt", "ru": "newstest2019-ref.rus.txt"}


def test_a_sentence_left_in_another_language_is_recognised_in_real_news(ntrex_dir):
    # what a paragraph left untranslated needs to be reported: its own language, confidently
    for lang, name in NTREX.items():
        sentences = _ntrex_sentences(ntrex_dir, name, 300)
        recognised = sum(1 for s in sentences if (g := identify(s)).lang == lang and g.confidence >= 0.5)
        assert recognised / len(sentences) >= 0.98, lang


def test_real_news_sentences_never_read_as_another_of_the_three_languages(ntrex_dir):
    for lang, name in NTREX.items():
        wrong = [s for s in _ntrex_sentences(ntrex_dir, name, 300) if identify(s).lang not in (lang, None)]
        assert wrong == [], lang


def test_a_quote_in_a_third_language_written_in_the_latin_script_is_not_english():
    # a French quote every edition keeps as it is: no English function word, so no English verdict either
    assert identify("Il faut bien le faire, a-t-il dit.", ("en", "uk", "ru")).lang is None
    assert identify("The minister said the changes take effect in January.", ("en", "uk", "ru")).lang == "en"


def test_an_english_headline_without_articles_is_english():
    # headlines drop "the" and "a": their prepositions and pronouns are English text all the same
    assert identify('Doctor Pavlova told about "weekend migraine" among workaholics', ("en", "uk", "ru")).lang == "en"
    assert identify("Siberian Expeditions: we can spoil even your worst mood!", ("en", "uk", "ru")).lang == "en"
    # a French quote with a word English also writes ("a") is still no English
    assert identify("Il a dit que le projet avance bien.", ("en", "uk", "ru")).lang is None


def test_a_quotation_kept_in_the_words_it_was_said_in_is_a_warning_and_a_paragraph_left_so_an_error(tmp_path):
    en = ("Carney backs Ukraine\n\nCanadian Prime Minister Mark Carney condemned the overnight attack on Kyiv, which "
          "killed six people, and pledged more aid for the energy sector.\n\n"
          "\"Canada stands with Ukraine. Russia must be held accountable for these crimes,\" he wrote on X.")
    kept = ("Карні підтримав Україну\n\nПрем'єр-міністр Канади Марк Карні засудив нічну атаку на Київ, під час якої "
            "загинули шестеро людей, і пообіцяв більше допомоги для енергетики.\n\n"
            "\"Canada stands with Ukraine. Russia must be held accountable for these crimes,\" – написав він у "
            "соцмережі X.")
    findings = language_findings(tmp_path / "kept", uk=kept, en=en)
    assert [(f.edition, f.kind, f.severity) for f in findings] == [("uk", "foreign-quotation", "warning")]
    # the words around the quotation left in another language too: the paragraph was not translated
    left = (kept.split("\n\n\"")[0] + "\n\n"
            "«Канада стоит с Украиной. Россия должна понести ответственность за эти преступления», – написал он "
            "в соцсети X.")
    findings = language_findings(tmp_path / "left", uk=left, en=en)
    assert [(f.edition, f.kind, f.severity) for f in findings] == [("uk", "foreign-paragraph", "error")]


def test_a_quotation_kept_with_its_translation_in_brackets_is_no_finding(tmp_path):
    en = ("Macron: Ukraine is not alone\n\nFrench President Emmanuel Macron wrote on X after meeting Zelensky.\n\n"
          "\"Ukraine is not alone. We will stand by Ukraine for as long as it takes,\" Macron wrote.")
    both = ("Макрон: Україна не сама\n\nПрезидент Франції Емманюель Макрон написав у X після зустрічі із "
            "Зеленським.\n\n«Ukraine is not alone. We will stand by Ukraine for as long as it takes» (Україна не сама. "
            "Ми будемо поруч з Україною стільки, скільки буде потрібно), — написав Макрон.")
    assert language_findings(tmp_path / "both", uk=both, en=en) == []
    # brackets in English are no translation: the paragraph is still left in English
    untranslated = both.replace("(Україна не сама. Ми будемо поруч з Україною стільки, скільки буде потрібно)",
                                "(as he put it)")
    findings = language_findings(tmp_path / "untranslated", uk=untranslated, en=en)
    assert ("uk", "foreign-paragraph") in [(f.edition, f.kind) for f in findings]
