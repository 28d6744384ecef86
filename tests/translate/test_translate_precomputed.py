"""Precomputed pivot translations: uk.en.txt beside uk.txt, one line per sentence or one block per paragraph.

The story's uk.txt (see conftest) has 5 sentences in 3 paragraphs, 2 + 1 + 2."""

from __future__ import annotations

import pytest

from consistency.errors import StoryError
from consistency.stages.translate.plan import find_precomputed, load_precomputed

SENTENCE_LINES = """The ministry announced a new aid package.
The package has missiles and generators.
The minister told reporters that support will continue.
Congress has not yet approved the request.
Total aid exceeded 44.2 billion dollars.
"""


# the story's uk.txt one line per paragraph, and an English translation of it line by line
UK_LINES = ("Міністерство оборони оголосило новий пакет допомоги. У пакеті є ракети та генератори.\n"
            "Міністр сказав журналістам у середу, що підтримка триватиме.\n"
            "Конгрес ще не ухвалив запит. Загальна сума допомоги перевищила 44,2 мільярда доларів.\n")
EN_LINES = ("The ministry announced a new aid package. The package has missiles and generators.\n"
            "The minister told reporters on Wednesday that support will continue.\n"
            "Congress has not yet approved the request. Total aid exceeded $44.2 billion.\n")


def load(make_story, text):
    story, segmentations = make_story(**{"uk.en.txt": text})
    edition = story.editions["uk"]
    return load_precomputed(edition, segmentations["uk"], "en"), segmentations["uk"]


def test_the_loader_finds_the_file_beside_the_edition(make_story):
    story, _ = make_story(**{"uk.en.txt": SENTENCE_LINES})
    assert story.editions["uk"].precomputed_pivot.name == "uk.en.txt"
    assert find_precomputed(story.editions["uk"], "en").name == "uk.en.txt"
    assert find_precomputed(story.editions["ru"], "en") is None
    assert find_precomputed(story.editions["uk"], "de") is None  # uk.en.txt is not a German translation


def test_one_line_per_sentence(make_story):
    translation, _ = load(make_story, SENTENCE_LINES)
    assert translation.sentences == tuple(SENTENCE_LINES.splitlines())
    assert (translation.edition, translation.source_lang, translation.pivot) == ("uk", "uk", "en")
    assert translation.translator == "precomputed"
    assert translation.settings["layout"] == "sentences" and translation.settings["file"] == "uk.en.txt"


def test_one_line_per_sentence_with_blank_lines_between_paragraphs(make_story):
    lines = SENTENCE_LINES.splitlines()
    text = "\n".join(lines[:2]) + "\n\n" + lines[2] + "\n\n" + "\n".join(lines[3:]) + "\n"
    translation, _ = load(make_story, text)
    assert translation.sentences == tuple(lines)
    assert translation.settings["layout"] == "sentences"


def test_one_block_per_paragraph_is_split_into_sentences(make_story):
    text = (
        "The ministry announced a new aid package. The package has missiles and\ngenerators.\n\n"
        "The minister told reporters that support will continue.\n\n"
        "Congress has not yet approved the request. Total aid exceeded $44.2 billion.\n"
    )
    translation, _ = load(make_story, text)
    assert translation.settings["layout"] == "paragraphs"
    assert translation.sentences == (
        "The ministry announced a new aid package.",
        "The package has missiles and generators.",
        "The minister told reporters that support will continue.",
        "Congress has not yet approved the request.",
        "Total aid exceeded $44.2 billion.",
    )


def test_a_paragraph_with_another_sentence_count_is_paired_by_content(make_story):
    text = (
        "The ministry announced a new aid package with missiles and generators.\n\n"
        "The minister told reporters that support will continue.\n\n"
        "Congress has not yet approved the request. Total aid exceeded $44.2 billion.\n"
    )
    translation, segmentation = load(make_story, text)
    assert len(translation.sentences) == len(segmentation.sentences) == 5
    # one translated sentence for the paragraph's two: each of them gets it, so neither seems to lose its facts
    merged = "The ministry announced a new aid package with missiles and generators."
    assert translation.sentences[:2] == (merged, merged)
    assert translation.sentences[3:] == ("Congress has not yet approved the request.", "Total aid exceeded $44.2 billion.")


