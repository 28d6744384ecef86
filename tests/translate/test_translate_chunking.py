"""split_to_fit cuts at clause marks first, then between words, then inside a word, and loses nothing."""

from __future__ import annotations

from consistency.stages.translate.chunking import split_to_fit


def count_words(text: str) -> int:
    """A stand-in tokenizer for these examples: one token per word, plus one for </s>."""
    return len(text.split()) + 1


def test_a_sentence_that_fits_comes_back_whole():
    assert split_to_fit("  Конгрес ще не ухвалив запит.  ", count_words, 10, "uk") == ["Конгрес ще не ухвалив запит."]


def test_clauses_are_kept_together_where_they_fit():
    sentence = "Міністр сказав, що пакет великий, що його доставлять швидко, і що це не останній пакет."
    pieces = split_to_fit(sentence, count_words, 8, "uk")
    assert pieces == ["Міністр сказав, що пакет великий,", "що його доставлять швидко,", "і що це не останній пакет."]


def test_a_clause_too_long_is_cut_between_words():
    sentence = "one two three four five six seven eight nine ten eleven twelve"
    pieces = split_to_fit(sentence, count_words, 5, "en")
    assert all(count_words(piece) <= 5 for piece in pieces)
    assert " ".join(pieces) == sentence


def test_a_word_too_long_is_cut_inside_as_a_last_resort():
    url = "https://example.org/" + "a" * 200

    def count_characters(text: str) -> int:
        return len(text) // 10 + 1

    pieces = split_to_fit(f"See {url} today", count_characters, 6, "en")
    assert all(count_characters(piece) <= 6 for piece in pieces)
    assert "".join(pieces).replace(" ", "") == f"See{url}today"


def test_every_word_survives_and_keeps_its_order():
    sentence = "; ".join(f"частина {n}, з комою: і двокрапкою — та тире" for n in range(30))
    pieces = split_to_fit(sentence, count_words, 12, "uk")
    assert all(count_words(piece) <= 12 for piece in pieces)
    assert " ".join(pieces).split() == sentence.split()
