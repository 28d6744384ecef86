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


def test_a_paragraph_with_another_sentence_count_goes_whole_to_its_first_sentence(make_story):
    text = (
        "The ministry announced a new aid package with missiles and generators.\n\n"
        "The minister told reporters that support will continue.\n\n"
        "Congress has not yet approved the request. Total aid exceeded $44.2 billion.\n"
    )
    translation, segmentation = load(make_story, text)
    assert len(translation.sentences) == len(segmentation.sentences) == 5
    assert translation.sentences[:2] == ("The ministry announced a new aid package with missiles and generators.", "")
    assert translation.sentences[3:] == ("Congress has not yet approved the request.", "Total aid exceeded $44.2 billion.")


def test_one_line_per_paragraph_without_blank_lines(make_story):
    text = (
        "The ministry announced a new aid package. The package has missiles and generators.\n"
        "The minister told reporters that support will continue.\n"
        "Congress has not yet approved the request. Total aid exceeded $44.2 billion.\n"
    )
    translation, _ = load(make_story, text)
    assert translation.settings["layout"] == "paragraphs"
    assert translation.sentences[1] == "The package has missiles and generators."


def test_a_file_that_fits_neither_layout_is_a_story_error_naming_it(make_story):
    with pytest.raises(StoryError) as raised:
        load(make_story, "\n".join(SENTENCE_LINES.splitlines()[:4]))
    assert raised.value.path.name == "uk.en.txt"
    assert "4 lines" in raised.value.problem and "5 sentences in 3 paragraphs" in raised.value.problem


def test_a_file_that_is_not_utf8_is_a_story_error(make_story, tmp_path):
    story, segmentations = make_story()
    (story.path / "uk.en.txt").write_bytes("Мiнiстр".encode("cp1251") + b"\xff\n")
    with pytest.raises(StoryError, match="not UTF-8"):
        load_precomputed(story.editions["uk"], segmentations["uk"], "en", story.path / "uk.en.txt")