def test_a_paragraph_translated_in_more_sentences_loses_none_of_them(make_story):
    text = (
        "The ministry announced a new aid package. The package has missiles. It also has generators.\n\n"
        "The minister told reporters that support will continue.\n\n"
        "Congress has not yet approved the request. Total aid exceeded $44.2 billion.\n"
    )
    translation, _ = load(make_story, text)
    assert translation.settings["layout"] == "paragraphs"
    assert " ".join(translation.sentences[:2]) == (
        "The ministry announced a new aid package. The package has missiles. It also has generators.")
    assert all(translation.sentences[:2])  # each sentence of the edition has its part


def test_one_line_per_paragraph_without_blank_lines(make_story):
    text = (
        "The ministry announced a new aid package. The package has missiles and generators.\n"
        "The minister told reporters that support will continue.\n"
        "Congress has not yet approved the request. Total aid exceeded $44.2 billion.\n"
    )
    translation, _ = load(make_story, text)
    assert translation.settings["layout"] == "paragraphs"
    assert translation.sentences[1] == "The package has missiles and generators."


PLANT_UK = ("Завод у Харкові відкрили у 2019 році, і відтоді він випускає по 40 вагонів на рік. "
            "Директор заводу Олег Петренко сказав, що торік експорт зріс на 12 відсотків. "
            "Найбільше замовлень надійшло з Польщі. Ще 300 вагонів замовила Угорщина. "
            "Нова лінія запрацює у березні 2025 року. Вона коштуватиме 85 мільйонів гривень.\n")


def test_a_paragraph_with_as_many_sentences_is_still_paired_by_content_when_they_do_not_match(make_story):
    # the MT cut the first sentence in two and joined the third and fourth: as many sentences as the
    # edition's paragraph, yet read in order every pair between would be one sentence off
    text = ("The plant in Kharkiv opened in 2019. Since then it has made 40 wagons a year. "
            "The plant's director Oleh Petrenko said that exports grew by 12 percent last year. "
            "Most orders came from Poland, and Hungary ordered another 300 wagons. "
            "The new line will start in March 2025. It will cost 85 million hryvnias.\n")
    story, segmentations = make_story(files={"uk.txt": PLANT_UK, "en.txt": text, "uk.en.txt": text})
    translation = load_precomputed(story.editions["uk"], segmentations["uk"], "en")
    assert len(segmentations["uk"].sentences) == 6 and translation.settings["layout"] == "paragraphs"
    assert translation.sentences[0] == "The plant in Kharkiv opened in 2019. Since then it has made 40 wagons a year."
    assert "12 percent" in translation.sentences[1]
    assert translation.sentences[2] == translation.sentences[3] == (
        "Most orders came from Poland, and Hungary ordered another 300 wagons.")
    assert translation.sentences[5] == "It will cost 85 million hryvnias."


def test_a_paragraph_with_as_many_matching_sentences_is_paired_in_order(make_story):
    # the first sentence says again the figure of the second: no reason to pair them otherwise
    uk = ("Організація, яка виділила 5 тисяч доларів і отримала ще 20 тисяч доларів від церкви, вирішила "
          "нагородити сантехніка. Він отримає 20 тисяч доларів. Раніше повідомлялося, що поліція допитала пастора.\n")
    text = ("The organization, which allocated five thousand dollars and received another 20 thousand dollars "
            "from the church, decided to reward the plumber. He'll get $20,000. Earlier it was reported that "
            "the police questioned the pastor.\n")
    story, segmentations = make_story(files={"uk.txt": uk, "en.txt": text, "uk.en.txt": text})
    translation = load_precomputed(story.editions["uk"], segmentations["uk"], "en")
    assert translation.sentences[1:] == ("He'll get $20,000.", "Earlier it was reported that the police questioned the pastor.")


def test_a_translation_whose_lines_follow_neither_layout_is_paired_by_content(make_story):
    # an MT service's free text: two sentences of the edition made one, the rest one line each
    text = ("The ministry announced a new aid package, which has missiles and generators.\n"
            "The minister told reporters on Wednesday that support will continue.\n"
            "Congress has not yet approved the request.\nTotal aid exceeded $44.2 billion.\n")
    translation, segmentation = load(make_story, text)
    assert translation.settings["layout"] == "aligned by content"
    assert len(translation.sentences) == len(segmentation.sentences) == 5
    # the two sentences made one: each gets it
    assert translation.sentences[:2] == ("The ministry announced a new aid package, which has missiles and generators.",) * 2
    assert translation.sentences[4] == "Total aid exceeded $44.2 billion."


