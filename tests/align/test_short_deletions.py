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


def test_a_two_sentence_message_that_lost_one_sentence_is_an_omission(embedder):
    # the aligner merges the lost sentence into its neighbour's bead (a 2-1 bead scores well: chat
    # sentences are alike); the other side is as long as the one sentence it translates, which a
    # translator's split never is
    from consistency.checks.alignment import AlignmentCheck
    from consistency.stages.align import align_story, analysis_from_sentences

    en = [["Can I bring the keys to the office tomorrow morning?",
           "Or should I leave them with the neighbour downstairs when I go out?"]]
    uk = [["Чи мені залишити їх у сусідки знизу, коли я виходитиму?"]]
    analysis = align_story(analysis_from_sentences({"en": en, "uk": uk}, reference="en"), embedder=embedder)
    [finding] = AlignmentCheck()(analysis).findings
    assert (finding.check, finding.edition, finding.kind) == ("omission", "uk", "missing")
    assert finding.evidence == {"en": en[0][0]}

    both = [["Чи можу я завтра вранці принести ключі в офіс, чи мені залишити їх у сусідки знизу, коли я виходитиму?"]]
    analysis = align_story(analysis_from_sentences({"en": en, "uk": both}, reference="en"), embedder=embedder)
    assert AlignmentCheck()(analysis).findings == ()
