"""Aligning a Ukrainian edition to the English one, and what the alignment check reports."""

from consistency.checks.alignment import AlignmentCheck
from consistency.checks.mt_quality import MTQualityCheck
from consistency.model import StoryConfig, Thresholds
from consistency.stages.align import align_story, alignment_table, analysis_from_sentences
from support.bridge_story import EN, UK, UK_IN_ENGLISH, UNRELATED_UK


def aligned(en, uk, embedder, **options):
    analysis = analysis_from_sentences({"en": en, "uk": uk}, reference="en", **options)
    return align_story(analysis, embedder=embedder)


def shapes(analysis, key="uk"):
    return [(b.reference, b.edition) for b in analysis.alignments[key].beads]


def test_parallel_editions_align_one_to_one_and_raise_nothing(embedder):
    analysis = aligned(EN, UK, embedder)
    assert shapes(analysis) == [((i,), (i,)) for i in range(len(EN))]
    alignment = analysis.alignments["uk"]
    assert alignment.reference == "en" and alignment.signals == ("embeddings", "anchors", "length")
    assert all(0.5 < bead.score <= 1.0 for bead in alignment.beads)
    result = AlignmentCheck()(analysis)
    assert result.findings == ()
    pair = result.scores["uk"]
    assert pair["coverage"] == {"en_in_uk": 1.0, "uk_in_en": 1.0}
    assert pair["beads"] == {"1-1": len(EN)}
    assert 0.8 < pair["embedding_similarity"] < 1.0
    assert "chrf" not in pair  # no MT, so no chrF
    assert pair["signals"] == ["embeddings", "anchors", "length"]
    assert result.signature["semantic_z"] == 4.5 and result.signature["check"] == "alignment"


def one_per_paragraph(sentences):
    return [[sentence] for sentence in sentences]


def test_a_dropped_sentence_is_a_one_to_nothing_bead_and_an_omission(embedder):
    analysis = aligned(one_per_paragraph(EN), one_per_paragraph(UK[:4] + UK[5:]), embedder)
    assert ((4,), ()) in shapes(analysis)
    result = AlignmentCheck()(analysis)
    [finding] = result.findings
    assert (finding.check, finding.severity, finding.edition, finding.kind) == ("omission", "error", "uk", "missing")
    assert finding.evidence == {"en": EN[4]}
    start, end = finding.spans["en"]
    assert analysis.story.editions["en"].text[start:end] == EN[4]
    assert result.scores["uk"]["coverage"]["en_in_uk"] < 1.0


def test_a_missing_paragraph_is_one_finding(embedder):
    paragraphs_en = [EN[:3], EN[3:6], EN[6:]]
    analysis = aligned(paragraphs_en, [UK[:3], UK[6:]], embedder)
    [finding] = AlignmentCheck()(analysis).findings
    assert finding.check == "omission"
    assert "a paragraph of 3 sentences" in finding.message
    assert finding.evidence == {"en": " ".join(EN[3:6])}


def test_two_sentences_merged_into_one_are_a_two_to_one_bead(embedder):
    merged = "Мер Андрій Садовий сказав, що роботи тривали два роки, адже мешканці просили про безпечний перехід ще з 2019 року."
    analysis = aligned(EN, UK[:2] + [merged] + UK[4:], embedder)
    assert ((2, 3), (2,)) in shapes(analysis)
    assert AlignmentCheck()(analysis).findings == ()


def test_one_dropped_sentence_of_a_paragraph_that_is_otherwise_there_is_a_warning(embedder):
    analysis = aligned([EN[:5], EN[5:]], [UK[:4], UK[5:]], embedder)
    [finding] = AlignmentCheck()(analysis).findings
    assert (finding.check, finding.severity, finding.edition) == ("omission", "warning", "uk")
    assert finding.evidence == {"en": EN[4]}


def test_an_unrelated_sentence_inserted_is_an_addition(embedder):
    analysis = aligned(one_per_paragraph(EN), one_per_paragraph(UK[:5] + [UNRELATED_UK] + UK[5:]), embedder)
    assert ((), (5,)) in shapes(analysis)
    [finding] = AlignmentCheck()(analysis).findings
    assert (finding.check, finding.edition, finding.severity, finding.kind) == ("addition", "uk", "error", "added")
    assert finding.evidence == {"uk": UNRELATED_UK}