def test_a_translation_of_the_file_as_written_drops_the_lines_of_page_furniture(make_story):
    uk = "Фото: Reuters\n" + UK_LINES
    story, segmentations = make_story(**{"uk.txt": uk, "uk.en.txt": "Photo: Reuters\n" + EN_LINES})
    assert story.editions["uk"].stripped_lines == ("Фото: Reuters",)
    translation = load_precomputed(story.editions["uk"], segmentations["uk"], "en")
    assert translation.settings["layout"] == "paragraphs of the file as written"
    assert "Photo" not in " ".join(translation.sentences)
    assert translation.sentences[2] == "The minister told reporters on Wednesday that support will continue."


def test_a_short_sentence_at_the_place_of_a_furniture_line_is_kept(make_story):
    # three lines as written (a credit and two paragraphs) and a translation of three sentences: the
    # first line of the translation is the story's first sentence, not the credit's translation
    uk = "Фото: Reuters\nМіністр виступив. Уряд погодився з ним учора.\nКонгрес мовчить.\n"
    en = "The minister spoke.\nThe government agreed with him yesterday.\nCongress is silent.\n"
    story, segmentations = make_story(**{"uk.txt": uk, "uk.en.txt": en})
    translation = load_precomputed(story.editions["uk"], segmentations["uk"], "en")
    assert translation.settings["layout"] == "sentences"
    assert translation.sentences[0] == "The minister spoke."


def test_the_report_says_how_a_translation_was_paired(make_story):
    from consistency.pipeline import check_story

    story, _ = make_story(**{"uk.txt": "Фото: Reuters\n" + UK_LINES, "uk.en.txt": "Photo: Reuters\n" + EN_LINES})
    (story.path / "ru.txt").unlink()
    report = check_story(story.path, translator="precomputed", embeddings=False, progress=False)
    assert any("The precomputed uk.en.txt translates uk.txt with its page furniture: the lines of the furniture were left out."
               in note for note in report.notes)


SCHOOLS_UK = ("Уряд Польщі виділив 120 мільйонів злотих на 14 нових шкіл у Кракові та Гданську.\n"
              "Прем'єр Дональд Туск відкрив першу з них 3 вересня.\n")


@pytest.mark.parametrize("text, problem", [
    ("\n\n  \n", "precomputed translation is empty"),
    ("Real Madrid beat Barcelona 3-1 in 2019 with goals from Benzema, Modric and Vinicius.\n81,000 fans watched.\n",
     "does not read as a translation of its edition"),
])
def test_only_what_cannot_be_a_translation_of_the_edition_is_refused(make_story, text, problem):
    story, segmentations = make_story(**{"uk.txt": SCHOOLS_UK, "uk.en.txt": text})
    with pytest.raises(StoryError) as raised:
        load_precomputed(story.editions["uk"], segmentations["uk"], "en")
    assert raised.value.path.name == "uk.en.txt"
    assert problem in raised.value.problem


def test_a_translation_in_other_words_with_the_same_figures_and_names_is_read(make_story):
    story, segmentations = make_story(**{"uk.txt": SCHOOLS_UK, "uk.en.txt": (
        "Poland's government has set aside 120 million zlotys for 14 new schools in Krakow and Gdansk, and Prime "
        "Minister Donald Tusk opened the first one on September 3.\n")})
    translation = load_precomputed(story.editions["uk"], segmentations["uk"], "en")
    assert translation.settings["layout"] == "aligned by content"
    assert translation.sentences[0].startswith("Poland's government") and translation.sentences[1] == translation.sentences[0]


def test_a_file_that_is_not_utf8_is_a_story_error(make_story, tmp_path):
    story, segmentations = make_story()
    (story.path / "uk.en.txt").write_bytes("Мiнiстр".encode("cp1251") + b"\xff\n")
    with pytest.raises(StoryError, match="not UTF-8"):
        load_precomputed(story.editions["uk"], segmentations["uk"], "en", story.path / "uk.en.txt")

