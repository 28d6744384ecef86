"""Short stories and short sentences: a paragraph of its own that one edition lacks is reported, however
little its length would change the neighbouring paragraph's."""

from consistency.pipeline import check_story
from support.story_cli import write_story

UK = ("Уряд оголосив нові правила для перевізників.\n\n"
      "Міністр каже, що зміни набудуть чинності в січні.\n\n"
      "Перевізники вже готуються.\n")
EN_WITH_A_QUOTE = ("The government announced new rules for carriers.\n\n"
                   "The minister says the changes take effect in January.\n\n"
                   "\"We are ready,\" said one of them.\n\n"
                   "Carriers are already preparing.\n")
EN = ("The government announced new rules for carriers.\n\n"
      "The minister says the changes take effect in January.\n\n"
      "Carriers are already preparing.\n")


def gaps(report):
    return [(f.check, f.edition, f.kind, f.message) for f in report.findings if f.check in ("omission", "addition")]


def test_a_one_line_quote_one_edition_lacks_is_an_omission_in_a_four_line_story(tmp_path):
    story = write_story(tmp_path / "quote", {"uk.txt": UK, "en.txt": EN_WITH_A_QUOTE})
    found = gaps(check_story(story, translator="none", embeddings=False, progress=False))
    assert [(check, edition, kind) for check, edition, kind, _ in found] == [("omission", "uk", "missing")]
    assert "We are ready" in found[0][3]


def test_the_same_short_story_in_both_editions_has_no_gap(tmp_path):
    story = write_story(tmp_path / "clean", {"uk.txt": UK, "en.txt": EN})
    assert gaps(check_story(story, translator="none", embeddings=False, progress=False)) == []