def test_a_rewritten_sentence_is_a_semantic_warning(embedder):
    rewritten = "Поліція вважає, що міст небезпечний для пішоходів."  # "police think the bridge is unsafe"
    analysis = aligned(EN, UK[:7] + [rewritten] + UK[8:], embedder)
    assert ((7,), (7,)) in shapes(analysis)
    [finding] = AlignmentCheck()(analysis).findings
    assert (finding.check, finding.severity, finding.kind) == ("semantic", "warning", "altered")
    assert finding.evidence == {"uk": rewritten, "en": EN[7]}


def test_story_thresholds_decide_what_is_semantic(embedder):
    rewritten = "Поліція вважає, що міст небезпечний для пішоходів."
    lenient = StoryConfig(thresholds=Thresholds(semantic_z=50.0))
    analysis = aligned(EN, UK[:7] + [rewritten] + UK[8:], embedder, config=lenient)
    result = AlignmentCheck()(analysis)
    assert result.findings == ()
    assert result.signature["semantic_z"] == 50.0


def test_machine_translation_adds_chrf_and_sacrebleu_signatures(embedder):
    analysis = aligned(EN, UK, embedder, translations={"uk": UK_IN_ENGLISH})
    assert analysis.alignments["uk"].signals == ("embeddings", "mt-chrf", "anchors", "length")
    assert shapes(analysis) == [((i,), (i,)) for i in range(len(EN))]
    pair = AlignmentCheck()(analysis).scores["uk"]
    assert all("chrf" in segment for segment in pair["segments"])
    quality = MTQualityCheck()(analysis)
    assert 40 < quality.scores["uk"]["chrf"] <= 100 and 0 < quality.scores["uk"]["bleu"] <= 100
    assert 0 <= quality.scores["uk"]["ter"] < 100
    assert quality.signature["chrf"].startswith("nrefs:1|case:mixed")


def test_without_embeddings_anchors_and_length_still_align():
    analysis = aligned(EN, UK, None)
    assert analysis.alignments["uk"].signals == ("anchors", "length")
    assert shapes(analysis) == [((i,), (i,)) for i in range(len(EN))]
    assert analysis.signature["align"]["embedder"] is None
    result = AlignmentCheck()(analysis)
    assert result.findings == ()
    assert result.scores["uk"]["semantic"] == "off: needs sentence embeddings or MT"


def test_alignment_table_is_plain_rows(embedder):
    analysis = aligned(EN, UK[:4] + UK[5:], embedder)
    rows = alignment_table(analysis.alignments["uk"], analysis)
    assert rows[4] == {"bead": 4, "type": "1-0", "reference_sentences": [4], "edition_sentences": [],
                       "en": EN[4], "uk": "", "score": 0.0}
    assert rows[0]["en"] == EN[0] and rows[0]["uk"] == UK[0] and rows[0]["type"] == "1-1"


def test_a_sentence_in_the_place_of_one_stating_the_same_facts_is_its_translation_not_a_rewrite():
    # sentence vectors misjudge idioms ("тією ж монетою" for "in kind") as much as anything: the same figures,
    # all of them and several, in the sentence in its place are the translation's, not a rewrite's
    from consistency.checks.alignment import _same_facts
    from consistency.stages.facts import read_story_facts

    en = [["Ottawa answered in kind, putting duties of 15 per cent on $12 billion of imports from the south.",
           "Ottawa said the talks would resume in Geneva."]]
    uk = [["Оттава відповіла тією ж монетою, запровадивши мита у 15 відсотків на імпорт з півдня на суму "
           "12 мільярдів доларів.",
           "Оттава відповіла тим самим, запровадивши мита у 25 відсотків на імпорт з півдня на суму 12 мільярдів "
           "доларів.",
           "Оттава заявила, що переговори продовжаться."]]
    analysis = read_story_facts(analysis_from_sentences({"en": en, "uk": uk}, reference="en"))
    assert _same_facts(analysis, "uk", [0], [0])
    assert not _same_facts(analysis, "uk", [0], [1])  # 25 per cent is another figure
    assert not _same_facts(analysis, "uk", [1], [2])  # too few facts to tell, and Geneva is not there
    # the same people and places say who and where, not what was done
    met = read_story_facts(analysis_from_sentences({"en": [["Zelensky met Biden in Washington."]],
                                                    "uk": [["Зеленський розкритикував Байдена у Вашингтоні."]]},
                                                   reference="en"))
    assert len(met.facts["en"]) == len(met.facts["uk"]) == 3
    assert not _same_facts(met, "uk", [0], [0])
